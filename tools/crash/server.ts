import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { freePort } from "../../apps/server/src/db/embedded.ts";

/**
 * The real server (apps/server/src/main.ts) on an embedded PostgreSQL in DATA_DIR, started as the
 * leader of its own process group: the embedded postmaster and its backends are in that group too,
 * so one kill -9 of the group takes down the application and the database at the same instant, as
 * a power cut or an OOM kill of the whole container would.
 */
export interface CrashServer {
  readonly baseUrl: string;
  readonly pid: number;
  /** kill -9 of the process group: the server, its postmaster and every backend. */
  killAll(): void;
  /** SIGTERM, then SIGKILL of the group after `graceMs`. */
  stop(graceMs?: number): Promise<void>;
  readonly exited: Promise<void>;
  running(): boolean;
}

export async function startServer(root: string, dataDir: string, timeoutMs: number): Promise<CrashServer> {
  const port = await freePort();
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    HOST: "127.0.0.1",
    PORT: String(port),
    DATA_DIR: dataDir,
    DEMO: "true",
    LOG_LEVEL: "warn",
    // The writers are one address; the limit is not what this test is about.
    RATE_LIMIT_PER_MINUTE: "1000000",
  };
  delete env.DATABASE_URL;
  delete env.DATABASE_OWNER_URL;
  delete env.NODE_ENV;
  const child: ChildProcess = spawn(process.execPath, ["--import", "tsx", "apps/server/src/main.ts"], {
    cwd: root,
    env,
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
  });
  const pid = child.pid!;
  let gone = false;
  const exited = new Promise<void>((resolve) =>
    child.once("exit", () => {
      gone = true;
      resolve();
    }),
  );
  let output = "";
  const killAll = () => {
    try {
      process.kill(-pid, "SIGKILL");
    } catch {
      /* already gone */
    }
  };
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => {
      killAll();
      reject(new Error(`server did not start in ${timeoutMs / 1000} s:\n${output.slice(-2000)}`));
    }, timeoutMs);
    const onData = (b: Buffer) => {
      output += b.toString();
      if (output.includes("Aldyn is running")) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout?.on("data", onData);
    child.stderr?.on("data", onData);
    void exited.then(() => {
      clearTimeout(timer);
      reject(new Error(`server exited before it started:\n${output.slice(-2000)}`));
    });
  });
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    pid,
    killAll,
    exited,
    running: () => !gone,
    async stop(graceMs = 20_000) {
      try {
        process.kill(pid, "SIGTERM");
      } catch {
        return;
      }
      const timer = setTimeout(killAll, graceMs);
      await exited;
      clearTimeout(timer);
    },
  };
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Waits until the postmaster of DATA_DIR's cluster is gone; false if it still runs after `ms`. */
export async function postgresGone(dataDir: string, ms: number): Promise<boolean> {
  const pidFile = path.join(dataDir, "pg", "postmaster.pid");
  if (!existsSync(pidFile)) return true;
  const pid = Number(readFileSync(pidFile, "utf8").split("\n")[0]);
  for (let waited = 0; waited < ms; waited += 100) {
    if (!Number.isInteger(pid) || pid <= 0 || !alive(pid)) return true;
    await new Promise((r) => setTimeout(r, 100));
  }
  return !alive(pid);
}
