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
      const loaded = await loadBackup(withDatabase(o.serverUrl, build), dir, manifest);
      if (build !== o.database) {
        await admin.query(`DROP DATABASE ${quote(o.database)} WITH (FORCE)`);
        await admin.query(`ALTER DATABASE ${quote(build)} RENAME TO ${quote(o.database)}`);
      }
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
