import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { execFile } from "node:child_process";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sql } from "kysely";
import { testDatabase, type TestDatabase } from "../test/db.ts";
import { connect } from "../db/pool.ts";
import { recordAudit, type AuditContext } from "./record.ts";
import { sealAudit, verifyAuditChain } from "./chain.ts";
import {
  anchorLine,
  anchorMac,
  readAnchorKey,
  readAnchorLines,
  startAuditAnchoring,
  verifyAnchors,
  writeAnchor,
  type AnchorFiles,
} from "./anchors.ts";

/**
 * The chain anchored outside the database (R11.2): whoever can write audit_log (a superuser) can
 * change a row and recompute every later hash, and the chain still verifies; the anchors, made with a
 * key the database does not hold, do not.
 */
let t: TestDatabase;
let dir: string;
let files: AnchorFiles;
const ctx: AuditContext = {
  actorId: null,
  actorName: "tester",
  role: "auditor",
  bodyId: null,
  route: "GET /x",
  ip: "127.0.0.1",
  requestId: "r1",
};
const verifyCli = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "verify-cli.ts");

async function audit(n: number, prefix: string): Promise<void> {
  for (let i = 0; i < n; i++)
    await recordAudit(t.db, ctx, { action: "person.read", recordId: `${prefix}${i}` });
  await sealAudit(t.db);
}

/** `npm run audit:verify` on this database and these files: its exit code and output. */
async function runVerify(f: AnchorFiles): Promise<{ code: number; out: string }> {
  const env = {
    ...process.env,
    DATABASE_URL: t.url,
    AUDIT_ANCHOR_KEY_FILE: f.keyFile,
    AUDIT_ANCHORS_FILE: f.anchorsFile,
  };
  try {
    const r = await promisify(execFile)(process.execPath, ["--import", "tsx", verifyCli], { env });
    return { code: 0, out: r.stdout + r.stderr };
  } catch (e) {
    const x = e as { code: number; stdout: string; stderr: string };
    return { code: x.code, out: x.stdout + x.stderr };
  }
}

beforeAll(async () => {
  t = await testDatabase();
  dir = mkdtempSync(path.join(os.tmpdir(), "aldyn-anchors-"));
  files = { keyFile: path.join(dir, "audit-anchor.key"), anchorsFile: path.join(dir, "audit-anchors.jsonl") };
});
afterAll(async () => {
  await t.close();
  rmSync(dir, { recursive: true, force: true });
});

describe("audit anchors outside the database (R11.2)", () => {
  it("appends the chain's head with its MAC when it moved, in files only their owner reads", async () => {
    expect(await writeAnchor(t.db, files)).toBeNull(); // nothing sealed yet
    await audit(5, "a");
    const first = await writeAnchor(t.db, files, new Date("2026-03-02T05:00:00Z"));
    expect(first).toMatchObject({ seq: 5, at: "2026-03-02T05:00:00.000Z" });
    expect(first!.mac).toBe(anchorMac(readAnchorKey(files.keyFile), first!));
    expect(await writeAnchor(t.db, files)).toBeNull(); // the head did not move
    await audit(3, "b");
    expect((await writeAnchor(t.db, files))?.seq).toBe(8);
    const lines = readAnchorLines(files.anchorsFile);
    expect(lines.map((l) => JSON.parse(l.text) as { seq: number })).toMatchObject([{ seq: 5 }, { seq: 8 }]);
    expect(Object.keys(JSON.parse(lines[0]!.text) as object)).toEqual(["seq", "hash", "at", "mac"]);
    expect(statSync(files.keyFile).mode & 0o777).toBe(0o600);
    expect(statSync(files.anchorsFile).mode & 0o777).toBe(0o600);
    expect(await verifyAnchors(t.db, files)).toMatchObject({ ok: true, checked: 2, last: { seq: 8 } });
    expect(await runVerify(files)).toEqual({
      code: 0,
      out: expect.stringMatching(
        /audit chain intact: 8 rows checked\naudit anchors right: 2 checked, the last at row 8/,
      ),
    });
  }, 60_000);

  it("a superuser's rewrite of a row with every later hash recomputed passes the chain check, not the anchors", async () => {
    await t.owner.db.connection().execute(async (c) => {
      await sql`BEGIN`.execute(c);
      await sql`ALTER TABLE audit_log DISABLE TRIGGER audit_log_no_update`.execute(c);
      await sql`UPDATE audit_log SET record_id = 'someone-else' WHERE chain_seq = 3`.execute(c);
      await sql`DO $$
        DECLARE r audit_log; prev text;
        BEGIN
          SELECT hash INTO prev FROM audit_log WHERE chain_seq = 2;
          FOR r IN SELECT * FROM audit_log WHERE chain_seq >= 3 ORDER BY chain_seq LOOP
            UPDATE audit_log SET prev_hash = prev, hash = audit_link_hash(prev, r) WHERE id = r.id AND at = r.at;
            prev := audit_link_hash(prev, r);
          END LOOP;
        END $$`.execute(c);
      await sql`ALTER TABLE audit_log ENABLE TRIGGER audit_log_no_update`.execute(c);
      await sql`COMMIT`.execute(c);
    });
    expect(await verifyAuditChain(t.db)).toEqual({ ok: true, checked: 8, firstBroken: null });
    const v = await verifyAnchors(t.db, files);
    expect(v).toMatchObject({
      ok: false,
      checked: 0,
      firstBroken: {
        line: 1,
        seq: 5,
        reason: expect.stringMatching(/row 5 no longer has the anchored hash/),
      },
    });
    const cli = await runVerify(files);
    expect(cli.code).toBe(1);
    expect(cli.out).toContain("audit chain intact: 8 rows checked");
    expect(cli.out).toMatch(
      /audit anchor FAILS at .*audit-anchors\.jsonl line 1 \(row 5, anchored .*\): audit row 5/,
    );
  }, 60_000);

  it("names a changed or forged line, a line of another key, a missing key and a row that is gone", async () => {
    const other = (name: string, anchors: string, key?: string): AnchorFiles => {
      const f = { keyFile: path.join(dir, `${name}.key`), anchorsFile: path.join(dir, `${name}.jsonl`) };
      writeFileSync(f.anchorsFile, anchors);
      if (key) writeFileSync(f.keyFile, key);
      return f;
    };
    const key = readFileSync(files.keyFile, "utf8");
    const good = await (async () => {
      const f = other("good", "", key);
      await writeAnchor(t.db, f, new Date("2026-03-02T06:00:00Z"));
      return readFileSync(f.anchorsFile, "utf8");
    })();
    const a = JSON.parse(good) as { seq: number; hash: string; at: string; mac: string };
    const changedAt = anchorLine({ ...a, at: "2026-03-01T06:00:00.000Z" });
    expect((await verifyAnchors(t.db, other("changed", `${good}${changedAt}\n`, key))).firstBroken).toEqual({
      line: 2,
      seq: a.seq,
      at: "2026-03-01T06:00:00.000Z",
      reason: expect.stringMatching(/MAC is wrong/),
    });
    expect((await verifyAnchors(t.db, other("notjson", `${good}\n{"seq":`, key))).firstBroken).toMatchObject({
      line: 3,
      reason: "the line is not JSON",
    });
    const otherKey = `${"ab".repeat(32)}\n`;
    expect((await verifyAnchors(t.db, other("otherkey", good, otherKey))).firstBroken?.reason).toMatch(
      /MAC is wrong/,
    );
    expect((await verifyAnchors(t.db, other("nokey", good))).firstBroken?.reason).toMatch(
      /key cannot be read \(ENOENT\)/,
    );
    const k = readAnchorKey(files.keyFile);
    const beyond = { seq: 999, hash: a.hash, at: a.at };
    const gone = other("gone", `${good}${anchorLine({ ...beyond, mac: anchorMac(k, beyond) })}\n`, key);
    expect(await verifyAnchors(t.db, gone)).toMatchObject({
      ok: false,
      checked: 1,
      firstBroken: { line: 2, seq: 999, reason: "audit row 999 no longer exists in the chain" },
    });
    // No anchors yet is not a failure (a new installation).
    expect(await verifyAnchors(t.db, other("empty", ""))).toEqual({
      ok: true,
      checked: 0,
      last: null,
      firstBroken: null,
    });
  });

  it("while the server runs: anchors at start, when the head moved, and at a clean stop — also when the database is already gone", async () => {
    const f = { keyFile: path.join(dir, "run", "k.key"), anchorsFile: path.join(dir, "run", "a.jsonl") };
    const seqs = () => readAnchorLines(f.anchorsFile).map((l) => (JSON.parse(l.text) as { seq: number }).seq);
    const settle = () => new Promise((r) => setTimeout(r, 200));
    const stop = startAuditAnchoring(t.db, f, { everyMs: 50, pollMs: 20 });
    expect(statSync(f.keyFile).mode & 0o777).toBe(0o600); // made at start
    await settle();
    expect(seqs()).toEqual([8]); // the head at start
    await audit(1, "c");
    await settle();
    expect(seqs()).toEqual([8, 9]); // the head moved
    await recordAudit(t.db, ctx, { action: "person.read", recordId: "unsealed" });
    await stop();
    expect(seqs()).toEqual([8, 9, 10]); // sealed and anchored at the stop

    // The embedded cluster stops with the process (Ctrl-C reaches PostgreSQL too): the stop then
    // anchors the last head it read.
    const own = connect(t.url, 2);
    const stop2 = startAuditAnchoring(own.db, f, { everyMs: 60_000, pollMs: 20 });
    await audit(2, "d");
    await settle();
    await own.close();
    await recordAudit(t.db, ctx, { action: "person.read", recordId: "left-for-the-next-start" });
    await stop2();
    expect(seqs()).toEqual([8, 9, 10, 12]);
    expect(await verifyAnchors(t.db, f)).toMatchObject({ ok: true, checked: 4, last: { seq: 12 } });
  });
});
