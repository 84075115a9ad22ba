import { randomBytes } from "node:crypto";
import { copyFileSync, existsSync, readFileSync, renameSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { withDatabase } from "../pool.ts";
import { isEmptyDatabase } from "./catalog.ts";
import { loadBackup, type LoadResult } from "./load.ts";
import {
  ANCHORS_COPY,
  BackupError,
  checkMigrations,
  readManifest,
  verifyFiles,
  type Manifest,
} from "./manifest.ts";

/**
 * `npm run db:restore`: checks the backup whole before touching a database (every file's sha256,
 * every migration known to this code), then loads it into the target:
 * - a target that does not exist is created, and dropped again if the load fails;
 * - an existing empty target (made by a DBA for an owner without CREATEDB) is loaded in place;
 * - a target that holds tables is refused, unless `replace`: then the backup is loaded into a new
 *   database beside it, and only when that succeeded and verified is the old one dropped and the new
 *   one renamed into its place — a failed restore never costs the database it was to replace.
 */
export interface RestoreOptions {
  readonly from: string;
  /** A connection to the server as the owner role or the superuser; its database part is not used. */
  readonly serverUrl: string;
  readonly database: string;
  readonly replace?: boolean;
  /**
   * AUDIT_ANCHOR_KEY_FILE: when it exists, the backup's anchors are checked against the restored
   * chain before the restore counts as done (a chain rewritten and recomputed before the backup fails here).
   */
  readonly anchorKeyFile?: string | null;
  readonly log?: (line: string) => void;
}

export interface RestoreResult extends LoadResult {
  readonly manifest: Manifest;
  readonly database: string;
  readonly elapsedMs: number;
}

const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;

async function withClient<T>(url: string, f: (c: pg.Client) => Promise<T>): Promise<T> {
  const c = new pg.Client({ connectionString: url, application_name: "aldyn-restore" });
  await c.connect();
  try {
    return await f(c);
  } finally {
    await c.end().catch(() => {});
  }
}

/** Ends the sessions on a database (waiting up to 5 s each), so it can be renamed. */
async function evict(admin: pg.Client, database: string): Promise<void> {
  await admin.query(
    "SELECT pg_terminate_backend(pid, 5000) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()",
    [database],
  );
}

/**
 * Puts the restored database in the place of the one it replaces: the old one is renamed aside first
 * and dropped only once the new one carries its name, so a failure on the way leaves the old in place.
 */
async function swap(admin: pg.Client, restored: string, target: string): Promise<void> {
  const aside = `${target.slice(0, 40)}_replaced_${randomBytes(4).toString("hex")}`;
  await evict(admin, restored); // the job queue's set-up may still be closing its connections
  await evict(admin, target);
  await admin.query(`ALTER DATABASE ${quote(target)} RENAME TO ${quote(aside)}`);
  try {
    await admin.query(`ALTER DATABASE ${quote(restored)} RENAME TO ${quote(target)}`);
  } catch (e) {
    await admin.query(`ALTER DATABASE ${quote(aside)} RENAME TO ${quote(target)}`);
    throw e;
  }
  await admin.query(`DROP DATABASE ${quote(aside)} WITH (FORCE)`);
}

export async function restoreDatabase(o: RestoreOptions): Promise<RestoreResult> {
  const started = Date.now();
  const log = o.log ?? (() => {});
  const dir = path.resolve(o.from);
  const manifest = readManifest(dir);
  await verifyFiles(dir, manifest);
  checkMigrations(manifest);
  log(`backup of ${manifest.createdAt}: ${manifest.tables.length} tables, checksums and migrations checked`);
  // Database-level statements run from the maintenance database: one cannot drop the database one is in.
  return await withClient(withDatabase(o.serverUrl, "postgres"), async (admin) => {
    const exists = (await admin.query("SELECT 1 FROM pg_database WHERE datname = $1", [o.database])).rowCount;
    let build = o.database;
    let created = false;
    if (!exists) {
      await admin.query(`CREATE DATABASE ${quote(o.database)}`);
      created = true;
    } else if (!(await withClient(withDatabase(o.serverUrl, o.database), isEmptyDatabase))) {
      if (!o.replace) {
        throw new BackupError(
          "backup.target_not_empty",
          `Database ${o.database} is not empty: restore into another (--into NAME), or replace it (--replace).`,
        );
      }
      build = `${o.database.slice(0, 40)}_restore_${randomBytes(4).toString("hex")}`;
      await admin.query(`CREATE DATABASE ${quote(build)}`);
      created = true;
    }
    try {
      const loaded = await loadBackup(
        withDatabase(o.serverUrl, build),
        dir,
        manifest,
        o.anchorKeyFile ?? null,
      );
      if (build !== o.database) await swap(admin, build, o.database);
      return { ...loaded, manifest, database: o.database, elapsedMs: Date.now() - started };
    } catch (e) {
      if (created) await admin.query(`DROP DATABASE IF EXISTS ${quote(build)} WITH (FORCE)`).catch(() => {});
      else log(`${o.database} now holds the schema of the backup's migrations and no rows of it.`);
      throw e;
    }
  });
}

/**
 * Puts the backup's copy of the audit anchors where `npm run audit:verify` reads them, for a restore
 * into the database the anchors belong to. Anchors already there are never thrown away: a file that
 * differs is kept beside it (its anchors past the backup name rows the restore does not have).
 */
export function installAnchors(backupDir: string, anchorsFile: string): string | null {
  const copy = path.join(path.resolve(backupDir), ANCHORS_COPY);
  if (!existsSync(copy)) return null;
  let keptAs: string | null = null;
  if (existsSync(anchorsFile)) {
    if (readFileSync(anchorsFile).equals(readFileSync(copy))) return null;
    keptAs = `${anchorsFile}.before-restore-${new Date().toISOString().replace(/[:.]/g, "-")}`;
    renameSync(anchorsFile, keptAs);
  }
  copyFileSync(copy, anchorsFile);
  return keptAs;
}
