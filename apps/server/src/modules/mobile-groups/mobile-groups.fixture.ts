import type { LightMyRequestResponse } from "fastify";
import { sql } from "kysely";
import type { MobileGroupDetail } from "@aldyn/contract";
import { login, makeBody, makeUser, type LoggedIn } from "../../test/app.ts";
import { newPerson } from "../preventive-measures/measures.fixture.ts";
import { personsWorld, type PersonsWorld } from "../persons/persons.fixture.ts";

/**
 * The persons world (district 1's police unit and family support centre, the region's prosecutor's
 * office) plus what a mobile group is made of (001 Art. 10(2)(8)): district 1's education department,
 * the region's healthcare department, the DV inspector of district 1's police (a member), and a school
 * council member of district 1 (no part in it); a family support centre of the other region, where no
 * police body is registered, with its specialist.
 */
export interface GroupsWorld extends PersonsWorld {
  readonly bodies: Record<"police1" | "centre" | "education" | "health" | "prosecutor" | "farCentre", string>;
  readonly mg: Record<"dv" | "school" | "farFamily", LoggedIn>;
  readonly ids: Record<"dv" | "family", string>;
}

const bodyOf = async (w: PersonsWorld, username: string) =>
  await w.t.db
    .selectFrom("app_user")
    .select(["id", "body_id"])
    .where("username", "=", username)
    .executeTakeFirstOrThrow();

export async function groupsWorld(): Promise<GroupsWorld> {
  const w = await personsWorld();
  const db = w.t.db;
  const cop1 = await bodyOf(w, "cop1");
  const family = await bodyOf(w, "family");
  const prosecutor = await bodyOf(w, "prosecutor");
  const region = await sql<{
    code: string;
  }>`SELECT p.code FROM territory d JOIN territory p ON p.id = d.parent_id
    WHERE d.code = ${w.d1.code}`.execute(db);
  const education = await makeBody(db, w.d1.code, "education_department", "District 1 education");
  const health = await makeBody(db, region.rows[0]!.code, "healthcare_department", "Region healthcare");
  const school = await makeBody(db, w.d1.code, "school", "School 1");
  const farCentre = await makeBody(db, w.otherDistrict.code, "family_support_centre", "Far centre");
  const dv = await makeUser(db, { username: "dv1", roles: ["police_inspector_dv"], bodyId: cop1.body_id });
  await makeUser(db, { username: "school1", roles: ["school_council_member"], bodyId: school });
  await makeUser(db, { username: "farfamily", roles: ["family_centre_specialist"], bodyId: farCentre });
  return {
    ...w,
    bodies: {
      police1: cop1.body_id,
      centre: family.body_id,
      education,
      health,
      prosecutor: prosecutor.body_id,
      farCentre,
    },
    mg: {
      dv: await login(w.t.app, "dv1"),
      school: await login(w.t.app, "school1"),
      farFamily: await login(w.t.app, "farfamily"),
    },
    ids: { dv, family: (await bodyOf(w, "family")).id },
  };
}

export async function send(
  w: PersonsWorld,
  who: LoggedIn,
  method: "GET" | "POST" | "PATCH",
  url: string,
  payload?: unknown,
): Promise<LightMyRequestResponse> {
  return w.t.app.inject({
    method,
    url,
    headers: who.headers,
    ...(payload === undefined ? {} : { payload: payload as object }),
  });
}

/** A group of district 1's centre with the centre, the police (the DV inspector) and education. */
export async function groupOfThree(w: GroupsWorld, formedOn = "2026-01-15"): Promise<MobileGroupDetail> {
  const res = await send(w, w.as.family, "POST", "/api/v1/mobile-groups", {
    name: "Mobile group 1",
    formedOn,
    members: [
      { bodyId: w.bodies.centre, userId: w.ids.family, since: formedOn },
      { bodyId: w.bodies.police1, userId: w.ids.dv, since: formedOn },
      { bodyId: w.bodies.education, fullName: "Aigerim Education", since: formedOn },
    ],
  });
  if (res.statusCode !== 201) throw new Error(`group: ${res.statusCode} ${res.body}`);
  return res.json() as MobileGroupDetail;
}

/** Two persons of district 1 for a visit: a victim and a child. */
export async function twoPersons(w: GroupsWorld): Promise<[string, string]> {
  return [await newPerson(w, w.as.family), await newPerson(w, w.as.family, { born: "2015-03-03" })];
}

export async function count(w: PersonsWorld, table: string): Promise<number> {
  const r = await sql<{ n: number }>`SELECT count(*)::int AS n FROM ${sql.table(table)}`.execute(w.t.db);
  return r.rows[0]!.n;
}
