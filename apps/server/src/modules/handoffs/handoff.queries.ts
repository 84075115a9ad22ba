import { sql, type RawBuilder } from "kysely";
import type { HandoffFact, HandoffFactType } from "@aldyn/law";
import type { HandoffRecordType, HandoffRow } from "@aldyn/contract";
import type { Executor } from "./handoff-deps.ts";

/** A hand-off's own columns as the use cases read them. */
export interface HandoffRecord {
  readonly id: string;
  readonly ground: string;
  readonly article: string;
  readonly clock: string | null;
  readonly sender_body_id: string;
  readonly receiver_body_id: string;
  readonly record_type: HandoffRecordType;
  readonly record_id: string;
  readonly territory_path: string;
  readonly event_at: Date;
  readonly sent_at: Date;
  readonly due_at: Date;
  readonly state: string;
  readonly received_at: Date | null;
  readonly accepted_at: Date | null;
  readonly declined_at: Date | null;
  readonly decline_reason: string | null;
  readonly answered_at: Date | null;
  readonly outcome: string | null;
  readonly rerouted_from_id: string | null;
  readonly version: number;
}

/** A stored fact: the law's fields are in `data`. */
export interface HandoffFactRow {
  readonly seq: number;
  readonly type: HandoffFactType;
  readonly at: string;
  readonly data: { reason?: string; outcome?: string; reroutedToId?: string; reroutedToBodyId?: string };
  readonly by_name: string | null;
  readonly by_body_id: string | null;
  readonly by_body: { kk: string; ru: string; en: string } | null;
}

/** The law's view of a stored fact. */
export function factOfRow(f: HandoffFactRow): HandoffFact {
  return {
    type: f.type,
    at: new Date(f.at),
    ...(f.data.reason !== undefined ? { reason: f.data.reason } : {}),
    ...(f.data.outcome !== undefined ? { outcome: f.data.outcome } : {}),
    ...(f.data.reroutedToBodyId !== undefined ? { reroutedToBodyId: f.data.reroutedToBodyId } : {}),
  };
}

/** A hand-off with its facts in order, read in one statement (null: no such id). */
export async function loadHandoff(
  db: Executor,
  id: string,
): Promise<{ row: HandoffRecord; facts: HandoffFactRow[] } | null> {
  const r = await sql<HandoffRecord & { facts: HandoffFactRow[] }>`
    SELECT h.*, coalesce((
      SELECT json_agg(json_build_object('seq', f.seq, 'type', f.type, 'at', f.at, 'data', f.data,
               'by_name', u.full_name, 'by_body_id', u.body_id,
               'by_body', CASE WHEN b.id IS NULL THEN NULL
                               ELSE json_build_object('kk', b.name_kk, 'ru', b.name_ru, 'en', b.name_en) END)
             ORDER BY f.seq)
        FROM handoff_fact f LEFT JOIN app_user u ON u.id = f.recorded_by LEFT JOIN body b ON b.id = u.body_id
       WHERE f.handoff_id = h.id), '[]') AS facts
      FROM handoff h WHERE h.id = ${id}::uuid`.execute(db);
  const row = r.rows[0];
  if (!row) return null;
  const { facts, ...rest } = row;
  return { row: rest, facts };
}

/** The columns of a HandoffRow, for lists and the detail: names of both bodies and the record's label. */
export interface HandoffRowData extends HandoffRecord {
  readonly s_kk: string;
  readonly s_ru: string;
  readonly s_en: string;
  readonly r_kk: string;
  readonly r_ru: string;
  readonly r_en: string;
  readonly label: string | null;
  readonly kind: string | null;
  readonly overdue: boolean;
}

/**
 * The select of HandoffRow columns over `from` (a subquery of hand-offs, aliased h). The record is
 * named without personal data: a measure's or a register entry's registration number and kind or
 * ground, a report's registration number and category; a person by nothing but its type.
 */
export function rowSelect(from: RawBuilder<unknown>, now: Date): RawBuilder<HandoffRowData> {
  return sql<HandoffRowData>`
    SELECT h.*, sb.name_kk AS s_kk, sb.name_ru AS s_ru, sb.name_en AS s_en,
           rb.name_kk AS r_kk, rb.name_ru AS r_ru, rb.name_en AS r_en,
           lbl.label, lbl.kind, (h.state = 'sent' AND h.due_at < ${now}::timestamptz) AS overdue
      FROM ${from} h
      JOIN body sb ON sb.id = h.sender_body_id
      JOIN body rb ON rb.id = h.receiver_body_id
      LEFT JOIN LATERAL (
        SELECT m.registration_number AS label, m.kind FROM measure m
         WHERE h.record_type = 'measure' AND m.id = h.record_id
        UNION ALL
        SELECT e.registration_number, e.ground FROM register_entry e
         WHERE h.record_type = 'register_entry' AND e.id = h.record_id
        UNION ALL
        SELECT c.registration_number, c.category FROM citizen_report c
         WHERE h.record_type = 'citizen_report' AND c.id = h.record_id
        UNION ALL
        -- An assistance plan is its measure (001 Art. 55(1)): its number; the record type names it.
        SELECT m.registration_number, NULL FROM measure m
         WHERE h.record_type = 'assistance_plan' AND m.id = h.record_id
        LIMIT 1) lbl ON true`;
}

const iso = (d: Date | string | null): string | null => (d === null ? null : new Date(d).toISOString());

export function toRow(h: HandoffRowData): HandoffRow {
  return {
    id: h.id,
    ground: h.ground,
    article: h.article,
    clock: h.clock,
    senderBody: { id: h.sender_body_id, name: { kk: h.s_kk, ru: h.s_ru, en: h.s_en } },
    receiverBody: { id: h.receiver_body_id, name: { kk: h.r_kk, ru: h.r_ru, en: h.r_en } },
    record: { type: h.record_type, id: h.record_id, label: h.label, kind: h.kind },
    state: h.state,
    sentAt: iso(h.sent_at)!,
    dueAt: iso(h.due_at)!,
    overdue: h.overdue,
    receivedAt: iso(h.received_at),
    answeredAt: iso(h.answered_at),
    reroutedFromId: h.rerouted_from_id,
    version: h.version,
  };
}

/** One hand-off as a row (null: no such id). */
export async function readRow(db: Executor, id: string, now: Date): Promise<HandoffRowData | null> {
  const r = await rowSelect(sql`(SELECT * FROM handoff WHERE id = ${id}::uuid)`, now).execute(db);
  return r.rows[0] ?? null;
}

/**
 * The hand-offs of a record (a report's page lists them, R6): every body it went to, re-routes
 * included, in the order sent. The caller decides who may read the record; the rows hold no personal data.
 */
export async function handoffRowsOfRecord(
  db: Executor,
  recordType: HandoffRecordType,
  recordId: string,
  now: Date = new Date(),
): Promise<HandoffRow[]> {
  const r = await rowSelect(
    sql`(SELECT * FROM handoff WHERE record_type = ${recordType} AND record_id = ${recordId}::uuid)`,
    now,
  ).execute(db);
  return r.rows
    .sort((a, b) => +new Date(a.sent_at) - +new Date(b.sent_at) || a.id.localeCompare(b.id))
    .map(toRow);
}
