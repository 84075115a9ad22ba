import type { LightMyRequestResponse } from "fastify";
import { addCalendarDays, legalDateOf, type LegalDate } from "@aldyn/law";
import type { AssistancePlan, PlanCreate } from "@aldyn/contract";
import { login, makeBody, makeUser, type LoggedIn } from "../../test/app.ts";
import { newPerson } from "../preventive-measures/measures.fixture.ts";
import { personsWorld, type PersonsWorld } from "../persons/persons.fixture.ts";

/**
 * The persons world (its `family` user is a family support centre's specialist of district 1) plus:
 * the district's DV inspector, an akimat officer and the district's employment (akimat) and education
 * bodies — the responsible bodies of plan steps — with the akimat's officer, who answers hand-offs,
 * and a family of district 1 (a victim, the offender, a child).
 */
export interface FamilySupportWorld extends PersonsWorld {
  readonly fs: Record<"dv" | "akimat" | "edu", LoggedIn>;
  readonly bodies: Record<"centre" | "police" | "akimat" | "education", string>;
  readonly family: { id: string; victim: string; offender: string; child: string };
}

export const today = (): LegalDate => legalDateOf(new Date());
export const inDays = (n: number): LegalDate => addCalendarDays(today(), n);

export async function familySupportWorld(): Promise<FamilySupportWorld> {
  const w = await personsWorld();
  const db = w.t.db;
  const centre = await db
    .selectFrom("app_user")
    .select("body_id")
    .where("username", "=", "family")
    .executeTakeFirstOrThrow();
  const police = await db
    .selectFrom("app_user")
    .select("body_id")
    .where("username", "=", "cop1")
    .executeTakeFirstOrThrow();
  const akimat = await makeBody(db, w.d1.code, "akimat", "District 1 akimat");
  const education = await makeBody(db, w.d1.code, "education_department", "District 1 education");
  await makeUser(db, { username: "dv1", roles: ["police_inspector_dv"], bodyId: police.body_id });
  await makeUser(db, { username: "akimat1", roles: ["akimat_officer"], bodyId: akimat });
  await makeUser(db, { username: "edu1", roles: ["education_officer"], bodyId: education });
  const victim = await newPerson(w, w.as.cop1);
  const offender = await newPerson(w, w.as.cop1);
  const child = await newPerson(w, w.as.cop1, { born: addCalendarDays(today(), -3000) });
  const creator = await db
    .selectFrom("app_user")
    .select("id")
    .where("username", "=", "cop1")
    .executeTakeFirstOrThrow();
  const fam = await db
    .insertInto("family")
    .values({
      territory_id: w.d1.id,
      label: "Сейтқали",
      created_by: creator.id,
      created_body_id: police.body_id,
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  await db
    .insertInto("family_member")
    .values([
      { family_id: fam.id, person_id: victim, relation: "victim", since: "2020-01-01" },
      { family_id: fam.id, person_id: offender, relation: "offender", since: "2020-01-01" },
      { family_id: fam.id, person_id: child, relation: "child", since: "2020-01-01" },
    ])
    .execute();
  return {
    ...w,
    fs: {
      dv: await login(w.t.app, "dv1"),
      akimat: await login(w.t.app, "akimat1"),
      edu: await login(w.t.app, "edu1"),
    },
    bodies: { centre: centre.body_id, police: police.body_id, akimat, education },
    family: { id: fam.id, victim, offender, child },
  };
}

export async function send(
  w: FamilySupportWorld,
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

/** A plan of the world's victim with two steps: one by the akimat (employment), one by the centre. */
export function planBody(w: FamilySupportWorld, over: Partial<PlanCreate> = {}): PlanCreate {
  return {
    familyId: w.family.id,
    personId: w.family.victim,
    from: today(),
    until: inDays(90),
    goal: "Social adaptation of the victim and her children",
    steps: [
      {
        area: "employment",
        title: "Help to find a job",
        responsibleBodyId: w.bodies.akimat,
        dueOn: inDays(30),
      },
      { area: "psychological", title: "Counselling", responsibleBodyId: w.bodies.centre, dueOn: inDays(14) },
    ],
    ...over,
  };
}

export async function openPlan(
  w: FamilySupportWorld,
  over: Partial<PlanCreate> = {},
): Promise<AssistancePlan> {
  return ok<AssistancePlan>(
    await send(w, w.as.family, "POST", "/family-support/plans", planBody(w, over)),
    201,
  );
}

/** Rows of the tables a family-support write touches, to prove a refusal wrote nothing (a refusal is audited itself). */
export async function counts(w: FamilySupportWorld): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const t of [
    "measure",
    "measure_fact",
    "family_measure",
    "assistance_plan_step",
    "assistance_plan_step_fact",
    "handoff",
    "shelter_stay",
    "shelter_stay_fact",
    "victim_record",
  ] as const) {
    const r = await w.t.db
      .selectFrom(t)
      .select((eb) => eb.fn.countAll<number>().as("n"))
      .executeTakeFirstOrThrow();
    out[t] = Number(r.n);
  }
  return out;
}
