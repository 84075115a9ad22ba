import { sql } from "kysely";
import {
  addCalendarDays,
  addHours,
  assessmentPeriodOf,
  legalDateOf,
  startOfLegalDate,
  type AssessmentPeriod,
  type LegalDate,
} from "@aldyn/law";
import { login, makeBody, makeUser, type LoggedIn } from "../../test/app.ts";
import { groupsWorld, send, type GroupsWorld } from "../mobile-groups/mobile-groups.fixture.ts";
import { newPerson } from "../preventive-measures/measures.fixture.ts";

/**
 * The mobile groups' world plus the region's local executive body with its officer (prepares and
 * approves the pack, 001 Art. 72(4)), a district akimat's officer, and the other region's akimat.
 */
export interface PackWorld extends GroupsWorld {
  readonly ak: Record<"region" | "district" | "otherRegion", LoggedIn>;
  readonly regionPath: string;
  readonly d1Path: string;
  /** The half-year of today and the one before it. */
  readonly period: AssessmentPeriod;
  readonly before: AssessmentPeriod;
}

export async function packWorld(): Promise<PackWorld> {
  const w = await groupsWorld();
  const db = w.t.db;
  const r = await sql<{ code: string; path: string }>`SELECT p.code, p.path FROM territory d
    JOIN territory p ON p.id = d.parent_id WHERE d.code = ${w.d1.code}`.execute(db);
  const other = await sql<{
    code: string;
  }>`SELECT p.code FROM territory d JOIN territory p ON p.id = d.parent_id
    WHERE d.code = ${w.otherDistrict.code}`.execute(db);
  const akRegion = await makeBody(db, r.rows[0]!.code, "akimat", "Region akimat");
  const akDistrict = await makeBody(db, w.d1.code, "akimat", "District akimat");
  const akOther = await makeBody(db, other.rows[0]!.code, "akimat", "Other region akimat");
  await makeUser(db, { username: "akregion", roles: ["akimat_officer"], bodyId: akRegion });
  await makeUser(db, { username: "akdistrict", roles: ["akimat_officer"], bodyId: akDistrict });
  await makeUser(db, { username: "akother", roles: ["akimat_officer"], bodyId: akOther });
  const period = assessmentPeriodOf(legalDateOf(new Date()));
  return {
    ...w,
    ak: {
      region: await login(w.t.app, "akregion"),
      district: await login(w.t.app, "akdistrict"),
      otherRegion: await login(w.t.app, "akother"),
    },
    regionPath: r.rows[0]!.path,
    d1Path: (await sql<{ path: string }>`SELECT path FROM territory WHERE id = ${w.d1.id}::uuid`.execute(db))
      .rows[0]!.path,
    period,
    before: assessmentPeriodOf(addCalendarDays(period.from, -1)),
  };
}

/** Noon in Almaty of the day `days` after `date`. */
export const noonOf = (date: LegalDate, days = 0): Date =>
  addHours(startOfLegalDate(addCalendarDays(date, days)), 12);

const HOUR = 3600_000;

/** What the test wrote, as the figures should count it. */
export interface Written {
  readonly expected: Record<string, number>;
  readonly familyId: string;
}

/**
 * Writes the region's records of the half-year (and some outside it: the half-year before, the other
 * region) through the API where one exists and as rows where the other parts' routes are not this
 * test's concern. The expected counts are what ASSESSMENT_FIGURES define.
 */
export async function writeRecords(w: PackWorld): Promise<Written> {
  const db = w.t.db;
  const [p1, p2, p3] = [
    await newPerson(w, w.as.family),
    await newPerson(w, w.as.family),
    await newPerson(w, w.as.family),
  ];
  const ids = await sql<{ family: string; dv: string; police: string }>`SELECT
      (SELECT id FROM app_user WHERE username = 'family') AS family,
      (SELECT id FROM app_user WHERE username = 'dv1') AS dv,
      ${w.bodies.police1}::uuid AS police`.execute(db);
  const { family: familyUser, dv: dvUser } = ids.rows[0]!;
  const inP = (days: number) => noonOf(w.period.from, days);
  const beforeP = noonOf(w.before.from, 5);

  // Outreach visits: two in the half-year naming p1 twice and p2 (identified = 2), one before it.
  const g = await send(w, w.as.family, "POST", "/api/v1/mobile-groups", {
    name: "Group",
    formedOn: w.before.from,
    members: [],
  });
  const groupId = (g.json() as { id: string }).id;
  const visit = async (on: LegalDate, persons: { personId: string; role: string }[]) => {
    const res = await send(w, w.as.family, "POST", `/api/v1/mobile-groups/${groupId}/visits`, {
      visitedOn: on,
      place: "Somewhere 1",
      findings: "Found a family in need.",
      signsOfViolence: false,
      persons,
    });
    if (res.statusCode !== 201) throw new Error(`visit: ${res.statusCode} ${res.body}`);
  };
  await visit(w.period.from, [
    { personId: p1, role: "victim" },
    { personId: p2, role: "child" },
  ]);
  await visit(w.period.from, [{ personId: p1, role: "identified" }]);
  await visit(w.before.from, [{ personId: p3, role: "identified" }]);

  // Measures of the region (and one of the other region, one of the half-year before).
  const measure = async (kind: string, at: Date, path = w.d1Path) => {
    const r = await sql<{ id: string }>`INSERT INTO measure (kind, person_id, issuer_body_id, issuer_user_id,
        issuer_kind, territory_path, input, law_version, issued_at, status)
      VALUES (${kind}, ${p1}::uuid, ${w.bodies.centre}::uuid, ${familyUser}::uuid, 'family_support_centre',
        ${path}, '{}'::jsonb, '001', ${at}, 'active') RETURNING id`.execute(db);
    return r.rows[0]!.id;
  };
  const farPath = (
    await sql<{ path: string }>`SELECT path FROM territory WHERE id = ${w.otherDistrict.id}::uuid`.execute(db)
  ).rows[0]!.path;
  await measure("difficult_life_situation_registration", inP(1));
  await measure("difficult_life_situation_registration", inP(2));
  await measure("difficult_life_situation_registration", beforeP);
  await measure("difficult_life_situation_registration", inP(1), farPath);
  const plan1 = await measure("social_adaptation_plan", inP(1));
  const plan2 = await measure("social_adaptation_plan", inP(1));
  await measure("protective_order", inP(3));
  const assess = (id: string, outcome: string) =>
    sql`INSERT INTO assistance_plan_assessment (measure_id, outcome, assessment, at, recorded_by)
      VALUES (${id}::uuid, ${outcome}, 'Assessed', ${inP(4)}, ${familyUser}::uuid)`.execute(db);
  await assess(plan1, "achieved");
  await assess(plan2, "not_achieved");

  // Services: p1 twice and p2 in the half-year (supported = 2); p3 before it.
  const service = (person: string, on: LegalDate) =>
    sql`INSERT INTO family_service (centre_body_id, territory_path, person_id, delivered_on, area, recorded_by)
      VALUES (${w.bodies.centre}::uuid, ${w.d1Path}, ${person}::uuid, ${on}::date, 'legal',
        ${familyUser}::uuid)`.execute(db);
  await service(p1, w.period.from);
  await service(p1, addCalendarDays(w.period.from, 1));
  await service(p2, w.period.from);
  await service(p3, w.before.from);

  // Incidents: two in the half-year (the second a repeat), one before it, one in the other region.
  const fam = async (territoryId: string) =>
    (
      await sql<{ id: string }>`INSERT INTO family (territory_id, label, created_by, created_body_id)
        VALUES (${territoryId}::uuid, 'Family', ${dvUser}::uuid, ${w.bodies.police1}::uuid) RETURNING id`.execute(
        db,
      )
    ).rows[0]!.id;
  const familyId = await fam(w.d1.id);
  const farFamily = await fam(w.otherDistrict.id);
  const incident = async (family: string, territoryId: string, at: Date, repeat: number) =>
    (
      await sql<{
        id: string;
      }>`INSERT INTO dv_incident (family_id, territory_id, body_id, recorded_by, occurred_at,
          reported_at, place, forms, children_present, injury_recorded, immediate_response, repeat_number,
          notify_due_at)
        VALUES (${family}::uuid, ${territoryId}::uuid, ${w.bodies.police1}::uuid, ${dvUser}::uuid, ${at}, ${at},
          'Home', ARRAY['physical'], false, false, 'Separated', ${repeat}, ${new Date(at.getTime() + 24 * HOUR)})
        RETURNING id`.execute(db)
    ).rows[0]!.id;
  const i0 = await incident(familyId, w.d1.id, beforeP, 1);
  const i1 = await incident(familyId, w.d1.id, inP(2), 2);
  const i2 = await incident(familyId, w.d1.id, inP(3), 3);
  await incident(farFamily, w.otherDistrict.id, inP(2), 1);

  // Notices of 72(3)(2): on time, late, never received, declined and re-routed then received on time.
  const notice = async (
    incidentId: string,
    at: Date,
    receivedAfterHours: number | null,
    extra: { declined?: boolean; reroutedFrom?: string } = {},
  ) => {
    const due = new Date(at.getTime() + 24 * HOUR);
    const received = receivedAfterHours === null ? null : new Date(at.getTime() + receivedAfterHours * HOUR);
    const state = extra.declined ? "declined" : received ? "received" : "sent";
    const r = await sql<{
      id: string;
    }>`INSERT INTO handoff (ground, article, clock, sender_body_id, receiver_body_id,
        record_type, record_id, territory_path, event_at, sent_at, due_at, state, received_at, declined_at,
        decline_reason, rerouted_from_id, sent_by)
      VALUES ('domestic_violence.incident_notice', '001 Art. 72(3)(2)', 'hours_24', ${w.bodies.police1}::uuid,
        ${w.bodies.centre}::uuid, 'dv_incident', ${incidentId}::uuid, ${w.d1Path}, ${at}, ${at},
        ${due}, ${state}, ${received}, ${extra.declined ? new Date(at.getTime() + HOUR) : null},
        ${extra.declined ? "Not ours" : null}, ${extra.reroutedFrom ?? null}, ${dvUser}::uuid) RETURNING id`.execute(
      db,
    );
    return r.rows[0]!.id;
  };
  const t1 = inP(2);
  const t2 = inP(3);
  await notice(i1, t1, 2);
  await notice(i1, t1, 30);
  await notice(i2, t2, null);
  const declined = await notice(i2, t2, null, { declined: true });
  await notice(i2, t2, 5, { reroutedFrom: declined });
  await notice(i0, beforeP, 1);

  // Shelter stays: one admitted in the half-year, one before it.
  const sh = await sql<{
    id: string;
  }>`INSERT INTO shelter (centre_body_id, territory_path, name, address, places,
      created_by) VALUES (${w.bodies.centre}::uuid, ${w.d1Path}, 'Shelter', 'Secret St. 1', 10,
      ${familyUser}::uuid) RETURNING id`.execute(db);
  const stay = (person: string, on: LegalDate) =>
    sql`INSERT INTO shelter_stay (shelter_id, person_id, admitted_on, planned_until, recorded_by)
      VALUES (${sh.rows[0]!.id}::uuid, ${person}::uuid, ${on}::date, ${addCalendarDays(on, 10)}::date,
        ${familyUser}::uuid)`.execute(db);
  await stay(p1, w.period.from);
  await stay(p3, w.before.from);

  return {
    familyId,
    expected: {
      identified: 2,
      registered: 2,
      supported: 2,
      plans_opened: 2,
      plans_completed: 1,
      incidents: 2,
      repeat_incidents: 2,
      protective_orders: 1,
      notifications_total: 4,
      notifications_on_time: 2,
      shelter_stays: 1,
      outreach_visits: 2,
    },
  };
}

/** One more incident of the half-year in the region (to see a draft recount and an approved pack not). */
export async function oneMoreIncident(w: PackWorld, familyId: string): Promise<void> {
  const at = noonOf(w.period.from, 4);
  await sql`INSERT INTO dv_incident (family_id, territory_id, body_id, recorded_by, occurred_at, reported_at, place,
      forms, children_present, injury_recorded, immediate_response, repeat_number, notify_due_at)
    SELECT ${familyId}::uuid, ${w.d1.id}::uuid, ${w.bodies.police1}::uuid, u.id, ${at}, ${at}, 'Home',
      ARRAY['economic'], false, false, 'Talked', 4, ${new Date(at.getTime() + 24 * HOUR)}
      FROM app_user u WHERE u.username = 'dv1'`.execute(w.t.db);
}
