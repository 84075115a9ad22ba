/**
 * State of a preventive visit derived from its facts as of an instant: status, the report due date
 * and whether it is overdue (003 p.28), what the report still lacks (003 pp.13, 15, 27), the duties to
 * report signs of torture (003 p.26), and, given a work calendar, the duration limits (003 pp.24-25).
 */
import { point } from "../core/citation.ts";
import type { Refusal } from "../core/verdict.ts";
import { legalDateOf, type LegalDate } from "../calendar/legal-date.ts";
import type { WorkCalendar } from "../calendar/working-days.ts";
import { DEFAULT_NPM_CONFIG, type NpmConfig } from "./config.ts";
import { npmDueAfterHours, npmDuty, type NpmDuty } from "./duty.ts";
import { validateVisitDuration, type NpmVisitExtension } from "./duration.ts";
import { reportGaps, visitReportDueAt, visitReportDueDate, type NpmReportGaps } from "./report.ts";
import { visitFactsKnownAt, type NpmVisit, type NpmVisitFact } from "./visit-facts.ts";

/** Where a visit stands (003 Chapters 2-3). */
export type NpmVisitStatus = "planned" | "in_progress" | "awaiting_report" | "reported" | "cancelled";

/** The derived state of a visit (REQUIREMENTS R10.5, R10.7). */
export interface DerivedNpmVisit extends NpmReportGaps {
  readonly status: NpmVisitStatus;
  readonly startedOn: LegalDate | null;
  readonly endedOn: LegalDate | null;
  /** Last day to submit the report (003 p.28); null until the visit has ended, or when cancelled. */
  readonly reportDueDate: LegalDate | null;
  readonly reportDueAt: Date | null;
  readonly reportSubmittedAt: Date | null;
  /** Not submitted and past due (003 p.28). */
  readonly reportOverdue: boolean;
  /** Submitted after the due instant (003 p.28). */
  readonly reportLate: boolean;
  /** Visit reports are confidential (003 p.29). */
  readonly confidential: true;
  readonly duties: NpmDuty[];
  /** Duration refusals (003 pp.24-25), computed when a work calendar is given; to date while in progress. */
  readonly durationRefusals: Refusal[];
}

/** Derives a visit's state from its facts as of `asOf` (facts after `asOf` are ignored). */
export function deriveVisit(
  visit: NpmVisit,
  facts: readonly NpmVisitFact[],
  asOf: Date,
  options: { readonly calendar?: WorkCalendar; readonly config?: NpmConfig } = {},
): DerivedNpmVisit {
  const config = options.config ?? DEFAULT_NPM_CONFIG;
  const known = visitFactsKnownAt(facts, asOf);
  let startedOn: LegalDate | null = null;
  let endedOn: LegalDate | null = null;
  let submitted: { at: Date; listedComplaintIds: readonly string[] } | null = null;
  let extension: NpmVisitExtension | null = null;
  let cancelled = false;
  const travelDays: LegalDate[] = [];
  for (const f of known) {
    if (f.type === "started") startedOn = f.on;
    else if (f.type === "ended") endedOn = f.on;
    else if (f.type === "travel_day") travelDays.push(f.on);
    else if (f.type === "extended") extension = f;
    else if (f.type === "cancelled") cancelled = true;
    else if (f.type === "report_submitted" && submitted === null) submitted = f;
  }
  const reportDueDate = endedOn !== null && !cancelled ? visitReportDueDate(visit.kind, endedOn) : null;
  const reportDueAt = endedOn !== null && !cancelled ? visitReportDueAt(visit.kind, endedOn) : null;
  const duties: NpmDuty[] = [];
  if (reportDueAt)
    duties.push(
      npmDuty("submit_visit_report", point("28"), reportDueAt, submitted?.at ?? null, asOf, {
        visitId: visit.id,
      }),
    );
  duties.push(...tortureDuties(known, asOf, config));
  const status: NpmVisitStatus = submitted
    ? "reported"
    : cancelled
      ? "cancelled"
      : endedOn !== null
        ? "awaiting_report"
        : startedOn !== null
          ? "in_progress"
          : "planned";
  const durationRefusals =
    options.calendar && startedOn !== null
      ? validateVisitDuration(
          { form: visit.form, from: startedOn, to: endedOn ?? legalDateOf(asOf), travelDays, extension },
          options.calendar,
        )
      : [];
  return {
    status,
    startedOn,
    endedOn,
    reportDueDate,
    reportDueAt,
    reportSubmittedAt: submitted?.at ?? null,
    reportOverdue: reportDueAt !== null && submitted === null && asOf > reportDueAt,
    reportLate: reportDueAt !== null && submitted !== null && submitted.at > reportDueAt,
    confidential: true,
    duties,
    durationRefusals,
    ...reportGaps(visit, known, submitted?.listedComplaintIds ?? []),
  };
}

/**
 * For each revelation of signs of torture, the duty to report it to the prosecution authorities and
 * to the Commissioner (003 p.26), met by the first report to each made at or after it. The text sets
 * no term: the due instant comes from `NpmConfig.tortureSignsReportHours` (none by default).
 */
function tortureDuties(known: readonly NpmVisitFact[], asOf: Date, config: NpmConfig): NpmDuty[] {
  const out: NpmDuty[] = [];
  for (const f of known) {
    if (f.type !== "torture_signs_revealed") continue;
    const dueAt = npmDueAfterHours(f.at, config.tortureSignsReportHours);
    for (const to of ["prosecutor", "commissioner"] as const) {
      const reports = known.flatMap((r) =>
        r.type === "torture_signs_reported" && r.to === to && r.at >= f.at ? [r.at] : [],
      );
      const doneAt = reports.length ? new Date(Math.min(...reports.map((d) => d.getTime()))) : null;
      out.push(
        npmDuty(`report_torture_signs_to_${to}`, point("26"), dueAt, doneAt, asOf, {
          revealedAt: f.at.toISOString(),
        }),
      );
    }
  }
  return out;
}
