import { sql } from "kysely";
import type { MeasureCreate, PlanCreate, PlanStepInput } from "@aldyn/contract";
import { AppError, notFound } from "../../errors/app-error.ts";
import { recordAudit } from "../../audit/record.ts";
import { issueMeasure } from "../preventive-measures/issue-measure.ts";
import type { ActCtx, MeasureDeps } from "../preventive-measures/measure-deps.ts";
import { authorizeCase, familyPath, requireMember, type Q } from "./fs-common.ts";
import { centreDecision, centreIssuer } from "./register-family.ts";
import { requireBodies, stepsRefusals, writeSteps } from "./plan-steps-write.ts";

/**
 * Opens an individual assistance plan (001 Arts. 55(1), 72(5)): the measure `social_adaptation_plan`
 * for the plan's term, its activities the steps' titles, issued by the measures' machinery; its steps
 * and the hand-offs to their responsible bodies are written by the issuing transaction's `afterWrite`,
 * so the measure, its marks, its family link, its steps, their hand-offs and the audit rows commit
 * together or not at all. Every refusal of the steps is returned at once before anything is written
 * (a step without a responsible body: 422 assistance_plan.step_responsible_body_required, 55(1)).
 */
export async function openAssistancePlan(deps: MeasureDeps, ctx: ActCtx, body: PlanCreate): Promise<string> {
  const kind = "social_adaptation_plan";
  const centre = await centreIssuer(deps.db, ctx, kind);
  authorizeCase(ctx.actor, "create", await familyPath(deps.db, body.familyId));
  await requireMember(deps.db, body.familyId, body.personId);
  if (body.until < body.from)
    throw new AppError("validation.failed", "The plan ends before it begins.", { field: "until" });
  const refusals = stepsRefusals(body.steps, { from: body.from, until: body.until });
  if (refusals.length > 0) throw AppError.fromRefusals(refusals);
  await requireBodies(deps.db, body.steps);
  const issuedAt = body.issuedAt ?? deps.now().toISOString();
  const create: MeasureCreate = {
    kind,
    personId: body.personId,
    issuerKind: "family_support_centre",
    issuedAt,
    ...centreDecision(body, body.goal),
    term: { validFrom: body.from, validUntil: body.until },
    details: { planActivities: body.steps.map((s) => s.title) },
    familyId: body.familyId,
  };
  return issueMeasure(deps, ctx, create, {
    afterWrite: async (trx, measureId) => {
      const m = await trx
        .selectFrom("measure")
        .select("territory_path")
        .where("id", "=", measureId)
        .executeTakeFirstOrThrow();
      await writeSteps(
        trx,
        deps,
        ctx,
        { measureId, centreBodyId: centre.id, territoryPath: m.territory_path, eventAt: new Date(issuedAt) },
        body.steps,
        1,
      );
    },
  });
}

/** The plan measure as its steps need it, locked for the write (one writer of its steps at a time). */
export async function planForWrite(trx: Q, measureId: string) {
  const m = await sql<{
    id: string;
    kind: string;
    status: string;
    territory_path: string;
    issuer_body_id: string;
    valid_from: string | null;
    valid_until: string | null;
  }>`SELECT id, kind, status, territory_path, issuer_body_id, valid_from, valid_until FROM measure
      WHERE id = ${measureId}::uuid FOR UPDATE`.execute(trx);
  const row = m.rows[0];
  if (!row || row.kind !== "social_adaptation_plan") throw notFound("The assistance plan");
  return row;
}

/** A plan whose measure was terminated takes no more steps or facts (it was closed with its assessment). */
export function refuseClosed(plan: { status: string }): void {
  if (plan.status === "terminated")
    throw new AppError("assistance_plan.closed", "The plan is closed.", { article: "001 Art. 55(1)" });
}

/** Adds steps to an open plan: the same rules and hand-offs as at its opening, one transaction. */
export async function addPlanSteps(
  deps: MeasureDeps,
  ctx: ActCtx,
  measureId: string,
  steps: readonly PlanStepInput[],
): Promise<void> {
  await deps.db.transaction().execute(async (trx) => {
    const plan = await planForWrite(trx, measureId);
    authorizeCase(ctx.actor, "update", plan.territory_path);
    refuseClosed(plan);
    const term = { from: plan.valid_from ?? "0001-01-01", until: plan.valid_until ?? "9999-12-31" };
    const refusals = stepsRefusals(steps, term);
    if (refusals.length > 0) throw AppError.fromRefusals(refusals);
    await requireBodies(trx, steps);
    const last = await trx
      .selectFrom("assistance_plan_step")
      .select((eb) => eb.fn.max("seq").as("n"))
      .where("measure_id", "=", measureId)
      .executeTakeFirst();
    await writeSteps(
      trx,
      deps,
      ctx,
      {
        measureId,
        centreBodyId: plan.issuer_body_id,
        territoryPath: plan.territory_path,
        eventAt: deps.now(),
      },
      steps,
      Number(last?.n ?? 0) + 1,
    );
    await recordAudit(trx, ctx.audit, {
      action: "assistance_plan.update",
      recordType: "assistance_plan",
      recordId: measureId,
      fields: ["steps"],
    });
  });
}
