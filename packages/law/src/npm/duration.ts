/**
 * Duration of a preventive visit, counted in working days without the time spent on the road: at most
 * two working days, five for a thematic visit (003 p.24); in exceptional cases extended by at most five
 * working days with the consent of the Commissioner (003 p.25).
 */
import { point } from "../core/citation.ts";
import { refuse, type Refusal } from "../core/verdict.ts";
import { addCalendarDays, type LegalDate } from "../calendar/legal-date.ts";
import { addWorkingDays, workingDaysBetween, type WorkCalendar } from "../calendar/working-days.ts";
import type { NpmVisitForm } from "./kinds.ts";

/** Most working days a visit may last, by form (003 p.24). */
export const NPM_VISIT_MAX_WORKING_DAYS: Readonly<Record<NpmVisitForm, number>> = {
  one_time: 2,
  thematic: 5,
};

/**
 * Most working days of an extension (003 p.25). Read as "extended by up to five working days" (the
 * Russian "продление … на срок не более пяти рабочих дней"): a one-time visit may then last 7 working
 * days in all, a thematic one 10.
 */
export const NPM_VISIT_MAX_EXTENSION_WORKING_DAYS = 5;

/** An extension of the visit period (003 p.25). */
export interface NpmVisitExtension {
  readonly workingDays: number;
  readonly commissionerConsent: boolean;
  /** The exceptional circumstances relied on (003 p.25: "in exceptional cases"). */
  readonly reason: string;
}

/** The period of a visit: first and last day at the institutions, and days on the road in between. */
export interface NpmVisitPeriod {
  readonly form: NpmVisitForm;
  readonly from: LegalDate;
  readonly to: LegalDate;
  /** Days spent on the road, not counted (003 p.24). */
  readonly travelDays?: readonly LegalDate[];
  readonly extension?: NpmVisitExtension | null;
}

/** Working days a visit counts (003 p.24): working days in [from, to] less the days on the road. */
export function visitWorkingDays(period: NpmVisitPeriod, cal: WorkCalendar): number {
  const travel = new Set(
    (period.travelDays ?? []).filter((d) => d >= period.from && d <= period.to && cal.isWorkingDay(d)),
  );
  return workingDaysBetween(period.from, period.to, cal) - travel.size;
}

/** Working days allowed for a visit: the limit of p.24 plus a consented extension of p.25 (capped at 5). */
export function allowedVisitWorkingDays(period: NpmVisitPeriod): number {
  const ext = period.extension;
  const extra =
    ext && ext.commissionerConsent
      ? Math.max(0, Math.min(ext.workingDays, NPM_VISIT_MAX_EXTENSION_WORKING_DAYS))
      : 0;
  return NPM_VISIT_MAX_WORKING_DAYS[period.form] + extra;
}

/**
 * The last day a visit starting on `from` may still be at the institutions without exceeding its
 * working-day limit (003 pp.24-25), counting no days on the road: the day before the first working day
 * beyond the limit. Non-working days at the end are not counted, so the result may be a weekend day.
 */
export function latestVisitEnd(from: LegalDate, allowedWorkingDays: number, cal: WorkCalendar): LegalDate {
  return addCalendarDays(addWorkingDays(addCalendarDays(from, -1), allowedWorkingDays + 1, cal), -1);
}

/** Every refusal of a visit period (003 pp.24-25). */
export function validateVisitDuration(period: NpmVisitPeriod, cal: WorkCalendar): Refusal[] {
  const out: Refusal[] = [];
  if (period.to < period.from)
    return [
      refuse("npm_visit.end_before_start", point("24"), "A visit cannot end before it starts (003 p.24).", {
        field: "to",
      }),
    ];
  const ext = period.extension;
  if (ext) {
    if (!ext.commissionerConsent)
      out.push(
        refuse(
          "npm_visit.extension_without_consent",
          point("25"),
          "A visit period is extended only with the consent of the Commissioner (003 p.25).",
          { field: "extension.commissionerConsent" },
        ),
      );
    if (!Number.isInteger(ext.workingDays) || ext.workingDays < 1)
      out.push(
        refuse(
          "npm_visit.extension_invalid",
          point("25"),
          "An extension is a whole number of working days, at least one (003 p.25).",
          { field: "extension.workingDays", params: { workingDays: ext.workingDays } },
        ),
      );
    else if (ext.workingDays > NPM_VISIT_MAX_EXTENSION_WORKING_DAYS)
      out.push(
        refuse(
          "npm_visit.extension_too_long",
          point("25"),
          `An extension may not exceed ${NPM_VISIT_MAX_EXTENSION_WORKING_DAYS} working days (003 p.25).`,
          {
            field: "extension.workingDays",
            params: { max: NPM_VISIT_MAX_EXTENSION_WORKING_DAYS, workingDays: ext.workingDays },
          },
        ),
      );
    if (!ext.reason.trim())
      out.push(
        refuse(
          "npm_visit.extension_reason_missing",
          point("25"),
          "An extension is allowed only in exceptional cases, which must be stated (003 p.25).",
          { field: "extension.reason" },
        ),
      );
  }
  const used = visitWorkingDays(period, cal);
  const allowed = allowedVisitWorkingDays(period);
  if (used > allowed)
    out.push(
      refuse(
        "npm_visit.duration_exceeded",
        point(ext ? "25" : "24"),
        `The visit lasts ${used} working days without travel; at most ${allowed} are allowed (003 pp.24-25).`,
        { field: "to", params: { used, allowed } },
      ),
    );
  return out;
}
