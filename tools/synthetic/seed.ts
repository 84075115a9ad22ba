// `npm run seed:synthetic -- --persons N [--seed S] [--batch B] [--now ISO] [--workers W] [--writers K]
// [--row-checks]`: national-scale synthetic data in a running server's database (issue 6). Deterministic
// from the seed and resumable: batch k holds persons [k*B, (k+1)*B) and everything about them, written
// in one transaction; a re-run finds the batches whose first person is there and writes the others
// (keep the same --batch). W worker threads generate batches (the law's derivation is CPU-bound) while
// K connections write them. The audit log is not filled: nobody viewed or changed these records
// through the system.
import { arg, flag, openDatabase } from "./db.ts";
import type { BatchConfig } from "./batch.ts";
import { startGenerators, type Generators } from "./generators.ts";
import { COLUMNS, writeBatch } from "./insert.ts";
import { seedNpm } from "./npm.ts";
import { personIdOf } from "./persons.ts";
import { maySkipRowChecks, verifyReferences } from "./references.ts";
import { prepareWorld } from "./setup.ts";

const persons = Number(arg("persons", "100000"));
const seed = Number(arg("seed", "1"));
const size = Number(arg("batch", "5000"));
const workers = Number(arg("workers", "2"));
const writers = Number(arg("writers", "2"));
const now = new Date(arg("now") ?? Date.now());
if (![persons, size, workers, writers].every((n) => Number.isInteger(n) && n > 0))
  throw new Error("--persons, --batch, --workers and --writers take positive integers");

const pool = await openDatabase(writers + 1);
const started = Date.now();
let generators: Generators | null = null;
try {
  const world = await prepareWorld(pool);
  const skipRowChecks = !flag("row-checks") && (await maySkipRowChecks(pool));
  const visits = await seedNpm(pool, seed, now, world.generator.userId);
  if (visits > 0) process.stderr.write(`NPM: 220 institutions, ${visits} periodic visits\n`);
  const all = Array.from({ length: Math.ceil(persons / size) }, (_, b) => b);
  const present = await pool.query<{ id: string }>("SELECT id FROM person WHERE id = ANY($1::uuid[])", [
    all.map((b) => personIdOf(seed, b * size)),
  ]);
  const there = new Set(present.rows.map((r) => r.id));
  const todo = all.filter((b) => !there.has(personIdOf(seed, b * size)));
  if (there.size > 0)
    process.stderr.write(`resuming: ${there.size} batches there, ${todo.length} to write\n`);
  const config: BatchConfig = {
    seed,
    now: now.toISOString(),
    generatorUserId: world.generator.userId,
    districts: world.districts,
    issuers: Object.fromEntries(world.districts.map((d) => [d.id, world.issuerOf(d.id)])),
  };
  const gen = startGenerators(config, { workers, persons, size, todo, ahead: workers + writers });
  generators = gen;
  const totals: Record<string, number> = {};
  const tableMs: Record<string, number> = {};
  let refused = 0;
  let written = 0;
  let failed = false;
  const progress = (): void => {
    const secs = (Date.now() - started) / 1000;
    const rate = written / secs;
    const toGo = todo.reduce((n, b) => n + Math.min(size, persons - b * size), 0) - written;
    process.stderr.write(
      `\rpersons ${written}/${written + toGo} of this run  measures ${totals.measure}  facts ` +
        `${totals.measure_fact}+${totals.register_fact}  register entries ${totals.register_entry}  ` +
        `links ${totals.person_link}  ${Math.round(rate)}/s  ETA ${Math.round(toGo / rate)} s   `,
    );
  };
  const writer = async (): Promise<void> => {
    for (let p = gen.take(); p && !failed; p = gen.take()) {
      const rows = await p;
      await writeBatch(pool, rows, skipRowChecks, tableMs);
      for (const [k, v] of Object.entries(rows.counts)) totals[k] = (totals[k] ?? 0) + v;
      refused += rows.refused;
      written += rows.to - rows.from;
      progress();
    }
  };
  const outcomes = await Promise.allSettled(
    Array.from({ length: writers }, () =>
      writer().catch((e: unknown) => ((failed = true), Promise.reject(e))),
    ),
  );
  for (const o of outcomes) if (o.status === "rejected") throw o.reason;
  await pool.query(
    "ANALYZE person; ANALYZE person_link; ANALYZE measure; ANALYZE measure_fact; ANALYZE register_entry; ANALYZE register_fact",
  );
  if (skipRowChecks && todo.length > 0) {
    // The batches skipped the trigger that numbers each body's documents (migration 0026): numbered
    // here, with the triggers still off (a number changes no count)…
    const c = await pool.connect();
    try {
      await c.query("BEGIN");
      await c.query("SET LOCAL session_replication_role = replica");
      const numbered = await c.query<{ n: number }>("SELECT registration_number_fill() AS n");
      await c.query("COMMIT");
      process.stderr.write(`\n${numbered.rows[0]!.n} registration numbers given`);
    } catch (e) {
      await c.query("ROLLBACK");
      throw e;
    } finally {
      c.release();
    }
    // …and the triggers that keep the register summary's counts (migration 0025).
    const r = Date.now();
    await pool.query("SELECT register_count_rebuild((now() AT TIME ZONE 'Asia/Almaty')::date - 1)");
    process.stderr.write(`\nregister summary counts rebuilt in ${((Date.now() - r) / 1000).toFixed(1)} s`);
    // …and the persons list's rows (migration 0027), which its triggers keep on every other write.
    const o = Date.now();
    const listed = await pool.query<{ n: string }>("SELECT person_overview_rebuild() AS n");
    process.stderr.write(
      `\n${listed.rows[0]!.n} persons list rows rebuilt in ${((Date.now() - o) / 1000).toFixed(1)} s`,
    );
    const t = Date.now();
    const n = await verifyReferences(pool, Object.keys(COLUMNS));
    process.stderr.write(`\n${n} foreign keys verified in ${((Date.now() - t) / 1000).toFixed(1)} s`);
  }
  const secs = ((Date.now() - started) / 1000).toFixed(1);
  process.stderr.write(
    `\ndone in ${secs} s (this run): ${JSON.stringify(totals)}; refused by the law and skipped: ${refused}\n` +
      `writing, ms per table (summed over writers): ${JSON.stringify(tableMs)}\n`,
  );
} finally {
  await generators?.close();
  await pool.end();
}
