import {
  checkPlanPeriodicity,
  validateVisitGroup,
  validateVisitPlan,
  type NpmPlannedVisit,
  type NpmVisitForm,
  type NpmVisitKind,
  type NpmVisitPlan,
  type Refusal,
} from "@aldyn/law";
import type { z } from "zod";
import type { NpmPlan, NpmPlanApprove, NpmPlanCreate } from "@aldyn/contract";
import { recordAudit } from "../../audit/record.ts";
import type { Db } from "../../db/pool.ts";
import { AppError, notFound } from "../../errors/app-error.ts";
import { badInput, guard, staleVersion, type ActCtx, type NpmDeps } from "./npm-deps.ts";
import { lawInstitutions } from "./institutions.ts";
import { loadParticipants } from "./participants.ts";

/** Planned visits as the law reads them; kinds and forms are checked by the law, not trusted. */
function lawPlannedVisit(v: z.infer<typeof NpmPlanCreate>["visits"][number], id: string): NpmPlannedVisit {
  return {
    id,
    kind: v.kind as NpmVisitKind,
    form: v.form as NpmVisitForm,
    institutionIds: v.institutionIds,
    from: v.from,
    to: v.to,
    groupParticipantIds: v.groupParticipantIds,
  };
}

/**
 * The composition of each planned group, judged by the same rule as a visit (003 pp.7-9, 11, 16):
 * a fourth member of a periodic group is refused `npm_visit.group_too_large` (003 p.8).
 */
async function groupRefusals(db: Db, visits: z.infer<typeof NpmPlanCreate>["visits"]): Promise<Refusal[]> {
  const participants = await loadParticipants(
    db,
    visits.flatMap((v) => v.groupParticipantIds),
  );
  const institutions = new Map(
    (
      await lawInstitutions(
        db,
        visits.flatMap((v) => v.institutionIds),
      )
    ).map((i) => [i.id, i]),
  );
  const out: Refusal[] = [];
  for (const v of visits) {
    const missing = [
      ...v.institutionIds.filter((id) => !institutions.has(id)),
      ...v.groupParticipantIds.filter((id) => !participants.has(id)),
    ];
    if (missing.length) throw notFound(`Institution or participant ${missing[0]}`);
    const experts = new Set(v.topicExpertIds);
    if (v.topicExpertIds.some((id) => !v.groupParticipantIds.includes(id)))
      throw badInput(
        "topicExpertIds",
        "A topic expert of a thematic visit is a member of its group (003 p.9(1)).",
      );
    out.push(
      ...validateVisitGroup({
        kind: v.kind as NpmVisitKind,
        form: v.form as NpmVisitForm,
        ...(v.topic ? { topic: v.topic } : {}),
        institutions: v.institutionIds.map((id) => institutions.get(id)!),
        members: v.groupParticipantIds.map((id) => ({
          participant: participants.get(id)!,
          topicExpert: experts.has(id),
        })),
        startsOn: v.from,
        councilDecisionOnComposition: v.councilDecisionOnComposition,
        // The plan is what p.6 asks for; its approval is checked when the visit is decided.
        inApprovedPlan: true,
      }),
    );
  }
  return out;
}

/** The Council's plan (003 p.6): dates, institutions, number of visits and the groups. */
export async function createPlan(
  deps: NpmDeps,
  ctx: ActCtx,
  body: z.infer<typeof NpmPlanCreate>,
): Promise<string> {
  guard(ctx, "create", "npm_plan");
  const draft: NpmVisitPlan = {
    approvedOn: null,
    period: { from: body.periodFrom, until: body.periodUntil },
    visits: body.visits.map((v, i) => lawPlannedVisit(v, String(i))),
  };
  const refusals = [
    ...validateVisitPlan(draft).filter((r) => r.code !== "npm_plan.not_approved"),
    ...(await groupRefusals(deps.db, body.visits)),
  ];
  if (refusals.length) throw AppError.fromRefusals(refusals);
  return deps.db.transaction().execute(async (trx) => {
    const plan = await trx
      .insertInto("npm_plan")
      .values({
        title: body.title,
        period_from: body.periodFrom,
        period_until: body.periodUntil,
        created_by: ctx.userId,
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    if (body.visits.length)
      await trx
        .insertInto("npm_plan_visit")
        .values(
          body.visits.map((v) => ({
            plan_id: plan.id,
            kind: v.kind,
            form: v.form,
            topic: v.topic ?? null,
            from_on: v.from,
            to_on: v.to,
            institution_ids: v.institutionIds,
            group_participant_ids: v.groupParticipantIds,
            topic_expert_ids: v.topicExpertIds,
            council_decision_on_composition: v.councilDecisionOnComposition,
          })),
        )
        .execute();
    await recordAudit(trx, ctx.audit, {
      action: "npm_plan.create",
      recordType: "npm_plan",
      recordId: plan.id,
    });
    return plan.id;
  });
}

async function loadPlan(db: Db, id: string) {
  const plan = await db.selectFrom("npm_plan").selectAll().where("id", "=", id).executeTakeFirst();
  if (!plan) throw notFound("The plan");
  const visits = await db
    .selectFrom("npm_plan_visit")
    .selectAll()
    .where("plan_id", "=", id)
    .orderBy("from_on")
    .execute();
  const law: NpmVisitPlan = {
    approvedOn: plan.approved_on,
    period: { from: plan.period_from, until: plan.period_until },
    visits: visits.map((v) => ({
      id: v.id,
      kind: v.kind as NpmVisitKind,
      form: v.form as NpmVisitForm,
      institutionIds: v.institution_ids,
      from: v.from_on,
      to: v.to_on,
      groupParticipantIds: v.group_participant_ids,
    })),
  };
  return { plan, visits, law };
}

async function planView(db: Db, id: string): Promise<z.infer<typeof NpmPlan>> {
  const { plan, visits, law } = await loadPlan(db, id);
  // Every institution of the catalogue: a plan that leaves any past four years is flagged (003 p.3(1)).
  const flags = checkPlanPeriodicity(law, await lawInstitutions(db));
  return {
    id: plan.id,
    title: plan.title,
    periodFrom: plan.period_from,
    periodUntil: plan.period_until,
    approvedOn: plan.approved_on,
    visitCount: visits.length,
    visits: visits.map((v) => ({
      id: v.id,
      kind: v.kind,
      form: v.form,
      ...(v.topic ? { topic: v.topic } : {}),
      from: v.from_on,
      to: v.to_on,
      institutionIds: v.institution_ids,
      groupParticipantIds: v.group_participant_ids,
      topicExpertIds: v.topic_expert_ids,
      councilDecisionOnComposition: v.council_decision_on_composition,
    })),
    periodicityFlags: flags.map((f) => ({
      code: f.code,
      article: f.article,
      message: f.message,
      institutionId: String(f.params?.institutionId ?? ""),
    })),
    version: plan.version,
  };
}

export async function readPlan(deps: NpmDeps, ctx: ActCtx, id: string) {
  guard(ctx, "read", "npm_plan");
  const view = await planView(deps.db, id);
  await recordAudit(deps.db, ctx.audit, { action: "npm_plan.read", recordType: "npm_plan", recordId: id });
  return view;
}

export async function listPlans(deps: NpmDeps, ctx: ActCtx) {
  guard(ctx, "read", "npm_plan");
  const ids = await deps.db.selectFrom("npm_plan").select("id").orderBy("period_from", "desc").execute();
  const items = [];
  for (const { id } of ids) items.push(await planView(deps.db, id));
  return { items, total: items.length };
}

/** Approval by the Coordinating Council (003 p.6); the law checks the approved plan's contents. */
export async function approvePlan(
  deps: NpmDeps,
  ctx: ActCtx,
  id: string,
  body: z.infer<typeof NpmPlanApprove>,
) {
  guard(ctx, "approve", "npm_plan");
  const { plan, law } = await loadPlan(deps.db, id);
  if (plan.version !== body.version) throw staleVersion();
  const refusals = validateVisitPlan({ ...law, approvedOn: body.approvedOn });
  if (refusals.length) throw AppError.fromRefusals(refusals);
  await deps.db.transaction().execute(async (trx) => {
    const done = await trx
      .updateTable("npm_plan")
      .set({ approved_on: body.approvedOn, approved_by: ctx.userId, version: body.version + 1 })
      .where("id", "=", id)
      .where("version", "=", body.version)
      .executeTakeFirst();
    if (done.numUpdatedRows === 0n) throw staleVersion();
    await recordAudit(trx, ctx.audit, { action: "npm_plan.approve", recordType: "npm_plan", recordId: id });
  });
}
