import { createHash } from "node:crypto";
import {
  copyFileSync,
  createWriteStream,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
} from "node:fs";
import { open, writeFile } from "node:fs/promises";
import path from "node:path";
import { Transform, type TransformCallback } from "node:stream";
import { pipeline } from "node:stream/promises";
import { createGzip } from "node:zlib";
import pg from "pg";
import {
  appliedMigrations,
  dataTables,
  MIGRATIONS_TABLE,
  partitions,
  sequences,
  type TableInfo,
} from "./catalog.ts";
import { copyOut } from "./copy-stream.ts";
import {
  ANCHORS_COPY,
  BACKUP_FORMAT,
  BackupError,
  MANIFEST_FILE,
  sha256File,
  type FileEntry,
  type Manifest,
} from "./manifest.ts";

/**
 * `npm run db:backup`: one consistent snapshot of the database written by this tool, the same way for
 * the embedded PostgreSQL 17 and for a PostgreSQL 15 server (docs/backups.md says why not pg_dump):
 * every table's rows as COPY text, gzip'd, one file per table; the schema is not dumped but named by
 * the migrations recorded in schema_migrations, which the restore replays from the code's files.
 */
export interface BackupOptions {
  /** The database, connected as its owner (DATABASE_OWNER_URL) or the cluster superuser. */
  readonly url: string;
  readonly outDir: string;
  readonly kind: "embedded" | "server";
  /** AUDIT_ANCHORS_FILE: copied into the backup when it exists. The anchor key never is. */
  readonly anchorsFile: string | null;
  readonly log?: (line: string) => void;
}

/** Counts and hashes the bytes going to disk (the gzip'd file), for the manifest. */
class Digest extends Transform {
  readonly hash = createHash("sha256");
  bytes = 0;
  override _transform(chunk: Buffer, _enc: BufferEncoding, cb: TransformCallback): void {
    this.hash.update(chunk);
    this.bytes += chunk.length;
    cb(null, chunk);
  }
}

async function dumpTable(
  client: pg.ClientBase,
  t: TableInfo,
  file: string,
): Promise<FileEntry & { rows: number }> {
  const cols = t.columns.map((c) => c.name).join(", ");
  // A partitioned table's rows are read through the parent, across all its partitions.
  const text = t.partitioned
    ? `COPY (SELECT ${cols} FROM ${t.name}) TO STDOUT`
    : `COPY ${t.name} (${cols}) TO STDOUT`;
  const gzip = createGzip({ level: 6 });
  const digest = new Digest();
  // flush: the file is fsync'ed before it counts as written.
  const written = pipeline(gzip, digest, createWriteStream(file, { flags: "wx", mode: 0o600, flush: true }));
  written.catch(() => {}); // awaited below; a gzip or disk error must not go unhandled meanwhile
  try {
    const rows = await copyOut(client, text, gzip);
    gzip.end();
    await written;
    return { path: "", bytes: digest.bytes, sha256: digest.hash.digest("hex"), rows };
  } catch (e) {
    gzip.destroy();
    await written.catch(() => {});
    throw e;
  }
}

function anchorsSummary(file: string): { lines: number; lastSeq: number | null } {
  const lines = readFileSync(file, "utf8")
    .split("\n")
    .filter((l) => l.trim() !== "");
  let lastSeq: number | null = null;
  for (const l of lines) {
    try {
      const seq = (JSON.parse(l) as { seq?: unknown }).seq;
      if (typeof seq === "number" && (lastSeq === null || seq > lastSeq)) lastSeq = seq;
    } catch {
      /* a torn last line: `npm run audit:verify` judges the anchors */
    }
  }
  return { lines: lines.length, lastSeq };
}

async function sealPending(client: pg.ClientBase): Promise<void> {
  // The manifest's chain head then covers every audit row committed before the snapshot.
  for (;;) {
    const r = await client.query<{ n: number }>("SELECT audit_seal(5000) AS n");
    if ((r.rows[0]?.n ?? 0) < 5000) return;
  }
}

export async function backupDatabase(o: BackupOptions): Promise<Manifest> {
  const started = Date.now();
  const log = o.log ?? (() => {});
  const out = path.resolve(o.outDir);
  if (existsSync(out) && readdirSync(out).length > 0) {
    throw new BackupError("backup.out_not_empty", `${out} is not empty: give a new folder.`);
  }
  // Written beside the target and renamed at the end: a failed backup leaves no folder that looks whole.
  const work = `${out}.partial-${process.pid}`;
  rmSync(work, { recursive: true, force: true });
  mkdirSync(path.join(work, "data"), { recursive: true, mode: 0o700 });
  const client = new pg.Client({ connectionString: o.url, application_name: "aldyn-backup" });
  try {
    await client.connect();
    // Anchors first, snapshot second: every anchor copied then names a row the snapshot holds.
    let anchors: Manifest["anchors"] = null;
    if (o.anchorsFile && existsSync(o.anchorsFile)) {
      copyFileSync(o.anchorsFile, path.join(work, ANCHORS_COPY));
      anchors = { file: ANCHORS_COPY, ...anchorsSummary(path.join(work, ANCHORS_COPY)) };
    }
    await sealPending(client);
    await client.query("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
    const info = await client.query<{ at: string; name: string; version: string; size: string }>(
      `SELECT to_json(now()) #>> '{}' AS at, current_database() AS name,
              current_setting('server_version') AS version, pg_database_size(current_database())::text AS size`,
    );
    const head = await client.query<{ seq: string; hash: string }>(
      "SELECT chain_seq::text AS seq, hash FROM audit_log WHERE chain_seq IS NOT NULL ORDER BY chain_seq DESC LIMIT 1",
    );
    const migrations = await appliedMigrations(client);
    const tables = (await dataTables(client)).filter((t) => t.name !== MIGRATIONS_TABLE);
    const files: FileEntry[] = [];
    const tableEntries: Manifest["tables"] = [];
    for (const [i, t] of tables.entries()) {
      const rel = `data/${String(i + 1).padStart(3, "0")}-${t.name.replace(/[^A-Za-z0-9_.-]/g, "_")}.copy.gz`;
      const d = await dumpTable(client, t, path.join(work, rel));
      files.push({ path: rel, bytes: d.bytes, sha256: d.sha256 });
      tableEntries.push({ ...t, rows: d.rows, file: rel });
      log(`  ${t.name}: ${d.rows} rows, ${d.bytes} bytes`);
    }
    const seqs = await sequences(client);
    const parts = await partitions(client);
    await client.query("COMMIT");
    if (anchors) files.push({ path: ANCHORS_COPY, ...(await sha256File(path.join(work, ANCHORS_COPY))) });
    const row = info.rows[0]!;
    const manifest: Manifest = {
      format: BACKUP_FORMAT,
      createdAt: row.at,
      database: { kind: o.kind, name: row.name, serverVersion: row.version, sizeBytes: Number(row.size) },
      migrations,
      auditHead: head.rows[0] ? { seq: Number(head.rows[0].seq), hash: head.rows[0].hash } : null,
      tables: tableEntries,
      sequences: seqs,
      partitions: parts,
      anchors,
      files,
      totalBytes: files.reduce((s, f) => s + f.bytes, 0),
      elapsedMs: Date.now() - started,
    };
    const mf = await open(path.join(work, MANIFEST_FILE), "wx", 0o600);
    try {
      await writeFile(mf, `${JSON.stringify(manifest, null, 2)}\n`);
      await mf.sync();
    } finally {
      await mf.close();
    }
    if (existsSync(out)) rmSync(out, { recursive: true }); // empty, checked above
    renameSync(work, out);
    return manifest;
  } catch (e) {
    rmSync(work, { recursive: true, force: true });
    throw e;
  } finally {
    await client.end().catch(() => {});
  }
}
