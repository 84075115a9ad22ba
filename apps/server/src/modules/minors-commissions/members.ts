import { checkComposition, type CompositionMember } from "@aldyn/law";
import type { CommissionMember, CommissionMemberCreate, CommissionMemberEnd } from "@aldyn/contract";
import { recordAudit } from "../../audit/record.ts";
import { AppError, notFound } from "../../errors/app-error.ts";
import type { ActCtx, MeasureDeps } from "../preventive-measures/measure-deps.ts";
import {
  activeOn,
  authorize,
  commissionLinks,
  commissionResource,
  loadCommission,
  unknown,
  type Q,
} from "./mc-common.ts";

/** The roles 79(4) allows one holder of at a time (the database's partial unique indexes too). */
const SINGLE_ROLES = new Set(["chair", "deputy_chair", "secretary"]);

export interface MemberRow {
  id: string;
  user_id: string | null;
  full_name: string;
  position: string;
  role: CommissionMember["role"];
  represents: string;
  represents_body_id: string | null;
  chair_is_deputy_akim: boolean;
  since: string;
  until: string | null;
  ended_on: string | null;
  ended_reason: string | null;
  rb_kk: string | null;
  rb_ru: string | null;
  rb_en: string | null;
}

export async function listMembers(db: Q, bodyId: string): Promise<MemberRow[]> {
  return db
    .selectFrom("commission_member as m")
    .leftJoin("body as rb", "rb.id", "m.represents_body_id")
    .select([
      "m.id",
      "m.user_id",
      "m.full_name",
      "m.position",
      "m.role",
      "m.represents",
      "m.represents_body_id",
      "m.chair_is_deputy_akim",
      "m.since",
      "m.until",
      "m.ended_on",
      "m.ended_reason",
      "rb.name_kk as rb_kk",
      "rb.name_ru as rb_ru",
      "rb.name_en as rb_en",
    ])
    .where("m.commission_body_id", "=", bodyId)
    .orderBy("m.ended_on", (ob) => ob.desc().nullsFirst())
    .orderBy("m.since")
    .orderBy("m.full_name")
    .execute();
}

const ROLE_ORDER = { chair: 0, deputy_chair: 1, member: 2, secretary: 3 } as const;

export function toMember(m: MemberRow, today: string): CommissionMember {
  return {
    id: m.id,
    userId: m.user_id,
    fullName: m.full_name,
    position: m.position,
    role: m.role,
    represents: m.represents as CommissionMember["represents"],
    representsBody:
      m.represents_body_id && m.rb_kk && m.rb_ru && m.rb_en
        ? { id: m.represents_body_id, name: { kk: m.rb_kk, ru: m.rb_ru, en: m.rb_en } }
        : null,
    chairIsDeputyAkim: m.chair_is_deputy_akim,
    since: m.since,
    until: m.until,
    endedOn: m.ended_on,
    endedReason: m.ended_reason,
    active: activeOn(m, today),
  };
}

/** Members in the order of 79(4): chair, deputy chair, members, secretary. */
export function byRole(a: CommissionMember, b: CommissionMember): number {
  return ROLE_ORDER[a.role] - ROLE_ORDER[b.role] || a.fullName.localeCompare(b.fullName);
}

/**
 * A member as the composition check sees it on `day`: in office that day, or appointed and not ended
 * with a term that has not run out by then (a holder appointed from a later day still holds the role).
 */
function compositionOf(m: MemberRow, day: string): CompositionMember {
  const holds = m.ended_on === null && (m.until === null || m.until >= day);
  return {
    role: m.role,
    represents: m.represents as CompositionMember["represents"],
    active: activeOn(m, day) || holds,
    chairIsDeputyAkim: m.chair_is_deputy_akim,
    userId: m.user_id,
  };
}

async function commissionFor(deps: MeasureDeps, ctx: ActCtx, bodyId: string) {
  const c = await loadCommission(deps.db, bodyId);
  if (!c) throw notFound("The commission");
  const links = await commissionLinks(deps.db);
  authorize(ctx.actor, "update", commissionResource("minors_commission", c.territoryPath, bodyId, links));
  return c;
}

/**
 * Adds a member to a commission's composition (001 Art. 79(4),(5)): its secretary or the akimat. The
 * law checks the composition as it will be on the new member's first day (checkComposition: one chair,
 * one deputy, one secretary, the chair a deputy akim — the akim for a settlement, the secretary with no
 * other duties); a refusal writes nothing. A holder of a single role whose term ran out before that
 * day is recorded ended on its last day, so the one-holder indexes stay true.
 */
export async function addMember(
  deps: MeasureDeps,
  ctx: ActCtx,
  bodyId: string,
  body: CommissionMemberCreate,
): Promise<string> {
  const c = await commissionFor(deps, ctx, bodyId);
  if (body.until && body.until < body.since)
    throw new AppError("validation.failed", "The term of office ends before it begins.", { field: "until" });
  if (body.userId) {
    const u = await deps.db
      .selectFrom("app_user")
      .select(["body_id"])
      .where("id", "=", body.userId)
      .executeTakeFirst();
    if (!u) throw unknown("userId", "The user");
    if (u.body_id !== bodyId)
      throw new AppError(
        "commission_member.user_other_body",
        "A member's account belongs to the commission: the commission's users vote, sign and read its materials.",
        { field: "userId", article: "001 Art. 79(4)" },
      );
  }
  if (body.representsBodyId) {
    const rb = await deps.db
      .selectFrom("body")
      .select("id")
      .where("id", "=", body.representsBodyId)
      .executeTakeFirst();
    if (!rb) throw unknown("representsBodyId", "The body");
  }
  const existing = await listMembers(deps.db, bodyId);
  const day = body.since;
  const after: CompositionMember[] = [
    ...existing.map((m) => compositionOf(m, day)),
    {
      role: body.role,
      represents: body.represents,
      active: true,
      chairIsDeputyAkim: body.chairIsDeputyAkim === true,
      userId: body.userId ?? null,
    },
  ];
  const refusals = checkComposition(after, c.level);
  if (refusals.length > 0) throw AppError.fromRefusals(refusals);
  if (body.chairIsDeputyAkim && body.role !== "chair")
    throw new AppError("validation.failed", "Only the chair is marked as the deputy akim.", {
      field: "chairIsDeputyAkim",
    });
  // Holders of the same single role whose term ran out before the new member's first day.
  const lapsed = SINGLE_ROLES.has(body.role)
    ? existing.filter((m) => m.role === body.role && m.ended_on === null && m.until !== null && m.until < day)
    : [];
  try {
    return await insertMember(deps, ctx, bodyId, body, lapsed);
  } catch (e) {
    // Two requests adding the same single role at once: the second meets the one-holder index.
    const constraint = (e as { constraint?: string }).constraint ?? "";
    if (constraint === "commission_member_user_once")
      throw new AppError("conflict.duplicate", "The account already sits on the commission.", {
        field: "userId",
      });
    if (constraint.startsWith("commission_member_one_"))
      throw new AppError("conflict.duplicate", "The role already has a holder.", {
        field: "role",
        article: "001 Art. 79(4)",
      });
    throw e;
  }
}

function insertMember(
  deps: MeasureDeps,
  ctx: ActCtx,
  bodyId: string,
  body: CommissionMemberCreate,
  lapsed: readonly MemberRow[],
): Promise<string> {
  return deps.db.transaction().execute(async (trx) => {
    for (const m of lapsed)
      await trx
        .updateTable("commission_member")
        .set({ ended_on: m.until, ended_reason: "term_expired" })
        .where("id", "=", m.id)
        .where("ended_on", "is", null)
        .execute();
    const row = await trx
      .insertInto("commission_member")
      .values({
        commission_body_id: bodyId,
        user_id: body.userId ?? null,
        full_name: body.fullName,
        position: body.position,
        role: body.role,
        represents: body.represents,
        represents_body_id: body.representsBodyId ?? null,
        chair_is_deputy_akim: body.chairIsDeputyAkim === true,
        since: body.since,
        until: body.until ?? null,
        created_by: ctx.userId,
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    await recordAudit(trx, ctx.audit, {
      action: "commission_member.create",
      recordType: "minors_commission",
      recordId: bodyId,
      fields: ["fullName", "position", "role", "represents", "since", "until"],
    });
    return row.id;
  });
}

/**
 * Ends a membership on its last day in office, with the reason (a new act, a change of office). The
 * row stays: who sat on the commission on a meeting day is still known. Ended once (409).
 */
export async function endMember(
  deps: MeasureDeps,
  ctx: ActCtx,
  bodyId: string,
  memberId: string,
  body: CommissionMemberEnd,
): Promise<void> {
  await commissionFor(deps, ctx, bodyId);
  await deps.db.transaction().execute(async (trx) => {
    const m = await trx
      .selectFrom("commission_member")
      .select(["since", "ended_on"])
      .where("id", "=", memberId)
      .where("commission_body_id", "=", bodyId)
      .forUpdate()
      .executeTakeFirst();
    if (!m) throw notFound("The member");
    if (m.ended_on !== null)
      throw new AppError("commission_member.ended", "The membership has already ended.", {
        field: "endedOn",
      });
    if (body.endedOn < m.since)
      throw new AppError("validation.failed", "A membership cannot end before it began.", {
        field: "endedOn",
      });
    await trx
      .updateTable("commission_member")
      .set({ ended_on: body.endedOn, ended_reason: body.reason })
      .where("id", "=", memberId)
      .execute();
    await recordAudit(trx, ctx.audit, {
      action: "commission_member.end",
      recordType: "minors_commission",
      recordId: bodyId,
      fields: ["endedOn", "reason"],
    });
  });
}
