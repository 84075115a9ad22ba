import { createHash, randomBytes } from "node:crypto";
import { sql } from "kysely";
import type { LightMyRequestResponse } from "fastify";
import type { ReportDetail } from "@aldyn/contract";
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
 * A real API on a fresh database with the bodies a report is routed to (001 Art. 39(3)): the region's
 * contact centre (two operators), a police department, a guardianship body and an education
 * department of the first district, the region's prosecutor, the region's police head, a body head of
 * the guardianship body, and an operator of another region.
 */
export interface TriageWorld {
  readonly t: TestApp;
  readonly region: { id: string; path: string };
  readonly d1: { id: string; path: string };
  readonly d2: { id: string; path: string };
  readonly otherDistrict: { id: string; path: string };
  readonly bodies: Record<
    "centre" | "police" | "guardianship" | "education" | "prosecutor" | "policeD2",
    string
  >;
  readonly as: Record<
    "operator" | "operator2" | "cop" | "guardian" | "guardHead" | "prosecutor" | "farOperator",
    LoggedIn
  >;
  readonly userIds: Record<"operator" | "operator2" | "cop", string>;
  close(): Promise<void>;
}

async function territory(t: TestApp, code: string) {
  return t.db
    .selectFrom("territory")
    .select(["id", "path"])
    .where("code", "=", code)
    .executeTakeFirstOrThrow();
}

export async function triageWorld(): Promise<TriageWorld> {
  const t = await testApp();
  const terr = await territories(t.db);
  const centre = await makeBody(t.db, terr.region, "contact_centre", "Region contact centre");
  const police = await makeBody(t.db, terr.d1, "police_department", "District 1 police department");
  const policeD2 = await makeBody(t.db, terr.d2, "police_department", "District 2 police department");
  const guardianship = await makeBody(t.db, terr.d1, "guardianship_body", "District 1 guardianship");
  const education = await makeBody(t.db, terr.region, "education_department", "Region education department");
  const prosecutor = await makeBody(t.db, terr.region, "prosecutor_office", "Region prosecutor");
  const farCentre = await makeBody(t.db, terr.otherRegion, "contact_centre", "Other region contact centre");
  const operator = await makeUser(t.db, {
    username: "operator",
    roles: ["hotline_operator"],
    bodyId: centre,
  });
  const operator2 = await makeUser(t.db, {
    username: "operator2",
    roles: ["hotline_operator"],
    bodyId: centre,
  });
  const cop = await makeUser(t.db, { username: "cop", roles: ["police_inspector_local"], bodyId: police });
  await makeUser(t.db, { username: "guardian", roles: ["guardianship_officer"], bodyId: guardianship });
  await makeUser(t.db, { username: "guardhead", roles: ["body_head"], bodyId: guardianship });
  await makeUser(t.db, { username: "prosecutor", roles: ["prosecutor"], bodyId: prosecutor });
  await makeUser(t.db, { username: "far", roles: ["hotline_operator"], bodyId: farCentre });
  const as = {
    operator: await login(t.app, "operator"),
    operator2: await login(t.app, "operator2"),
    cop: await login(t.app, "cop"),
    guardian: await login(t.app, "guardian"),
    guardHead: await login(t.app, "guardhead"),
    prosecutor: await login(t.app, "prosecutor"),
    farOperator: await login(t.app, "far"),
  };
  return {
    t,
    region: await territory(t, terr.region),
    d1: await territory(t, terr.d1),
    d2: await territory(t, terr.d2),
    otherDistrict: await territory(t, terr.otherDistrict),
    bodies: { centre, police, guardianship, education, prosecutor, policeD2 },
    as,
    userIds: { operator, operator2, cop },
    close: () => t.close(),
  };
}

export interface NewReport {
  readonly territoryPath: string;
  readonly receivedAt?: Date;
  readonly description?: string;
  readonly phone?: string | null;
  readonly name?: string | null;
  readonly lat?: number | null;
  readonly lon?: number | null;
  readonly districtId?: string | null;
  /** A report of the bot: its chat (the channel is then `messenger`). */
  readonly chatId?: string;
}

/**
 * A report as the public page files it (received, untriaged), written straight into the table the
 * intake writes (migration 0029), so these tests depend on triage alone.
 */
export async function fileReport(w: TriageWorld, r: NewReport): Promise<string> {
  const receivedAt = r.receivedAt ?? new Date(Date.now() - 3600_000);
  const hash = createHash("sha256").update(randomBytes(16)).digest("hex");
  const due = new Date(receivedAt.getTime() + 21 * 86_400_000);
  const phone = r.phone === undefined ? "+7 701 555 12 34" : r.phone;
  const name = r.name === undefined ? "Айгүл Серікова" : r.name;
  const channel = r.chatId ? "messenger" : "web";
  const row = await sql<{ id: string }>`INSERT INTO citizen_report (channel, received_at, territory_path,
      district_id, description, reporter_name, reporter_phone, tracking_code_hash, answer_due_at, lat, lon,
      messenger_chat_id)
    VALUES (${channel}, ${receivedAt}::timestamptz, ${r.territoryPath}, ${r.districtId ?? null}::uuid,
      ${r.description ?? "A child is left alone at night in the flat next door"}, ${name}, ${phone}, ${hash},
      ${due}::timestamptz, ${r.lat ?? null}, ${r.lon ?? null}, ${r.chatId ?? null})
    RETURNING id`.execute(w.t.db);
  const id = row.rows[0]!.id;
  await sql`INSERT INTO citizen_report_fact (report_id, seq, type, at, data)
    VALUES (${id}::uuid, 0, 'filed', ${receivedAt}::timestamptz, ${JSON.stringify({ channel })}::jsonb)`.execute(
    w.t.db,
  );
  return id;
}

export async function call(
  w: TriageWorld,
  who: LoggedIn,
  method: "GET" | "POST" | "DELETE",
  url: string,
  payload?: unknown,
): Promise<LightMyRequestResponse> {
  return w.t.app.inject({
    method,
    url,
    headers: who.headers,
    ...(payload !== undefined ? { payload: payload as object } : {}),
  });
}

/** The call's JSON when its status is the expected one; otherwise a failure naming the body. */
export async function ok<T = ReportDetail>(res: Promise<LightMyRequestResponse>, status = 200): Promise<T> {
  const r = await res;
  if (r.statusCode !== status) throw new Error(`expected ${status}, got ${r.statusCode}: ${r.body}`);
  return (r.body ? r.json() : null) as T;
}

export function codeOf(res: LightMyRequestResponse): string {
  return (res.json() as { error: { code: string } }).error.code;
}

/** Triage as a minor at risk in district 1 (child_in_danger: guardianship and police, 001 Arts. 22, 13). */
export function childInDanger(w: TriageWorld) {
  return { category: "child_in_danger", urgency: "urgent", flags: ["minor_involved"], districtId: w.d1.id };
}

export async function countsOf(w: TriageWorld, reportId: string) {
  const r = await sql<{ handoffs: number; facts: number }>`SELECT
      (SELECT count(*)::int FROM handoff WHERE record_type = 'citizen_report' AND record_id = ${reportId}::uuid) AS handoffs,
      (SELECT count(*)::int FROM citizen_report_fact WHERE report_id = ${reportId}::uuid) AS facts`.execute(
    w.t.db,
  );
  return r.rows[0]!;
}
