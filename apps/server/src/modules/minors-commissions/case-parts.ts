import { sql } from "kysely";
import type { MinorsCaseDetail, MinorsCaseMaterial } from "@aldyn/contract";
import type { Q } from "./mc-common.ts";

const iso = (d: Date | string | null): string | null => (d === null ? null : new Date(d).toISOString());

/** A case's materials in the order received, a hand-off's with its ground, sender and state. */
export async function caseMaterials(db: Q, caseId: string): Promise<MinorsCaseMaterial[]> {
  const r = await sql<{
    id: string;
    seq: number;
    kind: MinorsCaseMaterial["kind"];
    title: string;
    note: string | null;
    received_on: string;
    measure_id: string | null;
    attachment_id: string | null;
    added_at: Date;
    h_id: string | null;
    ground: string | null;
    article: string | null;
    sender_body_id: string | null;
    s_kk: string | null;
    s_ru: string | null;
    s_en: string | null;
    sent_at: Date | null;
    h_state: string | null;
    record_type: string | null;
    record_id: string | null;
  }>`
    SELECT m.id, m.seq, m.kind, m.title, m.note, m.received_on, m.measure_id, m.attachment_id, m.added_at,
           h.id AS h_id, h.ground, h.article, h.sender_body_id, s.name_kk AS s_kk, s.name_ru AS s_ru,
           s.name_en AS s_en, h.sent_at, h.state AS h_state, h.record_type, h.record_id
      FROM minors_case_material m
      LEFT JOIN handoff h ON h.id = m.handoff_id
      LEFT JOIN body s ON s.id = h.sender_body_id
     WHERE m.case_id = ${caseId}::uuid ORDER BY m.seq`.execute(db);
  return r.rows.map((m) => ({
    id: m.id,
    seq: m.seq,
    kind: m.kind,
    title: m.title,
    note: m.note,
    receivedOn: m.received_on,
    handoff:
      m.h_id === null
        ? null
        : {
            id: m.h_id,
            ground: m.ground!,
            article: m.article!,
            senderBody: { id: m.sender_body_id!, name: { kk: m.s_kk!, ru: m.s_ru!, en: m.s_en! } },
            sentAt: iso(m.sent_at)!,
            state: m.h_state!,
            recordType: m.record_type!,
            recordId: m.record_id!,
          },
    measureId: m.measure_id,
    attachmentId: m.attachment_id,
    addedAt: iso(m.added_at)!,
  }));
}

export async function caseEvents(db: Q, caseId: string): Promise<MinorsCaseDetail["events"]> {
  const r = await sql<{
    seq: number;
    type: MinorsCaseDetail["events"][number]["type"];
    at: Date;
    note: string | null;
    by_name: string | null;
  }>`
    SELECT e.seq, e.type, e.at, e.note, u.full_name AS by_name
      FROM minors_case_event e LEFT JOIN app_user u ON u.id = e.by
     WHERE e.case_id = ${caseId}::uuid ORDER BY e.seq`.execute(db);
  return r.rows.map((e) => ({ seq: e.seq, type: e.type, at: iso(e.at)!, note: e.note, byName: e.by_name }));
}

/**
 * The items of meetings that considered the case (commission-meetings, migration 0040), with the
 * decision when taken; final once the protocol is signed by the chair and the secretary (79(4)).
 */
export async function caseDecisions(db: Q, caseId: string): Promise<MinorsCaseDetail["decisions"]> {
  const r = await sql<{
    meeting_id: string;
    number: number | null;
    scheduled_at: Date;
    item_id: string;
    decision: string | null;
    article: string | null;
    decision_text: string | null;
    final: boolean;
  }>`
    SELECT m.id AS meeting_id, m.number, m.scheduled_at, i.id AS item_id, i.decision, i.article, i.decision_text,
           (m.chair_signed_at IS NOT NULL AND m.secretary_signed_at IS NOT NULL) AS final
      FROM meeting_item i JOIN commission_meeting m ON m.id = i.meeting_id
     WHERE i.case_id = ${caseId}::uuid AND m.state <> 'cancelled'
     ORDER BY m.scheduled_at, i.seq`.execute(db);
  return r.rows.map((d) => ({
    meetingId: d.meeting_id,
    meetingNumber: d.number,
    meetingOn: iso(d.scheduled_at)!,
    itemId: d.item_id,
    decision: d.decision,
    article: d.article,
    text: d.decision_text,
    final: d.final,
  }));
}

/** The decisions' follow-up duties: hand-offs naming the case (ground minors_commission.decision_duty). */
export async function caseDuties(db: Q, caseId: string): Promise<MinorsCaseDetail["duties"]> {
  const r = await sql<{
    id: string;
    receiver_body_id: string;
    kk: string;
    ru: string;
    en: string;
    due_at: Date;
    state: string;
    outcome: string | null;
  }>`
    SELECT h.id, h.receiver_body_id, b.name_kk AS kk, b.name_ru AS ru, b.name_en AS en, h.due_at, h.state, h.outcome
      FROM handoff h JOIN body b ON b.id = h.receiver_body_id
     WHERE h.record_type = 'minors_case' AND h.record_id = ${caseId}::uuid
     ORDER BY h.due_at, h.id`.execute(db);
  return r.rows.map((h) => ({
    handoffId: h.id,
    receiverBody: { id: h.receiver_body_id, name: { kk: h.kk, ru: h.ru, en: h.en } },
    dueAt: iso(h.due_at)!,
    state: h.state,
    outcome: h.outcome,
  }));
}
