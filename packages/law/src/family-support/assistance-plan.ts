/**
 * The individual assistance plan of a person (family) in a difficult life situation (001 Arts.
 * 55(1), 72(5)) — R5.2: its steps, each with the body responsible for it, a due date and facts of
 * progress, and its closing with an outcome and an assessment. The plan itself is the measure
 * `social_adaptation_plan` (measures/kinds); these are the rules of its steps.
 */
import type { LegalDate } from "../calendar/legal-date.ts";
import { art } from "../core/citation.ts";
import { allow, refuse, type Refusal, type Verdict } from "../core/verdict.ts";

/**
 * The areas of support a step gives: "social, legal, and psychological support" (001 Arts. 10(2)(3),
 * 72(2)), "assistance in employment and (or) social adaptation" (72(5)), and medical care to
 * victims (26(11)); education (21, 22(4)) and housing (1(28): deprivation of housing is economic
 * violence) are the other competences the plan coordinates (10(2)(2)).
 */
export const PLAN_STEP_AREAS = [
  "social",
  "legal",
  "psychological",
  "employment",
  "medical",
  "education",
  "housing",
] as const;

/** One area of a plan step (001 Arts. 10(2)(3), 72(2), (5)). */
export type PlanStepArea = (typeof PLAN_STEP_AREAS)[number];

/** True for a plan step area. */
export function isPlanStepArea(value: string): value is PlanStepArea {
  return (PLAN_STEP_AREAS as readonly string[]).includes(value);
}

/**
 * What is recorded on a step: `progress` (something done, the step still open), `done`, `not_done`
 * (the step ended without its result) and `cancelled` (no longer needed). The last three end the step.
 */
export const PLAN_STEP_FACT_TYPES = ["progress", "done", "not_done", "cancelled"] as const;

/** One fact type of a plan step. */
export type PlanStepFactType = (typeof PLAN_STEP_FACT_TYPES)[number];

/** True for a plan step fact type. */
export function isPlanStepFactType(value: string): value is PlanStepFactType {
  return (PLAN_STEP_FACT_TYPES as readonly string[]).includes(value);
}

/** The fact types that end a step. */
const ENDING: ReadonlySet<string> = new Set(["done", "not_done", "cancelled"]);

/** A step as entered (001 Art. 55(1)). */
export interface PlanStepInput {
  readonly area: string;
  readonly title: string;
  readonly responsibleBodyId: string | null;
  readonly dueOn: LegalDate;
}

/** The term of the plan (the measure's term). */
export interface PlanTerm {
  readonly from: LegalDate;
  readonly until: LegalDate;
}

/**
 * Every refusal of a plan step, in the form's order:
 * - `assistance_plan.step_area_unknown` (72(2), (5)) — an area the plan does not know;
 * - `assistance_plan.step_title_required` (55(1)) — a step without what is to be done;
 * - `assistance_plan.step_responsible_body_required` (55(1): "by authorized entities for prevention
 *   of infractions") — each step has the body that carries it out;
 * - `assistance_plan.step_due_outside_plan` — a due date before the plan's start or after its end.
 *   The text sets no term for a step; keeping it within the plan's term is the system's reading, and
 *   the article given is the plan's (55(1)).
 */
export function planStepRefusals(step: PlanStepInput, plan: PlanTerm): Refusal[] {
  const a = art("001", "55(1)");
  const out: Refusal[] = [];
  if (!isPlanStepArea(step.area))
    out.push(
      refuse(
        "assistance_plan.step_area_unknown",
        art("001", "72(2)"),
        `A plan step has no area "${step.area}".`,
        {
          field: "area",
          params: { area: step.area },
        },
      ),
    );
  if (step.title.trim() === "")
    out.push(refuse("assistance_plan.step_title_required", a, "Write what the step is.", { field: "title" }));
  if (step.responsibleBodyId === null || step.responsibleBodyId.trim() === "")
    out.push(
      refuse(
        "assistance_plan.step_responsible_body_required",
        a,
        "Each step of the plan is carried out by an authorised subject of prevention: choose the responsible body.",
        { field: "responsibleBodyId" },
      ),
    );
  if (step.dueOn < plan.from || step.dueOn > plan.until)
    out.push(
      refuse(
        "assistance_plan.step_due_outside_plan",
        a,
        `A step is due within the plan's term, ${plan.from} to ${plan.until}.`,
        { field: "dueOn", params: { dueOn: step.dueOn, from: plan.from, until: plan.until } },
      ),
    );
  return out;
}

/** Checks a plan step (001 Art. 55(1)): the first refusal of {@link planStepRefusals}, or the step. */
export function checkPlanStep(
  step: PlanStepInput,
  plan: PlanTerm,
): Verdict<PlanStepInput & { readonly area: PlanStepArea; readonly responsibleBodyId: string }> {
  const [first] = planStepRefusals(step, plan);
  if (first) return first;
  return allow({
    ...step,
    area: step.area as PlanStepArea,
    responsibleBodyId: step.responsibleBodyId as string,
  });
}

/** A fact on a step. */
export interface PlanStepFact {
  readonly type: string;
  readonly at: Date;
}

/** The state of a step: open (due date not passed), overdue, or ended by its last ending fact. */
export type PlanStepState = "open" | "overdue" | "done" | "not_done" | "cancelled";

/** A step as the plan shows it. */
export interface DerivedPlanStep {
  readonly state: PlanStepState;
  /** When the step ended (its last ending fact), or null while it is open. */
  readonly endedAt: Date | null;
  /** The last fact of any type, or null. */
  readonly lastFactAt: Date | null;
}

/** A plan as its steps make it. */
export interface DerivedAssistancePlan {
  readonly steps: readonly DerivedPlanStep[];
  /** Steps done out of the steps not cancelled. */
  readonly progress: { readonly done: number; readonly total: number };
  /** True when no step is open or overdue (see {@link checkPlanClosing}). */
  readonly mayClose: boolean;
}

/**
 * The states of a plan's steps on `today` (the facts are the steps' own, in any order). A step ends
 * with its latest `done`, `not_done` or `cancelled` fact; `progress` facts leave it open. An open step
 * is overdue from the day after its due date — the plan's term, not the law's (001 Art. 55(1) sets none).
 */
export function deriveAssistancePlan(
  steps: readonly { readonly dueOn: LegalDate; readonly facts: readonly PlanStepFact[] }[],
  today: LegalDate,
): DerivedAssistancePlan {
  const derived = steps.map((s): DerivedPlanStep => {
    const facts = [...s.facts].sort((a, b) => a.at.getTime() - b.at.getTime());
    const ending = facts.filter((f) => ENDING.has(f.type)).pop();
    const lastFactAt = facts.length > 0 ? (facts[facts.length - 1] as PlanStepFact).at : null;
    if (ending) return { state: ending.type as PlanStepState, endedAt: ending.at, lastFactAt };
    return { state: today > s.dueOn ? "overdue" : "open", endedAt: null, lastFactAt };
  });
  const counted = derived.filter((s) => s.state !== "cancelled");
  return {
    steps: derived,
    progress: { done: counted.filter((s) => s.state === "done").length, total: counted.length },
    mayClose: derived.every((s) => s.state !== "open" && s.state !== "overdue"),
  };
}

/** The outcome of a plan at its closing (the assessment of 55(1)'s social adaptation). */
export const PLAN_OUTCOMES = ["achieved", "partly_achieved", "not_achieved"] as const;

/** One outcome of a plan. */
export type PlanOutcome = (typeof PLAN_OUTCOMES)[number];

/** True for a plan outcome. */
export function isPlanOutcome(value: string): value is PlanOutcome {
  return (PLAN_OUTCOMES as readonly string[]).includes(value);
}

/** A plan that may be closed: its outcome and the termination ground of the plan measure. */
export interface PlanClosing {
  readonly outcome: PlanOutcome;
  readonly assessment: string;
  /** `purpose_achieved` when achieved; otherwise `revoked` (the measure kind's grounds). */
  readonly terminationGround: "purpose_achieved" | "revoked";
}

/**
 * Checks the closing of a plan (001 Art. 55(1)):
 * - `assistance_plan.outcome_unknown` — an outcome not in {@link PLAN_OUTCOMES};
 * - `assistance_plan.open_steps` — a step is still open or overdue: each must be done, not done or
 *   cancelled first (params.open = how many);
 * - `assistance_plan.assessment_required` — the closing assessment is written (the regional
 *   commission assesses "the effectiveness of … organization of support", 72(4), from these).
 */
export function checkPlanClosing(
  plan: { readonly steps: readonly { readonly state: PlanStepState }[] },
  closing: { readonly outcome: string; readonly assessment: string | null },
): Verdict<PlanClosing> {
  const a = art("001", "55(1)");
  if (!isPlanOutcome(closing.outcome))
    return refuse("assistance_plan.outcome_unknown", a, `A plan has no outcome "${closing.outcome}".`, {
      field: "outcome",
      params: { outcome: closing.outcome },
    });
  const open = plan.steps.filter((s) => s.state === "open" || s.state === "overdue").length;
  if (open > 0)
    return refuse(
      "assistance_plan.open_steps",
      a,
      `${open} step(s) of the plan are still open: record each as done, not done or cancelled first.`,
      { field: "steps", params: { open } },
    );
  const assessment = (closing.assessment ?? "").trim();
  if (assessment === "")
    return refuse(
      "assistance_plan.assessment_required",
      art("001", "72(4)"),
      "Write the closing assessment.",
      {
        field: "assessment",
      },
    );
  return allow({
    outcome: closing.outcome,
    assessment,
    terminationGround: closing.outcome === "achieved" ? "purpose_achieved" : "revoked",
  });
}
