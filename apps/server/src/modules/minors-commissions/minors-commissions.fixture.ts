import type { LightMyRequestResponse } from "fastify";
import { sql } from "kysely";
import type { Measure } from "@aldyn/contract";
import { login, makeBody, makeUser, type LoggedIn } from "../../test/app.ts";
import { personsWorld, type PersonsWorld } from "../persons/persons.fixture.ts";
import { addFact, bornYearsAgo, HOUR, issue, newPerson } from "../preventive-measures/measures.fixture.ts";

/**
 * The persons world (two districts of one region) plus the commissions on minors' affairs: the
 * region's commission and the two districts' (registered, with the region's as their parent, 001
 * Art. 79(6)(4)), a district akimat, a school of district 1, and their users: the secretaries and
 * members of the commissions, the akimat's officer, the school council's member.
 */
export interface CommissionsWorld extends PersonsWorld {
  readonly bodies: Record<"region" | "c1" | "c2" | "akimat1" | "school1" | "unregistered1", string>;
  readonly mc: Record<"sec1" | "mem1" | "sec2" | "regSec" | "regMem" | "akimat1" | "school1", LoggedIn>;
  readonly users: Record<"sec1" | "mem1", string>;
  readonly regionCode: string;
}

export async function commissionsWorld(): Promise<CommissionsWorld> {
  const w = await personsWorld();
  const db = w.t.db;
  const r = await sql<{ code: string }>`
    SELECT p.code FROM territory d JOIN territory p ON p.id = d.parent_id WHERE d.code = ${w.d1.code}`.execute(
    db,
  );
  const regionCode = r.rows[0]!.code;
  const region = await makeBody(db, regionCode, "minors_commission", "Region commission");
  const c1 = await makeBody(db, w.d1.code, "minors_commission", "District 1 commission");
  const c2 = await makeBody(db, w.d2.code, "minors_commission", "District 2 commission");
  const unregistered1 = await makeBody(db, w.d1.code, "minors_commission", "Settlement commission");
  const akimat1 = await makeBody(db, w.d1.code, "akimat", "District 1 akimat");
  const school1 = await makeBody(db, w.d1.code, "school", "School No. 1");
  await db
    .insertInto("minors_commission")
    .values([
      { body_id: region, level: "region", established_on: "2020-01-15", established_by: "Resolution No. 1" },
      {
        body_id: c1,
        level: "district",
        parent_body_id: region,
        established_on: "2020-02-01",
        established_by: "Resolution No. 11",
      },
      {
        body_id: c2,
        level: "district",
        parent_body_id: region,
        established_on: "2020-02-01",
        established_by: "Resolution No. 12",
      },
    ])
    .execute();
  const sec1 = await makeUser(db, { username: "sec1", roles: ["minors_commission_secretary"], bodyId: c1 });
  const mem1 = await makeUser(db, { username: "mem1", roles: ["minors_commission_member"], bodyId: c1 });
  await makeUser(db, { username: "sec2", roles: ["minors_commission_secretary"], bodyId: c2 });
  await makeUser(db, { username: "regsec", roles: ["minors_commission_secretary"], bodyId: region });
  await makeUser(db, { username: "regmem", roles: ["minors_commission_member"], bodyId: region });
  await makeUser(db, { username: "akimat1", roles: ["akimat_officer"], bodyId: akimat1 });
  await makeUser(db, { username: "school1", roles: ["school_council_member"], bodyId: school1 });
  return {
    ...w,
    bodies: { region, c1, c2, akimat1, school1, unregistered1 },
    mc: {
      sec1: await login(w.t.app, "sec1"),
      mem1: await login(w.t.app, "mem1"),
      sec2: await login(w.t.app, "sec2"),
      regSec: await login(w.t.app, "regsec"),
      regMem: await login(w.t.app, "regmem"),
      akimat1: await login(w.t.app, "akimat1"),
      school1: await login(w.t.app, "school1"),
    },
    users: { sec1, mem1 },
    regionCode,
  };
}

export async function call(
  w: PersonsWorld,
  who: LoggedIn,
  method: "GET" | "POST" | "PATCH",
  url: string,
  payload?: unknown,
): Promise<LightMyRequestResponse> {
  return w.t.app.inject({
    method,
    url: `/api/v1${url}`,
    headers: who.headers,
    ...(payload === undefined ? {} : { payload: payload as object }),
  });
}

export function codeOf(res: LightMyRequestResponse): string {
  return (res.json() as { error: { code: string } }).error.code;
}

export function errorOf(res: LightMyRequestResponse): { code: string; field?: string; article?: string } {
  return (res.json() as { error: { code: string; field?: string; article?: string } }).error;
}

/** A minor of district 1 (about 13 years old). */
export async function newMinor(w: CommissionsWorld): Promise<string> {
  return newPerson(w, w.as.cop1, { born: bornYearsAgo(13, Math.floor(Math.random() * 300)) });
}

/**
 * The school's pedagogical support of a minor refused by the representatives and the information
 * passed to the commission (001 Art. 78(4)): the measure-facts machinery sends the hand-off
 * pedagogical_support.refusal_referral to the district's commission. Returns the hand-off's id.
 */
export async function refusalReferral(
  w: CommissionsWorld,
  minor: string,
): Promise<{ handoffId: string; measure: Measure }> {
  const issuedAt = new Date(Date.now() - 3 * HOUR);
  let m = await issue(w, w.mc.school1, {
    kind: "pedagogical_support",
    personId: minor,
    issuedAt: issuedAt.toISOString(),
    legalGround: "direct_discovery",
    justification: { basis: "antisocial_behaviour", text: "Missed five days of classes in a month" },
    details: {
      criteria: ["78.2.4_missing_classes"],
      unexcusedAbsenceDaysInMonth: 5,
      present: ["minor", "parent"],
    },
  });
  m = await addFact(w, w.mc.school1, m, {
    type: "representative_refused",
    at: new Date(Date.now() - 2 * HOUR).toISOString(),
  });
  m = await addFact(w, w.mc.school1, m, {
    type: "submitted_to_commission",
    at: new Date(Date.now() - HOUR).toISOString(),
  });
  const h = await w.t.db
    .selectFrom("handoff")
    .select(["id", "receiver_body_id"])
    .where("record_id", "=", m.id)
    .where("ground", "=", "pedagogical_support.refusal_referral")
    .executeTakeFirstOrThrow();
  return { handoffId: h.id, measure: m };
}

/** Rows of the commission's tables, the hand-offs' facts and the audit, to show a refusal wrote nothing. */
export async function counts(w: PersonsWorld): Promise<Record<string, number>> {
  const r = await sql<Record<string, number>>`
    SELECT (SELECT count(*) FROM minors_commission)::int AS commissions,
           (SELECT count(*) FROM commission_member)::int AS members,
           (SELECT count(*) FROM minors_case)::int AS cases,
           (SELECT count(*) FROM minors_case_person)::int AS persons,
           (SELECT count(*) FROM minors_case_material)::int AS materials,
           (SELECT count(*) FROM minors_case_event)::int AS events,
           (SELECT count(*) FROM handoff_fact)::int AS handoff_facts,
           (SELECT count(*) FROM audit_log WHERE action NOT LIKE '%.read' AND action NOT LIKE '%_refused'
             AND action NOT LIKE 'auth.%')::int AS audit`.execute(w.t.db);
  return r.rows[0]!;
}
