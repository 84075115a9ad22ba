// The pure part of the centre's screens (no React, unit-tested in node): the one-month clock of a
// stay shown before it is saved, the checks of a plan's steps, and the labels' choices.
import {
  daysBetween,
  isLegalDate,
  PLAN_OUTCOMES,
  PLAN_STEP_AREAS,
  PLAN_STEP_FACT_TYPES,
  planStepRefusals,
  temporaryResidenceLatestEnd,
} from "@aldyn/law";
import type { TFunction } from "i18next";
import type { PersonRef, StayState, StepState } from "./fsTypes.ts";

/**
 * The law's lists, offered by the forms: the areas of a step and of a service (001 Arts. 10(2)(3),
 * 72(2),(5)), what is recorded on a step, and the outcome of the closing assessment (55(1)).
 */
export { PLAN_OUTCOMES, PLAN_STEP_AREAS, PLAN_STEP_FACT_TYPES };
export const STAY_STATES: readonly StayState[] = ["staying", "ending", "overdue", "departed"];

/** The 72(2) article that limits a stay, for the messages and the hover. */
export const STAY_ARTICLE = "001 Art. 72(2)";

export interface StayPreview {
  /** The latest day the stay may end: one month after admission (001 Arts. 10(2)(4), 72(2)). */
  latestEnd: string;
  /** Nights from admission to the planned end. */
  nights: number;
  /** The planned end lies past the month: the server would refuse it. */
  overMonth: boolean;
  /** The planned end lies before admission. */
  beforeAdmission: boolean;
}

/** The stay's clock as the form shows it before saving; null until both dates are given. */
export function stayPreview(admittedOn: string, plannedUntil: string): StayPreview | null {
  if (!isLegalDate(admittedOn)) return null;
  const latestEnd = temporaryResidenceLatestEnd(admittedOn);
  if (!isLegalDate(plannedUntil)) return { latestEnd, nights: 0, overMonth: false, beforeAdmission: false };
  return {
    latestEnd,
    nights: Math.max(0, daysBetween(admittedOn, plannedUntil)),
    overMonth: plannedUntil > latestEnd,
    beforeAdmission: plannedUntil < admittedOn,
  };
}

/** Free places of a shelter (never below zero, whatever the count says). */
export function freePlaces(places: number, occupied: number): number {
  return Math.max(0, places - occupied);
}

/** One step as the plan form holds it (the body chosen in the picker, or none yet). */
export interface StepDraft {
  area: string;
  title: string;
  responsibleBodyId: string | null;
  dueOn: string;
}

type StepField = "title" | "responsibleBodyId" | "dueOn";
/** The form's message for each of the law's refusals of a step (planStepRefusals, 001 Art. 55(1)). */
const STEP_MESSAGES: Readonly<Record<string, [StepField, string]>> = {
  "assistance_plan.step_title_required": ["title", "familySupport.check.stepTitle"],
  "assistance_plan.step_responsible_body_required": ["responsibleBodyId", "familySupport.check.stepBody"],
  "assistance_plan.step_due_outside_plan": ["dueOn", "familySupport.check.stepDueOutside"],
};

/**
 * The message keys of the form's own checks of one step: the law's own refusals (the server makes
 * the same, 001 Art. 55(1)), and a due date not yet given. The plan's term is checked only once both
 * its dates are given.
 */
export function stepProblems(
  step: StepDraft,
  plan: { from: string; until: string },
): Partial<Record<StepField, string>> {
  const out: Partial<Record<StepField, string>> = {};
  const term = {
    from: isLegalDate(plan.from) ? plan.from : "0000-01-01",
    until: isLegalDate(plan.until) ? plan.until : "9999-12-31",
  };
  const dueOn = isLegalDate(step.dueOn) ? step.dueOn : term.from;
  for (const r of planStepRefusals({ ...step, dueOn }, term)) {
    const known = STEP_MESSAGES[r.code];
    if (known && out[known[0]] === undefined) out[known[0]] = known[1];
  }
  if (!isLegalDate(step.dueOn)) out.dueOn = "familySupport.check.stepDue";
  return out;
}

/** The languages a document prints in, the page's first (Russian first for an English page). */
export function printLanguages(lang: string): readonly ("kk" | "ru")[] {
  return lang === "kk" ? ["kk", "ru"] : ["ru", "kk"];
}

/** A person as a line: the Cyrillic name, or a neutral word when a barrier withholds it (R11.1). */
export function personLine(t: TFunction, p: PersonRef | null | undefined): string {
  return p?.fullName ?? t("familySupport.personWithheld");
}

/** The colour of a step's state badge: what needs the specialist in warm colours. */
export function stepStateColor(state: StepState): string {
  return { open: "blue", overdue: "red", done: "green", not_done: "gray", cancelled: "gray" }[state];
}

/** The colour of a stay's state badge. */
export function stayStateColor(state: StayState): string {
  return { staying: "blue", ending: "orange", overdue: "red", departed: "gray" }[state];
}

/** A plan's progress as a percentage of its steps done (0 for a plan with no steps). */
export function progressPercent(progress: { done: number; total: number }): number {
  return progress.total === 0 ? 0 : Math.round((100 * progress.done) / progress.total);
}
