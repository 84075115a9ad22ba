import { addCalendarDays, addMonths, type LegalDate } from "../calendar/legal-date.ts";
import { art, type Citation } from "../core/citation.ts";

/**
 * The quarterly analysis of schools' prevention work: education management bodies "conduct a quarterly
 * analysis of the activities of educational organizations in preventing infractions among minors and the
 * effectiveness of the measures taken" (001 Art. 21(10)).
 */

export type Quarter = 1 | 2 | 3 | 4;

/** The calendar quarter of a day, with its first and last days (both inclusive). */
export function quarterOf(d: LegalDate): {
  year: number;
  quarter: Quarter;
  from: LegalDate;
  until: LegalDate;
} {
  const year = Number(d.slice(0, 4));
  const quarter = (Math.floor((Number(d.slice(5, 7)) - 1) / 3) + 1) as Quarter;
  return { year, quarter, ...quarterRange(year, quarter) };
}

/** The first and last days of a quarter of a year. */
export function quarterRange(year: number, quarter: Quarter): { from: LegalDate; until: LegalDate } {
  const from = `${String(year).padStart(4, "0")}-${String((quarter - 1) * 3 + 1).padStart(2, "0")}-01`;
  return { from, until: addCalendarDays(addMonths(from, 3), -1) };
}

/** The quarter before the one of `d` (the one an analysis made early in a quarter is about). */
export function previousQuarterOf(d: LegalDate): {
  year: number;
  quarter: Quarter;
  from: LegalDate;
  until: LegalDate;
} {
  return quarterOf(addCalendarDays(quarterOf(d).from, -1));
}

/** A figure of the quarterly analysis: its code, the provision it measures and how it is counted. */
export interface SchoolAnalysisFigure {
  readonly code: SchoolAnalysisFigureCode;
  readonly article: Citation;
  readonly methodology: string;
}

export type SchoolAnalysisFigureCode =
  | "attention_pupils"
  | "attention_by_criterion"
  | "absence_criterion_met"
  | "council_meetings"
  | "support_assigned"
  | "refusals_referred"
  | "support_closed_achieved"
  | "offences_by_pupils_reported";

/**
 * The figures per school of the analysis of 21(10) — only what the school's records give (no survey,
 * no estimate). Each counts the quarter `[from, until]`.
 */
export const SCHOOL_ANALYSIS_FIGURES: readonly SchoolAnalysisFigure[] = [
  {
    code: "attention_pupils",
    article: art("001", "78(2)"),
    methodology: "Pupils with an attention record of the school open on any day of the quarter.",
  },
  {
    code: "attention_by_criterion",
    article: art("001", "78(2)"),
    methodology:
      "The same pupils counted per criterion of 78(2)(1)-(12) on their records (a pupil counts under each criterion recorded).",
  },
  {
    code: "absence_criterion_met",
    article: art("001", "78(2)(4)"),
    methodology:
      "Pupils with four or more distinct days missed without a valid reason within one month, the month ending in the quarter, from the imported attendance.",
  },
  {
    code: "council_meetings",
    article: art("001", "23(14)"),
    methodology: "Meetings of the school's prevention council on a pupil held in the quarter.",
  },
  {
    code: "support_assigned",
    article: art("001", "78(3)"),
    methodology:
      "Pedagogical support measures issued by the school in the quarter after a council's meeting.",
  },
  {
    code: "refusals_referred",
    article: art("001", "78(4)"),
    methodology:
      "Refusals of pedagogical support by the legal representatives recorded in the quarter and passed to the commission on minors' affairs.",
  },
  {
    code: "support_closed_achieved",
    article: art("001", "23(3)"),
    methodology:
      "Pedagogical support measures of the school ended in the quarter with every step of their plan done (the effectiveness of the measures taken, 21(10)).",
  },
  {
    code: "offences_by_pupils_reported",
    article: art("001", "23(1)"),
    methodology:
      "Reports of infractions by or against pupils that the school made to law enforcement bodies in the quarter.",
  },
];
