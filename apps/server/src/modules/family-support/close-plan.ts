import { checkPlanClosing, legalDateOf } from "@aldyn/law";
import type { PlanClose } from "@aldyn/contract";
import { recordAudit } from "../../audit/record.ts";
import { AppError, notFound } from "../../errors/app-error.ts";
import type { ActCtx, MeasureDeps } from "../preventive-measures/measure-deps.ts";
import { recordMeasureFact } from "../preventive-measures/record-measure-fact.ts";
import { authorizeCase } from "./fs-common.ts";
import { loadPlanSteps } from "./read-plan.ts";

/**
 * Closes an individual assistance plan with its outcome and assessment (001 Art. 55(1); the regional
 * commission assesses the effectiveness of support from these, 72(4)): the law refuses while a step
 * is open (assistance_plan.open_steps) or without an assessment; otherwise the plan measure's
 * termination fact (purpose_achieved when achieved, else revoked) and the assessment row are written
 * in the measure's one transaction (record-measure-fact's afterWrite), with their audit rows.
 */
export async function closeAssistancePlan(
  deps: MeasureDeps,
  ctx: ActCtx,
  measureId: string,
  body: PlanClose,
): Promise<void> {
  const m = await deps.db
    .selectFrom("measure")
    .select(["kind", "territory_path", "version", "status"])
    .where("id", "=", measureId)
    .executeTakeFirst();
  if (!m || m.kind !== "social_adaptation_plan") throw notFound("The assistance plan");
  authorizeCase(ctx.actor, "update", m.territory_path);
  if (m.status === "terminated")
    throw new AppError("assistance_plan.closed", "The plan is closed.", { article: "001 Art. 55(1)" });
  const { derived } = await loadPlanSteps(deps.db, measureId, legalDateOf(deps.now()));
  const v = checkPlanClosing(derived, { outcome: body.outcome, assessment: body.assessment });
  if (!v.ok) throw AppError.fromRefusals([v]);
  const closing = v.value;
  await recordMeasureFact(
    deps,
    ctx,
    measureId,
    {
      version: body.version ?? m.version,
      type: "terminated",
      at: body.at,
      ground: closing.terminationGround,
    },
    {
      afterWrite: async (trx) => {
        await trx
          .insertInto("assistance_plan_assessment")
          .values({
            measure_id: measureId,
            outcome: closing.outcome,
            assessment: closing.assessment,
            at: new Date(body.at),
            recorded_by: ctx.userId,
          })
          .execute();
        await recordAudit(trx, ctx.audit, {
          action: "assistance_plan.close",
          recordType: "assistance_plan",
          recordId: measureId,
          fields: ["outcome", "assessment"],
        });
      },
    },
  );
}
