import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sql } from "kysely";
import { mistype } from "../../../../tools/bench/ops.ts";
import { takeFootprint } from "../../../../tools/bench/reset.ts";
import {
  addFact,
  DAY,
  HOUR,
  issue,
  measuresWorld,
  newPerson,
  warningBody,
  type MeasuresWorld,
} from "../modules/preventive-measures/measures.fixture.ts";
import { createVia, personInput } from "../modules/persons/persons.fixture.ts";

// The benchmark's own machinery (tools/bench): its typo searches reach the typo-tolerant stage, and
// what a run writes is taken back so that the next run measures the same database.
let w: MeasuresWorld;
beforeAll(async () => {
  w = await measuresWorld();
});
afterAll(async () => w.close());

/**
 * Every row of the tables a benchmark run writes (the audit log aside), as comparable text — with the
 * register summary's counts, which triggers keep in the same transactions (migration 0025), so the
 * reset must leave them as right as the rows.
 */
async function state(): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  // The counts as what they say: a day's events that cancel out may stay as a row of 0.
  const counts = await sql<{
    rows: string;
  }>`SELECT coalesce(jsonb_agg(to_jsonb(x) ORDER BY to_jsonb(x)::text),
    '[]')::text AS rows FROM (SELECT territory_path, counter, day, key, sum(n) AS n FROM register_count
    GROUP BY 1, 2, 3, 4 HAVING sum(n) <> 0) x`.execute(w.t.db);
  out.register_count = counts.rows[0]!.rows;
  for (const table of [
    "measure",
    "measure_fact",
    "measure_duty",
    "measure_confidential",
    "person_confidential",
    "register_entry",
    "register_fact",
    "register_entry_measure",
    "notification",
  ]) {
    const r = await sql<{ rows: string }>`SELECT coalesce(jsonb_agg(to_jsonb(x) ORDER BY to_jsonb(x)::text),
      '[]')::text AS rows FROM ${sql.table(table)} x`.execute(w.t.db);
    out[table] = r.rows[0]!.rows;
  }
  return out;
}

async function auditRows(): Promise<number> {
  const r = await sql<{ n: number }>`SELECT count(*)::int AS n FROM audit_log`.execute(w.t.db);
  return r.rows[0]!.n;
}

describe("benchmark tools", () => {
  it("a mistyped name changes one letter and the search key, and the typo-tolerant stage finds it", async () => {
    for (const [name, i] of [
      ["Сейтқали", 0],
      ["Сейтқали", 1],
      ["Ахметова", 2],
      ["Ким", 0],
      ["Цой", 3],
      ["Шмидт", 0],
    ] as const) {
      const typo = mistype(name, i);
      expect(typo.length).toBe(name.length);
      expect([...typo].filter((c, k) => c !== name[k])).toHaveLength(1);
      const k = await sql<{ a: string; b: string }>`SELECT person_search_key(${name}) AS a,
        person_search_key(${typo}) AS b`.execute(w.t.db);
      expect(k.rows[0]!.b).not.toBe(k.rows[0]!.a);
    }
    await createVia(
      w,
      w.as.cop1,
      personInput(w.d1.id, { lastNameCyr: "Жұмабаев", lastNameLat: "Zhumabaev" }),
    );
    const res = await w.t.app.inject({
      method: "GET",
      url: `/api/v1/persons?q=${encodeURIComponent(`${mistype("Жұмабаев", 0)} Нұрлан`)}`,
      headers: w.as.cop1.headers,
    });
    expect(res.statusCode).toBe(200);
    const page = res.json() as { items: { personal: { lastNameCyr: string } | null }[] };
    expect(page.items.map((x) => x.personal?.lastNameCyr)).toContain("Жұмабаев");
  });

  it("a run's checks, warnings and register placements are taken back; its audit rows stay", async () => {
    // A running warning with a control schedule (the sample measure), its subject, and a person
    // never warned.
    const a = await newPerson(w, w.as.cop1);
    const b = await newPerson(w, w.as.cop1);
    const issuedAt = new Date(Date.now() - 3 * DAY);
    let m = await issue(w, w.as.cop1, warningBody(a, issuedAt));
    m = await addFact(w, w.as.cop1, m, {
      type: "served",
      at: new Date(issuedAt.getTime() + HOUR).toISOString(),
      channel: "in_person",
    });
    const before = await state();
    const audited = await auditRows();
    const footprint = await takeFootprint(w.t.tdb.owner.pool, {
      users: [w.userIds.cop1],
      measures: [m.id],
      persons: [a, b],
    });
    // What the benchmark does: a check on the sample measure, a second warning to its subject (which
    // joins the running register entry, 001 Art. 51) and a first one to someone else (a new entry).
    await addFact(w, w.as.cop1, m, {
      type: "control_check",
      at: new Date().toISOString(),
      outcome: "complied",
      place: "At home",
    });
    await issue(w, w.as.cop1, warningBody(a, new Date(Date.now() - HOUR)));
    await issue(w, w.as.cop1, warningBody(b, new Date(Date.now() - HOUR)));
    const during = await state();
    for (const table of ["measure", "measure_fact", "register_entry", "register_fact"])
      expect(during[table], table).not.toBe(before[table]);

    const undone = await footprint.undo();
    expect(undone.measures).toBe(2);
    expect(undone["measure facts"]).toBe(3); // the check and the two warnings' `issued`
    expect(await state()).toEqual(before);
    expect(await auditRows()).toBeGreaterThan(audited);
  });
});
