import { sql, type Kysely } from "kysely";
import type { Database } from "../../db/schema.ts";
import { notFound } from "../../errors/app-error.ts";

/** A citizen's report as the triage use cases read it (migration 0029; R6). */
export interface ReportRow {
  readonly id: string;
  readonly registration_number: string;
  readonly channel: string;
  readonly received_at: Date;
  readonly occurred_at: Date | null;
  readonly taken_by_body_id: string | null;
  readonly territory_path: string;
  readonly district_id: string | null;
  readonly location_text: string | null;
  readonly lat: number | null;
  readonly lon: number | null;
  readonly description: string;
  readonly reporter_name: string | null;
  readonly reporter_phone: string | null;
  readonly reporter_email: string | null;
  readonly anonymous: boolean;
  readonly callback_consent: boolean | null;
  readonly call_at: Date | null;
  readonly category: string | null;
  readonly urgency: string | null;
  readonly flags: string[];
  readonly status: string;
  readonly answer_due_at: Date | null;
  readonly answered_at: Date | null;
  readonly lock_user_id: string | null;
  readonly lock_expires_at: Date | null;
  readonly duplicate_of_id: string | null;
  readonly version: number;
}

type Q = Kysely<Database>;

/** The report, or 404. `forUpdate` takes its row lock for the rest of the caller's transaction. */
export async function loadReport(db: Q, id: string, forUpdate = false): Promise<ReportRow> {
  const r =
    await sql<ReportRow>`SELECT id, registration_number, channel, received_at, occurred_at, taken_by_body_id,
      territory_path, district_id, location_text, lat, lon, description, reporter_name, reporter_phone,
      reporter_email, anonymous, callback_consent, call_at, category, urgency, flags, status,
      answer_due_at, answered_at, lock_user_id, lock_expires_at, duplicate_of_id, version
    FROM citizen_report WHERE id = ${id}::uuid ${forUpdate ? sql`FOR UPDATE` : sql``}`.execute(db);
  const row = r.rows[0];
  if (!row) throw notFound("The report");
  return { ...row, flags: row.flags ?? [], lat: num(row.lat), lon: num(row.lon) };
}

function num(v: number | string | null): number | null {
  return v === null ? null : Number(v);
}

/** A fact of a report's timeline (append-only, 0029). */
export interface NewReportFact {
  readonly type: string;
  readonly at: Date;
  readonly data: Record<string, unknown>;
  readonly recordedBy: string | null;
}

/**
 * Appends facts to a report's timeline in the caller's transaction, numbered after the last one. The
 * caller holds the report's row lock (reportForWrite), so two writers never take the same position.
 */
export async function appendReportFacts(
  trx: Q,
  reportId: string,
  facts: readonly NewReportFact[],
): Promise<void> {
  if (facts.length === 0) return;
  const rows = facts.map(
    (f, i) =>
      sql`(${i}::integer, ${f.type}, ${f.at}::timestamptz, ${JSON.stringify(f.data)}::jsonb, ${f.recordedBy}::uuid)`,
  );
  await sql`INSERT INTO citizen_report_fact (report_id, seq, type, at, data, recorded_by)
    SELECT ${reportId}::uuid, b.next + v.i, v.type, v.at, v.data, v.recorded_by
    FROM (SELECT coalesce(max(seq) + 1, 0) AS next FROM citizen_report_fact WHERE report_id = ${reportId}::uuid) b
    CROSS JOIN (VALUES ${sql.join(rows)}) AS v(i, type, at, data, recorded_by)`.execute(trx);
}

/** The body's name in the three languages. */
export async function bodyRef(db: Q, id: string) {
  const b = await db
    .selectFrom("body")
    .select(["id", "name_kk", "name_ru", "name_en"])
    .where("id", "=", id)
    .executeTakeFirst();
  return b ? { id: b.id, name: { kk: b.name_kk, ru: b.name_ru, en: b.name_en } } : null;
}

/** A district's reference with its path, or null. */
export async function districtOf(db: Q, id: string) {
  const t = await db
    .selectFrom("territory")
    .select(["id", "path", "level", "name_kk", "name_ru", "name_en"])
    .where("id", "=", id)
    .executeTakeFirst();
  return t
    ? { id: t.id, path: t.path, level: t.level, name: { kk: t.name_kk, ru: t.name_ru, en: t.name_en } }
    : null;
}
