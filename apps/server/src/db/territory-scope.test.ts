import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sql, type Expression, type SqlBool } from "kysely";
import { testDatabase, type TestDatabase } from "../test/db.ts";
import { inTerritory, inTerritoryRange } from "./territory-scope.ts";

/**
 * R11.1 on a real PostgreSQL: a record is in scope when its path is the actor's or lies below it.
 * The range form (index-only scans of the summary) must select exactly what the OR form selects,
 * including paths that share the actor's path as a string prefix without lying below it.
 */
let t: TestDatabase;
beforeAll(async () => {
  t = await testDatabase();
});
afterAll(async () => {
  await t.close();
});

const PATHS = [
  "KZ",
  "KZ.ABA",
  "KZ.ABA.ABA01",
  "KZ.ABA.ABA01.X",
  "KZ.ABA-1",
  "KZ.ABA-1.D",
  "KZ.ABAX",
  "KZ.ABA0",
  "KZ.AB",
  "KZ.ALA.ALA01",
  "KZ.ABA.",
  "KZ.ABA/",
];

async function pick(rule: (col: string, path: string) => Expression<SqlBool>, actor: string) {
  const values = sql.join(PATHS.map((p) => sql`(${p})`));
  const r = await sql<{ p: string }>`SELECT v.p FROM (VALUES ${values}) AS v(p)
    WHERE ${rule("v.p", actor)} ORDER BY v.p`.execute(t.db);
  return r.rows.map((x) => x.p);
}

describe("territory scope (R11.1)", () => {
  it("the range form selects the actor's path and the paths below it, nothing else", async () => {
    expect(await pick(inTerritoryRange, "KZ.ABA")).toEqual([
      "KZ.ABA",
      "KZ.ABA.",
      "KZ.ABA.ABA01",
      "KZ.ABA.ABA01.X",
    ]);
  });

  it.each(["KZ", "KZ.ABA", "KZ.ABA.ABA01", "KZ.AB", "KZ.ABA-1", "KZ.NONE"])(
    "the range form and the OR form agree for %s",
    async (actor) => {
      expect(await pick(inTerritoryRange, actor)).toEqual(await pick(inTerritory, actor));
    },
  );

  it("the national scope holds every path", async () => {
    expect(await pick(inTerritoryRange, "KZ")).toHaveLength(PATHS.length);
  });
});
