import pg from "pg";
import { resolveDatabase } from "../../apps/server/src/db/database-url.ts";
import { withDatabase } from "../../apps/server/src/db/pool.ts";

// Legal dates stay "YYYY-MM-DD" strings, as in the server.
pg.types.setTypeParser(1082, (v: string) => v);

/**
 * The database of a running `npm start` (DATA_DIR, default ./data) or DATABASE_URL. The tools never
 * start the embedded cluster themselves: the server must be running, so migrations and demo users exist.
 */
export async function openDatabase(max = 2): Promise<pg.Pool> {
  const { url, embedded } = await resolveDatabase({
    databaseUrl: process.env.DATABASE_URL,
    dataDir: process.env.DATA_DIR ?? "data",
    log: () => {},
    attach: true,
  });
  if (embedded) {
    await embedded.stop();
    throw new Error("No running server found for DATA_DIR: start it first (npm start) or set DATABASE_URL.");
  }
  const target = process.env.DATABASE_URL ? url : withDatabase(url, "aldyn");
  const pool = new pg.Pool({ connectionString: target, max, application_name: "aldyn-tools" });
  pool.on("error", () => {});
  return pool;
}

/** `--name value` from argv, or the fallback. */
export function arg(name: string, fallback?: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : fallback;
}

export function flag(name: string): boolean {
  return process.argv.includes(`--${name}`);
}
