import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { isValidIin, type ProtectedPerson } from "@aldyn/law";
import { mulberry32, uuidOf } from "../../../../tools/synthetic/prng.ts";
import { birthDateOf, districtPicker, iinOf, personAt } from "../../../../tools/synthetic/persons.ts";
import { makeBatchGenerator, TABLE_ORDER } from "../../../../tools/synthetic/batch.ts";
import { victimOf } from "../../../../tools/synthetic/measures.ts";
import { writeBatch } from "../../../../tools/synthetic/insert.ts";
import { seedNpm } from "../../../../tools/synthetic/npm.ts";
import { maySkipRowChecks, verifyReferences } from "../../../../tools/synthetic/references.ts";
import { prepareWorld } from "../../../../tools/synthetic/setup.ts";
import { prepareReportWorld } from "../../../../tools/synthetic/reports-setup.ts";
import { seedFamilies } from "../../../../tools/synthetic/seed-families.ts";
import { installFormatCache } from "../../../../tools/synthetic/intl-cache.ts";
import { testDatabase, type TestDatabase } from "./db.ts";

// The synthetic data generator (tools/synthetic, issue 6): same seed, same data; IINs valid and unique.
const districts = [
  { id: uuidOf("a"), path: "KZ.A.1", weight: 3 },
  { id: uuidOf("b"), path: "KZ.B.1", weight: 1 },
];

describe("synthetic data", () => {
  it("the PRNG is deterministic for a seed", () => {
    const a = mulberry32(42);
    const b = mulberry32(42);
    expect(Array.from({ length: 5 }, a)).toEqual(Array.from({ length: 5 }, b));
    expect(mulberry32(43)()).not.toBe(mulberry32(42)());
  });

  it("a person is the same whatever batch builds it", () => {
    const pick = districtPicker(districts);
    expect(personAt(7, 12345, pick)).toEqual(personAt(7, 12345, pick));
    expect(personAt(7, 12345, pick).iin).not.toBe(personAt(7, 12346, pick).iin);
  });

  it("IINs are valid, encode the birth date and never repeat", () => {
    const seen = new Set<string>();
    // Spans two serial blocks (23,376 days each), where a collision would first appear.
    for (let i = 0; i < 50_000; i++) {
      const iin = iinOf(i, i % 2 ? "male" : "female");
      expect(isValidIin(iin)).toBe(true);
      seen.add(iin);
    }
    expect(seen.size).toBe(50_000);
    expect(iinOf(0, "male").slice(0, 6)).toBe(birthDateOf(0).slice(2).replaceAll("-", ""));
  });

  it("districts are chosen in proportion to their weight", () => {
    const pick = districtPicker(districts);
    const rng = mulberry32(1);
    let a = 0;
    for (let i = 0; i < 4000; i++) if (pick(rng()).path === "KZ.A.1") a++;
    expect(a / 4000).toBeGreaterThan(0.7);
    expect(a / 4000).toBeLessThan(0.8);
  });

  it("the cached ICU date parts are ICU's own", () => {
    installFormatCache();
    // The law's formatter (packages/law/src/calendar/legal-date.ts).
    const fmt = new Intl.DateTimeFormat("en-CA", {
      timeZone: "Asia/Almaty",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      second: "2-digit",
      hourCycle: "h23",
    });
    const rng = mulberry32(5);
    for (let i = 0; i < 2000; i++) {
      // 1995-2030, twice each: the second call is served from the cache.
      const t =
        Date.UTC(1995, 0, 1) + Math.floor(rng() * 35 * 365) * 86_400_000 + Math.floor(rng() * 86_400_000);
      expect(fmt.formatToParts(t)).toEqual(fmt.formatToParts(new Date(t)));
      expect(
        fmt
          .formatToParts(t)
          .map((p) => p.value)
          .join(""),
      ).toBe(fmt.format(t));
    }
  });

  it("a batch is the same whichever run builds it", () => {
    const config = {
      seed: 9,
      now: "2026-11-20T06:00:00Z",
      generatorUserId: uuidOf("u"),
      districts,
      issuers: Object.fromEntries(districts.map((d) => [d.id, { bodyId: uuidOf("b"), userId: uuidOf("u") }])),
    };
    const a = makeBatchGenerator(config)(200, 400);
    const b = makeBatchGenerator(config)(200, 400);
    expect(a).toEqual(b);
    expect(a.counts.person).toBe(200);
    expect(a.counts.measure).toBeGreaterThan(200);
  });

  it("every protective order names its victim: family at the same address or a neighbour (001 Art. 60(1), (4))", () => {
    const config = {
      seed: 9,
      now: "2026-11-20T06:00:00Z",
      generatorUserId: uuidOf("u"),
      districts,
      issuers: Object.fromEntries(districts.map((d) => [d.id, { bodyId: uuidOf("b"), userId: uuidOf("u") }])),
    };
    const batch = makeBatchGenerator(config)(0, 300);
    const table = (name: string) => JSON.parse(batch.tables.find((t) => t.table === name)!.json) as unknown[];
    const people = new Map(
      (table("person") as { id: string; actual_address: string }[]).map((p) => [p.id, p.actual_address]),
    );
    type Order = { kind: string; person_id: string; input: { details: { victims?: ProtectedPerson[] } } };
    const orders = (table("measure") as Order[]).filter((m) => m.kind === "protective_order");
    expect(orders.length).toBeGreaterThan(10);
    let atHome = 0;
    for (const o of orders) {
      const victims = o.input.details.victims ?? [];
      expect(victims).toHaveLength(1);
      expect(victims[0]!.fullName.split(" ").length).toBeGreaterThanOrEqual(2);
      expect(victims[0]!.address).toMatch(/^ул\. /);
      if (victims[0]!.address === people.get(o.person_id)) atHome++;
    }
    expect(atHome).toBeGreaterThan(0);
    expect(atHome).toBeLessThan(orders.length);
    const p = personAt(9, 5, districtPicker(districts));
    expect(victimOf(9, 5, 0, p)).toEqual(victimOf(9, 5, 0, p));
  });
});

// The synthetic generator against a real database (issue 6): a batch written twice changes nothing,
// its foreign keys hold, families link minors to parents, register checks follow the entries, and the
// NPM institutions are visited within four years (003 p.3(1)).
let tdb: TestDatabase;
const NOW = new Date("2026-11-20T06:00:00Z");
const count = async (sql: string): Promise<number> =>
  Number((await tdb.pool.query<{ n: string }>(sql)).rows[0]!.n);

describe("synthetic load", () => {
  beforeAll(async () => {
    tdb = await testDatabase();
    const world = await prepareWorld(tdb.pool);
    const gen = makeBatchGenerator({
      seed: 3,
      now: NOW.toISOString(),
      generatorUserId: world.generator.userId,
      districts: world.districts,
      issuers: Object.fromEntries(world.districts.map((d) => [d.id, world.issuerOf(d.id)])),
    });
    const skip = await maySkipRowChecks(tdb.pool);
    await writeBatch(tdb.pool, gen(0, 1500), skip);
    await writeBatch(tdb.pool, gen(0, 1500), skip); // a repeated batch (a resumed run) is harmless
    await seedNpm(tdb.pool, 3, NOW, world.generator.userId);
  }, 120_000);
  afterAll(async () => {
    await tdb.close();
  });

  it("writes each row once and every foreign key holds", async () => {
    expect(await count("SELECT count(*) AS n FROM person")).toBe(1500);
    expect(await count("SELECT count(*) AS n FROM measure")).toBeGreaterThan(2000);
    expect(await verifyReferences(tdb.pool, [...TABLE_ORDER])).toBeGreaterThan(10);
  });

  it("marks every protective order's victims confidential, as issuing does (001 Art. 83(2))", async () => {
    const orders = await count("SELECT count(*) AS n FROM measure WHERE kind = 'protective_order'");
    expect(orders).toBeGreaterThan(10);
    const marked = await count(
      `SELECT count(*) AS n FROM measure_confidential c JOIN measure m ON m.id = c.measure_id
       WHERE m.kind = 'protective_order' AND c.field = 'input.details.victims' AND c.barrier = 'victim'`,
    );
    expect(marked).toBe(orders);
  });

  it("links only minors to parents 20 to 45 years older", async () => {
    expect(await count("SELECT count(*) AS n FROM person_link")).toBeGreaterThan(50);
    const bad = await count(
      `SELECT count(*) AS n FROM person_link l JOIN person m ON m.id = l.minor_id
       JOIN person p ON p.id = l.representative_id
       WHERE age('2026-11-20', m.birth_date) >= interval '18 years'
          OR age(m.birth_date, p.birth_date) NOT BETWEEN interval '20 years' AND interval '45 years'`,
    );
    expect(bad).toBe(0);
  });

  it("register facts: placement first, checks in the entry's period, positions without gaps", async () => {
    expect(
      await count("SELECT count(*) AS n FROM register_fact WHERE type = 'control_check'"),
    ).toBeGreaterThan(0);
    const bad = await count(
      `SELECT count(*) AS n FROM register_fact f JOIN register_entry e ON e.id = f.entry_id
       WHERE f."on" < e.placed_on OR (e.last_day IS NOT NULL AND f."on" > e.last_day)
          OR (f.seq = 0) <> (f.type = 'placed')`,
    );
    expect(bad).toBe(0);
    const gaps = await count(
      `SELECT count(*) AS n FROM (SELECT entry_id, max(seq) + 1 AS top, count(*) AS n FROM register_fact
       GROUP BY entry_id) x WHERE top <> n`,
    );
    expect(gaps).toBe(0);
  });

  it("NPM: 220 institutions, each visited by a group of three within four years", async () => {
    expect(await count("SELECT count(*) AS n FROM npm_institution")).toBe(220);
    const late = await count(
      `SELECT count(*) AS n FROM npm_institution i WHERE NOT EXISTS (SELECT 1 FROM npm_visit v
       WHERE i.id = ANY(v.institution_ids) AND v.starts_on > '2026-11-20'::date - 4 * 365)`,
    );
    expect(late).toBe(0);
    expect(await count("SELECT count(*) AS n FROM npm_visit WHERE jsonb_array_length(members) <> 3")).toBe(0);
    expect(await count("SELECT count(*) AS n FROM npm_report")).toBeGreaterThan(200);
  });
});

// Families and incidents of domestic violence (tools/synthetic/seed-families.ts) in the shapes the
// server writes them (modules/domestic-violence/record-incident.ts; 001 Arts. 72(3)(2), 83(2)).
describe("synthetic families", () => {
  let fdb: TestDatabase;
  const n = async (sql: string): Promise<number> =>
    Number((await fdb.pool.query<{ n: string }>(sql)).rows[0]!.n);
  beforeAll(async () => {
    fdb = await testDatabase();
    const world = await prepareWorld(fdb.pool);
    await prepareReportWorld(fdb.pool);
    const gen = makeBatchGenerator({
      seed: 5,
      now: NOW.toISOString(),
      generatorUserId: world.generator.userId,
      districts: world.districts,
      issuers: Object.fromEntries(world.districts.map((d) => [d.id, world.issuerOf(d.id)])),
    });
    await writeBatch(fdb.pool, gen(0, 3000), await maySkipRowChecks(fdb.pool));
    const client = await fdb.pool.connect();
    try {
      await seedFamilies(client, { total: 200, seed: 5, size: 50, now: NOW });
      await seedFamilies(client, { total: 200, seed: 5, size: 50, now: NOW }); // a resumed run writes nothing twice
    } finally {
      client.release();
    }
  }, 180_000);
  afterAll(async () => {
    await fdb.close();
  });

  it("writes families with one to four incidents each, numbered by when they occurred", async () => {
    const families = await n("SELECT count(*) AS n FROM family");
    expect(families).toBeGreaterThan(100);
    expect(families).toBeLessThanOrEqual(200);
    const incidents = await n("SELECT count(*) AS n FROM dv_incident");
    expect(incidents / families).toBeGreaterThan(1.1);
    expect(incidents / families).toBeLessThan(2);
    // Repeat numbers run 1..k within a family in the order the incidents occurred (001 Art. 72(4)).
    expect(
      await n(`SELECT count(*) AS n FROM (SELECT repeat_number,
        row_number() OVER (PARTITION BY family_id ORDER BY occurred_at, id) AS rn FROM dv_incident) x
        WHERE repeat_number <> rn`),
    ).toBe(0);
    expect(await n("SELECT count(*) AS n FROM dv_incident WHERE repeat_number > 1")).toBeGreaterThan(0);
    // Ids in the v4 layout, as the API's answers require (contract Uuid).
    const notV4 = "!~ '^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$'";
    expect(
      await n(`SELECT (SELECT count(*) FROM family WHERE id::text ${notV4})
        + (SELECT count(*) FROM dv_incident WHERE id::text ${notV4})
        + (SELECT count(*) FROM handoff WHERE id::text ${notV4}) AS n`),
    ).toBe(0);
    expect(
      await n("SELECT count(*) AS n FROM dv_incident WHERE reported_at > $now$2026-11-20T06:00:00Z$now$"),
    ).toBe(0);
    expect(
      await verifyReferences(fdb.pool, ["family", "family_member", "dv_incident", "handoff"]),
    ).toBeGreaterThan(5);
  });

  it("marks every victim and child named by an incident confidential, in the persons list too (001 Art. 83(2))", async () => {
    const named = await n(
      "SELECT count(*) AS n FROM dv_incident_person WHERE role IN ('victim', 'child_victim', 'child_present')",
    );
    expect(named).toBeGreaterThan(100);
    expect(
      await n(`SELECT count(*) AS n FROM dv_incident_person ip WHERE ip.role IN ('victim', 'child_victim', 'child_present')
        AND NOT EXISTS (SELECT 1 FROM person_confidential_case c WHERE c.person_id = ip.person_id
          AND c.barrier = 'victim' AND c.record_type = 'dv_incident' AND c.record_id = ip.incident_id)`),
    ).toBe(0);
    expect(
      await n(`SELECT count(*) AS n FROM dv_incident_person ip JOIN person_overview o ON o.person_id = ip.person_id
        WHERE ip.role = 'victim' AND NOT ('victim' = ANY (o.barriers))`),
    ).toBe(0);
  });

  it("tells the interested subjects of each incident within 24 hours of its report (001 Art. 72(3)(2))", async () => {
    // The centre always; guardianship and the commission when children were present; healthcare on an injury.
    expect(
      await n(`SELECT count(*) AS n FROM dv_incident i JOIN territory t ON t.id = i.territory_id WHERE
        (SELECT count(*) FROM handoff h WHERE h.record_type = 'dv_incident' AND h.record_id = i.id)
        <> 1 + CASE WHEN i.children_present THEN 2 ELSE 0 END + CASE WHEN i.injury_recorded THEN 1 ELSE 0 END`),
    ).toBe(0);
    expect(
      await n(`SELECT count(*) AS n FROM handoff h JOIN dv_incident i ON i.id = h.record_id
        WHERE h.record_type = 'dv_incident' AND (h.ground <> 'domestic_violence.incident_notice' OR h.clock <> 'hours_24'
          OR h.due_at <> i.reported_at + interval '24 hours' OR i.notify_due_at <> h.due_at OR h.event_at <> i.reported_at
          OR h.sent_at < i.reported_at OR h.sender_body_id <> i.body_id)`),
    ).toBe(0);
    // The state agrees with its facts; some were received late, some never (overdue now).
    expect(
      await n(`SELECT count(*) AS n FROM handoff h WHERE h.record_type = 'dv_incident' AND (h.version <>
        (SELECT count(*) FROM handoff_fact f WHERE f.handoff_id = h.id) OR (h.state = 'sent') <> (h.received_at IS NULL))`),
    ).toBe(0);
    expect(
      await n(`SELECT count(*) AS n FROM handoff WHERE record_type = 'dv_incident' AND received_at > due_at`),
    ).toBeGreaterThan(0);
    expect(
      await n(`SELECT count(*) AS n FROM handoff WHERE record_type = 'dv_incident' AND state = 'sent'
        AND due_at < $now$2026-11-20T06:00:00Z$now$`),
    ).toBeGreaterThan(0);
  });
});
