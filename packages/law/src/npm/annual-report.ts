/**
 * The annual consolidated report of the participants (000 Art. 34) and the answers of the authorised
 * state bodies (000 Art. 36(2)).
 */
import { art } from "../core/citation.ts";
import { refuse, type Refusal } from "../core/verdict.ts";
import { addMonths, type LegalDate } from "../calendar/legal-date.ts";

/** Contents of the annual consolidated report (000 Art. 34(2)). */
export interface NpmAnnualReportContents {
  /** Recommendations to authorised state bodies made on the year's visits, for the Council to choose from. */
  readonly recommendationsOfYear: number;
  /** Of those, the recommendations the Council included in the report: what the report contains. */
  readonly recommendationsIncluded: number;
  /** The financial report on preventive visits for the last year, attached. */
  readonly financialReportAttached: boolean;
}

/**
 * Refusals of the contents of the annual report (000 Art. 34(2)): it includes recommendations to the
 * authorised state bodies and has the financial report for the last year attached. Recommendations
 * the year's visits made but the report leaves out are not in it, so at least one must be included:
 * `recommendations_missing` when the year has none to include, `recommendations_not_included` when
 * the Council included none of them. Suggestions on the legislation are also listed by 34(2) but may
 * honestly be none, so they are not required.
 */
export function validateAnnualReport(r: NpmAnnualReportContents): Refusal[] {
  const out: Refusal[] = [];
  if (r.recommendationsIncluded < 1)
    out.push(
      r.recommendationsOfYear < 1
        ? refuse(
            "npm_annual_report.recommendations_missing",
            art("000", "34(2)"),
            "The annual consolidated report includes recommendations to the authorised state bodies (000 Art. 34(2)).",
            { field: "recommendationIds" },
          )
        : refuse(
            "npm_annual_report.recommendations_not_included",
            art("000", "34(2)"),
            "The annual consolidated report includes recommendations to the authorised state bodies (000 Art. 34(2)): include at least one of the year's recommendations in the draft.",
            { field: "recommendationIds" },
          ),
    );
  if (!r.financialReportAttached)
    out.push(
      refuse(
        "npm_annual_report.financial_report_missing",
        art("000", "34(2)"),
        "The financial report on preventive visits for the last year is attached to the annual consolidated report (000 Art. 34(2)).",
        { field: "financialReportAttached" },
      ),
    );
  return out;
}

/**
 * Last day to send the approved annual report to the authorised state bodies and post it on the
 * Commissioner's website (000 Art. 34(3)): one month from approval by the Coordinating Council
 * (31 January → 28/29 February, see `addMonths`).
 */
export function annualReportPublicationDue(approvedOn: LegalDate): LegalDate {
  return addMonths(approvedOn, 1);
}

/** State of the publication duties of the annual report (000 Art. 34(3)). */
export interface AnnualReportPublication {
  readonly dueBy: LegalDate;
  readonly sendingOverdue: boolean;
  readonly publicationOverdue: boolean;
}

/** Whether the annual report was sent to the state bodies and posted in time (000 Art. 34(3)). */
export function annualReportPublication(
  r: {
    readonly approvedOn: LegalDate;
    readonly sentToBodiesOn: LegalDate | null;
    readonly postedOn: LegalDate | null;
  },
  today: LegalDate,
): AnnualReportPublication {
  const dueBy = annualReportPublicationDue(r.approvedOn);
  const late = (done: LegalDate | null): boolean => (done === null ? today > dueBy : done > dueBy);
  return { dueBy, sendingOverdue: late(r.sentToBodiesOn), publicationOverdue: late(r.postedOn) };
}

/**
 * Last day for an authorised state body to inform the Commissioner of the measures taken on the
 * annual report (000 Art. 36(2)): three months from the day the body received it.
 */
export function stateBodyAnswerDue(receivedOn: LegalDate): LegalDate {
  return addMonths(receivedOn, 3);
}

/** State of one state body's answer (000 Art. 36(2)). */
export interface StateBodyAnswer {
  readonly dueBy: LegalDate;
  /** Not answered and past due. */
  readonly overdue: boolean;
  /** Answered after the due date. */
  readonly late: boolean;
}

/** Whether a state body answered the annual report in time (000 Art. 36(2)). */
export function stateBodyAnswer(
  a: { readonly receivedOn: LegalDate; readonly answeredOn: LegalDate | null },
  today: LegalDate,
): StateBodyAnswer {
  const dueBy = stateBodyAnswerDue(a.receivedOn);
  return {
    dueBy,
    overdue: a.answeredOn === null && today > dueBy,
    late: a.answeredOn !== null && a.answeredOn > dueBy,
  };
}
