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
