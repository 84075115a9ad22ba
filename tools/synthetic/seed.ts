// `npm run seed:synthetic -- --persons N [--seed S] [--batch B] [--now ISO] [--workers W]`: national-scale
// synthetic data in a running server's database (issue 6). Deterministic from the seed and resumable:
// batch k holds persons [k*B, (k+1)*B) and everything about them, written in one transaction; a re-run
// counts the synthetic persons already there and continues with the next batch. W worker threads
// generate batches (the law's derivation is the CPU-bound part) while this thread writes them in order.
// The audit log is not filled: nobody viewed or changed these records through the system.
import { Worker } from "node:worker_threads";
import { arg, flag, openDatabase } from "./db.ts";
import { COLUMNS, insertJson } from "./insert.ts";
import type { BatchConfig, BatchRows } from "./batch.ts";
import { seedNpm } from "./npm.ts";
import { maySkipRowChecks, verifyReferences } from "./references.ts";
import { prepareWorld } from "./setup.ts";

const persons = Number(arg("persons", "100000"));
const seed = Number(arg("seed", "1"));
const batch = Number(arg("batch", "5000"));
const workers = Number(arg("workers", "2"));
const rowChecks = flag("row-checks");
const now = new Date(arg("now") ?? Date.now());
if (![persons, batch, workers].every((n) => Number.isInteger(n) && n > 0))
  throw new Error("--persons, --batch and --workers take positive integers");

const pool = await openDatabase(2);
const started = Date.now();
const threads: Worker[] = [];
try {
  const world = await prepareWorld(pool);
  const skipRowChecks = !rowChecks && (await maySkipRowChecks(pool));
  await seedNpm(pool, seed, now, world.generator.userId);
  const done = await pool.query<{ n: string }>("SELECT count(*) AS n FROM person WHERE created_by = $1", [
    world.generator.userId,
  ]);
  const first = Math.floor(Number(done.rows[0]!.n) / batch);
  const last = Math.ceil(persons / batch);
  if (first > 0) process.stderr.write(`resuming at person ${first * batch}\n`);
  const config: BatchConfig = {
    seed,
    now: now.toISOString(),
    generatorUserId: world.generator.userId,
    districts: world.districts,
    issuers: Object.fromEntries(world.districts.map((d) => [d.id, world.issuerOf(d.id)])),
  };
  // Batches are handed out in order and written in order; at most `ahead` wait in memory.
  const ahead = workers + 2;
  const pending = new Map<number, Promise<BatchRows>>();
  const idle: Worker[] = [];
  let next = first;
  let written = first;
  const run = (w: Worker, b: number): Promise<BatchRows> =>
    new Promise((resolve, reject) => {
      w.once("message", (rows: BatchRows) => {
        w.off("error", reject);
        resolve(rows);
        dispatch(w);
      });
      w.once("error", reject);
      w.postMessage({ from: b * batch, to: Math.min(persons, (b + 1) * batch) });
    });
  function dispatch(w: Worker): void {
    if (next >= last || next - written >= ahead) {
      idle.push(w);
      return;
    }
    const p = run(w, next);
    p.catch(() => {}); // awaited by the writer in turn; this only keeps an early failure handled
    pending.set(next++, p);
  }
  for (let t = 0; t < Math.min(workers, last - first); t++) {
    const w = new Worker(new URL("./worker.mjs", import.meta.url), { workerData: config });
    threads.push(w);
    dispatch(w);
  }
  const totals: Record<string, number> = {};
  let refused = 0;
  // Where the writer's time goes: waiting for generated batches vs writing them.
  let waitMs = 0;
  let writeMs = 0;
  const tableMs: Record<string, number> = {};
  for (let b = first; b < last; b++) {
    const t0 = Date.now();
    const rows = await pending.get(b)!;
    pending.delete(b);
    const t1 = Date.now();
    waitMs += t1 - t0;
    const c = await pool.connect();
    try {
      await c.query("BEGIN");
      if (skipRowChecks) await c.query("SET LOCAL session_replication_role = replica");
      for (const t of rows.tables) {
        if (t.rows === 0) continue;
        const ts = Date.now();
        await insertJson(c, t.table, COLUMNS[t.table]!, t.json);
        tableMs[t.table] = (tableMs[t.table] ?? 0) + Date.now() - ts;
      }
      await c.query("COMMIT");
    } catch (e) {
      await c.query("ROLLBACK");
      throw e;
    } finally {
      c.release();
    }
    written = b + 1;
    writeMs += Date.now() - t1;
    for (const w of idle.splice(0)) dispatch(w);
    for (const [k, v] of Object.entries(rows.counts)) totals[k] = (totals[k] ?? 0) + v;
    refused += rows.refused;
    const secs = (Date.now() - started) / 1000;
    const rate = (rows.to - first * batch) / secs;
    process.stderr.write(
      `\rpersons ${rows.to}/${persons} (${Math.round((100 * rows.to) / persons)}%)  measures ${totals.measure}  ` +
        `facts ${totals.measure_fact}+${totals.register_fact}  register entries ${totals.register_entry}  ` +
        `links ${totals.person_link}  ${Math.round(rate)}/s (wait ${Math.round(waitMs / 1000)} s, write ${Math.round(writeMs / 1000)} s)  ETA ${Math.round((persons - rows.to) / rate)} s   `,
    );
  }
  await pool.query(
    "ANALYZE person; ANALYZE person_link; ANALYZE measure; ANALYZE measure_fact; ANALYZE register_entry; ANALYZE register_fact",
  );
  if (skipRowChecks && last > first) {
    const t = Date.now();
    const n = await verifyReferences(pool, Object.keys(COLUMNS));
    process.stderr.write(`\n${n} foreign keys verified in ${((Date.now() - t) / 1000).toFixed(1)} s`);
  }
  const secs = ((Date.now() - started) / 1000).toFixed(1);
  process.stderr.write(
    `\ndone in ${secs} s (this run): ${JSON.stringify(totals)}; refused by the law and skipped: ${refused}\n` +
      `writing, ms per table: ${JSON.stringify(tableMs)}\n`,
  );
} finally {
  await Promise.all(threads.map((w) => w.terminate()));
  await pool.end();
}
