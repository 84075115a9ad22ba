import { art, type Citation } from "../core/citation.ts";
import type { LegalDate } from "../calendar/legal-date.ts";
import {
  DEFAULT_LAW_CONFIG,
  ruleOn,
  type LawConfig,
  type RuleInForce,
  type VersionedRule,
} from "./law-version.ts";

/**
 * The term and the age frame of a referral of a minor to a special educational organisation, as one
 * text states them (000 Art. 13; 001 Art. 80). Terms are in calendar months, counted with
 * `addMonths` from the placement.
 */
export interface SpecialEducationTerm {
  /** Shortest term the court may set: 000 Art. 13(3) one month; 001 Art. 80(3) six months. */
  readonly minMonths: number;
  /** Longest term the court may set: one year in both texts. */
  readonly maxMonths: number;
  /** Ages of the minors the organisations are for: "from eleven to eighteen" (000 Art. 13(1); 001 Art. 80(1)). */
  readonly minAge: number;
  /** Reaching this age ends minority (18): the upper end of "eleven to eighteen". */
  readonly ageOfMajority: number;
  /**
   * 000 Art. 13(4): the stay "may be prematurely terminated in connection with attainment of
   * majority". 001 Art. 80(4) lists only the court's finding that the measure is no longer needed.
   */
  readonly earlyReleaseOnMajority: boolean;
  /**
   * 000 Art. 13(5)(1): an extension to complete education runs "only until he/she reaches the age of
   * majority". 001 Art. 80(5)(1) has no such limit.
   */
  readonly educationExtensionOnlyUntilMajority: boolean;
  /** The prosecutor's participation is mandatory (000 Art. 13(7); 001 Art. 80(7)). */
  readonly prosecutorMandatory: boolean;
  /** Release notice to the commission at least this many months before the end (000 Art. 13(9)(3); 001 Art. 80(10)(4)). */
  readonly releaseNoticeMonthsBefore: number;
  /** The provisions each field comes from, for refusals and documents. */
  readonly articles: {
    readonly term: Citation;
    readonly ages: Citation;
    readonly earlyRelease: Citation;
    readonly extension: Citation;
    readonly prosecutor: Citation;
    readonly releaseNotice: Citation;
  };
}

/**
 * The term of placement in a special educational organisation in both texts (R11.3):
 * 000 Art. 13(3) "one month to one year"; 001 Art. 80(3) "six months to one year".
 */
export const SPECIAL_EDUCATION_TERM: VersionedRule<SpecialEducationTerm> = {
  "000": {
    article: art("000", "13(3)"),
    value: {
      minMonths: 1,
      maxMonths: 12,
      minAge: 11,
      ageOfMajority: 18,
      earlyReleaseOnMajority: true,
      educationExtensionOnlyUntilMajority: true,
      prosecutorMandatory: true,
      releaseNoticeMonthsBefore: 1,
      articles: {
        term: art("000", "13(3)"),
        ages: art("000", "13(1)"),
        earlyRelease: art("000", "13(4)"),
        extension: art("000", "13(5)(1)"),
        prosecutor: art("000", "13(7)"),
        releaseNotice: art("000", "13(9)(3)"),
      },
    },
  },
  "001": {
    article: art("001", "80(3)"),
    value: {
      minMonths: 6,
      maxMonths: 12,
      minAge: 11,
      ageOfMajority: 18,
      earlyReleaseOnMajority: false,
      educationExtensionOnlyUntilMajority: false,
      prosecutorMandatory: true,
      releaseNoticeMonthsBefore: 1,
      articles: {
        term: art("001", "80(3)"),
        ages: art("001", "80(1)"),
        earlyRelease: art("001", "80(4)"),
        extension: art("001", "80(5)(1)"),
        prosecutor: art("001", "80(7)"),
        releaseNotice: art("001", "80(10)(4)"),
      },
    },
  },
};

/**
 * The special-education term in force on the date of the court's decision to refer the minor
 * (R11.3): 000 Art. 13(3) before the commencement of 001, 001 Art. 80(3) from it. The decision date,
 * not the placement date, fixes the version: the court sets the term under the text of its day.
 */
export function specialEducationTermOn(
  decisionDate: LegalDate,
  config: LawConfig = DEFAULT_LAW_CONFIG,
): RuleInForce<SpecialEducationTerm> {
  return ruleOn(SPECIAL_EDUCATION_TERM, decisionDate, config);
}
