import { COMMISSION_RULES, decisionAdopted, protocolState, type CommissionVote } from "@aldyn/law";
import type { CommissionMeeting, MeetingItem } from "@aldyn/contract";
import { can } from "../../access/can.ts";
import { recordAudit } from "../../audit/record.ts";
import type { ActCtx, MeasureDeps } from "../preventive-measures/measure-deps.ts";
import {
  activeOn,
  commissionResource,
  isSecretaryOf,
  isVoting,
  label,
  loadMeeting,
  meetingDay,
  membersOf,
  quorumNow,
  requireReader,
  type Q,
} from "./meeting-common.ts";

type BodyRef = { id: string; name: { kk: string; ru: string; en: string }; type: string };

export async function bodyRefs(db: Q, ids: readonly (string | null)[]): Promise<Map<string, BodyRef>> {
  const want = [...new Set(ids.filter((x): x is string => x !== null))];
  if (want.length === 0) return new Map();
  const rows = await db
    .selectFrom("body")
    .select(["id", "type", "name_kk", "name_ru", "name_en"])
    .where("id", "in", want)
    .execute();
  return new Map(
    rows.map((b) => [
      b.id,
      { id: b.id, type: b.type, name: { kk: b.name_kk, ru: b.name_ru, en: b.name_en } },
    ]),
  );
}

async function personNames(db: Q, ids: readonly string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .selectFrom("person")
    .select(["id", "last_name_cyr", "first_name_cyr", "middle_name_cyr"])
    .where("id", "in", [...new Set(ids)])
    .execute();
  return new Map(
    rows.map((p) => [p.id, [p.last_name_cyr, p.first_name_cyr, p.middle_name_cyr].filter(Boolean).join(" ")]),
  );
}

async function userName(db: Q, id: string | null): Promise<string> {
  if (!id) return "";
  const u = await db.selectFrom("app_user").select("full_name").where("id", "=", id).executeTakeFirst();
  return u?.full_name ?? "";
}

/**
 * A meeting with its agenda, attendance, quorum now, invitations, votes, decisions, dissents, duties
 * and signatures (R4.1). Read by the commission's secretary and members and whoever the access rules
 * let read its cases; the names of the minors and representatives on it make the read audited.
 */
export async function readMeeting(deps: MeasureDeps, ctx: ActCtx, id: string): Promise<CommissionMeeting> {
  const db = deps.db;
  const m = await loadMeeting(db, id);
  await requireReader(db, ctx.actor, ctx.userId, m);
  const day = meetingDay(m);
  const members = await membersOf(db, m.commission_body_id);
  const q = await quorumNow(db, m, members);
  const att = await db
    .selectFrom("meeting_attendance")
    .select(["member_id", "present", "absence_reason"])
    .where("meeting_id", "=", m.id)
    .execute();
  const attOf = new Map(att.map((a) => [a.member_id, a]));
  const items = await db
    .selectFrom("meeting_item as i")
    .leftJoin("minors_case as c", "c.id", "i.case_id")
    .select([
      "i.id",
      "i.seq",
      "i.kind",
      "i.title",
      "i.case_id",
      "i.reporting_body_id",
      "i.decision",
      "i.decision_text",
      "i.article",
      "i.decided_at",
      "c.number",
      "c.state as case_state",
      "c.subject",
      "c.urgent",
      "c.minor_person_id",
    ])
    .where("i.meeting_id", "=", m.id)
    .orderBy("i.seq")
    .execute();
  const itemIds = items.map((i) => i.id);
  const none = ["00000000-0000-0000-0000-000000000000"];
  const ids = itemIds.length > 0 ? itemIds : none;
  const [votes, dissents, heard, duties, invs] = await Promise.all([
    db
      .selectFrom("meeting_vote")
      .select(["item_id", "member_id", "vote"])
      .where("item_id", "in", ids)
      .execute(),
    db
      .selectFrom("meeting_dissent")
      .select(["item_id", "member_id", "text"])
      .where("item_id", "in", ids)
      .execute(),
    db
      .selectFrom("meeting_heard")
      .select(["item_id", "person_id", "who", "body_id", "summary"])
      .where("item_id", "in", ids)
      .orderBy("seq")
      .execute(),
    db
      .selectFrom("decision_duty")
      .select(["id", "item_id", "responsible_body_id", "what", "due_on", "handoff_id"])
      .where("item_id", "in", ids)
      .orderBy("seq")
      .execute(),
    db
      .selectFrom("meeting_invitation")
      .selectAll()
      .where("meeting_id", "=", m.id)
      .orderBy("created_at")
      .execute(),
  ]);
  const showNames =
    can(ctx.actor, "read_personal", await commissionResource(db, m.territory_path, m.commission_body_id))
      .allowed ||
    ctx.actor.bodyId === m.commission_body_id ||
    members.some((x) => x.user_id === ctx.userId);
  const names = await personNames(db, [
    ...items.map((i) => i.minor_person_id).filter((x): x is string => x !== null),
    ...invs.map((i) => i.person_id),
  ]);
  const bodies = await bodyRefs(db, [
    m.commission_body_id,
    ...items.map((i) => i.reporting_body_id),
    ...duties.map((d) => d.responsible_body_id),
  ]);
  const memberName = new Map(members.map((x) => [x.id, x.full_name]));
  const person = (pid: string) => ({ id: pid, fullName: showNames ? (names.get(pid) ?? null) : null });
  const outItems: MeetingItem[] = items.map((i) => {
    const v = votes.filter((x) => x.item_id === i.id).map((x) => ({ memberId: x.member_id, vote: x.vote }));
    return {
      id: i.id,
      seq: i.seq,
      kind: i.kind,
      title: i.title,
      case:
        i.case_id && i.number
          ? {
              id: i.case_id,
              number: i.number,
              state: i.case_state!,
              subject: i.subject!,
              urgent: i.urgent!,
              minor: person(i.minor_person_id!),
            }
          : null,
      reportingBody: i.reporting_body_id ? bodies.get(i.reporting_body_id)! : null,
      decision: i.decision
        ? {
            code: i.decision,
            text: i.decision_text ?? "",
            article: i.article!,
            decidedAt: new Date(i.decided_at!).toISOString(),
            adopted: decisionAdopted(
              v.map((x) => ({ memberId: x.memberId, vote: x.vote as CommissionVote })),
              q.chairId,
              q.presentIds.length,
            ),
          }
        : null,
      votes: v,
      dissents: dissents
        .filter((x) => x.item_id === i.id)
        .map((x) => ({ memberId: x.member_id, fullName: memberName.get(x.member_id) ?? "", text: x.text })),
      heard: heard
        .filter((x) => x.item_id === i.id)
        .map((x) => ({ personId: x.person_id, who: x.who, bodyId: x.body_id, summary: x.summary })),
      duties: duties
        .filter((x) => x.item_id === i.id)
        .map((x) => ({
          id: x.id,
          responsibleBody: bodies.get(x.responsible_body_id)!,
          what: x.what,
          dueOn: x.due_on,
          handoffId: x.handoff_id,
        })),
      invitations: invs
        .filter((x) => x.item_id === i.id)
        .map((x) => ({
          id: x.id,
          itemId: x.item_id,
          person: person(x.person_id),
          role: x.role,
          channel: x.channel,
          sentOn: x.sent_on,
          deliveredOn: x.delivered_on,
          attended: x.attended,
          heard: x.heard,
        })),
    };
  });
  const mine = members.find((x) => x.user_id === ctx.userId && activeOn(x, day)) ?? null;
  const sig = async (at: Date | null, by: string | null) =>
    at ? { at: new Date(at).toISOString(), by: await userName(db, by) } : null;
  await recordAudit(db, ctx.audit, {
    action: "commission_meeting.read",
    recordType: "commission_meeting",
    recordId: m.id,
    fields: showNames ? ["persons"] : [],
  });
  return {
    id: m.id,
    commission: bodies.get(m.commission_body_id)!,
    number: m.number,
    year: m.year,
    label: label(m),
    scheduledAt: new Date(m.scheduled_at).toISOString(),
    meetingDay: day,
    place: m.place,
    state: m.state,
    protocol: protocolState({ chairSignedAt: m.chair_signed_at, secretarySignedAt: m.secretary_signed_at }),
    signatures: {
      chair: await sig(m.chair_signed_at, m.chair_signed_by),
      secretary: await sig(m.secretary_signed_at, m.secretary_signed_by),
    },
    quorum: {
      votingMembers: q.votingIds.length,
      present: q.presentIds.length,
      needed: q.needed,
      quorate: q.quorate,
      attendanceRecorded: q.recorded,
      article: COMMISSION_RULES.article,
    },
    members: members
      .filter((x) => activeOn(x, day))
      .map((x) => ({
        memberId: x.id,
        fullName: x.full_name,
        position: x.position,
        role: x.role,
        represents: x.represents,
        voting: isVoting(x),
        present: attOf.get(x.id)?.present ?? null,
        absenceReason: attOf.get(x.id)?.absence_reason ?? null,
        userLinked: x.user_id !== null,
      })),
    items: outItems,
    invitationsUndelivered: invs.filter((x) => x.delivered_on === null).length,
    me: {
      secretary: await isSecretaryOf(db, ctx, m.commission_body_id, m.territory_path),
      chair: mine?.role === "chair" && mine.user_id === ctx.userId,
      memberId: mine && isVoting(mine) ? mine.id : null,
    },
    version: m.version,
  };
}
