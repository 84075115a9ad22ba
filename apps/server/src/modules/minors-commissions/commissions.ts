import { checkCommission, compositionGaps, type CommissionLevel } from "@aldyn/law";
import type {
  MinorsCommissionCreate,
  MinorsCommissionDetail,
  MinorsCommissionList,
  MinorsCommissionRow,
} from "@aldyn/contract";
import { recordAudit } from "../../audit/record.ts";
import { inTerritory } from "../../db/territory-scope.ts";
import { AppError, notFound } from "../../errors/app-error.ts";
import type { ActCtx, MeasureDeps } from "../preventive-measures/measure-deps.ts";
import { listMembers, toMember } from "./members.ts";
import {
  allowed,
  authorize,
  caseCounts,
  commissionLinks,
  commissionRef,
  commissionResource,
  loadCommission,
  NO_CASES,
  todayOf,
  unknown,
  type CommissionRow,
  type Q,
} from "./mc-common.ts";

/**
 * Registers a commission on minors' affairs (001 Art. 79(2),(3)): an existing body of type
 * minors_commission, its level, the commission above it and the act that established it. The akimat
 * (or an administrator recording it) does it in its territory. The law checks the level against the
 * territory, the parent's level and a settlement's name and maslikhat approval (checkCommission); the
 * parent sits over the commission's territory (79(6)(4)). One transaction with its audit row.
 */
export async function createCommission(deps: MeasureDeps, ctx: ActCtx, body: MinorsCommissionCreate) {
  const b = await deps.db
    .selectFrom("body as b")
    .innerJoin("territory as t", "t.id", "b.territory_id")
    .select(["b.id", "b.type", "t.path", "t.level"])
    .where("b.id", "=", body.bodyId)
    .executeTakeFirst();
  if (!b) throw unknown("bodyId", "The body");
  authorize(ctx.actor, "create", { type: "minors_commission", territoryPath: b.path });
  if (b.type !== "minors_commission")
    throw new AppError(
      "minors_commission.not_commission_body",
      "The body is not a commission on minors' affairs.",
      {
        field: "bodyId",
        article: "001 Art. 79(2)",
      },
    );
  if (await loadCommission(deps.db, body.bodyId))
    throw new AppError("minors_commission.already_registered", "The commission is already registered.", {
      field: "bodyId",
    });
  let parent: CommissionRow | null = null;
  if (body.parentBodyId) {
    parent = await loadCommission(deps.db, body.parentBodyId);
    if (!parent) throw unknown("parentBodyId", "The commission above");
  }
  const refusals = checkCommission({
    level: body.level,
    territoryLevel: b.level as "country" | "region" | "district",
    parentLevel: parent?.level ?? null,
    settlementName: body.settlementName ?? null,
    maslikhatApproval: body.maslikhatApproval ?? null,
  });
  if (refusals.length > 0) throw AppError.fromRefusals(refusals);
  if (parent && !(b.path === parent.territoryPath || b.path.startsWith(`${parent.territoryPath}.`)))
    throw new AppError(
      "minors_commission.parent_territory",
      "The commission above sits over the commission's territory.",
      { field: "parentBodyId", article: "001 Art. 79(6)(4)" },
    );
  await deps.db.transaction().execute(async (trx) => {
    await trx
      .insertInto("minors_commission")
      .values({
        body_id: body.bodyId,
        level: body.level,
        parent_body_id: parent?.bodyId ?? null,
        settlement_name: body.settlementName ?? null,
        established_on: body.establishedOn,
        established_by: body.establishedBy,
        maslikhat_approval: body.maslikhatApproval ?? null,
        created_by: ctx.userId,
      })
      .execute();
    await recordAudit(trx, ctx.audit, {
      action: "minors_commission.create",
      recordType: "minors_commission",
      recordId: body.bodyId,
      fields: ["level", "parentBodyId", "establishedBy"],
    });
  });
  return body.bodyId;
}

interface ListRow {
  body_id: string;
  level: CommissionLevel;
  parent_body_id: string | null;
  settlement_name: string | null;
  name_kk: string;
  name_ru: string;
  name_en: string;
  territory_id: string;
  path: string;
  t_kk: string;
  t_ru: string;
  t_en: string;
}

async function commissionRows(db: Q, bodyIds?: readonly string[]): Promise<ListRow[]> {
  let q = db
    .selectFrom("minors_commission as c")
    .innerJoin("body as b", "b.id", "c.body_id")
    .innerJoin("territory as t", "t.id", "b.territory_id")
    .select([
      "c.body_id",
      "c.level",
      "c.parent_body_id",
      "c.settlement_name",
      "b.name_kk",
      "b.name_ru",
      "b.name_en",
      "t.id as territory_id",
      "t.path",
      "t.name_kk as t_kk",
      "t.name_ru as t_ru",
      "t.name_en as t_en",
    ]);
  if (bodyIds)
    q = q.where(
      "c.body_id",
      "in",
      bodyIds.length > 0 ? [...bodyIds] : ["00000000-0000-0000-0000-000000000000"],
    );
  return q.orderBy("t.path").orderBy("b.name_ru").execute();
}

async function toRows(db: Q, rows: readonly ListRow[], today: string): Promise<MinorsCommissionRow[]> {
  const ids = rows.map((r) => r.body_id);
  const counts = await caseCounts(db, ids);
  const members =
    ids.length === 0
      ? []
      : await db
          .selectFrom("commission_member")
          .select(["commission_body_id", "role", "full_name", "since", "until", "ended_on"])
          .where("commission_body_id", "in", ids)
          .execute();
  return rows.map((r) => {
    const mine = members.filter(
      (m) =>
        m.commission_body_id === r.body_id &&
        m.since <= today &&
        (m.until === null || m.until >= today) &&
        (m.ended_on === null || m.ended_on >= today),
    );
    const secretary = mine.find((m) => m.role === "secretary");
    return {
      bodyId: r.body_id,
      name: { kk: r.name_kk, ru: r.name_ru, en: r.name_en },
      level: r.level,
      settlementName: r.settlement_name,
      territory: { id: r.territory_id, name: { kk: r.t_kk, ru: r.t_ru, en: r.t_en } },
      parentBodyId: r.parent_body_id,
      secretary: secretary ? { fullName: secretary.full_name } : null,
      activeMembers: mine.length,
      cases: counts.get(r.body_id) ?? { ...NO_CASES },
    };
  });
}

/**
 * The commissions the user may read, as a tree (parent ids): the akimat's and the prosecutor's by
 * territory, a commission's own and the lower ones it coordinates and monitors (001 Art. 79(6)(4)).
 * For the akimat, the bodies of type minors_commission in its territory not yet registered.
 */
export async function listCommissions(deps: MeasureDeps, ctx: ActCtx): Promise<MinorsCommissionList> {
  const links = await commissionLinks(deps.db);
  const all = await commissionRows(deps.db);
  const visible = all.filter((r) =>
    allowed(ctx.actor, "read", commissionResource("minors_commission", r.path, r.body_id, links)),
  );
  const canCreate = allowed(ctx.actor, "create", {
    type: "minors_commission",
    territoryPath: ctx.actor.territoryPath,
  });
  const unregistered = canCreate
    ? await deps.db
        .selectFrom("body as b")
        .innerJoin("territory as t", "t.id", "b.territory_id")
        .leftJoin("minors_commission as c", "c.body_id", "b.id")
        .select([
          "b.id",
          "b.name_kk",
          "b.name_ru",
          "b.name_en",
          "t.id as tid",
          "t.name_kk as t_kk",
          "t.name_ru as t_ru",
          "t.name_en as t_en",
        ])
        .where("b.type", "=", "minors_commission")
        .where("c.body_id", "is", null)
        .where(inTerritory("t.path", ctx.actor.territoryPath))
        .orderBy("t.path")
        .limit(500)
        .execute()
    : [];
  return {
    items: await toRows(deps.db, visible, todayOf(deps.now())),
    unregisteredBodies: unregistered.map((u) => ({
      id: u.id,
      name: { kk: u.name_kk, ru: u.name_ru, en: u.name_en },
      territory: { id: u.tid, name: { kk: u.t_kk, ru: u.t_ru, en: u.t_en } },
    })),
    canCreate,
  };
}

/**
 * A commission with its composition — active and ended members, what 79(4),(5) it lacks
 * (compositionGaps), the commission above and those below. Members' names are the record's personal
 * fields: the read is audited.
 */
export async function readCommission(
  deps: MeasureDeps,
  ctx: ActCtx,
  bodyId: string,
): Promise<MinorsCommissionDetail> {
  const links = await commissionLinks(deps.db);
  const [row] = await commissionRows(deps.db, [bodyId]);
  if (!row) throw notFound("The commission");
  const resource = commissionResource("minors_commission", row.path, bodyId, links);
  authorize(ctx.actor, "read_personal", resource);
  const c = await deps.db
    .selectFrom("minors_commission")
    .select(["established_on", "established_by", "maslikhat_approval"])
    .where("body_id", "=", bodyId)
    .executeTakeFirstOrThrow();
  const today = todayOf(deps.now());
  const members = await listMembers(deps.db, bodyId);
  const shown = members.map((m) => toMember(m, today));
  const gaps = compositionGaps(
    shown.map((m) => ({ role: m.role, represents: m.represents, active: m.active })),
    row.level,
  );
  const parent = row.parent_body_id ? await loadCommission(deps.db, row.parent_body_id) : null;
  const lowerIds = links.filter((l) => l.parentBodyId === bodyId).map((l) => l.bodyId);
  const lower = lowerIds.length > 0 ? await commissionRows(deps.db, lowerIds) : [];
  await recordAudit(deps.db, ctx.audit, {
    action: "minors_commission.read",
    recordType: "minors_commission",
    recordId: bodyId,
    fields: ["members"],
  });
  const [base] = await toRows(deps.db, [row], today);
  return {
    ...base!,
    establishedOn: c.established_on,
    establishedBy: c.established_by,
    maslikhatApproval: c.maslikhat_approval,
    parent: parent ? commissionRef(parent) : null,
    lower: lower.map((l) => ({
      bodyId: l.body_id,
      name: { kk: l.name_kk, ru: l.name_ru, en: l.name_en },
      level: l.level,
      settlementName: l.settlement_name,
    })),
    members: shown,
    gaps: { ...gaps, article: "001 Art. 79(4),(5)" },
    canManage: allowed(ctx.actor, "update", resource),
  };
}
