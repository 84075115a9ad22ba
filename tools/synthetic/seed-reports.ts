// `npx tsx tools/synthetic/seed-reports.ts --reports N [--seed S] [--batch B] [--days D] [--now ISO]
// [--writers K]`: synthetic reports from citizens and their hand-offs (R6) over the national seed's
// districts, in a running server's database (DATA_DIR or DATABASE_URL; migrations 0028-0029 applied by
// its start). Deterministic from the seed and --reports; resumable like the persons' seed (a batch whose
// first report is there is skipped; keep the same --reports, --batch and --now). Written as that seed
// writes: one JSON parameter per table and batch, foreign keys checked once at the end when the tool
// is a superuser. docs/benchmark.md "Reports and hand-offs".
import type pg from "pg";
import { DEFAULT_DAY_TRANSFERS, kazakhstanWorkCalendar } from "@aldyn/law";
import { arg, openDatabase } from "./db.ts";
import { insertJson } from "./insert.ts";
import { installFormatCache } from "./intl-cache.ts";
import { uuidOf } from "./prng.ts";
import { maySkipRowChecks, verifyReferences } from "./references.ts";
import { makeReportGenerator, type ReportBatch } from "./reports.ts";
import { prepareReportWorld } from "./reports-setup.ts";

const REPORT_COLUMNS = {
  id: "uuid",
  registration_number: "text",
  channel: "text",
  received_at: "timestamptz",
  taken_by_body_id: "uuid",
  territory_path: "text",
  district_id: "uuid",
  location_text: "text",
  description: "text",
  reporter_name: "text",
  reporter_phone: "text",
  reporter_email: "text",
  anonymous: "boolean",
  callback_consent: "boolean",
  call_at: "timestamptz",
  messenger_chat_id: "text",
  tracking_code_hash: "text",
  category: "text",
  urgency: "text",
  flags: "text[]",
  status: "text",
  answer_due_at: "timestamptz",
  answered_at: "timestamptz",
  duplicate_of_id: "uuid",
  created_by: "uuid",
  version: "integer",
};
const FACT = { seq: "integer", type: "text", at: "timestamptz", data: "jsonb", recorded_by: "uuid" };
const HANDOFF_COLUMNS = {
  id: "uuid",
  ground: "text",
  article: "text",
  clock: "text",
  sender_body_id: "uuid",
  receiver_body_id: "uuid",
  record_type: "text",
  record_id: "uuid",
  territory_path: "text",
  event_at: "timestamptz",
  sent_at: "timestamptz",
  due_at: "timestamptz",
  state: "text",
  received_at: "timestamptz",
  accepted_at: "timestamptz",
  declined_at: "timestamptz",
  decline_reason: "text",
  answered_at: "timestamptz",
  outcome: "text",
  sent_by: "uuid",
  version: "integer",
};
const COLUMNS: Record<keyof ReportBatch["tables"], Record<string, string>> = {
  citizen_report: REPORT_COLUMNS,
  citizen_report_fact: { report_id: "uuid", ...FACT },
  handoff: HANDOFF_COLUMNS,
  handoff_fact: { handoff_id: "uuid", ...FACT },
};

const total = Number(arg("reports", "1000000"));
const seed = Number(arg("seed", "1"));
const size = Number(arg("batch", "5000"));
const days = Number(arg("days", "730"));
const writers = Number(arg("writers", "2"));
const now = new Date(arg("now") ?? Date.now());
if (![total, size, days, writers].every((n) => Number.isInteger(n) && n > 0))
  throw new Error("--reports, --batch, --days and --writers take positive integers");

installFormatCache();
const pool = await openDatabase(writers + 1);
const started = Date.now();
try {
  const world = await prepareReportWorld(pool);
  const skipRowChecks = await maySkipRowChecks(pool);
  const counters = new Map<string, number>();
  const had = await pool.query<{ series: string; year: number; last_number: number }>(
    "SELECT series, year, last_number FROM citizen_report_counter",
  );
  for (const r of had.rows) counters.set(`${r.series}/${r.year}`, r.last_number);
  const cal = kazakhstanWorkCalendar(DEFAULT_DAY_TRANSFERS);
  const generate = makeReportGenerator({ seed, total, now, days, world, cal, counters });
  const batches = Array.from({ length: Math.ceil(total / size) }, (_, b) => b);
  const present = await pool.query<{ id: string }>(
    "SELECT id FROM citizen_report WHERE id = ANY($1::uuid[])",
    [batches.map((b) => uuidOf(`synthetic:report:${seed}:${b * size}`))],
  );
  const there = new Set(present.rows.map((r) => r.id));
  if (there.size > 0) process.stderr.write(`resuming: ${there.size} batches there\n`);
  const rows: Record<string, number> = {};
  let written = 0;
  // Generated in order (the registration numbers run with the receipt), written by `writers` connections.
  let next = 0;
  const take = (): ReportBatch | null => {
    while (next < batches.length) {
      const b = batches[next++]!;
      const batch = generate(b * size, Math.min(total, (b + 1) * size));
      if (!there.has(uuidOf(`synthetic:report:${seed}:${b * size}`))) return batch;
    }
    return null;
  };
  const writer = async (): Promise<void> => {
    for (let batch = take(); batch; batch = take()) {
      await writeReportBatch(pool, batch, skipRowChecks);
      for (const [k, v] of Object.entries(batch.tables)) rows[k] = (rows[k] ?? 0) + v.length;
      written += batch.to - batch.from;
      const rate = written / ((Date.now() - started) / 1000);
      process.stderr.write(
        `\rreports ${written}  hand-offs ${rows.handoff}  facts ${rows.citizen_report_fact}+${rows.handoff_fact}  ` +
          `${Math.round(rate)}/s   `,
      );
    }
  };
  await Promise.all(Array.from({ length: writers }, () => writer()));
  // The counters continue after the synthetic numbers, so the next report filed gets the next one.
  await pool.query(
    `INSERT INTO citizen_report_counter (series, year, last_number)
     SELECT split_part(k, '/', 1), split_part(k, '/', 2)::int, n::int FROM jsonb_each_text($1::jsonb) AS x(k, n)
     ON CONFLICT (series, year) DO UPDATE SET last_number = greatest(citizen_report_counter.last_number, EXCLUDED.last_number)`,
    [JSON.stringify(Object.fromEntries(counters))],
  );
  if (skipRowChecks && written > 0) {
    const t = Date.now();
    const n = await verifyReferences(pool, Object.keys(COLUMNS));
    process.stderr.write(`\n${n} foreign keys verified in ${((Date.now() - t) / 1000).toFixed(1)} s`);
  }
  const v = Date.now();
  // Statistics for the planner, and the visibility map for index-only scans (figures, the sweep).
  await pool.query("VACUUM (ANALYZE) citizen_report, citizen_report_fact, handoff, handoff_fact");
  process.stderr.write(`\nvacuum and analyze in ${((Date.now() - v) / 1000).toFixed(1)} s`);
  process.stderr.write(
    `\ndone in ${((Date.now() - started) / 1000).toFixed(1)} s (this run): ${JSON.stringify(rows)}\n`,
  );
} finally {
  await pool.end();
}

/** One batch, one transaction: its reports, their facts, hand-offs and the hand-offs' facts, or nothing. */
async function writeReportBatch(p: pg.Pool, batch: ReportBatch, skipRowChecks: boolean): Promise<void> {
  const c = await p.connect();
  try {
    await c.query("BEGIN");
    if (skipRowChecks) await c.query("SET LOCAL session_replication_role = replica");
    for (const table of ["citizen_report", "citizen_report_fact", "handoff", "handoff_fact"] as const) {
      const r = batch.tables[table];
      if (r.length > 0) await insertJson(c, table, COLUMNS[table], JSON.stringify(r));
    }
    await c.query("COMMIT");
  } catch (e) {
    await c.query("ROLLBACK");
    throw e;
  } finally {
    c.release();
  }
}
