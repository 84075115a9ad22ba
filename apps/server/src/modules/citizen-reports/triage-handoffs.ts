import { sql, type Kysely } from "kysely";
import type { ReportHandoff } from "@aldyn/contract";
import type { Database } from "../../db/schema.ts";

const iso = (d: Date | string | null): string | null => (d ? new Date(d).toISOString() : null);

/**
 * The hand-offs sent about a report, oldest first, each with its receiving body and state; overdue
 * while the receiving body has not acknowledged it after its clock ran out (001 Art. 39(3)).
 */
export async function reportHandoffs(db: Kysely<Database>, id: string, now: Date): Promise<ReportHandoff[]> {
  const r = await sql<{
    id: string;
    ground: string;
    article: string;
    clock: string;
    receiver_body_id: string;
    name_kk: string;
    name_ru: string;
    name_en: string;
    state: string;
    sent_at: Date;
    due_at: Date;
    received_at: Date | null;
    answered_at: Date | null;
    rerouted_from_id: string | null;
  }>`SELECT h.id, h.ground, h.article, h.clock, h.receiver_body_id, b.name_kk, b.name_ru, b.name_en,
      h.state, h.sent_at, h.due_at, h.received_at, h.answered_at, h.rerouted_from_id
    FROM handoff h JOIN body b ON b.id = h.receiver_body_id
    WHERE h.record_type = 'citizen_report' AND h.record_id = ${id}::uuid
    ORDER BY h.sent_at, h.id`.execute(db);
  return r.rows.map((h) => ({
    id: h.id,
    ground: h.ground,
    article: h.article,
    clock: h.clock,
    receiverBody: { id: h.receiver_body_id, name: { kk: h.name_kk, ru: h.name_ru, en: h.name_en } },
    state: h.state,
    sentAt: iso(h.sent_at)!,
    dueAt: iso(h.due_at)!,
    overdue: h.received_at === null && h.state === "sent" && new Date(h.due_at).getTime() < now.getTime(),
    receivedAt: iso(h.received_at),
    answeredAt: iso(h.answered_at),
    reroutedFromId: h.rerouted_from_id,
  }));
}
