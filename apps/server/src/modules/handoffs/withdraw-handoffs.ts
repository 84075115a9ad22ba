import type { Transaction } from "kysely";
import { sql } from "kysely";
import { auditValues } from "../../audit/record.ts";
import type { Database } from "../../db/schema.ts";
import { AppError } from "../../errors/app-error.ts";
import type { ActCtx } from "../preventive-measures/measure-deps.ts";
import type { Executor } from "./handoff-deps.ts";

/**
 * The sender closes hand-offs it sent that turned out to be wrongly addressed — a report re-routed
 * after a wrong category (001 Art. 39(3): the facts go to the body competent for them, not to one
 * that is not). Inside the caller's transaction. Each open one (sent, received or accepted) gets a
 * `declined` fact with the reason and `withdrawn: true`, recorded by the sender's user: the law's
 * closing state without an answer, so the receiving body can do nothing more with it (the law
 * refuses anything after a decline: `handoff.already_closed`) and the timeline keeps who was told and
 * when. The law's precondition that a decline follows receipt is the receiver's; a sender withdraws
 * what was never opened too. One already answered or declined is left as it is. Only the sending
 * body withdraws: another's hand-off is a 403 `handoff.not_sender`. One statement, one audit row
 * `handoff.withdraw` per hand-off closed.
 */
export async function withdrawHandoffs(
  trx: Executor | Transaction<Database>,
  ctx: ActCtx,
  ids: readonly string[],
  reason: string,
  deps: { now?: () => Date },
): Promise<void> {
  if (ids.length === 0) return;
  if (reason.trim() === "")
    throw new AppError("validation.failed", "Say why the hand-offs are withdrawn.", { field: "reason" });
  const now = deps.now?.() ?? new Date();
  const foreign = await sql<{ id: string }>`
    SELECT id FROM handoff WHERE id = ANY (${[...ids]}::uuid[]) AND sender_body_id <> ${ctx.actor.bodyId}::uuid`.execute(
    trx,
  );
  if (foreign.rows.length > 0)
    throw new AppError("handoff.not_sender", "Only the body that sent a hand-off withdraws it.", {
      field: "ids",
    });
  const v = auditValues(ctx.audit, { action: "handoff.withdraw", recordType: "handoff", fields: ["reason"] });
  const data = JSON.stringify({ reason, withdrawn: true });
  await sql`
    WITH open AS (
      SELECT h.id FROM handoff h
       WHERE h.id = ANY (${[...ids]}::uuid[]) AND h.state IN ('sent', 'received', 'accepted')
       FOR UPDATE
    ),
    h AS (
      UPDATE handoff SET state = 'declined', declined_at = ${now}::timestamptz, decline_reason = ${reason},
        version = version + 1, updated_at = now()
        FROM open WHERE handoff.id = open.id
      RETURNING handoff.id
    ),
    f AS (
      INSERT INTO handoff_fact (handoff_id, seq, type, at, data, recorded_by)
      SELECT open.id, (SELECT count(*) FROM handoff_fact x WHERE x.handoff_id = open.id)::int, 'declined', ${now}::timestamptz, ${data}::jsonb, ${ctx.userId}::uuid
        FROM open JOIN h ON h.id = open.id
    )
    INSERT INTO audit_log (actor_id, actor_name, role, body_id, action, record_type, record_id, fields, route, ip,
      request_id)
    SELECT ${v.actor_id}::uuid, ${v.actor_name}::text, ${v.role}::text, ${v.body_id}::uuid, ${v.action}::text,
      ${v.record_type}::text, h.id::text, ${v.fields}::text[], ${v.route}::text, ${v.ip}::text, ${v.request_id}::text
      FROM h`.execute(trx);
}
