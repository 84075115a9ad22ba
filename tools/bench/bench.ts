// `npm run bench [-- --quick] [--url http://127.0.0.1:3000] [--n 200] [--only a,b] [--keep]`: latency
// of the key operations through the HTTP API next to the same work as raw SQL on the same database,
// sampled alternately, with the statements the server runs per operation; what the run wrote is taken
// back at its end unless --keep (reset.ts). `npm run bench -- --enable-statements` loads
// pg_stat_statements from the cluster's next start (statements.ts). Needs a running server with
// synthetic data (npm run seed:synthetic) and its demo users.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { arg, flag, openDatabase } from "../synthetic/db.ts";
import { uuidOf } from "../synthetic/prng.ts";
import { login } from "./http.ts";
import { ensureNationalAnalyst, figuresOperations } from "./figures-ops.ts";
import { listOperations } from "./list-ops.ts";
import { handoffOperations, sweepBench, undoReports } from "./handoff-ops.ts";
import { dvOperations } from "./dv-ops.ts";
import { minorsOperations } from "./minors-ops.ts";
import { operations, typoFound, type Samples } from "./ops.ts";
import { takeFootprint } from "./reset.ts";
import { enableStatements, perRequest, statementCounter } from "./statements.ts";
import { measureInterleaved, stats, type Stats } from "./stats.ts";

const base = arg("url", "http://127.0.0.1:3000")!.replace(/\/$/, "");
const quick = flag("quick");
const n = Number(arg("n", quick ? "100" : "500"));
/** `--only a,b`: run just the operations whose names contain one of these (e.g. "IIN,name"). */
const only = arg("only")
  ?.split(",")
  .map((x) => x.trim().toLowerCase())
  .filter(Boolean);
const warmup = quick ? 10 : 30;
/** `--keep`: leave what the run wrote (measures issued, checks recorded) in the database. */
const keep = flag("keep");
const dataDir = process.env.DATA_DIR ?? "data";
const password = (
  process.env.DEMO_PASSWORD ?? readFileSync(path.join(dataDir, "demo-password"), "utf8")
).trim();

// Pool of 4: the raw-SQL side runs one query at a time, like the API side.
const pool = await openDatabase(4);
if (flag("enable-statements")) {
  // A one-off setting of the cluster, not a run.
  console.log(await enableStatements(pool).finally(() => pool.end()));
  process.exit(0);
}
try {
  const [inspector, head, analyst, prosecutor] = await Promise.all(
    ["inspector", "police.head", await ensureNationalAnalyst(pool), "prosecutor"].map((u) =>
      login(base, u, password),
    ),
  );
  const who = await pool.query<{ username: string; body_id: string; path: string }>(
    `SELECT u.username, u.body_id, t.path FROM app_user u JOIN body b ON b.id = u.body_id
     JOIN territory t ON t.id = b.territory_id WHERE u.username IN ('inspector', 'police.head')`,
  );
  const row = (u: string) => who.rows.find((r) => r.username === u)!;
  const actors = {
    inspector: inspector!,
    head: head!,
    inspectorPath: row("inspector").path,
    inspectorBody: row("inspector").body_id,
    headPath: row("police.head").path,
  };
  const want = 2 * (n + warmup);
  const region = await pool.query<Samples["region"][number]>(
    `SELECT p.id, p.iin, p.last_name_cyr AS last, p.first_name_cyr AS first, p.last_name_lat AS "lastLat"
     FROM person p JOIN territory t ON t.id = p.territory_id WHERE t.path LIKE $1 || '%' AND p.iin IS NOT NULL
     ORDER BY md5(p.id::text) LIMIT $2`,
    [actors.headPath, want],
  );
  const district = await pool.query<{ id: string }>(
    `SELECT p.id FROM person p JOIN territory t ON t.id = p.territory_id WHERE t.path = $1
       AND p.birth_date < now() - interval '19 years'
     ORDER BY EXISTS (SELECT 1 FROM measure m WHERE m.person_id = p.id AND m.status IN ('issued', 'active')),
       md5(p.id::text) LIMIT $2`,
    [actors.inspectorPath, want],
  );
  const measures = await pool.query<{ id: string }>(
    `SELECT id FROM measure WHERE issuer_body_id = $1 AND status = 'active' AND next_control_due IS NOT NULL
     ORDER BY md5(id::text) LIMIT $2`,
    [actors.inspectorBody, want],
  );
  const samples: Samples = {
    region: region.rows,
    district: district.rows.map((r) => r.id),
    measures: measures.rows.map((r) => r.id),
  };
  const size = await pool.query<Record<string, string>>(
    `SELECT (SELECT count(*) FROM person) AS persons, (SELECT count(*) FROM measure) AS measures,
       (SELECT count(*) FROM measure_fact) AS facts,
       (SELECT count(*) FROM register_entry WHERE status = 'active') AS active_register_entries`,
  );
  process.stderr.write(
    `data: ${JSON.stringify(size.rows[0])}; samples: ${samples.region.length} persons in the region, ` +
      `${samples.district.length} in the district, ${samples.measures.length} active measures\n`,
  );
  const counter = await statementCounter(pool);
  if (counter.off) process.stderr.write(`statements per operation: –; ${counter.off}\n`);
  const results: {
    op: string;
    api: Stats;
    sql: Stats;
    ratio: number;
    statementsPerOperation: number | null;
  }[] = [];
  const heavyRuns = quick ? 5 : 20;
  const ops = [
    ...operations(base, pool, actors, samples, uuidOf("synthetic:user")),
    ...(await listOperations(
      base,
      pool,
      actors.inspector,
      actors.head,
      actors.inspectorPath,
      actors.headPath,
    )),
    ...figuresOperations(base, pool, actors.head, actors.headPath, analyst!, heavyRuns),
    ...(await handoffOperations(
      base,
      pool,
      { inspector: actors.inspector, head: actors.head, prosecutor: prosecutor! },
      (
        await pool.query<{
          districtId: string;
          districtPath: string;
          regionPath: string;
          regionCode: string;
        }>(
          `SELECT d.id AS "districtId", d.path AS "districtPath", r.path AS "regionPath", r.code AS "regionCode"
           FROM territory d JOIN territory r ON r.id = d.parent_id WHERE d.path = $1`,
          [actors.inspectorPath],
        )
      ).rows[0]!,
    )),
    ...(await dvOperations(
      base,
      pool,
      password,
      (
        await pool.query<{
          districtId: string;
          districtPath: string;
          regionId: string;
          regionPath: string;
          policeBodyId: string;
        }>(
          `SELECT d.id AS "districtId", d.path AS "districtPath", r.id AS "regionId", r.path AS "regionPath",
             $2::uuid AS "policeBodyId" FROM territory d JOIN territory r ON r.id = d.parent_id WHERE d.path = $1`,
          [actors.inspectorPath, actors.inspectorBody],
        )
      ).rows[0]!,
      samples.district,
    )),
    ...(await minorsOperations(
      base,
      pool,
      password,
      (
        await pool.query<{
          districtId: string;
          districtPath: string;
          regionId: string;
          regionPath: string;
          policeBodyId: string;
        }>(
          `SELECT d.id AS "districtId", d.path AS "districtPath", r.id AS "regionId", r.path AS "regionPath",
             $2::uuid AS "policeBodyId" FROM territory d JOIN territory r ON r.id = d.parent_id WHERE d.path = $1`,
          [actors.inspectorPath, actors.inspectorBody],
        )
      ).rows[0]!,
    )),
  ];
  const skipped = only
    ? ops.filter((o) => !only.some((x) => o.name.toLowerCase().includes(x))).map((o) => o.name)
    : [];
  const writes = ops.some((o) => /issue a measure|record a check/.test(o.name) && !skipped.includes(o.name));
  // The floor's writes are made in the generator's name, the API's in the inspector's.
  const footprint =
    keep || !writes
      ? null
      : await takeFootprint(pool, {
          users: [actors.inspector.userId, uuidOf("synthetic:user")],
          measures: samples.measures,
          persons: samples.district,
        });
  let undone: Record<string, number> | null = null;
  // Reports the run files on the public page are taken back at its end (handoff-ops.ts undoReports).
  const reportsSince = (await pool.query<{ t: string }>("SELECT clock_timestamp()::text AS t")).rows[0]!.t;
  try {
    for (const op of ops) {
      if (skipped.includes(op.name)) continue;
      const runs = op.runs ?? n;
      const warm = Math.min(warmup, Math.ceil(runs / 5));
      // API and SQL alternate, so background work slows both alike. The statements are counted over
      // the same runs: the tool's own (the floor) are not the server's role's and are left out.
      const before = await counter.total();
      const [apiMs, sqlMs] = await measureInterleaved(runs, warm, op.api, op.sql);
      const after = await counter.total();
      const api = stats(apiMs);
      const raw = stats(sqlMs);
      results.push({
        op: op.name,
        api,
        sql: raw,
        ratio: Math.round((api.p95 / raw.p95) * 10) / 10,
        statementsPerOperation: perRequest(before, after, runs + warm),
      });
      process.stderr.write(`  ${op.name}: done\n`);
    }
    // The overdue sweep over every open hand-off, from a cold start each run (handoff-ops.ts).
    if (!only || only.some((x) => "overdue sweep".includes(x))) {
      const runs = quick ? 3 : 10;
      const s = await sweepBench(pool, runs);
      results.push({
        op: "overdue sweep (all open)",
        api: s.api,
        sql: s.sql,
        ratio: Math.round((s.api.p95 / s.sql.p95) * 10) / 10,
        statementsPerOperation: null,
      });
      process.stderr.write(`  overdue sweep: ${s.open} open hand-offs past due, ${runs} runs\n`);
    }
  } finally {
    if (!keep) {
      const n = await undoReports(pool, reportsSince);
      if (n > 0) process.stderr.write(`reset: ${n} reports filed by the run taken back\n`);
    }
    if (footprint) {
      undone = await footprint.undo();
      process.stderr.write(`reset: ${JSON.stringify(undone)} (audit rows of the run kept)\n`);
    }
  }
  const pad = (s: string | number, w: number) => String(s).padStart(w);
  console.log(
    `\n${"operation".padEnd(26)} ${pad("API p50", 8)} ${pad("p95", 8)} ${pad("p99", 8)} │ ${pad("SQL p50", 8)} ${pad("p95", 8)} ${pad("p99", 8)} │ ${pad("p95 ratio", 9)} │ ${pad("statements", 10)}`,
  );
  for (const r of results)
    console.log(
      `${r.op.padEnd(26)} ${pad(r.api.p50, 8)} ${pad(r.api.p95, 8)} ${pad(r.api.p99, 8)} │ ` +
        `${pad(r.sql.p50, 8)} ${pad(r.sql.p95, 8)} ${pad(r.sql.p99, 8)} │ ${pad(r.ratio, 9)} │ ` +
        `${pad(r.statementsPerOperation ?? "–", 10)}`,
    );
  console.log(
    `(milliseconds, ${n} runs each after ${warmup} warm-up, API and SQL alternating; national figures ` +
      `${heavyRuns} runs; statements: the server's per operation, ` +
      `${counter.off ? "– as pg_stat_statements is off" : "from pg_stat_statements"})` +
      (skipped.length ? `; skipped: ${skipped.join("; ")}` : ""),
  );
  if (typoFound.exact + typoFound.fuzzy > 0)
    console.log(
      `typo name search: ${typoFound.fuzzy} of ${typoFound.exact + typoFound.fuzzy} went to the ` +
        `typo-tolerant stage (the others met a real name)`,
    );
  mkdirSync("bench-results", { recursive: true });
  const file = path.join("bench-results", `bench-${new Date().toISOString().replace(/[:.]/g, "-")}.json`);
  const out = {
    at: new Date().toISOString(),
    url: base,
    quick,
    n,
    warmup,
    data: size.rows[0],
    results,
    skipped,
    statements: counter.off || "pg_stat_statements",
    typoSearch: typoFound,
    reset: keep ? "kept (--keep)" : undone,
  };
  writeFileSync(file, `${JSON.stringify(out, null, 2)}\n`);
  console.log(`written: ${file}`);
} finally {
  await pool.end();
}
