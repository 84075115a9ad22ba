import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sql } from "kysely";
import { testDatabase, type TestDatabase } from "../test/db.ts";
import { almatyYear, ensureTimePartitions, YEARS_AHEAD } from "./time-partitions.ts";

let t: TestDatabase;
beforeAll(async () => {
  t = await testDatabase();
});
afterAll(async () => {
  await t.close();
});

async function partitionsOf(year: number): Promise<string[]> {
  const { rows } = await sql<{ name: string }>`
    SELECT c.relname AS name FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid
    WHERE c.relname LIKE ${`%_y${year}`} ORDER BY 1`.execute(t.db);
  return rows.map((r) => r.name);
}

describe("yearly partitions kept ahead of time (migration 0009, docs/scaling.md)", () => {
  it("the year turns at midnight in Almaty, not UTC", () => {
    expect(almatyYear(new Date("2036-12-31T18:59:59Z"))).toBe(2036);
    expect(almatyYear(new Date("2036-12-31T19:00:00Z"))).toBe(2037);
  });

  it("creates the missing years once, for all three tables, and is idempotent", async () => {
    const now = new Date("2037-06-01T00:00:00Z"); // 0009 creates partitions to 2035 only
    expect(await partitionsOf(2037)).toEqual([]);
    const created = await ensureTimePartitions(t.db, now);
    expect(created).toBe(3 * (YEARS_AHEAD + 1)); // 2037..2039 for three tables
    for (const y of [2037, 2037 + YEARS_AHEAD])
      expect(await partitionsOf(y)).toEqual(["audit_log_y" + y, "measure_fact_y" + y, "register_fact_y" + y]);
    expect(await ensureTimePartitions(t.db, now)).toBe(0);
  });
});
