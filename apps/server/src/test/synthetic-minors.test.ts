import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makeBatchGenerator } from "../../../../tools/synthetic/batch.ts";
import { writeBatch } from "../../../../tools/synthetic/insert.ts";
import { maySkipRowChecks, verifyReferences } from "../../../../tools/synthetic/references.ts";
import { prepareWorld } from "../../../../tools/synthetic/setup.ts";
import { prepareReportWorld } from "../../../../tools/synthetic/reports-setup.ts";
import { seedMinors } from "../../../../tools/synthetic/seed-minors.ts";
import { testDatabase, type TestDatabase } from "./db.ts";

// The minors' generator (tools/synthetic/seed-minors.ts) in the shapes the modules write: the
// commissions' hierarchy and composition (001 Art. 79(2)-(5)), cases heard at meetings with a quorum
// and signed protocols, duties as hand-offs (79(6)(1),(9), system reading of 79(7)), schools' absences
// (78(2)(4)) and registered minors' restrictions and activities (82(2),(3)).
const NOW = new Date("2026-11-20T06:00:00Z");
let db: TestDatabase;
let second: Record<string, number>;
const n = async (sql: string): Promise<number> =>
  Number((await db.pool.query<{ n: string }>(sql)).rows[0]!.n);

beforeAll(async () => {
  db = await testDatabase();
  const world = await prepareWorld(db.pool);
  await prepareReportWorld(db.pool);
  const gen = makeBatchGenerator({
    seed: 7,
    now: NOW.toISOString(),
    generatorUserId: world.generator.userId,
    districts: world.districts,
    issuers: Object.fromEntries(world.districts.map((d) => [d.id, world.issuerOf(d.id)])),
  });
  await writeBatch(db.pool, gen(0, 3000), await maySkipRowChecks(db.pool));
  const client = await db.pool.connect();
  try {
    const o = { cases: 12, schools: 3, seed: 7, size: 4, now: NOW };
    await seedMinors(client, o);
    second = await seedMinors(client, o); // a resumed run writes nothing twice
  } finally {
    client.release();
  }
}, 240_000);
afterAll(async () => {
  await db.close();
});

describe("synthetic minors", () => {
  it("a commission at the country, each region and district, each under the one above (001 Art. 79(2),(3),(6)(4))", async () => {
    expect(await n("SELECT count(*) AS n FROM minors_commission WHERE level = 'interdepartmental'")).toBe(1);
    expect(
      await n(`SELECT count(*) AS n FROM territory t WHERE t.level <> 'country' AND NOT EXISTS (SELECT 1
        FROM minors_commission c JOIN body b ON b.id = c.body_id WHERE b.territory_id = t.id)`),
    ).toBe(0);
    // A district's commission sits under its region's; a region's under the interdepartmental one.
    expect(
      await n(`SELECT count(*) AS n FROM minors_commission c JOIN body b ON b.id = c.body_id
        JOIN territory t ON t.id = b.territory_id LEFT JOIN minors_commission p ON p.body_id = c.parent_body_id
        LEFT JOIN body pb ON pb.id = p.body_id
        WHERE c.level <> 'interdepartmental' AND (p.body_id IS NULL OR pb.territory_id <> t.parent_id
          OR p.level <> CASE c.level WHEN 'district' THEN 'region' ELSE 'interdepartmental' END)`),
    ).toBe(0);
    // One chair (a deputy akim) and one secretary each (79(4)).
    expect(
      await n(`SELECT count(*) AS n FROM minors_commission c WHERE
        (SELECT count(*) FROM commission_member m WHERE m.commission_body_id = c.body_id AND m.role = 'chair'
          AND m.chair_is_deputy_akim AND m.ended_on IS NULL) <> 1
        OR (SELECT count(*) FROM commission_member m WHERE m.commission_body_id = c.body_id AND m.role = 'secretary'
          AND m.ended_on IS NULL) <> 1`),
    ).toBe(0);
  });

  it("cases over three years: most decided at a held meeting with a signed protocol, the newest gathering or ready", async () => {
    const cases = await n("SELECT count(*) AS n FROM minors_case");
    expect(cases).toBeGreaterThan(20);
    const decided = await n("SELECT count(*) AS n FROM minors_case WHERE state IN ('decided', 'closed')");
    expect(decided / cases).toBeGreaterThan(0.8);
    expect(
      await n("SELECT count(*) AS n FROM minors_case WHERE state IN ('gathering', 'ready')"),
    ).toBeGreaterThan(0);
    expect(await n(`SELECT count(*) AS n FROM minors_case WHERE opened_on < '2023-11-19'`)).toBe(0);
    // Each heard case: one decided item at a held meeting signed by both, after the case was opened.
    expect(
      await n(`SELECT count(*) AS n FROM minors_case c WHERE c.state IN ('decided', 'closed') AND (SELECT count(*)
        FROM meeting_item i JOIN commission_meeting m ON m.id = i.meeting_id WHERE i.case_id = c.id AND i.decision IS NOT NULL
          AND m.state = 'held' AND m.closed_at IS NOT NULL AND m.commission_body_id = c.commission_body_id
          AND m.scheduled_at::date > c.opened_on) <> 1`),
    ).toBe(0);
    // The projection agrees with its events (version = events), as the module writes them.
    expect(
      await n(`SELECT count(*) AS n FROM minors_case c WHERE c.version <>
        (SELECT count(*) FROM minors_case_event e WHERE e.case_id = c.id)`),
    ).toBe(0);
    expect(
      await n(`SELECT count(*) AS n FROM minors_case c WHERE c.state IN ('gathering', 'ready')
        AND EXISTS (SELECT 1 FROM meeting_item i WHERE i.case_id = c.id)`),
    ).toBe(0);
    const notV4 = "!~ '^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$'";
    expect(
      await n(`SELECT (SELECT count(*) FROM minors_case WHERE id::text ${notV4})
        + (SELECT count(*) FROM commission_meeting WHERE id::text ${notV4})
        + (SELECT count(*) FROM meeting_item WHERE id::text ${notV4}) AS n`),
    ).toBe(0);
  });

  it("every decision had its quorum and majority, votes only by present voting members (system reading of 79(7))", async () => {
    expect(
      await n(`SELECT count(*) AS n FROM commission_meeting m WHERE 2 * (SELECT count(*) FROM meeting_attendance a
        JOIN commission_member cm ON cm.id = a.member_id WHERE a.meeting_id = m.id AND a.present AND cm.role <> 'secretary')
        <= (SELECT count(*) FROM meeting_attendance a JOIN commission_member cm ON cm.id = a.member_id
          WHERE a.meeting_id = m.id AND cm.role <> 'secretary')`),
    ).toBe(0);
    expect(
      await n(`SELECT count(*) AS n FROM meeting_vote v JOIN meeting_item i ON i.id = v.item_id
        JOIN commission_member cm ON cm.id = v.member_id LEFT JOIN meeting_attendance a
          ON a.meeting_id = i.meeting_id AND a.member_id = v.member_id
        WHERE cm.role = 'secretary' OR a.present IS NOT TRUE`),
    ).toBe(0);
    expect(
      await n(`SELECT count(*) AS n FROM meeting_item i WHERE 2 * (SELECT count(*) FROM meeting_vote v
        WHERE v.item_id = i.id AND v.vote = 'for') <= (SELECT count(*) FROM meeting_vote v WHERE v.item_id = i.id)`),
    ).toBe(0);
    // The minor invited with delivery before the meeting (79(6)(9)).
    expect(
      await n(`SELECT count(*) AS n FROM meeting_item i JOIN commission_meeting m ON m.id = i.meeting_id
        WHERE NOT EXISTS (SELECT 1 FROM meeting_invitation v WHERE v.item_id = i.id AND v.role = 'minor'
          AND v.delivered_on < m.scheduled_at::date)`),
    ).toBe(0);
  });

  it("duties go to their bodies as hand-offs on the case, due at the end of the duty's day (79(6)(1))", async () => {
    expect(await n("SELECT count(*) AS n FROM decision_duty")).toBeGreaterThan(0);
    expect(
      await n(`SELECT count(*) AS n FROM decision_duty d JOIN meeting_item i ON i.id = d.item_id
        LEFT JOIN handoff h ON h.id = d.handoff_id
        WHERE h.id IS NULL OR h.ground <> 'minors_commission.decision_duty' OR h.record_type <> 'minors_case'
          OR h.record_id <> i.case_id OR h.receiver_body_id <> d.responsible_body_id OR h.clock IS NOT NULL
          OR h.due_at <> ((d.due_on + 1)::timestamp AT TIME ZONE 'Asia/Almaty') - interval '1 millisecond'
          OR h.version <> (SELECT count(*) FROM handoff_fact f WHERE f.handoff_id = h.id)`),
    ).toBe(0);
    expect(
      await verifyReferences(db.pool, [
        "minors_case",
        "commission_meeting",
        "meeting_item",
        "decision_duty",
        "handoff",
      ]),
    ).toBeGreaterThan(5);
  });

  it("schools: pupils meeting 78(2)(4) (four unexcused days within a month), some on attention records", async () => {
    expect(await n("SELECT count(*) AS n FROM attendance_import")).toBeGreaterThan(0);
    expect(await n("SELECT count(*) AS n FROM school_absence")).toBeGreaterThan(20);
    const meeting = await n(`SELECT count(*) AS n FROM (SELECT person_id FROM school_absence
      WHERE NOT valid_reason AND absent_on > '2026-10-20' GROUP BY school_body_id, person_id HAVING count(*) >= 4) x`);
    expect(meeting).toBeGreaterThan(0);
    expect(
      await n("SELECT count(*) AS n FROM attention_record WHERE '78.2.4_missing_classes' = ANY(criteria)"),
    ).toBeGreaterThan(0);
    // Every pupil is 7 to 17 on the day.
    expect(
      await n(`SELECT count(*) AS n FROM school_absence a JOIN person p ON p.id = a.person_id
        WHERE age('2026-11-20', p.birth_date) NOT BETWEEN interval '7 years' AND interval '18 years'`),
    ).toBe(0);
  });

  it("registered minors' restrictions follow the police's submission; activities checked in their period (82(2),(3))", async () => {
    expect(
      await n(`SELECT count(*) AS n FROM minor_restriction WHERE police_submission_on > ruling_on
        OR cardinality(restrictions) = 0`),
    ).toBe(0);
    expect(
      await n(`SELECT count(*) AS n FROM rehabilitation_check c JOIN rehabilitation_activity a ON a.id = c.activity_id
        WHERE c.checked_on < a.from_on OR c.checked_on > '2026-11-20'`),
    ).toBe(0);
  });

  it("a resumed run writes nothing", () => {
    expect(Object.values(second).every((v) => v === 0)).toBe(true);
  });
});
