import { sql, type Transaction } from "kysely";
import { interestedSubjectsOf, type IncidentFacts } from "@aldyn/law";
import type { DvIncidentHandoff } from "@aldyn/contract";
import type { Database } from "../../db/schema.ts";
import type { Db } from "../../db/pool.ts";
import type { HandoffToCompetentBody } from "../handoffs/send-handoff.ts";

/**
 * The notifications of an incident (001 Art. 72(3)(2): "within twenty-four hours, notify interested
 * subjects of prevention of infractions of the incident of domestic violence"): one hand-off to each
 * subject the law's interestedSubjectsOf names for the incident's facts, to the competent body of its
 * type covering the incident's territory, the 24 hours running from the report's receipt. Each is
 * sent where such a body is registered: the incident is recorded all the same where none is (the
 * victim's protection does not wait for a registry), and the subject left untold is shown on the
 * incident (`unnotified`) — the inspector then tells it outside the system.
 */
export function incidentHandoffs(
  incident: { readonly id: string; readonly territoryPath: string; readonly reportedAt: Date },
  facts: IncidentFacts,
  sentAt: Date,
): HandoffToCompetentBody[] {
  return interestedSubjectsOf(facts).map((s) => ({
    ground: s.ground,
    receiverBodyType: s.bodyType,
    record: { type: "dv_incident" as const, id: incident.id },
    territoryPath: incident.territoryPath,
    eventAt: incident.reportedAt,
    sentAt,
    article: s.article,
    optional: true,
  }));
}

/** The interested subjects the law requires that no hand-off of the incident reached (by body type). */
export function unnotifiedSubjects(
  facts: IncidentFacts,
  sentToTypes: readonly string[],
): { bodyType: string; article: string }[] {
  return interestedSubjectsOf(facts)
    .filter((s) => !s.optional && !sentToTypes.includes(s.bodyType))
    .map((s) => ({ bodyType: s.bodyType, article: s.article }));
}

interface HandoffViewRow {
  id: string;
  record_id: string;
  receiver_body_id: string;
  receiver_type: string;
  name_kk: string;
  name_ru: string;
  name_en: string;
  ground: string;
  article: string;
  due_at: Date;
  state: string;
  received_at: Date | null;
}

/** The incidents' notifications with their receivers and states, oldest first. */
export async function loadIncidentHandoffs(
  db: Db | Transaction<Database>,
  incidentIds: readonly string[],
  now: Date,
): Promise<Map<string, (DvIncidentHandoff & { receiverType: string })[]>> {
  const out = new Map<string, (DvIncidentHandoff & { receiverType: string })[]>();
  if (incidentIds.length === 0) return out;
  const r = await sql<HandoffViewRow>`
    SELECT h.id, h.record_id, h.receiver_body_id, b.type AS receiver_type, b.name_kk, b.name_ru, b.name_en,
      h.ground, h.article, h.due_at, h.state, h.received_at
      FROM handoff h JOIN body b ON b.id = h.receiver_body_id
     WHERE h.record_type = 'dv_incident' AND h.record_id = ANY (${[...incidentIds]}::uuid[])
     ORDER BY h.sent_at, h.id`.execute(db);
  for (const h of r.rows) {
    const list = out.get(h.record_id) ?? [];
    list.push({
      id: h.id,
      receiver: { id: h.receiver_body_id, name: { kk: h.name_kk, ru: h.name_ru, en: h.name_en } },
      receiverType: h.receiver_type,
      ground: h.ground,
      article: h.article,
      dueAt: new Date(h.due_at).toISOString(),
      state: h.state,
      receivedAt: h.received_at ? new Date(h.received_at).toISOString() : null,
      overdue: h.state === "sent" && new Date(h.due_at).getTime() < now.getTime(),
    });
    out.set(h.record_id, list);
  }
  return out;
}

/**
 * The state of an incident's notifications (72(3)(2)) in SQL, for the lists and their filters: none
 * sent; some not yet received past their due instant (overdue); some not yet received (pending); all
 * received (a declined one was answered by its re-route or the sender's own act).
 */
export function notifyStateSql(incidentIdColumn: string, now: Date) {
  const id = sql.ref(incidentIdColumn);
  return sql<"none" | "overdue" | "pending" | "received">`CASE
    WHEN NOT EXISTS (SELECT 1 FROM handoff h WHERE h.record_type = 'dv_incident' AND h.record_id = ${id}) THEN 'none'
    WHEN EXISTS (SELECT 1 FROM handoff h WHERE h.record_type = 'dv_incident' AND h.record_id = ${id}
      AND h.state = 'sent' AND h.due_at < ${now}::timestamptz) THEN 'overdue'
    WHEN EXISTS (SELECT 1 FROM handoff h WHERE h.record_type = 'dv_incident' AND h.record_id = ${id}
      AND h.state = 'sent') THEN 'pending'
    ELSE 'received' END`;
}

/** The same state from loaded hand-offs. */
export function notifyStateOf(
  handoffs: readonly Pick<DvIncidentHandoff, "state" | "overdue">[],
): "none" | "overdue" | "pending" | "received" {
  if (handoffs.length === 0) return "none";
  if (handoffs.some((h) => h.overdue)) return "overdue";
  if (handoffs.some((h) => h.state === "sent")) return "pending";
  return "received";
}
