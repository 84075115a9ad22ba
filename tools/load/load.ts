// `npm run load [-- --url http://127.0.0.1:3000] [--duration 20] [--connections 1,4,16,50]
//   [--mix read|mixed|both] [--sessions 25] [--one-address] [--keep]`: many inspectors at once through
// the HTTP API with autocannon, one run per connection count and mix, each with its requests/s and
// the CPU per request of the server, PostgreSQL and the load generator (cpu.ts). What the writes of
// the mixed mix added is taken back at the end unless --keep (../bench/reset.ts). Needs a running
// server with synthetic data (npm run seed:synthetic) and its demo users; reads DATA_DIR/demo-password
// or DEMO_PASSWORD. Prints a table and writes bench-results/load-*.json.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import net from "node:net";
import path from "node:path";
import autocannon from "autocannon";
import { arg, flag, openDatabase } from "../synthetic/db.ts";
import { login, type Session } from "../bench/http.ts";
import { takeFootprint } from "../bench/reset.ts";
import { stats, type Stats } from "../bench/stats.ts";
import { cpuTiers, perRequest } from "./cpu.ts";
import { Desk, loadSamples, type Mix, type Planned } from "./workload.ts";

const base = arg("url", "http://127.0.0.1:3000")!.replace(/\/$/, "");
const duration = Number(arg("duration", "20"));
/** `--connections 1,4,16,50`: one run per count, in this order (each with every mix). */
const connectionCounts = arg("connections", "50")!
  .split(",")
  .map((x) => Number(x.trim()))
  .filter((x) => Number.isInteger(x) && x > 0);
if (connectionCounts.length === 0)
  throw new Error("--connections: one or more whole numbers, e.g. 1,4,16,50");
const sessionsPerUser = Math.min(Math.max(...connectionCounts), Number(arg("sessions", "25")));
const keep = flag("keep");
const mixes: Mix[] = arg("mix", "both") === "both" ? ["read", "mixed"] : [arg("mix") as Mix];
const dataDir = process.env.DATA_DIR ?? "data";
const password = (
  process.env.DEMO_PASSWORD ?? readFileSync(path.join(dataDir, "demo-password"), "utf8")
).trim();
const target = new URL(base);

/**
 * Each inspector works from their own machine, and the server limits requests per client address
 * (@fastify/rate-limit, 1,200 a minute). On a loopback target every connection therefore binds its own
 * source address 127.0.0.x (Linux routes all of 127/8 to the loopback), so the limit applies per
 * simulated inspector as it would in production instead of to the whole test. autocannon has no option
 * for the source address, so its `net.connect(port, host)` is wrapped here. `--one-address` turns it off.
 */
function spreadSourceAddresses(): void {
  if (flag("one-address") || !/^127\./.test(target.hostname)) return;
  let n = 0;
  const connect = net.connect.bind(net);
  const wrapped = (...args: unknown[]) => {
    // autocannon passes the port as the URL gave it (a string) and the host name.
    if ((typeof args[0] === "number" || typeof args[0] === "string") && typeof args[1] === "string") {
      const localAddress = `127.0.${1 + Math.floor(n / 250)}.${2 + (n % 250)}`;
      n++;
      return connect({ port: Number(args[0]), host: args[1], localAddress });
    }
    return (connect as (...a: unknown[]) => net.Socket)(...args);
  };
  (net as { connect: unknown }).connect = wrapped;
}

interface MixResult {
  mix: Mix;
  connections: number;
  durationSeconds: number;
  requests: number;
  requestsPerSecond: number;
  latencyMs: Stats;
  non2xx: number;
  errors: number;
  timeouts: number;
  byOperation: Record<string, { requests: number; statuses: Record<string, number>; latencyMs: Stats }>;
  /** CPU milliseconds per request of each tier (null: the tier's processes are not on this machine). */
  cpuMsPerRequest?: ReturnType<typeof perRequest>;
}

async function runMix(mix: Mix, desks: Desk[], connections: number): Promise<MixResult> {
  const byOp = new Map<string, { statuses: Record<string, number>; ms: number[] }>();
  const all: number[] = [];
  // autocannon gives each request a fresh context (it resets it after the last entry of `requests`),
  // so a desk is lent to one request at a time and returned with its reply: a desk's steps (read the
  // measure, then record the check with its version) stay in order and no two requests share a desk.
  const free = [...desks];
  type Ctx = { desk?: Desk; planned?: Planned; t0?: number };
  const instance = autocannon({
    url: base,
    connections,
    duration,
    requests: [
      {
        setupRequest: (req, context) => {
          const c = context as Ctx;
          // A request that never got its reply (an error) keeps its desk: then a reader stands in.
          c.desk = free.pop() ?? desks[0]!.reader();
          const p = c.desk.next();
          c.planned = p;
          c.t0 = performance.now();
          const headers: Record<string, string> = { cookie: p.session.cookie };
          if (p.method === "POST")
            Object.assign(headers, { "content-type": "application/json", "x-csrf-token": p.session.csrf });
          return {
            ...req,
            method: p.method,
            path: p.path,
            headers,
            body: p.body === undefined ? undefined : JSON.stringify(p.body),
          };
        },
        onResponse: (status, body, context) => {
          const c = context as Ctx;
          const p = c.planned!;
          const ms = performance.now() - (c.t0 ?? performance.now());
          all.push(ms);
          const o = byOp.get(p.op) ?? { statuses: {}, ms: [] };
          o.statuses[status] = (o.statuses[status] ?? 0) + 1;
          o.ms.push(ms);
          byOp.set(p.op, o);
          c.desk!.replied(p, status, body);
          free.push(c.desk!);
        },
      },
    ],
  });
  const r = await instance;
  const byOperation: MixResult["byOperation"] = {};
  for (const [op, o] of [...byOp.entries()].sort()) {
    byOperation[op] = { requests: o.ms.length, statuses: o.statuses, latencyMs: stats(o.ms) };
  }
  return {
    mix,
    connections,
    durationSeconds: duration,
    requests: r.requests.total,
    requestsPerSecond: Math.round(r.requests.average),
    latencyMs: stats(all),
    non2xx: r.non2xx,
    errors: r.errors,
    timeouts: r.timeouts,
    byOperation,
  };
}

function print(res: MixResult): void {
  const pad = (s: string | number, w: number) => String(s).padStart(w);
  const l = res.latencyMs;
  console.log(
    `\n${res.mix} mix: ${res.requestsPerSecond} requests/s sustained (${res.requests} in ${res.durationSeconds} s, ` +
      `${res.connections} connections); latency p50 ${l.p50} ms, p95 ${l.p95} ms, p99 ${l.p99} ms; ` +
      `non-2xx ${res.non2xx}, errors ${res.errors}, timeouts ${res.timeouts}`,
  );
  console.log(
    `${"operation".padEnd(18)} ${pad("requests", 9)} ${pad("p50", 8)} ${pad("p95", 8)} ${pad("p99", 8)}  statuses`,
  );
  for (const [op, o] of Object.entries(res.byOperation)) {
    const st = Object.entries(o.statuses)
      .map(([k, v]) => `${k}×${v}`)
      .join(" ");
    console.log(
      `${op.padEnd(18)} ${pad(o.requests, 9)} ${pad(o.latencyMs.p50, 8)} ${pad(o.latencyMs.p95, 8)} ${pad(o.latencyMs.p99, 8)}  ${st}`,
    );
  }
  const c = res.cpuMsPerRequest;
  if (c)
    console.log(
      `CPU per request: server ${c.server ?? "–"} ms, PostgreSQL ${c.postgres ?? "–"} ms, ` +
        `load generator ${c.loadGenerator ?? "–"} ms`,
    );
}

/** One line per run: how throughput and each tier's CPU per request move with the connections. */
function summary(results: MixResult[]): void {
  const pad = (s: string | number | null, w: number) => String(s ?? "–").padStart(w);
  const cpu = ["CPU ms/request: server", "PostgreSQL", "load generator"];
  console.log(
    `\n${pad("connections", 11)} ${"mix".padEnd(5)} ${pad("requests/s", 10)} ${pad("p50", 7)} ${pad("p95", 7)} ` +
      `${pad("p99", 7)} ${pad("failed", 6)} │ ${cpu.join(" ")}`,
  );
  for (const r of results) {
    const c = r.cpuMsPerRequest;
    console.log(
      `${pad(r.connections, 11)} ${r.mix.padEnd(5)} ${pad(r.requestsPerSecond, 10)} ${pad(r.latencyMs.p50, 7)} ` +
        `${pad(r.latencyMs.p95, 7)} ${pad(r.latencyMs.p99, 7)} ${pad(r.non2xx + r.errors + r.timeouts, 6)} │ ` +
        [c?.server, c?.postgres, c?.loadGenerator].map((v, k) => pad(v ?? null, cpu[k]!.length)).join(" "),
    );
  }
}

const pool = await openDatabase(2);
let failed = false;
try {
  const who = await pool.query<{ username: string; body_id: string; path: string }>(
    `SELECT u.username, u.body_id, t.path FROM app_user u JOIN body b ON b.id = u.body_id
     JOIN territory t ON t.id = b.territory_id WHERE u.username IN ('inspector', 'police.head')`,
  );
  const row = (u: string) => who.rows.find((r) => r.username === u)!;
  const samples = await loadSamples(
    pool,
    row("police.head").path,
    row("inspector").path,
    row("inspector").body_id,
  );
  const size = await pool.query<Record<string, string>>(
    `SELECT (SELECT count(*) FROM person) AS persons, (SELECT count(*) FROM measure) AS measures,
       (SELECT count(*) FROM register_entry WHERE status = 'active') AS active_register_entries`,
  );
  process.stderr.write(
    `data: ${JSON.stringify(size.rows[0])}; samples: ${samples.persons.length} persons, ` +
      `${samples.subjects.length} subjects for new measures, ${samples.measures.length} measures to check\n`,
  );
  // Sessions are made before the source addresses are spread: logins come from the tool's own address.
  const sessions = async (u: string): Promise<Session[]> => {
    const out: Session[] = [];
    for (let i = 0; i < sessionsPerUser; i++) out.push(await login(base, u, password));
    return out;
  };
  const inspectors = await sessions("inspector");
  const heads = await sessions("police.head");
  const cpu = await cpuTiers(pool, target);
  process.stderr.write(`CPU of the tiers from /proc: ${cpu.found}\n`);
  const footprint =
    keep || !mixes.includes("mixed")
      ? null
      : await takeFootprint(pool, {
          users: [inspectors[0]!.userId],
          measures: samples.measures,
          persons: samples.subjects,
        });
  spreadSourceAddresses();
  const results: MixResult[] = [];
  let undone: Record<string, number> | null = null;
  try {
    for (const connections of connectionCounts) {
      for (const mix of mixes) {
        const desks = Array.from(
          { length: connections },
          (_, i) =>
            new Desk(
              i,
              connections,
              mix,
              samples,
              inspectors[i % inspectors.length]!,
              heads[i % heads.length]!,
            ),
        );
        const before = cpu.read();
        const res = await runMix(mix, desks, connections);
        res.cpuMsPerRequest = perRequest(before, cpu.read(), res.requests);
        print(res);
        results.push(res);
        if (res.non2xx + res.errors + res.timeouts > 0) failed = true;
      }
    }
  } finally {
    if (footprint) {
      undone = await footprint.undo();
      process.stderr.write(`reset: ${JSON.stringify(undone)} (audit rows of the run kept)\n`);
    }
  }
  if (results.length > 1) summary(results);
  mkdirSync("bench-results", { recursive: true });
  const file = path.join("bench-results", `load-${new Date().toISOString().replace(/[:.]/g, "-")}.json`);
  const out = {
    at: new Date().toISOString(),
    url: base,
    data: size.rows[0],
    sessionsPerUser,
    cpu: cpu.found,
    reset: keep ? "kept (--keep)" : undone,
    results,
  };
  writeFileSync(file, `${JSON.stringify(out, null, 2)}\n`);
  console.log(
    `\nwritten: ${file}${failed ? "\nFAILED: some requests were not 2xx or did not complete" : ""}`,
  );
} finally {
  await pool.end();
}
if (failed) process.exitCode = 1;
