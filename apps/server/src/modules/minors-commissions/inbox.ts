import { sql } from "kysely";
import { isHandoffGroundCode, sourceOfGround } from "@aldyn/law";
import type { MinorsCaseInbox, MinorsCommissionSummary } from "@aldyn/contract";
import { recordAuditMany } from "../../audit/record.ts";
import type { ActCtx, MeasureDeps } from "../preventive-measures/measure-deps.ts";
import {
  authorize,
  commissionLinks,
  commissionRef,
  commissionResource,
  loadCommission,
  ownCommission,
  personRefs,
  type Q,
} from "./mc-common.ts";

/** Hand-offs addressed to the commission, not declined or answered, that are no case's material yet. */
const PENDING = (bodyId: string) => sql`
  h.receiver_body_id = ${bodyId}::uuid AND h.state IN ('sent', 'received', 'accepted')
  AND h.record_type <> 'minors_case'
  AND NOT EXISTS (SELECT 1 FROM minors_case_material m WHERE m.handoff_id = h.id)`;

async function pendingCount(db: Q, bodyId: string): Promise<number> {
  const r = await sql<{
    n: number;
  }>`SELECT count(*)::int AS n FROM handoff h WHERE ${PENDING(bodyId)}`.execute(db);
  return r.rows[0]?.n ?? 0;
}

/**
 * The secretary's hand-offs to open (001 Art. 79(6)(9)): what other bodies sent the commission — a
 * school's referral after a refusal of pedagogical support (78(4)), release notices (80(10)(4)), the
 * akimat's submissions (80(11)) — not yet a case's material, the oldest due first; with the minor its
 * record names and that minor's open case at the commission, which the hand-off would join. The
 * minors' names shown are audited as read.
 */
export async function caseInbox(deps: MeasureDeps, ctx: ActCtx): Promise<MinorsCaseInbox> {
  const c = await ownCommission(deps.db, ctx.actor);
  const links = await commissionLinks(deps.db);
  authorize(ctx.actor, "read_personal", commissionResource("minors_case", c.territoryPath, c.bodyId, links));
  const r = await sql<{
    id: string;
    ground: string;
    article: string;
    sender_body_id: string;
    kk: string;
    ru: string;
    en: string;
    sent_at: Date;
    due_at: Date;
    state: string;
    record_type: string;
    record_id: string;
    minor_id: string | null;
    open_case_id: string | null;
  }>`
    SELECT h.id, h.ground, h.article, h.sender_body_id, b.name_kk AS kk, b.name_ru AS ru, b.name_en AS en,
           h.sent_at, h.due_at, h.state, h.record_type, h.record_id, x.minor_id,
           (SELECT k.id FROM minors_case k WHERE k.commission_body_id = ${c.bodyId}::uuid
               AND k.minor_person_id = x.minor_id AND k.state IN ('gathering', 'ready', 'scheduled')
             ORDER BY k.opened_on DESC LIMIT 1) AS open_case_id
      FROM handoff h
      JOIN body b ON b.id = h.sender_body_id
      CROSS JOIN LATERAL (SELECT CASE h.record_type
          WHEN 'person' THEN h.record_id
          WHEN 'measure' THEN (SELECT person_id FROM measure WHERE id = h.record_id)
          WHEN 'register_entry' THEN (SELECT person_id FROM register_entry WHERE id = h.record_id)
        END AS minor_id) x
     WHERE ${PENDING(c.bodyId)}
     ORDER BY h.due_at, h.id
     LIMIT 200`.execute(deps.db);
  const names = await personRefs(
    deps.db,
    r.rows.map((h) => h.minor_id).filter((x): x is string => x !== null),
  );
  await recordAuditMany(
    deps.db,
    ctx.audit,
    r.rows
      .filter((h) => h.minor_id !== null)
      .map((h) => ({
        action: "person.read",
        recordType: "person",
        recordId: h.minor_id!,
        fields: ["fullName"],
      })),
  );
  const now = deps.now().getTime();
  return {
    items: r.rows.map((h) => ({
      handoff: {
        id: h.id,
        ground: h.ground,
        article: h.article,
        senderBody: { id: h.sender_body_id, name: { kk: h.kk, ru: h.ru, en: h.en } },
        sentAt: new Date(h.sent_at).toISOString(),
        state: h.state,
        recordType: h.record_type,
        recordId: h.record_id,
      },
      dueAt: new Date(h.due_at).toISOString(),
      overdue: h.state === "sent" && new Date(h.due_at).getTime() < now,
      minor: h.minor_id ? (names.get(h.minor_id) ?? null) : null,
      openCaseId: h.open_case_id,
      source: isHandoffGroundCode(h.ground) ? sourceOfGround(h.ground) : "handoff",
    })),
    total: await pendingCount(deps.db, c.bodyId),
  };
}

/**
 * Today's work of a commission's secretary or member for the home page: hand-offs to open, cases
 * gathering, ready and on an agenda, and the next planned meeting (commission-meetings, migration
 * 0040). A user of no commission gets zeros and no commission. Counts only: nothing personal.
 */
export async function commissionSummary(deps: MeasureDeps, ctx: ActCtx): Promise<MinorsCommissionSummary> {
  const c = await loadCommission(deps.db, ctx.actor.bodyId);
  const empty = {
    commission: null,
    handoffsToOpen: 0,
    gathering: 0,
    ready: 0,
    scheduled: 0,
    nextMeeting: null,
  };
  if (!c) return empty;
  const links = await commissionLinks(deps.db);
  authorize(ctx.actor, "read", commissionResource("minors_case", c.territoryPath, c.bodyId, links));
  const states = await sql<{ state: string; n: number }>`
    SELECT state, count(*)::int AS n FROM minors_case WHERE commission_body_id = ${c.bodyId}::uuid
       AND state IN ('gathering', 'ready', 'scheduled') GROUP BY state`.execute(deps.db);
  const n = (s: string) => states.rows.find((x) => x.state === s)?.n ?? 0;
  const next = await sql<{ id: string; scheduled_at: Date; place: string }>`
    SELECT id, scheduled_at, place FROM commission_meeting
     WHERE commission_body_id = ${c.bodyId}::uuid AND state = 'planned' AND scheduled_at >= ${deps.now()}
     ORDER BY scheduled_at LIMIT 1`.execute(deps.db);
  const m = next.rows[0];
  return {
    commission: commissionRef(c),
    handoffsToOpen: await pendingCount(deps.db, c.bodyId),
    gathering: n("gathering"),
    ready: n("ready"),
    scheduled: n("scheduled"),
    nextMeeting: m ? { id: m.id, scheduledAt: new Date(m.scheduled_at).toISOString(), place: m.place } : null,
  };
}
