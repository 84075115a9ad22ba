import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sql } from "kysely";
import { testDatabase, type TestDatabase } from "../test/db.ts";
import { hotQueries, hotQuery } from "./hot-query.ts";
import {
  beginRequestTransaction,
  endRequestTransaction,
  runInRequestTransaction,
} from "./request-transaction.ts";

// Hot queries (R12 fast path) are compiled once with placeholders: every call must put its own values
// in their places, and a builder that would bake a value into the shape is refused.

let tdb: TestDatabase;
beforeAll(async () => {
  tdb = await testDatabase();
});
afterAll(async () => {
  await tdb.close();
});

const territoryByCode = hotQuery((db, p: { code: string; level: "country" | "region" | "district" }) =>
  db
    .selectFrom("territory")
    .select(["code", "level"])
    .where("code", "=", p.code)
    .where("level", "=", p.level)
    .where(sql<boolean>`${p.code} = ${p.code}`),
);

describe("hot queries", () => {
  it("answers each call with its own values, through one compiled shape", async () => {
    const codes = await tdb.db.selectFrom("territory").select(["code", "level"]).limit(7).execute();
    expect(codes.length).toBeGreaterThan(2);
    const sqlBefore = territoryByCode.sql;
    for (const c of codes) {
      expect(await territoryByCode.all(tdb.pool, c)).toEqual([c]);
      expect(
        await territoryByCode.first(tdb.pool, {
          code: c.code,
          level: c.level === "region" ? "district" : "region",
        }),
      ).toBeUndefined();
    }
    // The same text each time: the statement is prepared once per connection, not once per call.
    expect(territoryByCode.sql).toBe(sqlBefore);
    expect(sqlBefore).toMatch(/\$4/);
  });

  it("compiles one shape per variant and keeps constants of the shape", async () => {
    const byLevel = hotQueries((db, p: { code: string }, variant: "region" | "district") =>
      db.selectFrom("territory").select("code").where("code", "=", p.code).where("level", "=", variant),
    );
    const region = await tdb.db
      .selectFrom("territory")
      .select("code")
      .where("level", "=", "region")
      .limit(1)
      .executeTakeFirstOrThrow();
    expect(await byLevel("region").all(tdb.pool, region)).toEqual([region]);
    expect(await byLevel("district").all(tdb.pool, region)).toEqual([]);
    expect(byLevel("region")).toBe(byLevel("region"));
  });

  it("refuses a builder that looks at a parameter's value instead of placing it", () => {
    const branching = hotQuery((db, p: { code: string | null }) => {
      let q = db.selectFrom("territory").select("code");
      // A slot is never null, so the filter is dropped from the shape: the value was not placed.
      if (p.code === null) q = q.where("code", "is", null);
      return q;
    });
    expect(() => branching.sql).toThrow(/parameters as values only: code/);
    const spliced = hotQuery((db, p: { code: string }) =>
      db
        .selectFrom("territory")
        .select("code")
        .where(sql<boolean>`code = ${sql.raw(String(p.code))}`),
    );
    expect(() => spliced.sql).toThrow(/parameters as values only/);
  });

  it("runs on the request's own connection inside a request transaction, and sees its writes", async () => {
    const code = `HOT-${Date.now()}`;
    const trx = await beginRequestTransaction(tdb.pool);
    const found = await runInRequestTransaction(trx, async () => {
      await sql`INSERT INTO territory (code, level, path, parent_id, name_kk, name_ru, name_en)
        SELECT ${code}, 'region', ${`KZ.${code}`}, id, 'x', 'x', 'x' FROM territory WHERE level = 'country'`.execute(
        tdb.db,
      );
      return territoryByCode.all(tdb.pool, { code, level: "region" });
    });
    await endRequestTransaction(trx, false);
    expect(found).toEqual([{ code, level: "region" }]);
    // Rolled back with the request: outside it the row never existed.
    expect(await territoryByCode.all(tdb.pool, { code, level: "region" })).toEqual([]);
  });

  it("sends the request's queries one after another, even when a use case starts them at once", async () => {
    const codes = await tdb.db.selectFrom("territory").select(["code", "level"]).limit(5).execute();
    const trx = await beginRequestTransaction(tdb.pool);
    const send = trx.client.query.bind(trx.client) as (...a: unknown[]) => Promise<unknown>;
    let inFlight = 0;
    let most = 0;
    (trx.client as unknown as { query: (...a: unknown[]) => Promise<unknown> }).query = async (...a) => {
      most = Math.max(most, ++inFlight);
      try {
        return await send(...a);
      } finally {
        inFlight -= 1;
      }
    };
    const found = await runInRequestTransaction(trx, () =>
      Promise.all([
        ...codes.map((c) => territoryByCode.all(tdb.pool, c)),
        tdb.db.selectFrom("territory").select("code").where("code", "=", codes[0]!.code).execute(),
      ]),
    );
    await endRequestTransaction(trx, true);
    expect(found.slice(0, codes.length)).toEqual(codes.map((c) => [c]));
    expect(most).toBe(1);
  });
});
