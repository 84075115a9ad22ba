import { insertJson, type Queryable } from "../insert.ts";
import type { ReportRows } from "./report-build.ts";

const REPORT_COLUMNS = {
  id: "uuid",
  channel: "text",
  received_at: "timestamptz",
  taken_by_body_id: "uuid",
  territory_path: "text",
  district_id: "uuid",
  location_text: "text",
  lat: "double precision",
  lon: "double precision",
  description: "text",
  reporter_name: "text",
  reporter_phone: "text",
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
  created_by: "uuid",
};
const REPORT_FACT_COLUMNS = {
  report_id: "uuid",
  seq: "integer",
  type: "text",
  at: "timestamptz",
  data: "jsonb",
  recorded_by: "uuid",
};
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
  received_by: "uuid",
  accepted_at: "timestamptz",
  answered_at: "timestamptz",
  outcome: "text",
  sent_by: "uuid",
};
const HANDOFF_FACT_COLUMNS = {
  handoff_id: "uuid",
  seq: "integer",
  type: "text",
  at: "timestamptz",
  data: "jsonb",
  recorded_by: "uuid",
};

/**
 * Writes the demo's reports and hand-offs in the caller's transaction (demo/index.ts writeDemo): the
 * reports in order of receipt, so the region's registration numbers (migration 0029's trigger) run in
 * that order; then the hand-offs of the measures' duties already performed, as the migration of hand-offs
 * does (handoff_backfill_measures, 0028: received outside the system), skipping those written here.
 */
export async function writeDemoReports(q: Queryable, rows: ReportRows): Promise<void> {
  const put = async (table: string, columns: Record<string, string>, r: readonly unknown[]) => {
    if (r.length > 0) await insertJson(q, table, columns, JSON.stringify(r));
  };
  await put("citizen_report", REPORT_COLUMNS, rows.reports);
  await put("citizen_report_fact", REPORT_FACT_COLUMNS, rows.reportFacts);
  await put("handoff", HANDOFF_COLUMNS, rows.handoffs);
  await put("handoff_fact", HANDOFF_FACT_COLUMNS, rows.handoffFacts);
  await q.query("SELECT handoff_backfill_measures()");
}
