/**
 * Periodicity of preventive visits and the plan of visits: every institution subject to visits gets a
 * periodic visit at least once every four years (003 p.3(1); 000 Art. 32(1)(1)); periodic and
 * intermediate visits follow the plan approved by the Coordinating Council (003 p.6).
 */
import { point } from "../core/citation.ts";
import { refuse, type Refusal } from "../core/verdict.ts";
import { addYears, type LegalDate } from "../calendar/legal-date.ts";
import type { NpmInstitution, NpmVisitForm, NpmVisitKind } from "./kinds.ts";

/** The longest interval between periodic visits, in years (003 p.3(1); 000 Art. 32(1)(1)). */
export const NPM_PERIODIC_VISIT_INTERVAL_YEARS = 4;

/** When the next periodic visit to an institution is due (003 p.3(1)). */
export interface PeriodicVisitDue {
  /** Last day on which the periodic visit still honours the four-year limit; null if unknown. */
  readonly dueBy: LegalDate | null;
  /** True when today is past `dueBy`, or when no visit and no start date are on record. */
  readonly overdue: boolean;
  readonly neverVisited: boolean;
}

/**
 * The due date of the next periodic visit — 003 p.3(1): "at least once every four years". Read as a
 * rolling limit: the next periodic visit must take place no later than the same calendar day four
 * years after the last one (29 February → 28 February). Only periodic visits reset the clock (one-time
 * or thematic, 003 p.7); intermediate and special visits do not. A never-visited institution counts from
 * `subjectSince` when given; without it, it is due now and shown as overdue so it surfaces in worklists.
 */
export function periodicVisitDue(
  lastPeriodicVisitOn: LegalDate | null,
  today: LegalDate,
  options: { readonly subjectSince?: LegalDate } = {},
): PeriodicVisitDue {
  const anchor = lastPeriodicVisitOn ?? options.subjectSince ?? null;
  const neverVisited = lastPeriodicVisitOn === null;
  if (anchor === null) return { dueBy: null, overdue: true, neverVisited };
  const dueBy = addYears(anchor, NPM_PERIODIC_VISIT_INTERVAL_YEARS);
  return { dueBy, overdue: today > dueBy, neverVisited };
}

/** A visit in the plan of the Coordinating Council (003 p.6). */
export interface NpmPlannedVisit {
  readonly id: string;
  readonly kind: NpmVisitKind;
  readonly form: NpmVisitForm;
  readonly institutionIds: readonly string[];
  readonly from: LegalDate;
  readonly to: LegalDate;
  /** Participants of the group authorised to conduct the visit (003 p.6 second paragraph). */
  readonly groupParticipantIds: readonly string[];
}

/** The plan of preventive visits approved by the Coordinating Council (003 p.6). */
export interface NpmVisitPlan {
  /** Date of approval by the Coordinating Council; null while a draft. */
  readonly approvedOn: LegalDate | null;
  readonly period: { readonly from: LegalDate; readonly until: LegalDate };
  readonly visits: readonly NpmPlannedVisit[];
}

/**
 * Checks the contents of a plan (003 p.6): approved by the Coordinating Council; each visit periodic or
 * intermediate (special visits are decided by the Commissioner, not planned — 003 p.10), with dates
 * within the plan period, the institutions visited and the group. Group composition is checked by
 * `validateVisitGroup`.
 */
export function validateVisitPlan(plan: NpmVisitPlan): Refusal[] {
  const out: Refusal[] = [];
  if (plan.approvedOn === null)
    out.push(
      refuse(
        "npm_plan.not_approved",
        point("6"),
        "Periodic and intermediate visits follow a plan approved by the Coordinating Council (003 p.6).",
        { field: "approvedOn" },
      ),
    );
  plan.visits.forEach((v, i) => {
    const field = `visits[${i}]`;
    const params = { visitId: v.id };
    if (v.kind === "special")
      out.push(
        refuse(
          "npm_plan.special_visit_in_plan",
          point("10"),
          "Special visits are not planned: the Commissioner decides them on reports of torture (003 p.10).",
          { field, params },
        ),
      );
    if (v.institutionIds.length === 0)
      out.push(
        refuse(
          "npm_plan.visit_without_institutions",
          point("6"),
          "A plan lists the institutions visited (003 p.6).",
          { field, params },
        ),
      );
    if (v.groupParticipantIds.length === 0)
      out.push(
        refuse(
          "npm_plan.visit_without_group",
          point("6"),
          "A plan states the composition of the group for each visit (003 p.6).",
          { field, params },
        ),
      );
    if (v.to < v.from)
      out.push(
        refuse(
          "npm_plan.visit_dates_invalid",
          point("6"),
          "A planned visit cannot end before it starts (003 p.6).",
          { field, params },
        ),
      );
    else if (v.from < plan.period.from || v.to > plan.period.until)
      out.push(
        refuse(
          "npm_plan.visit_outside_period",
          point("6"),
          `The visit dates fall outside the plan period ${plan.period.from}–${plan.period.until} (003 p.6).`,
          { field, params: { ...params, ...plan.period } },
        ),
      );
  });
  return out;
}

/**
 * Flags every institution that the plan leaves past the four-year limit (003 p.3(1)) within the plan
 * period: a planned periodic visit that starts after the due date, or no periodic visit planned although
 * the due date falls on or before the end of the period. A never-visited institution with no
 * `subjectSince` is flagged when the plan holds no periodic visit to it at all.
 */
export function checkPlanPeriodicity(plan: NpmVisitPlan, institutions: readonly NpmInstitution[]): Refusal[] {
  const out: Refusal[] = [];
  for (const inst of institutions) {
    const planned = plan.visits
      .filter((v) => v.kind === "periodic" && v.institutionIds.includes(inst.id))
      .map((v) => v.from)
      .sort();
    let anchor = inst.lastPeriodicVisitOn ?? inst.subjectSince ?? null;
    for (const start of planned) {
      const dueBy = anchor === null ? null : addYears(anchor, NPM_PERIODIC_VISIT_INTERVAL_YEARS);
      if (dueBy !== null && start > dueBy) out.push(pastLimit(inst.id, dueBy, start));
      anchor = start;
    }
    if (anchor === null) {
      out.push(pastLimit(inst.id, null, null));
      continue;
    }
    const dueBy = addYears(anchor, NPM_PERIODIC_VISIT_INTERVAL_YEARS);
    if (dueBy <= plan.period.until) out.push(pastLimit(inst.id, dueBy, null));
  }
  return out;
}

function pastLimit(institutionId: string, dueBy: LegalDate | null, plannedOn: LegalDate | null): Refusal {
  const when = plannedOn ? `the plan schedules it on ${plannedOn}` : "the plan schedules none";
  return refuse(
    "npm_plan.periodic_visit_past_limit",
    point("3(1)"),
    `Institution ${institutionId} must have a periodic visit at least once every four years (003 p.3(1)); due by ${dueBy ?? "now (never visited)"}, ${when}.`,
    { params: { institutionId, dueBy: dueBy ?? "", plannedOn: plannedOn ?? "" } },
  );
}
