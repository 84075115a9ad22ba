// `npm run test:crash`: kill -9 of the server and its PostgreSQL in the middle of concurrent writes,
// then a restart on the same DATA_DIR must show every acknowledged write, the retries of the writes
// that got no answer must create each record exactly once (Idempotency-Key, ARCHITECTURE.md), and the
// audit chain must verify (R11.2). Only 127.0.0.1; under two minutes; one summary line; exit 1 on any
// failure. CI runs it (.ci/run).
import { spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { runningInstanceUrl } from "../../apps/server/src/db/embedded.ts";
import { withDatabase } from "../../apps/server/src/db/pool.ts";
import { postgresGone, startServer, type CrashServer } from "./server.ts";
import { login, sendWrite, type Outcome, type Session, type Write } from "./writes.ts";

const ROOT = path.resolve(import.meta.dirname, "../..");
const TIME_LIMIT_MS = 115_000;
const CONNECTIONS = 8;
/** How long the writers fire before the kill; they are still firing when it comes. */
const KILL_AFTER_MS = 3_000;

interface Attempt {
  readonly write: Write;
  first: Outcome | null;
  retry: Outcome | null;
}

const problems: string[] = [];
const problem = (line: string) => {
  if (problems.length < 20) problems.push(line);
  else if (problems.length === 20) problems.push("… (more)");
};
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const dayAfter = (from: string, days: number) =>
  new Date(Date.parse(`${from}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

const dataDir = mkdtempSync(path.join(os.tmpdir(), "aldyn-crash-"));
let server: CrashServer | null = null;
const watchdog = setTimeout(() => {
  process.stdout.write(`crash test FAILED: not done in ${TIME_LIMIT_MS / 1000} s\n`);
  server?.killAll();
  rmSync(dataDir, { recursive: true, force: true });
  process.exit(1);
}, TIME_LIMIT_MS);

/** Writers on their own connections, each sending its next person as soon as the last was answered. */
async function fireUntilKilled(
  base: string,
  s: Session,
  runId: string,
  attempts: Attempt[],
  stopped: () => boolean,
) {
  let next = 0;
  const writer = async () => {
    const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
    try {
      while (!stopped()) {
        const i = next++;
        const write = {
          key: `crash-${runId}-${String(i).padStart(6, "0")}`,
          marker: `crash-test ${runId} ${i}`,
          born: dayAfter("1960-01-01", i),
        };
        const a: Attempt = { write, first: null, retry: null };
        attempts.push(a);
        a.first = await sendWrite(base, agent, s, write);
        if (a.first.kind === "no_answer") return; // the server is gone
      }
    } finally {
      agent.destroy();
    }
  };
  return Promise.all(Array.from({ length: CONNECTIONS }, writer));
}

/** The same request again, with the same key; a retry still waiting for the first holder comes back. */
async function retry(base: string, s: Session, agent: http.Agent, w: Write): Promise<Outcome> {
  for (let i = 0; ; i++) {
    const o = await sendWrite(base, agent, s, w);
    if (o.kind === "answered" && o.status === 409 && o.body.includes("idempotency_in_progress") && i < 5) {
      await sleep(2_000);
      continue;
    }
    return o;
  }
}

async function retryAll(base: string, s: Session, attempts: Attempt[]): Promise<void> {
  let next = 0;
  const worker = async () => {
    const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
    try {
      for (let i = next++; i < attempts.length; i = next++) {
        attempts[i]!.retry = await retry(base, s, agent, attempts[i]!.write);
      }
    } finally {
      agent.destroy();
    }
  };
  await Promise.all(Array.from({ length: CONNECTIONS }, worker));
}

let summary = "";
try {
  const runId = randomBytes(4).toString("hex");
  const t0 = Date.now();
  server = await startServer(ROOT, dataDir, 60_000);
  const firstStart = Date.now() - t0;
  const password = readFileSync(path.join(dataDir, "demo-password"), "utf8").trim();
  const s1 = await login(server.baseUrl, "inspector", password);

  // 1. Concurrent writes, then kill -9 of the whole process group while they are in flight.
  const attempts: Attempt[] = [];
  let killed = false;
  const firing = fireUntilKilled(server.baseUrl, s1, runId, attempts, () => killed);
  await sleep(KILL_AFTER_MS);
  const inFlight = attempts.filter((a) => a.first === null).length;
  killed = true;
  server.killAll();
  await firing;
  await server.exited;
  if (!(await postgresGone(dataDir, 10_000))) problem("PostgreSQL still ran after kill -9 of the group");
  const acked = attempts.filter((a) => a.first?.kind === "acknowledged");
  const unanswered = attempts.filter((a) => a.first?.kind === "no_answer");
  for (const a of attempts.filter((x) => x.first?.kind === "answered")) {
    const o = a.first as Extract<Outcome, { kind: "answered" }>;
    problem(`write ${a.write.key} was refused before the kill: ${o.status} ${o.body}`);
  }

  // 2. Restart on the same DATA_DIR: PostgreSQL's crash recovery, then the server as usual.
  const t1 = Date.now();
  server = await startServer(ROOT, dataDir, 60_000);
  const restart = Date.now() - t1;
  const s2 = await login(server.baseUrl, "inspector", password);
  const clusterUrl = runningInstanceUrl(dataDir);
  if (!clusterUrl) throw new Error("the restarted server's database cannot be found");
  const db = new pg.Client({ connectionString: withDatabase(clusterUrl, "aldyn") });
  await db.connect();
  let lost = 0;
  let duplicates = 0;
  let replayed = 0;
  try {
    // Zero lost: each acknowledged person is there, with its address, and with its audit row.
    const ids = acked.map((a) => (a.first as Extract<Outcome, { kind: "acknowledged" }>).id);
    const found = await db.query<{ id: string; marker: string; audited: boolean }>(
      `SELECT p.id::text, p.actual_address AS marker,
              EXISTS (SELECT 1 FROM audit_log l WHERE l.action = 'person.create' AND l.record_id = p.id::text) AS audited
         FROM person p WHERE p.id = ANY($1::uuid[])`,
      [ids],
    );
    const byId = new Map(found.rows.map((r) => [r.id, r]));
    for (const a of acked) {
      const id = (a.first as Extract<Outcome, { kind: "acknowledged" }>).id;
      const row = byId.get(id);
      if (!row || row.marker !== a.write.marker) {
        lost++;
        problem(`acknowledged write ${a.write.key} (person ${id}) is missing after the restart`);
      } else if (!row.audited) problem(`acknowledged person ${id} has no person.create audit row`);
    }

    // Retries of every request with its key: the acknowledged replay the same record, the others
    // make theirs now or replay what committed just before the kill — never a second record.
    await retryAll(server.baseUrl, s2, attempts);
    for (const a of attempts) {
      const r = a.retry!;
      if (r.kind !== "acknowledged") {
        problem(`retry of ${a.write.key}: ${r.kind === "answered" ? `${r.status} ${r.body}` : r.error}`);
        continue;
      }
      if (r.replay) replayed++;
      if (a.first?.kind === "acknowledged" && a.first.id !== r.id)
        problem(
          `retry of acknowledged ${a.write.key} answered another person (${r.id}, first ${a.first.id})`,
        );
    }
    const counts = await db.query<{ marker: string; n: number }>(
      "SELECT actual_address AS marker, count(*)::int AS n FROM person WHERE actual_address LIKE $1 GROUP BY 1",
      [`crash-test ${runId} %`],
    );
    const byMarker = new Map(counts.rows.map((r) => [r.marker, r.n]));
    for (const a of attempts) {
      const n = byMarker.get(a.write.marker) ?? 0;
      if (n > 1) {
        duplicates += n - 1;
        problem(`${a.write.key} made ${n} persons`);
      } else if (n === 0) problem(`${a.write.key} made no person even after its retry`);
    }
  } finally {
    await db.end();
  }

  // 3. The audit chain (and its anchors) on that DATA_DIR, attached to the running server.
  const env: NodeJS.ProcessEnv = { ...process.env, DATA_DIR: dataDir };
  delete env.DATABASE_URL;
  delete env.DATABASE_OWNER_URL;
  const verify = spawnSync(process.execPath, ["--import", "tsx", "apps/server/src/audit/verify-cli.ts"], {
    cwd: ROOT,
    env,
    encoding: "utf8",
    timeout: 30_000,
  });
  const chainLine = `${verify.stdout}${verify.stderr}`.trim().split("\n")[0] ?? "";
  if (verify.status !== 0) problem(`npm run audit:verify: ${`${verify.stdout}${verify.stderr}`.trim()}`);

  await server.stop();
  summary =
    `${attempts.length} writes on ${CONNECTIONS} connections, ${acked.length} acknowledged before the kill -9, ` +
    `${unanswered.length} unanswered (${inFlight} in flight); after restart ${lost} lost, ` +
    `${attempts.length} retried (${replayed} replays), ${duplicates} duplicates; ${chainLine}; ` +
    `start ${(firstStart / 1000).toFixed(1)} s, restart after the kill ${(restart / 1000).toFixed(1)} s, ` +
    `${((Date.now() - t0) / 1000).toFixed(0)} s in all`;
} catch (e) {
  problem(`error: ${(e as Error).message}`);
} finally {
  if (server?.running()) server.killAll(); // nothing left running, whatever happened
  rmSync(dataDir, { recursive: true, force: true });
  clearTimeout(watchdog);
}
for (const p of problems) process.stdout.write(`  ${p}\n`);
process.stdout.write(`crash test ${problems.length ? "FAILED" : "passed"}: ${summary || "did not finish"}\n`);
process.exit(problems.length ? 1 : 0);
