import { createHash } from "node:crypto";
import { copyFileSync, createReadStream, existsSync, mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { pipeline, Transform, type TransformCallback } from "node:stream";
import { createGunzip } from "node:zlib";
import pg from "pg";
import { migrate, MIGRATIONS_DIR } from "../migrate.ts";
import { migrateAsOwner } from "../open-database.ts";
import { connect } from "../pool.ts";
import { verifyAnchors } from "../../audit/anchors.ts";
import { verifyAuditChain } from "../../audit/chain.ts";
import { dataTables, loadOrder, partitions } from "./catalog.ts";
import { copyIn } from "./copy-stream.ts";
import { ANCHORS_COPY, BackupError, type Manifest } from "./manifest.ts";

/**
 * Loads a verified backup into an empty database: the schema from the migrations the backup names
 * (this code's files, checked by checksum), the partitions made after them, then every row in ONE
 * transaction — a failure leaves no table half-filled — then this code's newer migrations and the job
 * queue's schema (as at a server start: migrateAsOwner), and last the audit chain is verified where
 * it now lives, with the backup's anchors when the anchor key is at hand.
 */
export interface LoadResult {
  readonly rows: number;
  readonly newerMigrations: string[];
  readonly auditRowsChecked: number;
  /** Anchors of the backup checked against the restored chain; null: none, or no key to check them. */
  readonly anchorsChecked: number | null;
  /** Milliseconds: the backup's migrations, the rows, the newer migrations and the chain check. */
  readonly timings: { schema: number; rows: number; newer: number; verify: number };
}

/** The backup's own migrations, exactly those: its rows fit the schema they were written under. */
async function migrateAsBackup(pool: pg.Pool, m: Manifest): Promise<void> {
  const dir = mkdtempSync(path.join(os.tmpdir(), "aldyn-restore-migrations-"));
  try {
    for (const mig of m.migrations)
      copyFileSync(path.join(MIGRATIONS_DIR, mig.name), path.join(dir, mig.name));
    await migrate(pool, dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Partitions the source had beyond the migrations' own (the monthly job adds years ahead). */
async function addPartitions(c: pg.ClientBase, m: Manifest): Promise<void> {
  const have = new Set((await partitions(c)).map((p) => p.name));
  for (const p of m.partitions) {
    if (have.has(p.name)) continue;
    const year = /^(.+)_y(\d{4})$/.exec(p.name);
    const hasMaker = await c.query("SELECT to_regproc('create_year_partition') IS NOT NULL AS e");
    if (year && year[1] === p.parent && (hasMaker.rows[0] as { e: boolean }).e) {
      // The yearly maker (migration 0009) also adds the partition's TRUNCATE guard.
      await c.query("SELECT create_year_partition($1::regclass, $2::int)", [p.parent, Number(year[2])]);
    } else {
      await c.query(`CREATE TABLE ${p.name} PARTITION OF ${p.parent} ${p.bound}`);
    }
  }
}

/** The migrated target must have each backed-up table with the same columns and types. */
async function checkSchema(c: pg.ClientBase, m: Manifest): Promise<void> {
  const target = new Map((await dataTables(c)).map((t) => [t.name, t]));
  for (const t of m.tables) {
    const here = target.get(t.name);
    const same =
      here &&
      here.columns.length === t.columns.length &&
      here.columns.every((col, i) => col.name === t.columns[i]!.name && col.type === t.columns[i]!.type);
    if (!same) {
      throw new BackupError(
        "backup.schema_mismatch",
        `Table ${t.name} of the backup does not match the schema its migrations make here: it was changed outside the migrations.`,
      );
    }
  }
}

/** The rows of one data file, unzipped; its bytes are hashed again on the way in. */
async function* rowsOf(file: string, sha256: string): AsyncGenerator<Buffer> {
  const hash = createHash("sha256");
  const tap = new Transform({
    transform(chunk: Buffer, _e: BufferEncoding, cb: TransformCallback) {
      hash.update(chunk);
      cb(null, chunk);
    },
  });
  const gunzip = pipeline(createReadStream(file), tap, createGunzip(), () => {});
  for await (const chunk of gunzip as AsyncIterable<Buffer>) yield chunk;
  if (hash.digest("hex") !== sha256) {
    throw new BackupError("backup.checksum_mismatch", `${path.basename(file)} changed while it was read.`);
  }
}

async function loadRows(c: pg.ClientBase, dir: string, m: Manifest): Promise<number> {
  const sha = new Map(m.files.map((f) => [f.path, f.sha256]));
  const byName = new Map(m.tables.map((t) => [t.name, t]));
  const order = await loadOrder(c, [...byName.keys()]);
  // The register summary's counts come with the rows they count: the triggers that keep them
  // (migration 0025) would count every row twice.
  await c.query("SELECT set_config('aldyn.register_counts', 'off', false)");
  // A table a migration filled (reference rows) gets the backup's rows instead, not both.
  for (const name of [...order].reverse()) await c.query(`DELETE FROM ${name}`);
  let total = 0;
  for (const name of order) {
    const t = byName.get(name)!;
    const cols = t.columns.map((col) => col.name).join(", ");
    const n = await copyIn(
      c,
      `COPY ${t.name} (${cols}) FROM STDIN`,
      rowsOf(path.join(dir, t.file), sha.get(t.file)!),
    );
    if (n !== t.rows) {
      throw new BackupError(
        "backup.row_count_mismatch",
        `${t.name}: ${n} rows loaded, the manifest says ${t.rows}.`,
      );
    }
    total += n;
  }
  for (const s of m.sequences) {
    if (s.lastValue !== null)
      await c.query("SELECT setval($1::regclass, $2::bigint, true)", [s.name, s.lastValue]);
  }
  for (const mig of m.migrations) {
    await c.query("UPDATE schema_migrations SET applied_at = $2 WHERE name = $1", [mig.name, mig.appliedAt]);
  }
  return total;
}

/**
 * The chain verifies and its sealed head is the manifest's, so nothing was cut off; the anchors,
 * made with a key the database never held, show that nothing before them was rewritten.
 */
async function verifyChain(
  url: string,
  dir: string,
  m: Manifest,
  keyFile: string | null,
): Promise<{ rows: number; anchors: number | null }> {
  const h = connect(url, 2);
  try {
    const v = await verifyAuditChain(h.db);
    if (!v.ok) {
      throw new BackupError(
        "backup.audit_chain_broken",
        `The restored audit chain is broken at row ${v.firstBroken?.seq}: ${v.firstBroken?.reason}.`,
      );
    }
    const head = await h.pool.query<{ seq: string | null; hash: string | null }>(
      "SELECT max(chain_seq)::text AS seq, (SELECT hash FROM audit_log WHERE chain_seq = $1) AS hash FROM audit_log",
      [m.auditHead?.seq ?? 0],
    );
    const r = head.rows[0]!;
    const seq = r.seq === null ? null : Number(r.seq);
    if (seq !== (m.auditHead?.seq ?? null) || (m.auditHead && r.hash !== m.auditHead.hash)) {
      throw new BackupError(
        "backup.audit_chain_broken",
        "The restored audit chain does not end where the backup's did.",
      );
    }
    if (!m.anchors || !keyFile || !existsSync(keyFile)) return { rows: v.checked, anchors: null };
    const a = await verifyAnchors(h.db, { keyFile, anchorsFile: path.join(dir, ANCHORS_COPY) });
    if (!a.ok) {
      const b = a.firstBroken!;
      throw new BackupError(
        "backup.audit_anchor_failed",
        `Audit anchor ${b.line} of the backup fails on the restored chain${b.seq === null ? "" : ` (row ${b.seq})`}: ${b.reason}.`,
      );
    }
    return { rows: v.checked, anchors: a.checked };
  } finally {
    await h.close();
  }
}

export async function loadBackup(
  url: string,
  dir: string,
  m: Manifest,
  anchorKeyFile: string | null,
): Promise<LoadResult> {
  const pool = new pg.Pool({ connectionString: url, max: 2, application_name: "aldyn-restore" });
  pool.on("error", () => {});
  try {
    const t0 = Date.now();
    await migrateAsBackup(pool, m);
    const t1 = Date.now();
    const c = await pool.connect();
    let rows: number;
    try {
      await c.query("BEGIN");
      await c.query("SET LOCAL synchronous_commit = on");
      await addPartitions(c, m);
      await checkSchema(c, m);
      rows = await loadRows(c, dir, m);
      await c.query("COMMIT");
    } catch (e) {
      await c.query("ROLLBACK").catch(() => {});
      throw e;
    } finally {
      c.release();
    }
    const t2 = Date.now();
    const newerMigrations = await migrateAsOwner(url);
    const t3 = Date.now();
    const verified = await verifyChain(url, dir, m, anchorKeyFile);
    const timings = { schema: t1 - t0, rows: t2 - t1, newer: t3 - t2, verify: Date.now() - t3 };
    return {
      rows,
      newerMigrations,
      auditRowsChecked: verified.rows,
      anchorsChecked: verified.anchors,
      timings,
    };
  } finally {
    await pool.end();
  }
}
