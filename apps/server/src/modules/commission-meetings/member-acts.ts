import { sql } from "kysely";
import { refuse } from "@aldyn/law";
import type { MeetingDissentInput, MeetingOwnVote } from "@aldyn/contract";
import { recordAudit } from "../../audit/record.ts";
import { AppError } from "../../errors/app-error.ts";
import type { ActCtx, MeasureDeps } from "../preventive-measures/measure-deps.ts";
import {
  activeOn,
  bumpVersion,
  isVoting,
  loadMeeting,
  meetingDay,
  membersOf,
  PROCEDURE_ARTICLE,
  refuseSigned,
  type MemberRow,
  type MeetingRow,
  type Q,
} from "./meeting-common.ts";
import { itemOf } from "./record-decision.ts";

/** The voting member the user is at this meeting: linked to the member row, holding office on the day. */
async function votingMember(trx: Q, ctx: ActCtx, m: MeetingRow): Promise<MemberRow> {
  const day = meetingDay(m);
  const mine = (await membersOf(trx, m.commission_body_id)).find(
    (x) => x.user_id === ctx.userId && isVoting(x) && activeOn(x, day),
  );
  if (!mine)
    throw new AppError(
      "meeting.not_member",
      "Only a voting member of the commission holding office on the meeting day votes and gives a dissenting opinion.",
      { article: PROCEDURE_ARTICLE },
    );
  return mine;
}

async function present(trx: Q, meetingId: string, memberId: string): Promise<boolean> {
  const a = await trx
    .selectFrom("meeting_attendance")
    .select("present")
    .where("meeting_id", "=", meetingId)
    .where("member_id", "=", memberId)
    .executeTakeFirst();
  return a?.present === true;
}

async function heldAndOpen(trx: Q, meetingId: string): Promise<MeetingRow> {
  const m = await loadMeeting(trx, meetingId, true);
  refuseSigned(m);
  if (m.state !== "held")
    throw new AppError("meeting.not_held", "Members vote at the meeting, once the attendance is recorded.", {
      article: PROCEDURE_ARTICLE,
    });
  return m;
}

/**
 * A member present casts or changes its own vote on an item until the protocol is signed (system
 * reading of 001 Art. 79(7)); signing checks every decision again with the votes as they are then.
 */
export async function castOwnVote(
  deps: MeasureDeps,
  ctx: ActCtx,
  meetingId: string,
  itemId: string,
  body: MeetingOwnVote,
): Promise<void> {
  await deps.db.transaction().execute(async (trx) => {
    const m = await heldAndOpen(trx, meetingId);
    const me = await votingMember(trx, ctx, m);
    const item = await itemOf(trx, m, itemId);
    if (!(await present(trx, m.id, me.id)))
      throw AppError.fromRefusals([
        refuse(
          "minors_commission.voter_absent",
          PROCEDURE_ARTICLE,
          "Only members present at the meeting vote.",
          {
            field: "vote",
          },
        ),
      ]);
    await sql`INSERT INTO meeting_vote (item_id, member_id, vote, recorded_by)
      VALUES (${item.id}::uuid, ${me.id}::uuid, ${body.vote}, ${ctx.userId}::uuid)
      ON CONFLICT (item_id, member_id) DO UPDATE SET vote = excluded.vote, recorded_by = excluded.recorded_by,
        recorded_at = now()`.execute(trx);
    await bumpVersion(trx, m.id);
    await recordAudit(trx, ctx.audit, {
      action: "commission_meeting.vote",
      recordType: "meeting_item",
      recordId: item.id,
      fields: ["vote"],
    });
  });
}

/** A member's dissenting opinion on an item, attached to the protocol; given again, it replaces it. */
export async function recordDissent(
  deps: MeasureDeps,
  ctx: ActCtx,
  meetingId: string,
  itemId: string,
  body: MeetingDissentInput,
): Promise<void> {
  await deps.db.transaction().execute(async (trx) => {
    const m = await heldAndOpen(trx, meetingId);
    const me = await votingMember(trx, ctx, m);
    const item = await itemOf(trx, m, itemId);
    await sql`INSERT INTO meeting_dissent (item_id, member_id, text, recorded_by)
      VALUES (${item.id}::uuid, ${me.id}::uuid, ${body.text}, ${ctx.userId}::uuid)
      ON CONFLICT (item_id, member_id) DO UPDATE SET text = excluded.text, recorded_at = now()`.execute(trx);
    await bumpVersion(trx, m.id);
    await recordAudit(trx, ctx.audit, {
      action: "commission_meeting.dissent",
      recordType: "meeting_item",
      recordId: item.id,
      fields: ["dissent"],
    });
  });
}
