import { endOfLegalDate, planStepRefusals, type Refusal } from "@aldyn/law";
import type { PlanStepInput } from "@aldyn/contract";
import type { Transaction } from "kysely";
import { recordAuditMany } from "../../audit/record.ts";
import type { Database } from "../../db/schema.ts";
import { AppError } from "../../errors/app-error.ts";
import type { ActCtx, MeasureDeps } from "../preventive-measures/measure-deps.ts";
import { sendHandoffs } from "../handoffs/send-handoff.ts";
import type { Q } from "./fs-common.ts";

/**
 * Every refusal of the steps at once, each on its own field (`steps.1.responsibleBodyId`): a step
 * without a responsible body (001 Art. 55(1)), due outside the plan, of an unknown area.
 */
export function stepsRefusals(
  steps: readonly PlanStepInput[],
  term: { from: string; until: string },
  prefix = "steps",
): Refusal[] {
  return steps.flatMap((s, i) =>
    planStepRefusals(s, term).map((r) => ({ ...r, field: `${prefix}.${i}.${r.field ?? ""}` })),
  );
}

/** The responsible bodies exist (a 400 on the step's field, never a foreign-key 500). */
export async function requireBodies(db: Q, steps: readonly PlanStepInput[], prefix = "steps"): Promise<void> {
  const ids = [...new Set(steps.map((s) => s.responsibleBodyId).filter((x): x is string => x !== null))];
  if (ids.length === 0) return;
  const found = new Set(
    (await db.selectFrom("body").select("id").where("id", "in", ids).execute()).map((b) => b.id),
  );
  const i = steps.findIndex((s) => s.responsibleBodyId !== null && !found.has(s.responsibleBodyId));
  if (i >= 0)
    throw new AppError("handoff.unknown_body", "The responsible body does not exist.", {
      field: `${prefix}.${i}.responsibleBodyId`,
    });
}

/**
 * Writes steps of a plan and tells each responsible body other than the centre by a hand-off
 * `assistance_plan.step` due at the end of the step's due day (001 Art. 55(1) with 10(2)(2): the
 * centre coordinates the state bodies' support), in the caller's transaction with one audit row per
 * step. `firstSeq`: the seq of the first new step.
 */
export async function writeSteps(
  trx: Transaction<Database>,
  deps: MeasureDeps,
  ctx: ActCtx,
  plan: { measureId: string; centreBodyId: string; territoryPath: string; eventAt: Date },
  steps: readonly PlanStepInput[],
  firstSeq: number,
): Promise<string[]> {
  const told = steps.map((s, i) => ({ s, i })).filter(({ s }) => s.responsibleBodyId !== plan.centreBodyId);
  const sent = await sendHandoffs(
    trx,
    ctx,
    told.map(({ s }) => ({
      ground: "assistance_plan.step",
      receiverBodyId: s.responsibleBodyId!,
      record: { type: "assistance_plan", id: plan.measureId },
      territoryPath: plan.territoryPath,
      eventAt: plan.eventAt,
      dueAt: endOfLegalDate(s.dueOn),
    })),
    deps,
  );
  const handoffOf = new Map(told.map(({ i }, k) => [i, sent[k]?.id ?? null]));
  const rows = await trx
    .insertInto("assistance_plan_step")
    .values(
      steps.map((s, i) => ({
        measure_id: plan.measureId,
        seq: firstSeq + i,
        area: s.area,
        title: s.title,
        responsible_body_id: s.responsibleBodyId!,
        due_on: s.dueOn,
        handoff_id: handoffOf.get(i) ?? null,
        created_by: ctx.userId,
      })),
    )
    .returning("id")
    .execute();
  await recordAuditMany(
    trx,
    ctx.audit,
    rows.map(() => ({
      action: "assistance_plan.step.create",
      recordType: "assistance_plan",
      recordId: plan.measureId,
      fields: ["area", "title", "responsibleBodyId", "dueOn"],
    })),
  );
  return rows.map((r) => r.id);
}
