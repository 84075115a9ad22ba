import type { LightMyRequestResponse } from "fastify";
import { addCalendarDays, legalDateOf, makeIin, type LegalDate, type Sex } from "@aldyn/law";
import {
  login,
  makeBody,
  makeUser,
  territories,
  testApp,
  type LoggedIn,
  type TestApp,
} from "../../test/app.ts";

/**
 * A real API on a fresh database for the school's prevention council: two schools of district 1 and one
 * of district 2, each with a council member; the commission on minors' affairs of district 1 (the
 * receiver of a refusal's referral, 001 Art. 78(4)); education management bodies of district 1 and of
 * the region with their officers (001 Art. 21(10)); a district 1 police inspector (not a school).
 */
export interface SchoolWorld {
  readonly t: TestApp;
  readonly codes: { region: string; d1: string; d2: string };
  readonly bodies: Record<
    "school1" | "school2" | "school3" | "commission" | "eduDistrict" | "eduRegion",
    string
  >;
  readonly as: Record<"school1" | "school2" | "school3" | "edu" | "eduRegion" | "cop", LoggedIn>;
  close(): Promise<void>;
}

export const today = (): LegalDate => legalDateOf(new Date());
export const daysAgo = (n: number): LegalDate => addCalendarDays(today(), -n);

export async function schoolWorld(): Promise<SchoolWorld> {
  const t = await testApp();
  const terr = await territories(t.db);
  const db = t.db;
  const school1 = await makeBody(db, terr.d1, "school", "School 1");
  const school2 = await makeBody(db, terr.d1, "school", "School 2");
  const school3 = await makeBody(db, terr.d2, "school", "School 3");
  const commission = await makeBody(db, terr.d1, "minors_commission", "District 1 commission");
  const eduDistrict = await makeBody(db, terr.d1, "education_department", "District 1 education");
  const eduRegion = await makeBody(db, terr.region, "education_department", "Region education");
  const police = await makeBody(db, terr.d1, "police_unit", "District 1 police");
  await makeUser(db, { username: "school1", roles: ["school_council_member"], bodyId: school1 });
  await makeUser(db, { username: "school2", roles: ["school_council_member"], bodyId: school2 });
  await makeUser(db, { username: "school3", roles: ["school_council_member"], bodyId: school3 });
  await makeUser(db, { username: "edu1", roles: ["education_officer"], bodyId: eduDistrict });
  await makeUser(db, { username: "edur", roles: ["education_officer"], bodyId: eduRegion });
  await makeUser(db, { username: "cop1", roles: ["police_inspector_juvenile"], bodyId: police });
  return {
    t,
    codes: { region: terr.region, d1: terr.d1, d2: terr.d2 },
    bodies: { school1, school2, school3, commission, eduDistrict, eduRegion },
    as: {
      school1: await login(t.app, "school1"),
      school2: await login(t.app, "school2"),
      school3: await login(t.app, "school3"),
      edu: await login(t.app, "edu1"),
      eduRegion: await login(t.app, "edur"),
      cop: await login(t.app, "cop1"),
    },
    close: () => t.close(),
  };
}

let serial = 300;

/** A fresh valid IIN of a pupil born `born` (a minor by default: 13 years old). */
export function pupilIin(born: LegalDate = addCalendarDays(today(), -13 * 365), sex: Sex = "male"): string {
  return makeIin(born, sex, serial++);
}

export async function send(
  w: SchoolWorld,
  who: LoggedIn,
  method: "GET" | "POST",
  url: string,
  payload?: unknown,
  headers: Record<string, string> = {},
): Promise<LightMyRequestResponse> {
  return w.t.app.inject({
    method,
    url: `/api/v1${url}`,
    headers: { ...who.headers, ...headers },
    ...(payload === undefined ? {} : { payload: payload as object }),
  });
}

export function ok<T>(res: LightMyRequestResponse, status = 200): T {
  if (res.statusCode !== status) throw new Error(`expected ${status}, got ${res.statusCode}: ${res.body}`);
  return res.json() as T;
}

/** A multipart/form-data body with one file part. */
export function multipart(
  fileName: string,
  content: Buffer,
  type = "text/csv",
): { payload: Buffer; headers: Record<string, string> } {
  const boundary = "----aldynSchoolBoundary7MA4YWxkTrZu0gW";
  const head = Buffer.from(
    `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${fileName}"\r\nContent-Type: ${type}\r\n\r\n`,
  );
  const tail = Buffer.from(`\r\n--${boundary}--\r\n`);
  return {
    payload: Buffer.concat([head, content, tail]),
    headers: { "content-type": `multipart/form-data; boundary=${boundary}` },
  };
}

export async function upload(
  w: SchoolWorld,
  who: LoggedIn,
  fileName: string,
  content: Buffer,
  query = "",
  headers: Record<string, string> = {},
): Promise<LightMyRequestResponse> {
  const m = multipart(fileName, content);
  return w.t.app.inject({
    method: "POST",
    url: `/api/v1/school-prevention/attendance${query}`,
    headers: { ...who.headers, ...m.headers, ...headers },
    payload: m.payload,
  });
}

/** Rows of the tables an import or a meeting writes, to prove a refusal wrote nothing. */
export async function counts(w: SchoolWorld): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const t of [
    "person",
    "attendance_import",
    "school_absence",
    "attention_record",
    "council_meeting",
    "support_plan_step",
    "measure",
    "measure_fact",
    "handoff",
  ] as const) {
    const r = await w.t.db
      .selectFrom(t)
      .select((eb) => eb.fn.countAll<number>().as("n"))
      .executeTakeFirstOrThrow();
    out[t] = Number(r.n);
  }
  return out;
}

/** Four unexcused school days within the last two weeks and one excused (meets 78(2)(4)). */
export function fourDays(iin: string, surname = "Сейтқали", given = "Нұрлан") {
  return [
    { iin, surname, givenName: given, date: daysAgo(10), validReason: "нет" },
    { iin, surname, givenName: given, date: daysAgo(9), validReason: "жоқ" },
    { iin, surname, givenName: given, date: daysAgo(8), validReason: "no" },
    { iin, surname, givenName: given, date: daysAgo(7), validReason: "0" },
    { iin, surname, givenName: given, date: daysAgo(6), validReason: "да", reason: "Болел" },
  ];
}
