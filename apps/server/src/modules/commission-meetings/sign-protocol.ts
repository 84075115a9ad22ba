import { sql } from "kysely";
import {
  commissionDecisionInfo,
  endOfLegalDate,
  type CommissionVote,
  type LegalDate,
  type Refusal,
} from "@aldyn/law";
import type { MeetingSign } from "@aldyn/contract";
import { recordAudit } from "../../audit/record.ts";
import { AppError } from "../../errors/app-error.ts";
import type { ActCtx, MeasureDeps } from "../preventive-measures/measure-deps.ts";
import { sendHandoffs, type HandoffToSend } from "../handoffs/send-handoff.ts";
import { scheduleCases } from "./agenda.ts";
import {
  caseEvent,
  label,
  loadMeeting,
  requireSecretary,
  setCaseState,
  type MeetingRow,
  type Q,
} from "./meeting-common.ts";
import { decisionRefusals, DUTY_GROUND } from "./record-decision.ts";

/** The chair signs: the user linked to the commission's active chair (001 Art. 79(4)). */
async function requireChair(trx: Q, ctx: ActCtx, m: MeetingRow): Promise<void> {
  const chair = await trx
    .selectFrom("commission_member")
    .select("id")
    .where("commission_body_id", "=", m.commission_body_id)
    .where("role", "=", "chair")
    .where("ended_on", "is", null)
    .where("user_id", "=", ctx.userId)
    .executeTakeFirst();
  if (!chair)
    throw new AppError("meeting.not_chair", "The protocol is signed as chair by the commission's chair.", {
      article: "001 Art. 79(4)",
    });
}

/**
 * Every item has its decision and each passes the law's check again with the votes as they are now
 * (a member may have changed its own vote); refusals name the item by its place on the agenda.
 */
async function checkAllDecided(trx: Q, m: MeetingRow): Promise<void> {
  const items = await trx
    .selectFrom("meeting_item")
    .select(["id", "kind", "case_id", "seq", "decision"])
    .where("meeting_id", "=", m.id)
    .orderBy("seq")
    .execute();
  const undecided = items.filter((i) => i.decision === null);
  if (undecided.length > 0)
    throw new AppError(
      "meeting.items_undecided",
      "Every item of the agenda needs its decision before signing.",
      {
        field: `items.${undecided[0]!.seq}`,
        article: "001 Art. 79(6)(9)",
        details: undecided.map((i) => ({
          field: `items.${i.seq}`,
          code: "meeting.items_undecided",
          message: "No decision.",
        })),
      },
    );
  const all: Refusal[] = [];
  for (const item of items) {
    const votes = await trx
      .selectFrom("meeting_vote")
      .select(["member_id", "vote"])
      .where("item_id", "=", item.id)
      .execute();
    const duties = await trx
      .selectFrom("decision_duty")
      .select(["responsible_body_id", "what", "due_on"])
      .where("item_id", "=", item.id)
      .execute();
    const refusals = await decisionRefusals(
      trx,
      m,
      item,
      {
        code: item.decision!,
        votes: votes.map((v) => ({ memberId: v.member_id, vote: v.vote as CommissionVote })),
      },
      duties.map((d) => ({ responsibleBodyId: d.responsible_body_id, what: d.what, dueOn: d.due_on })),
    );
    all.push(...refusals.map((r) => ({ ...r, field: `items.${item.seq}.${r.field ?? ""}` })));
  }
  if (all.length > 0) throw AppError.fromRefusals(all);
}

/**
 * The protocol is signed by the chair and the secretary (001 Art. 79(4)). With the second signature
 * the decisions are final: each case goes where its decision sends it (decided; a postponed case back
 * to ready and onto the next planned meeting's agenda; request_materials back to gathering — system
 * reading of 79(7)), and each duty is sent to its body as a hand-off minors_commission.decision_duty
 * due at the end of its day (79(6)(1)) — all in one transaction with the signature.
 */
export async function signProtocol(
  deps: MeasureDeps,
  ctx: ActCtx,
  meetingId: string,
  body: MeetingSign,
): Promise<void> {
  await deps.db.transaction().execute(async (trx) => {
    const m = await loadMeeting(trx, meetingId, true);
    if (m.closed_at !== null)
      throw new AppError("meeting.protocol_signed", "The protocol is signed.", { article: "001 Art. 79(4)" });
    if (m.state !== "held")
      throw new AppError("meeting.not_held", "Only the protocol of a held meeting is signed.", {
        article: "001 Art. 79(4)",
      });
    if (body.as === "chair") await requireChair(trx, ctx, m);
    else await requireSecretary(trx, ctx, m);
    const already = body.as === "chair" ? m.chair_signed_at : m.secretary_signed_at;
    if (already !== null)
      throw new AppError("meeting.already_signed", "The protocol already carries this signature.", {
        field: "as",
      });
    await checkAllDecided(trx, m);
    const now = deps.now();
    const other = body.as === "chair" ? m.secretary_signed_at : m.chair_signed_at;
    await trx
      .updateTable("commission_meeting")
      .set({
        ...(body.as === "chair"
          ? { chair_signed_at: now, chair_signed_by: ctx.userId }
          : { secretary_signed_at: now, secretary_signed_by: ctx.userId }),
        ...(other !== null ? { closed_at: now } : {}),
        version: m.version + 1,
      })
      .where("id", "=", m.id)
      .execute();
    if (other !== null) await finalise(trx, deps, ctx, m, now);
    await recordAudit(trx, ctx.audit, {
      action: "commission_meeting.sign",
      recordType: "commission_meeting",
      recordId: m.id,
      fields: [body.as],
    });
  });
}

async function finalise(trx: Q, deps: MeasureDeps, ctx: ActCtx, m: MeetingRow, now: Date): Promise<void> {
  const items = await trx
    .selectFrom("meeting_item as i")
    .innerJoin("minors_case as c", "c.id", "i.case_id")
    .select(["i.id", "i.case_id", "i.decision", "c.territory_path"])
    .where("i.meeting_id", "=", m.id)
    .orderBy("i.seq")
    .execute();
  const next = await trx
    .selectFrom("commission_meeting")
    .select(["id", "number", "year"])
    .where("commission_body_id", "=", m.commission_body_id)
    .where("state", "=", "planned")
    .where("scheduled_at", ">", m.scheduled_at)
    .orderBy("scheduled_at")
    .executeTakeFirst();
  const postponed: string[] = [];
  for (const it of items) {
    const caseId = it.case_id!;
    const info = commissionDecisionInfo(it.decision!)!;
    await setCaseState(trx, caseId, info.caseStateAfter);
    await caseEvent(
      trx,
      caseId,
      info.caseStateAfter === "decided" ? "decided" : "returned",
      ctx.userId,
      `${info.id} (meeting ${label(m)})`,
    );
    if (info.caseStateAfter === "ready") postponed.push(caseId);
  }
  if (next && postponed.length > 0) {
    await sql`SELECT 1 FROM commission_meeting WHERE id = ${next.id}::uuid FOR UPDATE`.execute(trx);
    await scheduleCases(trx, ctx, next, postponed);
  }
  const duties = await trx
    .selectFrom("decision_duty as d")
    .innerJoin("meeting_item as i", "i.id", "d.item_id")
    .innerJoin("minors_case as c", "c.id", "i.case_id")
    .select(["d.id", "d.responsible_body_id", "d.due_on", "c.id as case_id", "c.territory_path"])
    .where("i.meeting_id", "=", m.id)
    .orderBy("i.seq")
    .orderBy("d.seq")
    .execute();
  if (duties.length === 0) return;
  const toSend: HandoffToSend[] = duties.map((d) => ({
    ground: DUTY_GROUND,
    receiverBodyId: d.responsible_body_id,
    record: { type: "minors_case", id: d.case_id },
    territoryPath: d.territory_path,
    eventAt: now,
    dueAt: endOfLegalDate(d.due_on as LegalDate),
    sentAt: now,
  }));
  // The commission sends them, whoever of its chair and secretary signed last.
  const asCommission: ActCtx = { ...ctx, actor: { ...ctx.actor, bodyId: m.commission_body_id } };
  const sent = await sendHandoffs(trx, asCommission, toSend, {
    workCalendar: deps.workCalendar,
    now: deps.now,
  });
  for (const [i, d] of duties.entries())
    await trx.updateTable("decision_duty").set({ handoff_id: sent[i]!.id }).where("id", "=", d.id).execute();
}
