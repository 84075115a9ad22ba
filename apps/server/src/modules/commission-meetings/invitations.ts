import { legalDateOf, refuse } from "@aldyn/law";
import type {
  MeetingAttendanceInput,
  MeetingInvitationCreate,
  MeetingInvitationDelivered,
} from "@aldyn/contract";
import { recordAudit } from "../../audit/record.ts";
import { AppError, notFound } from "../../errors/app-error.ts";
import type { ActCtx, MeasureDeps } from "../preventive-measures/measure-deps.ts";
import {
  activeOn,
  bumpVersion,
  loadMeeting,
  meetingDay,
  membersOf,
  refuseSigned,
  requireSecretary,
  unknown,
} from "./meeting-common.ts";

/**
 * Invites a person to the consideration of a case (001 Art. 79(6)(9); the procedure of 79(7), system
 * reading): the minor the case is about, a legal representative or another person on the case. The
 * invitation's delivery is recorded separately; the decision needs it delivered.
 */
export async function invite(
  deps: MeasureDeps,
  ctx: ActCtx,
  meetingId: string,
  body: MeetingInvitationCreate,
): Promise<string> {
  return deps.db.transaction().execute(async (trx) => {
    const m = await loadMeeting(trx, meetingId, true);
    await requireSecretary(trx, ctx, m);
    refuseSigned(m);
    const item = await trx
      .selectFrom("meeting_item")
      .select(["id", "case_id"])
      .where("id", "=", body.itemId)
      .where("meeting_id", "=", m.id)
      .executeTakeFirst();
    if (!item) throw unknown("itemId", "The agenda item");
    const person = await trx
      .selectFrom("person")
      .select("id")
      .where("id", "=", body.personId)
      .executeTakeFirst();
    if (!person) throw unknown("personId", "The person");
    if (item.case_id) await requireOnCase(trx, item.case_id, body.personId, body.role);
    if (body.sentOn > meetingDay(m))
      throw new AppError("validation.failed", "An invitation is sent before the meeting.", {
        field: "sentOn",
      });
    if (body.sentOn > legalDateOf(deps.now()))
      throw new AppError("validation.failed", "An invitation is recorded once it was sent.", {
        field: "sentOn",
      });
    const inv = await trx
      .insertInto("meeting_invitation")
      .values({
        meeting_id: m.id,
        item_id: item.id,
        person_id: body.personId,
        role: body.role,
        channel: body.channel,
        sent_on: body.sentOn,
        created_by: ctx.userId,
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    await bumpVersion(trx, m.id);
    await recordAudit(trx, ctx.audit, {
      action: "commission_meeting.invite",
      recordType: "meeting_invitation",
      recordId: inv.id,
      fields: ["person"],
    });
    return inv.id;
  });
}

/** The invited person is on the case in that role: the case's minor, or a person of the case. */
async function requireOnCase(
  trx: Parameters<typeof loadMeeting>[0],
  caseId: string,
  personId: string,
  role: MeetingInvitationCreate["role"],
): Promise<void> {
  const c = await trx
    .selectFrom("minors_case")
    .select("minor_person_id")
    .where("id", "=", caseId)
    .executeTakeFirstOrThrow();
  const p = await trx
    .selectFrom("minors_case_person")
    .select("role")
    .where("case_id", "=", caseId)
    .where("person_id", "=", personId)
    .executeTakeFirst();
  const isMinor = c.minor_person_id === personId;
  const ok =
    role === "minor"
      ? isMinor
      : role === "legal_representative"
        ? p?.role === "legal_representative" || p?.role === "parent"
        : isMinor || p !== undefined;
  if (!ok)
    throw new AppError(
      "meeting.person_not_in_case",
      role === "minor"
        ? "The minor invited is the minor the case is about."
        : "Invite a legal representative (a parent) or another person recorded on the case.",
      { field: "personId", article: "001 Art. 79(6)(9)" },
    );
}

/** Records that an invitation was delivered (not before it was sent, not after today). */
export async function markDelivered(
  deps: MeasureDeps,
  ctx: ActCtx,
  meetingId: string,
  invitationId: string,
  body: MeetingInvitationDelivered,
): Promise<void> {
  await deps.db.transaction().execute(async (trx) => {
    const m = await loadMeeting(trx, meetingId, true);
    await requireSecretary(trx, ctx, m);
    refuseSigned(m);
    const inv = await trx
      .selectFrom("meeting_invitation")
      .select(["id", "sent_on"])
      .where("id", "=", invitationId)
      .where("meeting_id", "=", m.id)
      .executeTakeFirst();
    if (!inv) throw notFound("The invitation");
    if (body.deliveredOn < inv.sent_on)
      throw new AppError("validation.failed", "Delivered before it was sent.", { field: "deliveredOn" });
    if (body.deliveredOn > legalDateOf(deps.now()))
      throw new AppError("validation.failed", "Delivery is recorded once it happened.", {
        field: "deliveredOn",
      });
    await trx
      .updateTable("meeting_invitation")
      .set({ delivered_on: body.deliveredOn })
      .where("id", "=", inv.id)
      .execute();
    await bumpVersion(trx, m.id);
    await recordAudit(trx, ctx.audit, {
      action: "commission_meeting.invitation_delivered",
      recordType: "meeting_invitation",
      recordId: inv.id,
      fields: ["deliveredOn"],
    });
  });
}

/**
 * The secretary records who of the commission is present, on the meeting day or after it (the
 * meeting is held from then and takes decisions). Members are the commission's, holding office on
 * the day (001 Art. 79(4)); the quorum is counted from it (system reading of 79(7)). Recorded again,
 * it replaces the list, until the protocol is signed.
 */
export async function recordAttendance(
  deps: MeasureDeps,
  ctx: ActCtx,
  meetingId: string,
  body: MeetingAttendanceInput,
): Promise<void> {
  await deps.db.transaction().execute(async (trx) => {
    const m = await loadMeeting(trx, meetingId, true);
    await requireSecretary(trx, ctx, m);
    refuseSigned(m);
    const day = meetingDay(m);
    if (legalDateOf(deps.now()) < day)
      throw new AppError("meeting.before_day", "Attendance is recorded on the meeting day.", {
        field: "members",
      });
    const members = new Map((await membersOf(trx, m.commission_body_id)).map((x) => [x.id, x]));
    const seen = new Set<string>();
    for (const [i, a] of body.members.entries()) {
      const mem = members.get(a.memberId);
      if (!mem || !activeOn(mem, day))
        throw AppError.fromRefusals([
          refuse(
            "minors_commission.not_a_member",
            "001 Art. 79(4)",
            "Not a member of the commission holding office on the meeting day.",
            { field: `members.${i}.memberId` },
          ),
        ]);
      if (seen.has(a.memberId))
        throw new AppError("validation.failed", "A member is listed once.", {
          field: `members.${i}.memberId`,
        });
      seen.add(a.memberId);
      if (a.present && a.absenceReason)
        throw new AppError("validation.failed", "A reason of absence is for an absent member.", {
          field: `members.${i}.absenceReason`,
        });
    }
    await trx.deleteFrom("meeting_attendance").where("meeting_id", "=", m.id).execute();
    await trx
      .insertInto("meeting_attendance")
      .values(
        body.members.map((a) => ({
          meeting_id: m.id,
          member_id: a.memberId,
          present: a.present,
          absence_reason: a.present ? null : (a.absenceReason ?? null),
        })),
      )
      .execute();
    await trx
      .updateTable("commission_meeting")
      .set({ state: "held", opened_at: m.opened_at ?? deps.now(), version: m.version + 1 })
      .where("id", "=", m.id)
      .execute();
    await recordAudit(trx, ctx.audit, {
      action: "commission_meeting.attendance",
      recordType: "commission_meeting",
      recordId: m.id,
      fields: ["attendance"],
    });
  });
}
