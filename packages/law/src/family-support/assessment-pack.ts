/**
 * The figures of the six-monthly assessment: "Once every six months, at meetings of regional
 * interdepartmental commissions on prevention of infractions, an assessment shall be made of the
 * effectiveness of early identification and organization of support for persons (families) in
 * difficult life situations" (001 Art. 72(4)), and "of the effectiveness of measures taken by
 * authorized state bodies for domestic violence prevention" (72(7)) — R5.3. The half-year periods are
 * domestic-violence/assessment.ts. The text names no figures: which ones measure that effectiveness
 * is the system's reading, each tied to the provision whose work it counts.
 */
import { art, type Citation } from "../core/citation.ts";

/** One figure of the pack: a count (or share) over the region's records of the half-year. */
export interface AssessmentFigure {
  readonly code: string;
  /** The provision whose work the figure counts. */
  readonly article: Citation;
  /** How it is counted (English; the screens and the PDF translate the code). */
  readonly methodology: string;
}

/** The figures of the pack, in the order the pack shows them (001 Art. 72(4), (7)). */
export const ASSESSMENT_FIGURES = [
  {
    code: "identified",
    article: art("001", "11(1)"),
    methodology:
      "Persons identified by mobile groups in the half-year: distinct persons named on outreach visits (early identification).",
  },
  {
    code: "registered",
    article: art("001", "54(1)"),
    methodology:
      "Registrations of persons (families) in difficult life situations issued in the half-year by the region's family support centres.",
  },
  {
    code: "supported",
    article: art("001", "10(2)(3)"),
    methodology:
      "Distinct persons who received a social, legal, psychological or other service recorded by a family support centre in the half-year.",
  },
  {
    code: "plans_opened",
    article: art("001", "55(1)"),
    methodology: "Individual assistance plans issued in the half-year.",
  },
  {
    code: "plans_completed",
    article: art("001", "55(1)"),
    methodology: "Individual assistance plans closed in the half-year with the outcome 'achieved'.",
  },
  {
    code: "incidents",
    article: art("001", "72(3)(1)"),
    methodology: "Incidents of domestic violence that occurred in the half-year.",
  },
  {
    code: "repeat_incidents",
    article: art("001", "72(4)"),
    methodology:
      "Of those incidents, the ones that are not the first in their family (repeat number 2 or more): prevention that did not work.",
  },
  {
    code: "protective_orders",
    article: art("001", "60(1)"),
    methodology: "Protective orders issued in the half-year.",
  },
  {
    code: "notifications_total",
    article: art("001", "72(3)(2)"),
    methodology: "Notifications of interested subjects sent on the half-year's incidents.",
  },
  {
    code: "notifications_on_time",
    article: art("001", "72(3)(2)"),
    methodology:
      "Of those, the ones received within twenty-four hours of the report; the share on time is on-time divided by total.",
  },
  {
    code: "shelter_stays",
    article: art("001", "10(2)(4)"),
    methodology: "Stays in places of temporary residence that began in the half-year.",
  },
  {
    code: "outreach_visits",
    article: art("001", "11(1)"),
    methodology: "Outreach visits of the region's mobile groups in the half-year.",
  },
] as const satisfies readonly AssessmentFigure[];

/** One figure code of the pack. */
export type AssessmentFigureCode = (typeof ASSESSMENT_FIGURES)[number]["code"];

/** The codes of the figures, in order. */
export const ASSESSMENT_FIGURE_CODES: readonly AssessmentFigureCode[] = ASSESSMENT_FIGURES.map((f) => f.code);

/**
 * The share of notifications received on time (001 Art. 72(3)(2)), between 0 and 1, rounded to four
 * decimals; null when nothing was sent (no share, not 0 % or 100 %). Counts must be whole, not
 * negative, and `onTime` not above `total`.
 */
export function onTimeShare(onTime: number, total: number): number | null {
  if (!Number.isInteger(onTime) || !Number.isInteger(total) || onTime < 0 || onTime > total)
    throw new RangeError(`onTimeShare: ${onTime} of ${total} is not a share.`);
  if (total === 0) return null;
  return Math.round((onTime / total) * 10000) / 10000;
}
