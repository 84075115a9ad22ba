// `npx tsx tools/synthetic/seed-minors.ts [--cases N] [--schools S] [--seed S] [--batch B] [--now ISO]`:
// the work with minors over the national seed's persons, in a running server's database (DATA_DIR or
// DATABASE_URL; migrations 0039-0042 applied by its start):
// - the commissions on minors' affairs (001 Art. 79(2),(3)): the interdepartmental one at the country,
//   one per region and district (the bodies of type minors_commission there, made where missing) with
//   their parents (79(6)(4)) and a composition of nine where they have none (79(4),(5));
// - per district commission N cases (default 60) over three years (79(6)(9)), most decided at the
//   monthly meeting after their opening (a fifth since closed), the newest gathering or ready; the
//   meetings held with attendance, items, votes of the present voting members, the minor and a legal
//   representative invited with delivery, the protocol signed, and half the decisions' duties sent to
//   the district's police as hand-offs `minors_commission.decision_duty` (79(6)(1));
// - S schools (default 20; the districts' own school bodies first): absences of the district's pupils,
//   5 % meeting 78(2)(4), and attention records (78(2));
// - registered minors (82): a judge's restrictions (82(3)) and rehabilitation activities with checks (82(2)).
// Pedagogical supports (measures of kind pedagogical_support) are not written here: they are measures,
// which the national seed's measure generator writes (tools/synthetic/measures.ts).
// Set-based SQL, one transaction per batch of commissions and per school, deterministic from the seed,
// resumable (a batch whose first case, a school whose import is there, is skipped). docs/benchmark.md "Minors".
import type pg from "pg";
import { COMMISSION_DECISIONS } from "@aldyn/law";
import { arg, openDatabase } from "./db.ts";
import { uuidOf } from "./prng.ts";
import {
  CASES,
  COMMISSION,
  MEMBERS,
  MINORS,
  R,
  REGISTERED,
  SCHOOL,
  SCHOOLS,
  UID,
  V4,
  WORLD,
} from "./minors-sql.ts";

export interface MinorsOptions {
  /** Cases per district commission over three years. */
  cases: number;
  /** Schools with attendance (the sample of districts). */
  schools: number;
  seed: number;
  /** District commissions per transaction. */
  size: number;
  now: Date;
}

/** `$n` of a statement as the n-th named value of the one-row table prm (each statement takes its own). */
function params(s: string, names: readonly string[]): string {
  return s.replace(/\$(\d)/g, (_, n: string) => `(SELECT ${names[Number(n) - 1]} FROM prm)`);
}

const CASE_PARAMS = ["lo", "hi", "seed", "day", "gen", "cases", "decisions", "articles", "now"];

/** Writes the minors' synthetic work; returns the rows written by table. */
export async function seedMinors(
  client: pg.PoolClient,
  o: MinorsOptions,
  log: (s: string) => void = () => {},
): Promise<Record<string, number>> {
  const user = uuidOf("synthetic:user");
  const day = o.now.toISOString().slice(0, 10);
  const rows: Record<string, number> = {};
  const run = async (s: string, names: readonly string[]) => {
    const r = await client.query(params(s, names));
    const table = /^\s*INSERT INTO (\w+)/.exec(s)?.[1];
    if (table) rows[table] = (rows[table] ?? 0) + (r.rowCount ?? 0);
  };
  const tx = async (work: () => Promise<void>) => {
    await client.query("BEGIN");
    try {
      await work();
      await client.query("COMMIT");
    } catch (e) {
      await client.query("ROLLBACK");
      throw e;
    }
  };
  for (const f of [R, V4, UID]) await client.query(f);
  await client.query("DROP TABLE IF EXISTS mw, mk, ms, prm");
  // Final decisions only (a postponed case would be heard again; the generator's cases are heard once).
  const final = COMMISSION_DECISIONS.filter((d) => d.caseStateAfter === "decided");
  await client.query(
    `CREATE TEMP TABLE prm (lo bigint, hi bigint, seed text, day date, gen uuid, cases int, decisions text[],
       articles text[], now timestamptz, schools int, sn bigint)`,
  );
  await client.query("INSERT INTO prm VALUES (0, 0, $1, $2, $3, $4, $5, $6, $7, $8, 0)", [
    String(o.seed),
    day,
    user,
    o.cases,
    final.map((d) => d.id),
    final.map((d) => String(d.article)),
    o.now.toISOString(),
    o.schools,
  ]);
  await tx(async () => {
    for (const s of WORLD) await run(s, []);
    for (const level of ["country", "region", "district"])
      await client.query(params(COMMISSION, ["'" + level + "'::text", "day", "gen"]));
    await run(MEMBERS, ["day", "gen"]);
  });
  for (const s of MINORS) await run(s, ["seed", "day"]);
  const districts = Number(
    (await client.query("SELECT count(*) AS n FROM mw WHERE level = 'district'")).rows[0].n,
  );
  for (let from = 0; from < districts; from += o.size) {
    const to = Math.min(districts, from + o.size);
    // A case of this seed at the batch's commissions: the batch was written (one transaction).
    const first = await client.query(
      `SELECT 1 FROM mw, generate_series(1, $3::int) AS k WHERE mw.level = 'district' AND mw.dn > $1 AND mw.dn <= $2
         AND EXISTS (SELECT 1 FROM minors_case c
           WHERE c.id = pg_temp.uid('synthetic:minors-case:' || $4 || ':' || mw.body_id || ':' || k)) LIMIT 1`,
      [from, to, o.cases, String(o.seed)],
    );
    if (first.rowCount) continue;
    await tx(async () => {
      await client.query("UPDATE prm SET lo = $1, hi = $2", [from, to]);
      for (const s of CASES) await run(s, CASE_PARAMS);
    });
    log(`\rcommissions ${to}/${districts}  ${JSON.stringify(rows)}   `);
  }
  await tx(async () => {
    for (const s of SCHOOLS) await run(s, ["schools"]);
  });
  const schools = (
    await client.query<{ sn: string; school: string }>("SELECT sn, school FROM ms ORDER BY sn")
  ).rows;
  for (const s of schools) {
    const had = await client.query("SELECT 1 FROM attendance_import WHERE id = pg_temp.uid($1)", [
      `synthetic:attendance:${o.seed}:${s.school}`,
    ]);
    if (had.rowCount) continue;
    await tx(async () => {
      await client.query("UPDATE prm SET sn = $1", [s.sn]);
      for (const q of SCHOOL) await run(q, ["sn", "seed", "day", "gen"]);
    });
    log(`\rschools ${s.sn}/${schools.length}  ${JSON.stringify(rows)}   `);
  }
  await tx(async () => {
    for (const s of REGISTERED) await run(s, ["seed", "day", "gen"]);
  });
  return rows;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const o: MinorsOptions = {
    cases: Number(arg("cases", "60")),
    schools: Number(arg("schools", "20")),
    seed: Number(arg("seed", "1")),
    size: Number(arg("batch", "10")),
    now: new Date(arg("now") ?? Date.now()),
  };
  if (![o.cases, o.schools, o.size].every((n) => Number.isInteger(n) && n > 0))
    throw new Error("--cases, --schools and --batch take positive integers");
  const pool = await openDatabase(1);
  const started = Date.now();
  const client = await pool.connect();
  try {
    const rows = await seedMinors(client, o, (s) => process.stderr.write(s));
    await client.query(
      `VACUUM (ANALYZE) minors_commission, commission_member, minors_case, minors_case_person, minors_case_material,
       minors_case_event, commission_meeting, meeting_attendance, meeting_item, meeting_vote, meeting_invitation,
       decision_duty, handoff, handoff_fact, attendance_import, school_absence, attention_record, minor_restriction,
       rehabilitation_activity, rehabilitation_check`,
    );
    process.stderr.write(
      `\ndone in ${((Date.now() - started) / 1000).toFixed(1)} s (this run): ${JSON.stringify(rows)}\n`,
    );
  } finally {
    client.release();
    await pool.end();
  }
}
