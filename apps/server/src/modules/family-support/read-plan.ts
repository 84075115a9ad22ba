import { deriveAssistancePlan, legalDateOf, type PlanStepState } from "@aldyn/law";
import type { AssistancePlan } from "@aldyn/contract";
import { recordAudit } from "../../audit/record.ts";
import { notFound } from "../../errors/app-error.ts";
import type { ActCtx, MeasureDeps } from "../preventive-measures/measure-deps.ts";
import { authorizeCase, bodyRef, bodyRefs, personNames, personRef, type Q } from "./fs-common.ts";

/** A plan's steps with their facts and derived states on `today` (the law's deriveAssistancePlan). */
export async function loadPlanSteps(db: Q, measureId: string, today: string) {
  const steps = await db
    .selectFrom("assistance_plan_step")
    .selectAll()
    .where("measure_id", "=", measureId)
    .orderBy("seq")
    .execute();
  const facts =
    steps.length === 0
      ? []
      : await db
          .selectFrom("assistance_plan_step_fact")
          .selectAll()
          .where(
            "step_id",
            "in",
            steps.map((s) => s.id),
          )
          .orderBy("seq")
          .execute();
  const factsOf = (id: string) => facts.filter((f) => f.step_id === id);
  const derived = deriveAssistancePlan(
    steps.map((s) => ({
      dueOn: s.due_on,
      facts: factsOf(s.id).map((f) => ({ type: f.type, at: new Date(f.at) })),
    })),
    today,
  );
  return { steps, factsOf, derived };
}

/**
 * An individual assistance plan (001 Arts. 55(1), 72(5)): the plan measure's term, goal and status,
 * its steps with their states derived now, the hand-offs to the responsible bodies with their states,
 * the progress and whether it may be closed, and the closing assessment. Victims' data (001 Art.
 * 83(2)): read by who may read the family's case with personal fields; audited.
 */
export async function readAssistancePlan(
  deps: MeasureDeps,
  ctx: ActCtx,
  measureId: string,
): Promise<AssistancePlan> {
  const m = await deps.db
    .selectFrom("measure")
    .select([
      "id",
      "kind",
      "person_id",
      "issuer_body_id",
      "territory_path",
      "status",
      "valid_from",
      "valid_until",
      "issued_at",
      "input",
      "version",
      "registration_number",
    ])
    .where("id", "=", measureId)
    .executeTakeFirst();
  if (!m || m.kind !== "social_adaptation_plan") throw notFound("The assistance plan");
  authorizeCase(ctx.actor, "read_personal", m.territory_path);
  const now = deps.now();
  const today = legalDateOf(now);
  const { steps, factsOf, derived } = await loadPlanSteps(deps.db, measureId, today);
  const handoffIds = steps.map((s) => s.handoff_id).filter((x): x is string => x !== null);
  const handoffs =
    handoffIds.length === 0
      ? []
      : await deps.db
          .selectFrom("handoff")
          .select(["id", "state", "due_at", "received_at"])
          .where("id", "in", handoffIds)
          .execute();
  const family = await deps.db
    .selectFrom("family_measure")
    .select("family_id")
    .where("measure_id", "=", measureId)
    .executeTakeFirst();
  const assessment = await deps.db
    .selectFrom("assistance_plan_assessment")
    .selectAll()
    .where("measure_id", "=", measureId)
    .executeTakeFirst();
  const bodies = await bodyRefs(deps.db, [m.issuer_body_id, ...steps.map((s) => s.responsible_body_id)]);
  const names = await personNames(deps.db, m.person_id ? [m.person_id] : []);
  await recordAudit(deps.db, ctx.audit, {
    action: "assistance_plan.read",
    recordType: "assistance_plan",
    recordId: measureId,
    fields: ["person", "goal", "steps"],
  });
  const input = m.input as { justification?: { text?: string } };
  return {
    measureId,
    registrationNumber: m.registration_number,
    familyId: family?.family_id ?? null,
    person: personRef(m.person_id ?? "", names, true),
    centre: bodyRef(m.issuer_body_id, bodies),
    goal: input.justification?.text ?? "",
    from: m.valid_from,
    until: m.valid_until,
    issuedAt: new Date(m.issued_at).toISOString(),
    status: m.status,
    version: m.version,
    steps: steps.map((s, i) => {
      const h = handoffs.find((x) => x.id === s.handoff_id);
      return {
        id: s.id,
        seq: s.seq,
        area: s.area,
        title: s.title,
        responsibleBody: bodyRef(s.responsible_body_id, bodies),
        dueOn: s.due_on,
        state: (derived.steps[i]?.state ?? "open") satisfies PlanStepState,
        facts: factsOf(s.id).map((f) => ({
          seq: f.seq,
          type: f.type,
          at: new Date(f.at).toISOString(),
          note: f.note,
        })),
        handoff: h
          ? {
              id: h.id,
              state: h.state,
              dueAt: new Date(h.due_at).toISOString(),
              overdue: h.received_at === null && new Date(h.due_at) < now,
            }
          : null,
      };
    }),
    progress: derived.progress,
    mayClose: derived.mayClose && m.status !== "terminated",
    assessment: assessment
      ? {
          outcome: assessment.outcome,
          assessment: assessment.assessment,
          at: new Date(assessment.at).toISOString(),
        }
      : null,
    asOf: today,
  };
}
