import { sql, type Transaction } from "kysely";
import { isPlanStepFactType } from "@aldyn/law";
import type { PlanStepFactCreate } from "@aldyn/contract";
import { recordAudit } from "../../audit/record.ts";
import type { Database } from "../../db/schema.ts";
import { AppError, notFound } from "../../errors/app-error.ts";
import type { HandoffRecordHooks } from "../handoffs/handoff-deps.ts";
import type { ActCtx, MeasureDeps } from "../preventive-measures/measure-deps.ts";
import { authorizeCase, nextSeq } from "./fs-common.ts";
import { planForWrite, refuseClosed } from "./open-plan.ts";

const ENDING = new Set(["done", "not_done", "cancelled"]);

/** Appends a fact and moves the step's state projection, in the caller's transaction. */
async function appendStepFact(
  trx: Transaction<Database>,
  stepId: string,
  fact: {
    type: "progress" | "done" | "not_done" | "cancelled";
    at: Date;
    note: string | null;
    handoffId: string | null;
  },
  userId: string,
): Promise<void> {
  const seq = await nextSeq(trx, "assistance_plan_step_fact", stepId);
  await trx
    .insertInto("assistance_plan_step_fact")
    .values({
      step_id: stepId,
      seq,
      type: fact.type,
      at: fact.at,
      note: fact.note,
      handoff_id: fact.handoffId,
      recorded_by: userId,
    })
    .execute();
  if (ENDING.has(fact.type))
    await trx
      .updateTable("assistance_plan_step")
      .set({ state: fact.type as "done" | "not_done" | "cancelled" })
      .where("id", "=", stepId)
      .execute();
}

/**
 * Records what happened with a step of a plan (001 Art. 55(1)): progress, done, not done, cancelled —
 * a fact appended, the step's state projection moved, the audit row, one transaction. A step that has
 * ended takes no further fact (409 assistance_plan.step_ended); a closed plan none (409).
 */
export async function recordStepFact(
  deps: MeasureDeps,
  ctx: ActCtx,
  measureId: string,
  stepId: string,
  body: PlanStepFactCreate,
): Promise<void> {
  if (!isPlanStepFactType(body.type))
    throw new AppError("validation.failed", `A plan step has no fact "${body.type}".`, { field: "type" });
  const type = body.type;
  // What happened is recorded once it has (a few minutes' leeway for clocks).
  if (new Date(body.at).getTime() > deps.now().getTime() + 5 * 60_000)
    throw new AppError("validation.failed", "This is recorded once it has happened, not ahead.", {
      field: "at",
    });
  await deps.db.transaction().execute(async (trx) => {
    const plan = await planForWrite(trx, measureId);
    authorizeCase(ctx.actor, "update", plan.territory_path);
    refuseClosed(plan);
    const step = await trx
      .selectFrom("assistance_plan_step")
      .select(["id", "state"])
      .where("id", "=", stepId)
      .where("measure_id", "=", measureId)
      .executeTakeFirst();
    if (!step) throw notFound("The step");
    if (step.state !== "open")
      throw new AppError(
        "assistance_plan.step_ended",
        "The step has ended; nothing more is recorded on it.",
        {
          field: "type",
          article: "001 Art. 55(1)",
        },
      );
    await appendStepFact(
      trx,
      stepId,
      { type, at: new Date(body.at), note: body.note ?? null, handoffId: null },
      ctx.userId,
    );
    await recordAudit(trx, ctx.audit, {
      action: `assistance_plan.step.${type}`,
      recordType: "assistance_plan",
      recordId: measureId,
      fields: body.note === undefined ? [] : ["note"],
    });
  });
}

/**
 * The responsible body answered its hand-off (001 Art. 55(1) with 10(2)(2)): its answer is a
 * `progress` fact on the step it was sent for — followed back through re-routes — written in the
 * hand-off's transaction. The centre then records the step done or not done itself.
 */
export function assistancePlanHooks(deps: { now: () => Date }): HandoffRecordHooks {
  return {
    async onAnswered(trx, handoff, answer, actor) {
      if (answer.answerForReporter !== undefined)
        throw new AppError("validation.failed", "Only a citizen's report takes an answer for the reporter.", {
          field: "answerForReporter",
        });
      const r = await sql<{ id: string; state: string }>`
        WITH RECURSIVE chain AS (
          SELECT id, rerouted_from_id FROM handoff WHERE id = ${handoff.id}::uuid
          UNION ALL SELECT h.id, h.rerouted_from_id FROM handoff h JOIN chain c ON h.id = c.rerouted_from_id
        )
        SELECT s.id, s.state FROM assistance_plan_step s JOIN chain c ON s.handoff_id = c.id
         WHERE s.measure_id = ${handoff.recordId}::uuid LIMIT 1`.execute(trx);
      const step = r.rows[0];
      if (!step || step.state !== "open") return;
      await appendStepFact(
        trx,
        step.id,
        { type: "progress", at: deps.now(), note: answer.outcome, handoffId: handoff.id },
        actor.userId,
      );
    },
  };
}
