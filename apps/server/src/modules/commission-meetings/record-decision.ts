import { sql } from "kysely";
import {
  checkDecision,
  commissionDecisionInfo,
  HANDOFF_GROUNDS,
  receivingBodyTypes,
  type CommissionVote,
  type LegalDate,
  type Refusal,
} from "@aldyn/law";
import type { MeetingDecisionInput } from "@aldyn/contract";
import { recordAudit } from "../../audit/record.ts";
import { AppError, notFound } from "../../errors/app-error.ts";
import type { ActCtx, MeasureDeps } from "../preventive-measures/measure-deps.ts";
import {
  bumpVersion,
  loadMeeting,
  meetingDay,
  quorumNow,
  refuseSigned,
  requireSecretary,
  unknown,
  type MeetingRow,
  type Q,
} from "./meeting-common.ts";

export const DUTY_GROUND = "minors_commission.decision_duty";

/** An item and what its decision is checked against. */
interface ItemFacts {
  readonly id: string;
  readonly kind: "case" | "report_heard" | "other";
  readonly case_id: string | null;
  readonly seq: number;
}

async function itemOf(trx: Q, m: MeetingRow, itemId: string): Promise<ItemFacts> {
  const item = await trx
    .selectFrom("meeting_item")
    .select(["id", "kind", "case_id", "seq"])
    .where("id", "=", itemId)
    .where("meeting_id", "=", m.id)
    .executeTakeFirst();
  if (!item) throw notFound("The agenda item");
  return item;
}

/**
 * The law's check of a decision on an item (001 Art. 79(6)(9) with the procedure of 79(7), system
 * reading): quorum now, the minor and a legal representative invited with delivery recorded by the
 * meeting day, the votes of voting members holding office on the day and present, adoption by a
 * majority (the chair decides a tie), the duties complete and not due before the day.
 */
export async function decisionRefusals(
  trx: Q,
  m: MeetingRow,
  item: ItemFacts,
  decision: { code: string; votes: readonly { memberId: string; vote: CommissionVote }[] },
  duties: readonly { responsibleBodyId: string | null; what: string; dueOn: string }[],
): Promise<Refusal[]> {
  const day = meetingDay(m);
  const q = await quorumNow(trx, m);
  const invs = await trx
    .selectFrom("meeting_invitation")
    .select(["role", "delivered_on"])
    .where("item_id", "=", item.id)
    .execute();
  const delivered = (role: string) =>
    invs.some((i) => i.role === role && i.delivered_on !== null && i.delivered_on <= day);
  return checkDecision({
    decision: decision.code,
    quorate: q.quorate,
    itemConcernsMinor: item.kind === "case",
    minorInvitedDelivered: delivered("minor"),
    representativeInvitedDelivered: delivered("legal_representative"),
    votes: decision.votes,
    memberIdsOfCommission: q.votingIds,
    presentMemberIds: q.presentIds,
    duties: duties.map((d) => ({ ...d, dueOn: d.dueOn as LegalDate })),
    meetingDay: day,
    chairMemberId: q.chairId,
  });
}

/** The votes an item has with `given` laid over them (a member may have cast its own before). */
async function mergedVotes(trx: Q, itemId: string, given: MeetingDecisionInput["votes"]) {
  const have = await trx
    .selectFrom("meeting_vote")
    .select(["member_id", "vote"])
    .where("item_id", "=", itemId)
    .execute();
  const votes = new Map(have.map((v) => [v.member_id, v.vote as CommissionVote]));
  const out = [...votes.entries()].map(([memberId, vote]) => ({ memberId, vote }));
  const givenIds = new Set(given.map((v) => v.memberId));
  return [...out.filter((v) => !givenIds.has(v.memberId)), ...given];
}

/** Each duty's body exists and is one the ground may be sent to (handoff grounds, 79(6)(1)). */
async function requireDutyBodies(trx: Q, duties: MeetingDecisionInput["duties"]): Promise<void> {
  if (duties.length === 0) return;
  const g = HANDOFF_GROUNDS[DUTY_GROUND];
  const allowed = receivingBodyTypes(g.receiverBodyTypes) as readonly string[];
  const bodies = await trx
    .selectFrom("body")
    .select(["id", "type"])
    .where("id", "in", [...new Set(duties.map((d) => d.responsibleBodyId))])
    .execute();
  const types = new Map(bodies.map((b) => [b.id, b.type]));
  for (const [i, d] of duties.entries()) {
    const type = types.get(d.responsibleBodyId);
    if (!type) throw unknown(`duties.${i}.responsibleBodyId`, "The body");
    if (!allowed.includes(type))
      throw new AppError(
        "handoff.receiver_not_competent",
        `A body of the type ${type} is not given such duties.`,
        {
          field: `duties.${i}.responsibleBodyId`,
          article: g.article,
        },
      );
  }
}

/**
 * Records the decision on an agenda item (R4.1): the decision from the closed list with its article,
 * its text, the votes, who was heard, which invited persons attended, and the follow-up duties. The
 * law checks it first (checkDecision); a refusal is a 422 naming the field and nothing is written.
 * Recorded again before the protocol is signed, it replaces the item's decision. The case's state
 * and the duties' hand-offs follow when the protocol is signed (sign-protocol.ts).
 */
export async function recordDecision(
  deps: MeasureDeps,
  ctx: ActCtx,
  meetingId: string,
  itemId: string,
  body: MeetingDecisionInput,
): Promise<void> {
  await deps.db.transaction().execute(async (trx) => {
    const m = await loadMeeting(trx, meetingId, true);
    await requireSecretary(trx, ctx, m);
    refuseSigned(m);
    if (m.state !== "held")
      throw new AppError(
        "meeting.not_held",
        "Record the attendance first: decisions are taken at a held meeting.",
        {
          field: "attendance",
          article: "001 Art. 79(7)",
        },
      );
    const item = await itemOf(trx, m, itemId);
    if (body.duties.length > 0 && item.kind !== "case")
      throw new AppError("meeting.duties_need_case", "Follow-up duties are given on a case.", {
        field: "duties",
        article: "001 Art. 79(6)(1)",
      });
    await requireDutyBodies(trx, body.duties);
    const invs = await trx
      .selectFrom("meeting_invitation")
      .select(["id", "person_id"])
      .where("item_id", "=", item.id)
      .execute();
    const invIds = new Set(invs.map((i) => i.id));
    const badInv = body.attendedInvitationIds.findIndex((id) => !invIds.has(id));
    if (badInv >= 0) throw unknown(`attendedInvitationIds.${badInv}`, "The invitation of this item");
    const heard = await heardRows(trx, body.heard);
    const votes = await mergedVotes(trx, item.id, body.votes);
    const refusals = await decisionRefusals(trx, m, item, { code: body.decision, votes }, body.duties);
    if (refusals.length > 0) throw AppError.fromRefusals(refusals);
    const info = commissionDecisionInfo(body.decision)!;
    await trx
      .updateTable("meeting_item")
      .set({
        decision: info.id,
        decision_text: body.text,
        article: info.article,
        decided_at: deps.now(),
        decided_by: ctx.userId,
      })
      .where("id", "=", item.id)
      .execute();
    for (const v of body.votes)
      await sql`INSERT INTO meeting_vote (item_id, member_id, vote, recorded_by)
        VALUES (${item.id}::uuid, ${v.memberId}::uuid, ${v.vote}, ${ctx.userId}::uuid)
        ON CONFLICT (item_id, member_id) DO UPDATE SET vote = excluded.vote, recorded_by = excluded.recorded_by,
          recorded_at = now()`.execute(trx);
    await trx.deleteFrom("meeting_heard").where("item_id", "=", item.id).execute();
    if (heard.length > 0)
      await trx
        .insertInto("meeting_heard")
        .values(heard.map((h, i) => ({ item_id: item.id, seq: i + 1, ...h })))
        .execute();
    await trx.deleteFrom("decision_duty").where("item_id", "=", item.id).execute();
    if (body.duties.length > 0)
      await trx
        .insertInto("decision_duty")
        .values(
          body.duties.map((d, i) => ({
            item_id: item.id,
            seq: i + 1,
            responsible_body_id: d.responsibleBodyId,
            what: d.what,
            due_on: d.dueOn,
          })),
        )
        .execute();
    const attended = new Set(body.attendedInvitationIds);
    const heardPersons = new Set(heard.map((h) => h.person_id).filter((p) => p !== null));
    for (const inv of invs)
      await trx
        .updateTable("meeting_invitation")
        .set({
          attended: attended.has(inv.id),
          heard: attended.has(inv.id) && heardPersons.has(inv.person_id),
        })
        .where("id", "=", inv.id)
        .execute();
    await bumpVersion(trx, m.id);
    await recordAudit(trx, ctx.audit, {
      action: "commission_meeting.decision",
      recordType: "meeting_item",
      recordId: item.id,
      fields: ["decision", "votes", "heard", "duties"],
    });
  });
}

/** Who was heard, as the protocol names them: a person on record by name, or as given. */
async function heardRows(trx: Q, heard: MeetingDecisionInput["heard"]) {
  const out: { person_id: string | null; who: string; body_id: string | null; summary: string }[] = [];
  for (const [i, h] of heard.entries()) {
    let who = h.who ?? null;
    if (h.personId) {
      const p = await trx
        .selectFrom("person")
        .select(["last_name_cyr", "first_name_cyr", "middle_name_cyr"])
        .where("id", "=", h.personId)
        .executeTakeFirst();
      if (!p) throw unknown(`heard.${i}.personId`, "The person");
      who ??= [p.last_name_cyr, p.first_name_cyr, p.middle_name_cyr].filter(Boolean).join(" ");
    }
    if (h.bodyId) {
      const b = await trx.selectFrom("body").select("id").where("id", "=", h.bodyId).executeTakeFirst();
      if (!b) throw unknown(`heard.${i}.bodyId`, "The body");
    }
    if (!who) throw new AppError("validation.failed", "Name who was heard.", { field: `heard.${i}.who` });
    out.push({ person_id: h.personId ?? null, who, body_id: h.bodyId ?? null, summary: h.summary });
  }
  return out;
}

export { itemOf };
