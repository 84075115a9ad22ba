/**
 * "Once every six months, at meetings of regional interdepartmental commissions on prevention of
 * infractions, an assessment shall be made of the effectiveness of early identification and
 * organization of support for persons (families) in difficult life situations" (001 Art. 72(4)) — R5.3.
 */
import { addCalendarDays, type LegalDate } from "../calendar/legal-date.ts";
import { art, type Citation } from "../core/citation.ts";

/**
 * A six-month assessment period: a calendar half-year, 1 January-30 June or 1 July-31 December
 * (001 Art. 72(4)). "Once every six months" is read as once in each half-year — the periods state
 * bodies report by — rather than a rolling six months from the last meeting (docs/domestic-violence.md).
 */
export interface AssessmentPeriod {
  readonly year: number;
  readonly half: 1 | 2;
  readonly from: LegalDate;
  readonly until: LegalDate;
}

/** The half-year a date falls in (001 Art. 72(4)). */
export function assessmentPeriodOf(date: LegalDate): AssessmentPeriod {
  const year = Number(date.slice(0, 4));
  const y = date.slice(0, 4);
  return date.slice(5, 7) <= "06"
    ? { year, half: 1, from: `${y}-01-01`, until: `${y}-06-30` }
    : { year, half: 2, from: `${y}-07-01`, until: `${y}-12-31` };
}

/** One period of the schedule and whether its assessment took place (001 Art. 72(4)). */
export interface AssessmentPeriodStatus extends AssessmentPeriod {
  /** The first commission meeting in the period that made the assessment, if any. */
  readonly assessedOn: LegalDate | null;
  /** `missed`: the period is over without an assessment; `open`: not yet held, period running. */
  readonly state: "done" | "open" | "missed";
}

/** The assessment schedule of a regional commission (001 Art. 72(4)). */
export interface AssessmentSchedule {
  readonly article: Citation;
  readonly periods: readonly AssessmentPeriodStatus[];
  /** The end of the earliest period from today's on still without an assessment. */
  readonly nextDue: LegalDate;
}

/**
 * The six-monthly effectiveness assessments of a regional interdepartmental commission from `since`
 * (the commencement of 001, or the commission's creation) to `today` (001 Art. 72(4)). The first
 * period is the half-year containing `since`, counted only from `since`; a meeting before `since`
 * does not count. Every period up to today's is listed with its state.
 */
export function effectivenessAssessmentSchedule(args: {
  since: LegalDate;
  meetings: readonly LegalDate[];
  today: LegalDate;
}): AssessmentSchedule {
  const meetings = [...args.meetings].filter((m) => m >= args.since && m <= args.today).sort();
  const periods: AssessmentPeriodStatus[] = [];
  let p = assessmentPeriodOf(args.since);
  for (;;) {
    const from = p.from < args.since ? args.since : p.from;
    const assessedOn = meetings.find((m) => m >= from && m <= p.until) ?? null;
    const state = assessedOn !== null ? "done" : args.today > p.until ? "missed" : "open";
    periods.push({ ...p, from, assessedOn, state });
    if (p.until >= args.today) break;
    p = assessmentPeriodOf(addCalendarDays(p.until, 1));
  }
  const current = periods[periods.length - 1] as AssessmentPeriodStatus;
  const nextDue =
    current.state === "done" ? assessmentPeriodOf(addCalendarDays(current.until, 1)).until : current.until;
  return { article: art("001", "72(4)"), periods, nextDue };
}
