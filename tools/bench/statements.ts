import type pg from "pg";

/**
 * Statements the server sends per request, from pg_stat_statements: the calls of every top-level
 * statement (BEGIN, SET LOCAL and COMMIT included — each is a round trip, or part of one) run by roles
 * other than the tool's own, summed before and after a stretch of work and divided by the requests
 * in it. The tool connects as the cluster's superuser (embedded server) or DATABASE_URL's role, the
 * server as its application role (db/roles.ts), so the tool's own SQL floor is not counted. What the
 * server's background jobs (the audit sealer) run in the stretch is counted with it: it is work the
 * requests caused.
 *
 * pg_stat_statements needs `shared_preload_libraries = 'pg_stat_statements'` in the cluster's
 * settings and a restart; without it the counter is off and the tools print "–".
 */
export interface StatementCounter {
  /** Why there is no count ("" when there is one). */
  readonly off: string;
  /** Statements run so far by the server's roles in this database (null when off). */
  total(): Promise<number | null>;
}

export const ENABLE_HINT =
  "to count statements, load pg_stat_statements: `npm run bench -- --enable-statements` (as the " +
  "cluster's superuser: ALTER SYSTEM SET shared_preload_libraries), then restart the server";

/**
 * Adds pg_stat_statements to the cluster's preloaded libraries (kept in postgresql.auto.conf, read at
 * the next start; the libraries already there stay). Needs the cluster's superuser, which the tools
 * are when they attach to `npm start`'s embedded cluster. Says what it did.
 */
export async function enableStatements(pool: pg.Pool): Promise<string> {
  const r = await pool.query<{ l: string }>("SELECT current_setting('shared_preload_libraries') AS l");
  const libs = (r.rows[0]?.l ?? "")
    .split(",")
    .map((x) => x.trim())
    .filter(Boolean);
  if (libs.includes("pg_stat_statements")) return "pg_stat_statements is already loaded";
  const want = [...libs, "pg_stat_statements"].join(", ");
  await pool.query(`ALTER SYSTEM SET shared_preload_libraries = '${want.replace(/'/g, "''")}'`);
  return `shared_preload_libraries = '${want}' from the next start: restart the server (npm start)`;
}

export async function statementCounter(pool: pg.Pool): Promise<StatementCounter> {
  const off = (why: string): StatementCounter => ({ off: why, total: async () => null });
  const loaded = await pool.query<{ l: string }>("SELECT current_setting('shared_preload_libraries') AS l");
  if (!/(^|[\s,])pg_stat_statements($|[\s,])/.test(loaded.rows[0]?.l ?? ""))
    return off(`pg_stat_statements is not loaded (${ENABLE_HINT})`);
  try {
    // The view lives in the database that created the extension; creating it needs a superuser.
    await pool.query("CREATE EXTENSION IF NOT EXISTS pg_stat_statements");
  } catch (e) {
    return off(`pg_stat_statements: ${(e as Error).message}`);
  }
  const total = async () => {
    const r = await pool.query<{ n: string | null }>(
      `SELECT sum(calls) AS n FROM pg_stat_statements
       WHERE toplevel AND dbid = (SELECT oid FROM pg_database WHERE datname = current_database())
         AND userid <> (SELECT oid FROM pg_roles WHERE rolname = current_user)`,
    );
    return Number(r.rows[0]?.n ?? 0);
  };
  try {
    await total();
  } catch (e) {
    return off(`pg_stat_statements: ${(e as Error).message}`);
  }
  return { off: "", total };
}

/** Statements per request over a stretch of `requests` requests: one decimal, or null when off. */
export function perRequest(before: number | null, after: number | null, requests: number): number | null {
  if (before === null || after === null || requests <= 0) return null;
  return Math.round(((after - before) / requests) * 10) / 10;
}
