// `npm run seed:synthetic -- --persons N [--seed S] [--batch B] [--now ISO]`: national-scale synthetic data
// in a running server's database (issue 6). Deterministic from the seed and resumable: batch k holds
// persons [k*B, (k+1)*B) and everything about them, written in one transaction; a re-run counts the
// synthetic persons already there and continues with the next batch. The audit log is not filled:
// nobody viewed or changed these records through the system.
import { DEFAULT_DAY_TRANSFERS, kazakhstanWorkCalendar } from "@aldyn/law";
import { arg, openDatabase } from "./db.ts";
import * as cols from "./insert.ts";
import { emptyGenerated, measuresFor } from "./measures.ts";
import { districtPicker, personAt } from "./persons.ts";
import { rngFor } from "./prng.ts";
import { prepareWorld } from "./setup.ts";

const persons = Number(arg("persons", "100000"));
const seed = Number(arg("seed", "1"));
const batch = Number(arg("batch", "5000"));
const now = new Date(arg("now") ?? Date.now());
if (!Number.isInteger(persons) || persons <= 0 || !Number.isInteger(batch) || batch <= 0)
  throw new Error("--persons and --batch take positive integers");

const pool = await openDatabase(2);
const started = Date.now();
try {
  const world = await prepareWorld(pool);
  const district = districtPicker(world.districts);
  const workCalendar = kazakhstanWorkCalendar(DEFAULT_DAY_TRANSFERS);
  const done = await pool.query<{ n: string }>("SELECT count(*) AS n FROM person WHERE created_by = $1", [
    world.generator.userId,
  ]);
  const first = Math.floor(Number(done.rows[0]!.n) / batch);
  const totals = { measures: 0, facts: 0, entries: 0, refused: 0 };
  if (first > 0) process.stderr.write(`resuming at person ${first * batch}\n`);
  for (let b = first; b * batch < persons; b++) {
    const from = b * batch;
    const to = Math.min(persons, from + batch);
    const people = [];
    const g = emptyGenerated();
    for (let i = from; i < to; i++) {
      const p = personAt(seed, i, district);
      people.push({ ...p, created_by: world.generator.userId });
      // A second stream for the measures, so adding a name field does not reshuffle them.
      measuresFor(
        rngFor(seed ^ 0x5bd1e995, i),
        seed,
        i,
        p,
        world.issuerOf(p.territory_id),
        now,
        workCalendar,
        g,
      );
    }
    const c = await pool.connect();
    try {
      await c.query("BEGIN");
      await cols.insertRows(c, "person", cols.PERSON_COLUMNS, people);
      await cols.insertRows(c, "measure", cols.MEASURE_COLUMNS, g.measures);
      await cols.insertRows(c, "measure_fact", cols.FACT_COLUMNS, g.facts);
      await cols.insertRows(c, "measure_duty", cols.DUTY_COLUMNS, g.duties);
      await cols.insertRows(c, "register_entry", cols.ENTRY_COLUMNS, g.entries);
      await cols.insertRows(c, "register_fact", cols.ENTRY_FACT_COLUMNS, g.entryFacts);
      await cols.insertRows(c, "register_entry_measure", cols.LINK_COLUMNS, g.links);
      await c.query("COMMIT");
    } catch (e) {
      await c.query("ROLLBACK");
      throw e;
    } finally {
      c.release();
    }
    totals.measures += g.measures.length;
    totals.facts += g.facts.length;
    totals.entries += g.entries.length;
    totals.refused += g.refused;
    const secs = (Date.now() - started) / 1000;
    const rate = (to - first * batch) / secs;
    process.stderr.write(
      `\rpersons ${to}/${persons} (${Math.round((100 * to) / persons)}%)  measures ${totals.measures}  ` +
        `facts ${totals.facts}  register entries ${totals.entries}  ${Math.round(rate)}/s  ` +
        `ETA ${Math.round((persons - to) / rate)} s   `,
    );
  }
  await pool.query("ANALYZE person; ANALYZE measure; ANALYZE measure_fact; ANALYZE register_entry");
  const secs = ((Date.now() - started) / 1000).toFixed(1);
  process.stderr.write(`\ndone in ${secs} s (this run); refused by the law and skipped: ${totals.refused}\n`);
} finally {
  await pool.end();
}
