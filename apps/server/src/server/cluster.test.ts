import { spawn, type ChildProcess } from "node:child_process";
import { execFileSync } from "node:child_process";
import http from "node:http";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testDatabase, type TestDatabase } from "../test/db.ts";

const MAIN = fileURLToPath(new URL("../main.ts", import.meta.url));
const ROOT = path.resolve(path.dirname(MAIN), "../../..");
const LIMIT = 5;

let tdb: TestDatabase;
let dataDir: string;
let server: ChildProcess;
let out = "";
let port = 0;

/** Output of the server so far, and a wait for a line in it. */
function waitFor(pattern: RegExp, ms = 60_000): Promise<RegExpMatchArray> {
  return new Promise((resolve, reject) => {
    const check = () => {
      const m = out.match(pattern);
      if (!m && server.exitCode !== null) {
        clearInterval(timer);
        clearTimeout(guard);
        reject(new Error(`the server exited (${server.exitCode}):\n${out.slice(-3000)}`));
        return false;
      }
      if (!m) return false;
      clearInterval(timer);
      clearTimeout(guard);
      resolve(m);
      return true;
    };
    const timer = setInterval(check, 25);
    const guard = setTimeout(() => {
      clearInterval(timer);
      reject(new Error(`no ${pattern} in:\n${out.slice(-3000)}`));
    }, ms);
    check();
  });
}

/** GET on a new connection (so node:cluster hands it to the next worker), from `client` behind our proxy. */
function get(pathname: string, client: string): Promise<{ status: number; worker: string }> {
  return new Promise((resolve, reject) => {
    const req = http.get(
      { host: "127.0.0.1", port, path: pathname, agent: false, headers: { "x-forwarded-for": client } },
      (res) => {
        res.resume();
        res.on("end", () =>
          resolve({ status: res.statusCode ?? 0, worker: String(res.headers["x-aldyn-worker"] ?? "") }),
        );
      },
    );
    req.on("error", reject);
  });
}

/** The primary's workers: its children that run main.ts (tsx's esbuild is a child too). */
const workerPids = (pid: number): number[] =>
  execFileSync("ps", ["-o", "pid=,args=", "--ppid", String(pid)], { encoding: "utf8" })
    .split("\n")
    .filter((line) => line.includes(MAIN))
    .map((line) => Number(line.trim().split(" ")[0]));

const alive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

beforeAll(async () => {
  tdb = await testDatabase();
  dataDir = mkdtempSync(path.join(tmpdir(), "aldyn-cluster-"));
  server = spawn(process.execPath, ["--import", "tsx", MAIN], {
    cwd: ROOT,
    env: {
      ...process.env,
      DATABASE_URL: tdb.url,
      DEMO: "false",
      DATA_DIR: dataDir,
      PORT: "0",
      HOST: "127.0.0.1",
      LOG_LEVEL: "warn",
      SERVER_PROCESSES: "2",
      SERVER_PROCESS_HEADER: "true",
      RATE_LIMIT_PER_MINUTE: String(LIMIT),
      // Each request names its client, so the rate limit of one does not touch the others'.
      TRUST_PROXY: "127.0.0.1",
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  server.stdout!.on("data", (d: Buffer) => (out += d.toString()));
  server.stderr!.on("data", (d: Buffer) => (out += d.toString()));
  port = Number((await waitFor(/Aldyn is running: http:\/\/127\.0\.0\.1:(\d+)\//))[1]);
  await waitFor(/Press Ctrl-C to stop\./);
}, 90_000);

afterAll(async () => {
  if (server.exitCode === null && server.signalCode === null) server.kill("SIGKILL");
  await tdb?.close();
  rmSync(dataDir, { recursive: true, force: true });
});

let client = 0;
const nextClient = () => `10.0.0.${++client}`;

describe("one server process per core (SERVER_PROCESSES)", () => {
  it("two workers answer on the one port", async () => {
    expect(out).toContain("2 server processes share the port");
    const seen = new Set<string>();
    for (let i = 0; i < 6 && seen.size < 2; i++) {
      const r = await get("/api/health", nextClient());
      expect(r.status).toBe(200);
      seen.add(r.worker);
    }
    expect([...seen].sort()).toEqual(["1", "2"]);
  });

  it("the per-address rate limit holds across the workers, not once per worker", async () => {
    // Windows are whole minutes: do not straddle one.
    const toNextMinute = 60_000 - (Date.now() % 60_000);
    if (toNextMinute < 5_000) await new Promise((r) => setTimeout(r, toNextMinute + 100));
    const statuses: number[] = [];
    const workers = new Set<string>();
    for (let i = 0; i < LIMIT + 3; i++) {
      const r = await get("/api/health", "10.9.9.9");
      statuses.push(r.status);
      workers.add(r.worker);
      // Longer than a worker's report to the primary (shared-rate-limit.ts).
      await new Promise((res) => setTimeout(res, 250));
    }
    expect(workers.size).toBe(2);
    expect(statuses.filter((s) => s === 200)).toHaveLength(LIMIT);
    expect(statuses.slice(LIMIT)).toEqual([429, 429, 429]);
  });

  it("a worker that dies is replaced, and the new one serves", async () => {
    const before = workerPids(server.pid!);
    expect(before).toHaveLength(2);
    process.kill(before[0]!, "SIGKILL");
    await waitFor(/worker \d+ \(pid \d+\) stopped \(signal SIGKILL\); a new one starts in \d+ ms/);
    await waitFor(/worker 3 \(pid \d+\) is serving/);
    const after = workerPids(server.pid!);
    expect(after).toHaveLength(2);
    expect(after).not.toContain(before[0]);
    const seen = new Set<string>();
    for (let i = 0; i < 6 && seen.size < 2; i++) seen.add((await get("/api/health", nextClient())).worker);
    expect(seen.has("3")).toBe(true);
    // Nothing personal in the log: the worker is named by number and pid.
    expect(out).not.toMatch(/10\.0\.0\.|10\.9\.9\.9/);
  });

  it("SIGTERM stops the workers, then the primary, cleanly; no connection is left open", async () => {
    const workers = workerPids(server.pid!);
    // A request in flight when the stop begins: a log-in whose body is still arriving.
    const body = JSON.stringify({ username: "admin", password: "not-the-password-at-all" });
    let answered: (status: number) => void;
    const answer = new Promise<number>((resolve) => (answered = resolve));
    const req = http.request(
      {
        host: "127.0.0.1",
        port,
        method: "POST",
        path: "/api/v1/auth/login",
        agent: false,
        headers: {
          "content-type": "application/json",
          "content-length": Buffer.byteLength(body),
          "x-forwarded-for": nextClient(),
        },
      },
      (res) => {
        res.resume();
        res.on("end", () => answered(res.statusCode ?? 0));
      },
    );
    req.on("error", () => answered(-1));
    req.write(body.slice(0, 10));
    await new Promise((r) => setTimeout(r, 300));
    const exit = new Promise<number | null>((resolve) => server.once("exit", (code) => resolve(code)));
    server.kill("SIGTERM");
    await waitFor(/SIGTERM: stopping/);
    await new Promise((r) => setTimeout(r, 300));
    req.end(body.slice(10));
    // Answered (a wrong password), not cut off.
    expect(await answer).toBe(401);
    expect(await exit).toBe(0);
    expect(out).toContain("stopped cleanly.");
    for (const pid of workers) expect(alive(pid)).toBe(false);
    const open = await sql<{ n: number }>`
      SELECT count(*)::int AS n FROM pg_stat_activity
       WHERE datname = current_database() AND pid <> pg_backend_pid()`.execute(tdb.owner.db);
    expect(open.rows[0]?.n).toBe(0);
  }, 60_000);
});
