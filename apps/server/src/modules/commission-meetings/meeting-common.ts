import { sql, type Kysely } from "kysely";
import { legalDateOf, quorumOf, type LegalDate } from "@aldyn/law";
import { can } from "../../access/can.ts";
import type { Resource } from "../../access/resources.ts";
import type { Actor } from "../../access/roles.ts";
import { overseersOf, type BodyLink } from "../../access/scope.ts";
import type { Database } from "../../db/schema.ts";
import { AppError, notFound } from "../../errors/app-error.ts";
import type { ActCtx } from "../preventive-measures/measure-deps.ts";

/** A connection or an open transaction. */
export type Q = Kysely<Database>;

/** A meeting as the use cases need it (the row, locked when read for a write). */
export interface MeetingRow {
  readonly id: string;
  readonly commission_body_id: string;
  readonly year: number;
  readonly number: number;
  readonly scheduled_at: Date;
  readonly place: string;
  readonly state: "planned" | "held" | "cancelled";
  readonly opened_at: Date | null;
  readonly chair_signed_at: Date | null;
  readonly chair_signed_by: string | null;
  readonly secretary_signed_at: Date | null;
  readonly secretary_signed_by: string | null;
  readonly closed_at: Date | null;
  readonly version: number;
  readonly territory_path: string;
}

export const label = (m: { number: number; year: number }): string => `${m.number}/${m.year}`;

/** The meeting day: the Almaty calendar day members' terms and the quorum are counted on. */
export const meetingDay = (m: { scheduled_at: Date }): LegalDate => legalDateOf(new Date(m.scheduled_at));

/** The system's reading of the procedure of 001 Art. 79(7) (quorum, voting, invitations). */
export const PROCEDURE_ARTICLE = "001 Art. 79(7)";

export async function loadMeeting(db: Q, id: string, forUpdate = false): Promise<MeetingRow> {
  const r = await sql<MeetingRow>`
    SELECT m.id, m.commission_body_id, m.year, m.number, m.scheduled_at, m.place, m.state, m.opened_at,
           m.chair_signed_at, m.chair_signed_by, m.secretary_signed_at, m.secretary_signed_by, m.closed_at,
           m.version, t.path AS territory_path
      FROM commission_meeting m JOIN body b ON b.id = m.commission_body_id
      JOIN territory t ON t.id = b.territory_id
     WHERE m.id = ${id}::uuid ${forUpdate ? sql`FOR UPDATE OF m` : sql``}`.execute(db);
  const m = r.rows[0];
  if (!m) throw notFound("The meeting");
  return m;
}

/** Every commission's link to the one above it (the hierarchy is small: a few hundred rows). */
export async function commissionLinks(db: Q): Promise<BodyLink[]> {
  const rows = await db.selectFrom("minors_commission").select(["body_id", "parent_body_id"]).execute();
  return rows.map((r) => ({ bodyId: r.body_id, parentBodyId: r.parent_body_id }));
}

/**
 * A commission's case as access rules see it: the commission's territory, owned by its body, read
 * also by the commissions above it, which coordinate and monitor it (001 Art. 79(6)(4)).
 */
export async function commissionResource(db: Q, territoryPath: string, bodyId: string): Promise<Resource> {
  return {
    type: "minors_case",
    territoryPath,
    bodyId,
    overseers: overseersOf(bodyId, await commissionLinks(db)),
  };
}

/** A member row of the commission, as the meeting counts it. */
export interface MemberRow {
  readonly id: string;
  readonly user_id: string | null;
  readonly full_name: string;
  readonly position: string;
  readonly role: "chair" | "deputy_chair" | "member" | "secretary";
  readonly represents: string;
  readonly since: string;
  readonly until: string | null;
  readonly ended_on: string | null;
}

/**
 * Holding office on the day: appointed by then, the term not over and not ended before it (001 Art.
 * 79(4): the composition with terms of office). A member ended on the day still sits that day.
 */
export function activeOn(m: MemberRow, day: LegalDate): boolean {
  return m.since <= day && (m.until === null || m.until >= day) && (m.ended_on === null || m.ended_on >= day);
}

/** The voting members: chair, deputy chair, members — not the secretary (system reading of 79(7)). */
export const isVoting = (m: MemberRow): boolean => m.role !== "secretary";

export async function membersOf(db: Q, commissionBodyId: string): Promise<MemberRow[]> {
  return db
    .selectFrom("commission_member")
    .select(["id", "user_id", "full_name", "position", "role", "represents", "since", "until", "ended_on"])
    .where("commission_body_id", "=", commissionBodyId)
    .orderBy("role")
    .orderBy("full_name")
    .execute() as Promise<MemberRow[]>;
}

/** The quorum now: voting members holding office on the meeting day and those of them present. */
export async function quorumNow(db: Q, m: MeetingRow, members?: readonly MemberRow[]) {
  const all = members ?? (await membersOf(db, m.commission_body_id));
  const day = meetingDay(m);
  const voting = all.filter((x) => isVoting(x) && activeOn(x, day));
  const att = await db
    .selectFrom("meeting_attendance")
    .select(["member_id", "present"])
    .where("meeting_id", "=", m.id)
    .execute();
  const presentIds = new Set(att.filter((a) => a.present).map((a) => a.member_id));
  const presentVoting = voting.filter((x) => presentIds.has(x.id)).map((x) => x.id);
  return {
    votingIds: voting.map((x) => x.id),
    presentIds: presentVoting,
    chairId: voting.find((x) => x.role === "chair")?.id ?? null,
    recorded: att.length > 0,
    ...quorumOf(voting.length, presentVoting.length),
  };
}

/**
 * The secretary of the commission (001 Art. 79(4): one secretary, who keeps its records): the user
 * linked to its active secretary's row, or a user of the commission's body with the secretary's role
 * whom the access rules let change the commission's cases.
 */
export async function isSecretaryOf(db: Q, ctx: ActCtx, commissionBodyId: string, path: string) {
  if (
    ctx.actor.roles.includes("minors_commission_secretary") &&
    ctx.actor.bodyId === commissionBodyId &&
    can(ctx.actor, "update", await commissionResource(db, path, commissionBodyId)).allowed
  )
    return true;
  const row = await db
    .selectFrom("commission_member")
    .select("id")
    .where("commission_body_id", "=", commissionBodyId)
    .where("user_id", "=", ctx.userId)
    .where("role", "=", "secretary")
    .where("ended_on", "is", null)
    .executeTakeFirst();
  return row !== undefined;
}

export async function requireSecretary(db: Q, ctx: ActCtx, m: MeetingRow): Promise<void> {
  if (!(await isSecretaryOf(db, ctx, m.commission_body_id, m.territory_path)))
    throw new AppError("meeting.not_secretary", "The commission's secretary keeps its meetings.", {
      article: "001 Art. 79(4)",
    });
}

/** The member row linked to the user at this commission, if any (active or not). */
export async function ownMember(db: Q, userId: string, commissionBodyId: string): Promise<MemberRow | null> {
  const rows = (await membersOf(db, commissionBodyId)).filter((x) => x.user_id === userId);
  return rows.find((x) => x.ended_on === null) ?? rows[0] ?? null;
}

/**
 * Who reads a meeting and the materials of the cases on its agenda: the commission's secretary and
 * members (a user of its body or one linked to a member row), and who the access rules let read the
 * commission's cases with their personal data (a parent commission for its territory, 79(6)(4); the
 * prosecutor).
 */
export async function requireReader(db: Q, actor: Actor, userId: string, m: MeetingRow): Promise<void> {
  if (actor.bodyId === m.commission_body_id) return;
  if (await ownMember(db, userId, m.commission_body_id)) return;
  const d = can(actor, "read_personal", await commissionResource(db, m.territory_path, m.commission_body_id));
  if (!d.allowed) throw new AppError(d.code, d.reason);
}

/** Nothing of a meeting changes once its protocol carries a signature (a decision is final then). */
export function refuseSigned(m: MeetingRow): void {
  if (m.chair_signed_at !== null || m.secretary_signed_at !== null)
    throw new AppError("meeting.protocol_signed", "The protocol is signed; the meeting no longer changes.", {
      article: "001 Art. 79(4)",
    });
  if (m.state === "cancelled") throw new AppError("meeting.cancelled", "The meeting was cancelled.");
}

export function refuseHeld(m: MeetingRow): void {
  refuseSigned(m);
  if (m.state === "held")
    throw new AppError("meeting.already_held", "The meeting is held; its agenda no longer changes.");
}

export async function bumpVersion(trx: Q, meetingId: string): Promise<void> {
  await trx
    .updateTable("commission_meeting")
    .set((eb) => ({ version: eb("version", "+", 1) }))
    .where("id", "=", meetingId)
    .execute();
}

/** Appends an event to a case's list (append-only, migration 0039) with the next seq. */
export async function caseEvent(
  trx: Q,
  caseId: string,
  type: "scheduled" | "decided" | "returned",
  by: string,
  note: string,
): Promise<void> {
  await sql`INSERT INTO minors_case_event (case_id, seq, type, at, note, by)
    SELECT ${caseId}::uuid, coalesce(max(seq), 0) + 1, ${type}, now(), ${note}, ${by}::uuid
      FROM minors_case_event WHERE case_id = ${caseId}::uuid`.execute(trx);
}

/** Moves a case to a state (the projection of the event written beside it). */
export async function setCaseState(
  trx: Q,
  caseId: string,
  state: "ready" | "scheduled" | "decided" | "gathering",
): Promise<void> {
  await trx
    .updateTable("minors_case")
    .set((eb) => ({
      state,
      ...(state === "gathering" ? { ready_at: null } : {}),
      version: eb("version", "+", 1),
      updated_at: new Date(),
    }))
    .where("id", "=", caseId)
    .execute();
}

/** A 400 naming the field when a referenced record does not exist (never a foreign-key 500). */
export function unknown(field: string, what: string): AppError {
  return new AppError("validation.failed", `${what} does not exist.`, { field });
}
