import path from "node:path";
import { anchorFilesOf, type AnchorFiles } from "../../audit/anchors.ts";
import { resolveDatabase } from "../database-url.ts";
import { runningInstanceUrl } from "../embedded.ts";
import { BackupError } from "./manifest.ts";

/**
 * The database `db:backup` and `db:restore` work on, as its owner: DATABASE_OWNER_URL when set (the
 * role that runs the migrations and owns the tables), else DATABASE_URL, else the embedded cluster
 * under DATA_DIR (its superuser) — attached to a running server's cluster like `npm run
 * audit:verify`, or started for the command when none runs.
 */
export interface CliDatabase {
  readonly kind: "embedded" | "server";
  readonly serverUrl: string;
  /** The application's database: `aldyn` on the embedded cluster, the URL's database on a server. */
  readonly database: string;
  /** A server process is running on this DATA_DIR's embedded cluster. */
  readonly serverRunning: boolean;
  readonly dataDir: string;
  /** AUDIT_ANCHORS_FILE and AUDIT_ANCHOR_KEY_FILE (defaults in DATA_DIR; audit/anchors.ts). */
  readonly anchors: AnchorFiles;
  close(): Promise<void>;
}

export async function cliDatabase(env: NodeJS.ProcessEnv = process.env): Promise<CliDatabase> {
  const dataDir = path.resolve(env.DATA_DIR ?? "data");
  const serverUrl = env.DATABASE_OWNER_URL || env.DATABASE_URL || undefined;
  const serverRunning = !serverUrl && runningInstanceUrl(dataDir) !== null;
  const { url, embedded } = await resolveDatabase({
    databaseUrl: serverUrl,
    dataDir,
    log: () => {},
    attach: true,
  });
  return {
    kind: serverUrl ? "server" : "embedded",
    serverUrl: url,
    database: serverUrl ? decodeURIComponent(new URL(url).pathname.slice(1)) || "postgres" : "aldyn",
    serverRunning,
    dataDir,
    anchors: anchorFilesOf({ ...env, DATA_DIR: dataDir }),
    async close() {
      await embedded?.stop();
    },
  };
}

/** Prints a refusal with its code, or an unexpected error, and gives the exit code. */
export function reportFailure(tool: string, e: unknown): number {
  if (e instanceof BackupError) process.stderr.write(`${tool} refused [${e.code}]: ${e.message}\n`);
  else process.stderr.write(`${tool} failed: ${(e as Error).message}\n`);
  return 1;
}
