// The demo's population (README "demo"): what `npm start` writes into the demo region on its first
// start, built by the synthetic generator from a fixed seed and the day, so two first starts on the same
// day write the same rows. apps/server/src/demo/populate-demo.ts reads the world and writes the rows.
import type { MeasureStatus } from "@aldyn/law";
import { emptyGenerated } from "../emit.ts";
import { COLUMNS, insertJson, PERSON_COLUMNS, type Queryable } from "../insert.ts";
import { buildBulk, demoCalendar } from "./bulk.ts";
import { buildCases } from "./cases.ts";
import { buildNpm, type NpmRows } from "./npm.ts";
import { buildDemoReports, warningCopyHandoff, type ReportRows } from "./report-build.ts";
import { writeDemoReports } from "./report-write.ts";
import { WARNING_COPY_CASE } from "./scenarios-handoffs.ts";
import type { DemoWorld } from "./world.ts";

export type { DemoWorld, DemoDistrict, DemoActor } from "./world.ts";
export { DEMO_ACTORS } from "./world.ts";
export { townOf } from "./addresses.ts";
export { demoPerson } from "./bulk.ts";
export { DEMO_TRACKING_KEY, demoTrackingCode } from "./report-build.ts";

/** The demo's seed: the number of Law 245-VIII (001), whose cases these are. */
export const DEMO_SEED = 245;

export interface DemoBuild {
  /** Tables in insertion order (parents first), each with the columns it fills. */
  tables: { table: string; columns: Record<string, string>; rows: Record<string, unknown>[] }[];
  npm: NpmRows;
  /** Reports from citizens and hand-offs between bodies (report-cases.ts, scenarios-handoffs.ts). */
  reports: ReportRows;
  /** The designated cases and the status the law derived for each (scenarios.ts). */
  cases: { name: string; status: MeasureStatus }[];
  /** Designated cases the law refused (expected none) and history decisions it refused (counted). */
  refusals: string[];
  refusedHistory: number;
}

/** `persons` persons with their history, then the designated cases' persons, and the NPM data. */
export function buildDemo(world: DemoWorld, persons: number): DemoBuild {
  const cal = demoCalendar();
  const g = emptyGenerated();
  const bulk = buildBulk(world, persons, cal, g);
  const cases = buildCases(world, persons, cal, g);
  return {
    tables: [
      { table: "person", columns: PERSON_COLUMNS, rows: [...bulk.persons, ...cases.persons] as never[] },
      { table: "person_link", columns: COLUMNS.person_link!, rows: bulk.links },
      // In order of issue, as their registration numbers are given (migration 0026).
      { table: "measure", columns: COLUMNS.measure!, rows: byDate(g.measures, "issued_at") },
      { table: "measure_fact", columns: COLUMNS.measure_fact!, rows: g.facts },
      { table: "measure_duty", columns: COLUMNS.measure_duty!, rows: g.duties },
      { table: "register_entry", columns: COLUMNS.register_entry!, rows: byDate(g.entries, "placed_on") },
      { table: "register_fact", columns: COLUMNS.register_fact!, rows: g.entryFacts },
      { table: "register_entry_measure", columns: COLUMNS.register_entry_measure!, rows: g.links },
    ],
    npm: buildNpm(world),
    reports: joinRows(buildDemoReports(world, cal), warningCopyHandoff(world, cal, WARNING_COPY_CASE)),
    cases: cases.built,
    refusals: cases.refusals,
    refusedHistory: g.refused,
  };
}

function joinRows(a: ReportRows, b: ReportRows): ReportRows {
  return {
    reports: [...a.reports, ...b.reports],
    reportFacts: [...a.reportFacts, ...b.reportFacts],
    handoffs: [...a.handoffs, ...b.handoffs],
    handoffFacts: [...a.handoffFacts, ...b.handoffFacts],
  };
}

function byDate(rows: Record<string, unknown>[], key: string): Record<string, unknown>[] {
  return [...rows].sort(
    (a, b) => String(a[key]).localeCompare(String(b[key])) || String(a.id).localeCompare(String(b.id)),
  );
}

const NPM_COLUMNS: [keyof NpmRows, string, Record<string, string>][] = [
  [
    "participants",
    "npm_participant",
    {
      id: "uuid",
      full_name: "text",
      categories: "text[]",
      region_code: "text",
      selected_on: "date",
      candidate: "jsonb",
      certificate_number: "text",
      certificate_issued_on: "date",
    },
  ],
  [
    "institutions",
    "npm_institution",
    {
      id: "uuid",
      name: "text",
      kind: "text",
      region_code: "text",
      address: "text",
      capacity: "integer",
      department: "text",
      subject_since: "date",
      last_periodic_visit_before: "date",
    },
  ],
  [
    "plans",
    "npm_plan",
    {
      id: "uuid",
      title: "text",
      period_from: "date",
      period_until: "date",
      approved_on: "date",
      approved_by: "uuid",
      created_by: "uuid",
    },
  ],
  [
    "planVisits",
    "npm_plan_visit",
    {
      id: "uuid",
      plan_id: "uuid",
      kind: "text",
      form: "text",
      from_on: "date",
      to_on: "date",
      institution_ids: "uuid[]",
      group_participant_ids: "uuid[]",
    },
  ],
  [
    "visits",
    "npm_visit",
    {
      id: "uuid",
      plan_visit_id: "uuid",
      kind: "text",
      form: "text",
      institution_ids: "uuid[]",
      members: "jsonb",
      starts_on: "date",
      ends_on: "date",
      created_by: "uuid",
    },
  ],
];
const NPM_LATER: [keyof NpmRows, string, Record<string, string>][] = [
  [
    "annualReports",
    "npm_annual_report",
    {
      year: "integer",
      legislation_suggestions: "text[]",
      approved_on: "date",
      approved_by: "uuid",
      sent_to_bodies_on: "date",
      posted_on: "date",
      created_by: "uuid",
    },
  ],
  [
    "annualRecipients",
    "npm_annual_report_recipient",
    { id: "uuid", year: "integer", body_name: "text", received_on: "date", answered_on: "date" },
  ],
  [
    "facts",
    "npm_visit_fact",
    { visit_id: "uuid", type: "text", data: "jsonb", recorded_by: "uuid", recorded_at: "timestamptz" },
  ],
  [
    "reports",
    "npm_report",
    { visit_id: "uuid", findings: "text", submitted_at: "timestamptz", submitted_by: "uuid" },
  ],
  [
    "recommendations",
    "npm_recommendation",
    {
      id: "uuid",
      visit_id: "uuid",
      addressee: "text",
      text: "text",
      status: "text",
      answer: "text",
      answered_on: "date",
    },
  ],
];

/**
 * Writes a build through `q`, which is the caller's transaction: every row or none. The protective
 * orders' victims are marked confidential by the function the issuing transaction calls (migration
 * 0021; 001 Art. 83(2)). The kept projections are computed once for the whole load rather than row by
 * row by their triggers (a statement per row of the persons list's, a recount per statement of the
 * register's): their triggers are off for this transaction (aldyn.register_counts, migrations 0025,
 * 0027), then the register's counts are rebuilt (0025) and the persons' list rows refreshed (0027).
 * Registration numbers are given by their trigger in the order of the rows (0026): by date of issue.
 * Complaints are numbered from the server's sequence.
 */
export async function writeDemo(q: Queryable, b: DemoBuild): Promise<void> {
  await q.query("SET LOCAL aldyn.register_counts = 'off'");
  for (const t of b.tables)
    if (t.rows.length > 0) await insertJson(q, t.table, t.columns, JSON.stringify(t.rows));
  const ids = b.tables.find((t) => t.table === "measure")!.rows.map((m) => m.id);
  await q.query("SELECT confidential_mark_measures($1::uuid[])", [ids]);
  for (const [key, table, columns] of NPM_COLUMNS)
    if (b.npm[key].length > 0) await insertJson(q, table, columns, JSON.stringify(b.npm[key]));
  if (b.npm.complaints.length > 0)
    await q.query(
      `INSERT INTO npm_complaint (id, registration_number, received_at, received_by_participant_id, visit_id,
         institution_id, complainant_name, summary, registered_at)
       SELECT x.id, 'NPM-' || extract(year FROM x.received_at AT TIME ZONE 'UTC') || '-'
           || lpad(nextval('npm_complaint_number_seq')::text, 5, '0'),
         x.received_at, x.received_by_participant_id, x.visit_id, x.institution_id, x.complainant_name,
         x.summary, x.registered_at
       FROM jsonb_to_recordset($1::jsonb) AS x(id uuid, received_at timestamptz,
         received_by_participant_id uuid, visit_id uuid, institution_id uuid, complainant_name text,
         summary text, registered_at timestamptz)`,
      [JSON.stringify(b.npm.complaints)],
    );
  for (const [key, table, columns] of NPM_LATER)
    if (b.npm[key].length > 0) await insertJson(q, table, columns, JSON.stringify(b.npm[key]));
  await writeDemoReports(q, b.reports);
  // As tools/synthetic/seed.ts after its batches; folded through yesterday, as the nightly job does.
  await q.query("SELECT register_count_rebuild((now() AT TIME ZONE 'Asia/Almaty')::date - 1)");
  // The persons list's rows, where the database keeps them (migration 0027 of the persons list).
  const kept = (await q.query(
    "SELECT to_regprocedure('person_overview_refresh(uuid)') IS NOT NULL AS kept",
  )) as { rows: { kept: boolean }[] };
  if (kept.rows[0]?.kept) {
    const persons = b.tables.find((t) => t.table === "person")!.rows.map((p) => p.id);
    await q.query("SELECT count(person_overview_refresh(id)) FROM unnest($1::uuid[]) AS id", [persons]);
  }
  await q.query("SET LOCAL aldyn.register_counts = 'on'");
}
