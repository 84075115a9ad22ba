import pg from "pg";
import { Kysely, PostgresDialect } from "kysely";
import type { Database } from "./schema.ts";

// timestamptz and date come back as they are stored: instants as Date, legal dates as "YYYY-MM-DD"
// strings (a date column must never shift by a time zone on the way out).
pg.types.setTypeParser(1082, (v: string) => v);
// bigint counts fit in a JS number for everything this registry counts.
pg.types.setTypeParser(20, (v: string) => Number(v));

export type Db = Kysely<Database>;

export interface DbHandle {
  readonly db: Db;
  readonly pool: pg.Pool;
  close(): Promise<void>;
}

export function connect(url: string, max = 20): DbHandle {
  const pool = new pg.Pool({ connectionString: url, max, application_name: "aldyn" });
  // An idle client's network error must not crash the process; the pool replaces the client.
  pool.on("error", () => {});
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  return {
    db,
    pool,
    async close() {
      await db.destroy();
    },
  };
}

/** Replaces the database name of a connection URL. */
export function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}
