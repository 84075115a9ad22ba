import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { appendAnchor, type AnchorFiles } from "../../audit/anchors.ts";
import { verifyAuditChain } from "../../audit/chain.ts";
import { connect, withDatabase } from "../pool.ts";
import {
  getJson,
  issue,
  measuresWorld,
  newPerson,
  warningBody,
  type MeasuresWorld,
} from "../../modules/preventive-measures/measures.fixture.ts";
import { backupDatabase } from "./backup.ts";
import { dataTables } from "./catalog.ts";
import { BackupError, MANIFEST_FILE, type Manifest } from "./manifest.ts";
import { restoreDatabase } from "./restore.ts";

// Backups (docs/backups.md): a registry with persons, measures and audit rows is backed up and
// restored into a fresh database on the same real PostgreSQL, and damaged backups are refused.

let w: MeasuresWorld;
let admin: string;
let source: string; // the test file's database, as the cluster's owner
let work: string;
let backupDir: string;
let manifest: Manifest;
let anchorFiles: AnchorFiles;
let anchoredSeq: number;
const restored: string[] = [];

async function q<T extends pg.QueryResultRow>(
  url: string,
  text: string,
  values: unknown[] = [],
): Promise<T[]> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    return (await c.query<T>(text, values)).rows;
  } finally {
    await c.end();
  }
}

/** Every table's whole content as one digest, plus sequences, partitions and grants: what must survive. */
async function fingerprint(url: string): Promise<Record<string, string>> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    const out: Record<string, string> = {};
    for (const t of await dataTables(c)) {
      const r = await c.query<{ n: string; d: string | null }>(
        `SELECT count(*)::text AS n, md5(string_agg(x, E'\\n' ORDER BY x)) AS d FROM (SELECT t::text AS x FROM ${t.name} t) s`,
      );
      out[t.name] = `${r.rows[0]!.n} ${r.rows[0]!.d}`;
    }
    const meta = await c.query<{ k: string; v: string }>(
      `SELECT 'sequence ' || schemaname || '.' || sequencename AS k, coalesce(last_value::text, '-') AS v
         FROM pg_sequences WHERE schemaname = 'public'
       UNION ALL
       SELECT 'relation ' || c.relname, c.relkind::text || ' owner=' || pg_get_userbyid(c.relowner) || ' acl=' || coalesce(c.relacl::text, '-')
         FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p', 'S', 'v')`,
    );
    for (const r of meta.rows) out[r.k] = r.v;
    return out;
  } finally {
    await c.end();
  }
}

async function refusal(p: Promise<unknown>): Promise<string> {
  const e = await p.then(
    () => null,
    (x: unknown) => x,
  );
  expect(e).toBeInstanceOf(BackupError);
  return (e as BackupError).code;
}

async function databaseExists(name: string): Promise<boolean> {
  return (await q(admin, "SELECT 1 FROM pg_database WHERE datname = $1", [name])).length === 1;
}

/** A copy of the backup folder to spoil. */
function copyOfBackup(name: string): string {
  const dir = path.join(work, name);
  cpSync(backupDir, dir, { recursive: true });
  return dir;
}

function editManifest(dir: string, f: (m: Manifest) => void): void {
  const file = path.join(dir, MANIFEST_FILE);
  const m = JSON.parse(readFileSync(file, "utf8")) as Manifest;
  f(m);
  writeFileSync(file, JSON.stringify(m));
}

beforeAll(async () => {
  w = await measuresWorld();
  admin = inject("pgAdminUrl");
  source = withDatabase(admin, new URL(w.t.tdb.url).pathname.slice(1));
  for (let i = 0; i < 3; i++) {
    const personId = await newPerson(w, w.as.cop1);
    await issue(w, w.as.cop1, warningBody(personId, new Date(Date.now() - 3600_000 * (i + 1))));
    expect((await getJson(w, w.as.cop1, `/api/v1/persons/${personId}`)).statusCode).toBe(200); // a read's audit row
  }
  // A partition made after the migrations, as the monthly job makes them (migration 0009).
  await q(source, "SELECT ensure_time_partitions(2040, 2040)");
  work = mkdtempSync(path.join(os.tmpdir(), "aldyn-backup-test-"));
  // An anchor of the chain's head as the server writes them, with a key of this test (audit/anchors.ts).
  anchorFiles = {
    keyFile: path.join(work, "audit-anchor.key"),
    anchorsFile: path.join(work, "anchors.jsonl"),
  };
  await q(source, "SELECT audit_seal(100000)");
  const [head] = await q<{ seq: string; hash: string }>(
    source,
    "SELECT chain_seq::text AS seq, hash FROM audit_log WHERE chain_seq IS NOT NULL ORDER BY chain_seq DESC LIMIT 1",
  );
  anchoredSeq = Number(head!.seq);
  appendAnchor(anchorFiles, { seq: anchoredSeq, hash: head!.hash });
  await getJson(w, w.as.cop1, "/api/v1/persons?q=Сейтқали"); // rows after the anchor, sealed by the backup
  backupDir = path.join(work, "b1");
  manifest = await backupDatabase({
    url: source,
    outDir: backupDir,
    kind: "embedded",
    anchorsFile: anchorFiles.anchorsFile,
  });
});

afterAll(async () => {
  for (const name of restored) await q(admin, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  await w?.close();
  if (work) rmSync(work, { recursive: true, force: true });
});

function target(suffix: string): string {
  const name = `${new URL(source).pathname.slice(1)}_${suffix}`;
  restored.push(name);
  return name;
}

describe("db:backup and db:restore", () => {
  it("the manifest names the migrations, the audit chain head, every table's rows and file checksums", () => {
    const rows = Object.fromEntries(manifest.tables.map((t) => [t.name, t.rows]));
    expect(rows["public.person"]).toBeGreaterThanOrEqual(3);
    expect(rows["public.measure"]).toBeGreaterThanOrEqual(3);
    expect(rows["public.audit_log"]).toBeGreaterThan(6);
    expect(manifest.migrations.map((m) => m.name)).toContain("0002_audit.sql");
    expect(manifest.auditHead?.seq).toBe(rows["public.audit_log"]); // sealed before the snapshot
    expect(manifest.partitions.map((p) => p.name)).toContain("public.audit_log_y2040");
    expect(manifest.anchors).toMatchObject({ lines: 1, lastSeq: anchoredSeq });
    expect(manifest.auditHead!.seq).toBeGreaterThan(anchoredSeq);
    expect(manifest.files.map((f) => f.path)).toContain("audit-anchors.jsonl");
    expect(manifest.files.every((f) => /^[0-9a-f]{64}$/.test(f.sha256))).toBe(true);
  });

  it("restores into a fresh database with the same rows, sequences, partitions and grants, and the chain verifies", async () => {
    const name = target("r");
    const r = await restoreDatabase({
      from: backupDir,
      serverUrl: admin,
      database: name,
      anchorKeyFile: anchorFiles.keyFile,
    });
    expect(r.rows).toBe(manifest.tables.reduce((s, t) => s + t.rows, 0));
    expect(r.anchorsChecked).toBe(1);
    const restoredUrl = withDatabase(admin, name);
    expect(await fingerprint(restoredUrl)).toEqual(await fingerprint(source));
    // The job queue is not in a backup; its schema is made as at a server start (pg-boss, as the owner).
    expect(await q(restoredUrl, "SELECT to_regclass('pgboss.job') IS NOT NULL AS ok")).toEqual([
      { ok: true },
    ]);
    const sample = "SELECT * FROM person ORDER BY id LIMIT 3";
    expect(await q(restoredUrl, sample)).toEqual(await q(source, sample));
    const h = connect(restoredUrl, 2);
    try {
      const v = await verifyAuditChain(h.db);
      expect(v).toMatchObject({ ok: true, checked: manifest.auditHead!.seq });
    } finally {
      await h.close();
    }
  });

  it("refuses a non-empty database unless told to replace it, and replaces it whole", async () => {
    const name = target("again");
    await restoreDatabase({ from: backupDir, serverUrl: admin, database: name });
    await q(withDatabase(admin, name), "CREATE TABLE stray (n int)"); // work done after the restore
    expect(await refusal(restoreDatabase({ from: backupDir, serverUrl: admin, database: name }))).toBe(
      "backup.target_not_empty",
    );
    await restoreDatabase({ from: backupDir, serverUrl: admin, database: name, replace: true });
    expect(await fingerprint(withDatabase(admin, name))).toEqual(await fingerprint(source));
  });

  it("refuses a tampered dump file (checksum mismatch) before it creates any database", async () => {
    const dir = copyOfBackup("tampered");
    const file = path.join(dir, manifest.tables.find((t) => t.name === "public.person")!.file);
    const bytes = readFileSync(file);
    const at = bytes.length - 10;
    bytes[at] = bytes[at]! ^ 0xff;
    writeFileSync(file, bytes);
    const name = target("tampered");
    expect(await refusal(restoreDatabase({ from: dir, serverUrl: admin, database: name }))).toBe(
      "backup.checksum_mismatch",
    );
    expect(await databaseExists(name)).toBe(false);
  });

  it("refuses a backup whose migrations this code does not have, or has otherwise", async () => {
    const future = copyOfBackup("future");
    editManifest(future, (m) => m.migrations.push({ name: "9999_future.sql", checksum: "x", appliedAt: "" }));
    expect(
      await refusal(restoreDatabase({ from: future, serverUrl: admin, database: target("future") })),
    ).toBe("backup.unknown_migration");
    const changed = copyOfBackup("changed");
    editManifest(changed, (m) => (m.migrations[0]!.checksum = "0".repeat(64)));
    expect(
      await refusal(restoreDatabase({ from: changed, serverUrl: admin, database: target("changed") })),
    ).toBe("backup.migration_changed");
  });

  it("a load that fails half-way leaves no database behind", async () => {
    const dir = copyOfBackup("short");
    editManifest(dir, (m) => (m.tables.find((t) => t.name === "public.person")!.rows += 1));
    const name = target("short");
    expect(await refusal(restoreDatabase({ from: dir, serverUrl: admin, database: name }))).toBe(
      "backup.row_count_mismatch",
    );
    expect(await databaseExists(name)).toBe(false);
  });

  it("refuses a backup whose audit chain was rewritten and recomputed after it was anchored", async () => {
    const name = target("rewritten");
    await restoreDatabase({ from: backupDir, serverUrl: admin, database: name });
    // What a superuser can do in the database: change a row and recompute every later link.
    await q(
      withDatabase(admin, name),
      `DO $$
       DECLARE r audit_log; prev text;
       BEGIN
         ALTER TABLE audit_log DISABLE TRIGGER audit_log_no_update;
         UPDATE audit_log SET record_id = 'someone-else' WHERE chain_seq = 2;
         SELECT hash INTO prev FROM audit_log WHERE chain_seq = 1;
         FOR r IN SELECT * FROM audit_log WHERE chain_seq >= 2 ORDER BY chain_seq LOOP
           UPDATE audit_log SET prev_hash = prev, hash = audit_link_hash(prev, r) WHERE id = r.id AND at = r.at;
           prev := audit_link_hash(prev, r);
         END LOOP;
         ALTER TABLE audit_log ENABLE TRIGGER audit_log_no_update;
       END $$`,
    );
    const rewritten = path.join(work, "rewritten");
    await backupDatabase({
      url: withDatabase(admin, name),
      outDir: rewritten,
      kind: "embedded",
      anchorsFile: anchorFiles.anchorsFile,
    });
    const again = target("rewritten_again");
    // The chain alone cannot tell; the anchor, made with a key the database never held, can.
    await restoreDatabase({ from: rewritten, serverUrl: admin, database: again });
    await q(admin, `DROP DATABASE "${again}" WITH (FORCE)`);
    expect(
      await refusal(
        restoreDatabase({
          from: rewritten,
          serverUrl: admin,
          database: again,
          anchorKeyFile: anchorFiles.keyFile,
        }),
      ),
    ).toBe("backup.audit_anchor_failed");
    expect(await databaseExists(again)).toBe(false);
  });

  it("refuses to write into a folder that is not empty", async () => {
    expect(
      await refusal(backupDatabase({ url: source, outDir: backupDir, kind: "embedded", anchorsFile: null })),
    ).toBe("backup.out_not_empty");
  });
});
