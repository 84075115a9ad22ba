import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sql } from "kysely";
import { testDatabase, type TestDatabase } from "../test/db.ts";
import { recordAudit, type AuditContext } from "./record.ts";
import { sealAudit, verifyAuditChain } from "./chain.ts";

let t: TestDatabase;
const ctx: AuditContext = {
  actorId: null,
  actorName: "tester",
  role: "auditor",
  bodyId: null,
  route: "GET /x",
  ip: "127.0.0.1",
  requestId: "r1",
};

beforeAll(async () => {
  t = await testDatabase();
  for (let i = 0; i < 10; i++)
    await recordAudit(t.db, ctx, {
      action: "person.read",
      recordType: "person",
      recordId: `p${i}`,
      fields: ["iin"],
    });
});
afterAll(async () => t.close());

describe("tamper-evident audit (R11.2)", () => {
  it("seals rows into a chain that verifies", async () => {
    expect(await sealAudit(t.db)).toBe(10);
    const v = await verifyAuditChain(t.db);
    expect(v).toEqual({ ok: true, checked: 10, firstBroken: null });
  });

  it("the application cannot update or delete audit rows, and the owner's triggers refuse it too", async () => {
    // The application's role has no right to (migration 0020)…
    await expect(sql`UPDATE audit_log SET record_id = 'x' WHERE chain_seq = 2`.execute(t.db)).rejects.toThrow(
      /permission denied/,
    );
    await expect(sql`DELETE FROM audit_log WHERE chain_seq = 2`.execute(t.db)).rejects.toThrow(
      /permission denied/,
    );
    await expect(sql`TRUNCATE audit_log`.execute(t.db)).rejects.toThrow(/permission denied/);
    // …and the append-only triggers refuse the owner (0002).
    const owner = t.owner.db;
    await expect(
      sql`UPDATE audit_log SET record_id = 'x' WHERE chain_seq = 2`.execute(owner),
    ).rejects.toThrow(/cannot be changed/);
    await expect(sql`DELETE FROM audit_log WHERE chain_seq = 2`.execute(owner)).rejects.toThrow(
      /append-only/,
    );
    await expect(sql`TRUNCATE audit_log`.execute(owner)).rejects.toThrow(/append-only/);
  });

  it("a row altered directly in SQL (triggers bypassed by a superuser) is found, and verification names it", async () => {
    await t.owner.db.connection().execute(async (c) => {
      await sql`SET session_replication_role = replica`.execute(c);
      await sql`UPDATE audit_log SET record_id = 'someone-else' WHERE chain_seq = 4`.execute(c);
      await sql`SET session_replication_role = origin`.execute(c);
    });
    const v = await verifyAuditChain(t.db);
    expect(v.ok).toBe(false);
    expect(v.firstBroken).toEqual({ seq: 4, reason: "the row was changed after it was written" });
  });

  it("a deleted row breaks the chain at the gap", async () => {
    const t2 = await testDatabase();
    try {
      for (let i = 0; i < 5; i++) await recordAudit(t2.db, ctx, { action: "person.read", recordId: `q${i}` });
      await sealAudit(t2.db);
      await t2.owner.db.connection().execute(async (c) => {
        await sql`SET session_replication_role = replica`.execute(c);
        await sql`DELETE FROM audit_log WHERE chain_seq = 3`.execute(c);
      });
      const v = await verifyAuditChain(t2.db);
      expect(v.firstBroken?.seq).toBe(4);
    } finally {
      await t2.close();
    }
  });
});
