import { readdirSync, readFileSync } from "node:fs";
import { createHash } from "node:crypto";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type pg from "pg";

/**
 * Forward-only plain-SQL migrations (ARCHITECTURE.md): `db/migrations/NNNN_name.sql`, applied in
 * name order, each in its own transaction, recorded in `schema_migrations` with a checksum so an
 * edited, already-applied file is caught instead of silently diverging.
 */
export const MIGRATIONS_DIR = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  "../../../../db/migrations",
);

export interface MigrationFile {
  readonly name: string;
  readonly sql: string;
  readonly checksum: string;
}

export function migrationFiles(dir = MIGRATIONS_DIR): MigrationFile[] {
  return readdirSync(dir)
    .filter((f) => /^\d{4}_.+\.sql$/.test(f))
    .sort()
    .map((name) => {
      const sql = readFileSync(path.join(dir, name), "utf8");
      return { name, sql, checksum: createHash("sha256").update(sql).digest("hex") };
    });
}

async function ensureTable(client: pg.PoolClient): Promise<void> {
  await client.query(`CREATE TABLE IF NOT EXISTS schema_migrations (
    name text PRIMARY KEY,
    checksum text NOT NULL,
    applied_at timestamptz NOT NULL DEFAULT now())`);
}

export interface MigrationStatus {
  readonly applied: number;
  readonly pending: number;
}

export async function migrationStatus(pool: pg.Pool, dir = MIGRATIONS_DIR): Promise<MigrationStatus> {
  const files = migrationFiles(dir);
  const res = await pool
    .query<{ name: string }>("SELECT name FROM schema_migrations")
    .catch(() => ({ rows: [] as { name: string }[] }));
  const applied = new Set(res.rows.map((r) => r.name));
  return { applied: applied.size, pending: files.filter((f) => !applied.has(f.name)).length };
}

/** Applies pending migrations; returns the names applied. Serialised by an advisory lock. */
export async function migrate(pool: pg.Pool, dir = MIGRATIONS_DIR): Promise<string[]> {
  const client = await pool.connect();
  const done: string[] = [];
  try {
    await client.query("SELECT pg_advisory_lock(7281001)");
    await ensureTable(client);
    const { rows } = await client.query<{ name: string; checksum: string }>(
      "SELECT name, checksum FROM schema_migrations",
    );
    const applied = new Map(rows.map((r) => [r.name, r.checksum]));
    for (const f of migrationFiles(dir)) {
      const known = applied.get(f.name);
      if (known !== undefined) {
        if (known !== f.checksum) throw new Error(`Migration ${f.name} was changed after it was applied.`);
        continue;
      }
      // Synchronous whatever the pool's default (pool.ts CommitMode): a schema change waits for its flush.
      await client.query("BEGIN");
      await client.query("SET LOCAL synchronous_commit = on");
      try {
        await client.query(f.sql);
        await client.query("INSERT INTO schema_migrations (name, checksum) VALUES ($1, $2)", [
          f.name,
          f.checksum,
        ]);
        await client.query("COMMIT");
        done.push(f.name);
      } catch (e) {
        await client.query("ROLLBACK");
        throw new Error(`Migration ${f.name} failed: ${(e as Error).message}`);
      }
    }
  } finally {
    await client.query("SELECT pg_advisory_unlock(7281001)").catch(() => {});
    client.release();
  }
  return done;
}
