import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sql, type QueryExecutorProvider } from "kysely";
import { testDatabase, type TestDatabase } from "../test/db.ts";
import { connect, type DbHandle } from "./pool.ts";

/**
 * pool.ts CommitMode on a real PostgreSQL: a lone statement (a read with its audit rows) commits
 * without waiting for the WAL flush, every Kysely transaction — where records change — waits, and
 * AUDIT_READS_SYNCHRONOUS turns waiting on for everything.
 */
let t: TestDatabase;
let strict: DbHandle;

const setting = async (q: QueryExecutorProvider) =>
  (await sql<{ s: string }>`SELECT current_setting('synchronous_commit') AS s`.execute(q)).rows[0]!.s;

beforeAll(async () => {
  t = await testDatabase();
  strict = connect(t.url, 2, "all-sync");
});
afterAll(async () => {
  await strict.close();
  await t.close();
});

describe("commit mode of the pool", () => {
  it("lone statements commit asynchronously, transactions synchronously (reads-async)", async () => {
    expect(await setting(t.db)).toBe("off");
    expect(await t.db.transaction().execute((trx) => setting(trx))).toBe("on");
    // SET LOCAL ends with the transaction: the connection goes back to the pool as it was.
    expect(await setting(t.db)).toBe("off");
  });

  it("a transaction with isolation level set still waits for its flush", async () => {
    const s = await t.db
      .transaction()
      .setIsolationLevel("repeatable read")
      .execute((trx) => setting(trx));
    expect(s).toBe("on");
  });

  it("all-sync waits everywhere", async () => {
    expect(await setting(strict.db)).toBe("on");
  });
});
