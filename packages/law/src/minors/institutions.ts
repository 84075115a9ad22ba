import { art, type Citation } from "../core/citation.ts";
import { allow, firstRefusals, refuse, type Refusal, type Verdict } from "../core/verdict.ts";
import { addCalendarDays, addMonths, ageOn, dateOfAge, type LegalDate } from "../calendar/legal-date.ts";
import { addWorkingDays, type WorkCalendar } from "../calendar/working-days.ts";
import { specialEducationTermOn } from "../versions/special-education.ts";
import {
  DEFAULT_LAW_CONFIG,
  ruleOn,
  type LawConfig,
  type LawVersion,
  type VersionedRule,
} from "../versions/law-version.ts";
import { DEFAULT_CARRIED_000_CONFIG, type Carried000Config } from "./carried-config.ts";

/** The two special institutions for minors of 001 Arts. 80-81. */
export type SpecialInstitutionKind = "special_educational_organisation" | "special_regime_organisation";

/** Who receives the release notice (001 Arts. 80(10)(4), 81(11)(4)). */
export type ReleaseNoticeRecipient = "commission_on_minors" | "internal_affairs";

/** Ages, term limits and release-notice addressees of a special institution, as one text states them. */
export interface SpecialInstitutionRules {
  readonly minAge: number;
  /** Minors only: under eighteen ("from eleven to eighteen years"). */
  readonly ageLimit: number;
  readonly minMonths: number;
  readonly maxMonths: number;
  readonly releaseNoticeTo: readonly ReleaseNoticeRecipient[];
  readonly articles: { readonly ages: Citation; readonly term: Citation; readonly releaseNotice: Citation };
}

/**
 * The special-regime organisation in both texts: 000 Art. 14 and 001 Art. 81 both give 11-18 years
 * and six months to two years; 001 adds the internal affairs bodies as addressees of the release notice.
 */
export const SPECIAL_REGIME_RULES: VersionedRule<SpecialInstitutionRules> = {
  "000": {
    article: art("000", "14(5)"),
    value: {
      minAge: 11,
      ageLimit: 18,
      minMonths: 6,
      maxMonths: 24,
      releaseNoticeTo: ["commission_on_minors"],
      articles: {
        ages: art("000", "14(2)"),
        term: art("000", "14(5)"),
        releaseNotice: art("000", "14(11)(3)"),
      },
    },
  },
  "001": {
    article: art("001", "81(5)"),
    value: {
      minAge: 11,
      ageLimit: 18,
      minMonths: 6,
      maxMonths: 24,
      releaseNoticeTo: ["commission_on_minors", "internal_affairs"],
      articles: {
        ages: art("001", "81(2)"),
        term: art("001", "81(5)"),
        releaseNotice: art("001", "81(11)(4)"),
      },
    },
  },
};

/**
 * The rules of a special institution in force on the date of the court's decision (R11.3): the
 * special educational organisation from `specialEducationTermOn` (000 Art. 13 / 001 Art. 80: one or
 * six months to one year), the special-regime organisation from {@link SPECIAL_REGIME_RULES}.
 */
export function specialInstitutionRulesOn(
  kind: SpecialInstitutionKind,
  decidedOn: LegalDate,
  config: LawConfig = DEFAULT_LAW_CONFIG,
): { version: LawVersion; value: SpecialInstitutionRules } {
  if (kind === "special_regime_organisation") return ruleOn(SPECIAL_REGIME_RULES, decidedOn, config);
  const t = specialEducationTermOn(decidedOn, config);
  return {
    version: t.version,
    value: {
      minAge: t.value.minAge,
      ageLimit: t.value.ageOfMajority,
      minMonths: t.value.minMonths,
      maxMonths: t.value.maxMonths,
      releaseNoticeTo: ["commission_on_minors"],
      articles: {
        ages: t.value.articles.ages,
        term: t.value.articles.term,
        releaseNotice: t.value.articles.releaseNotice,
      },
    },
  };
}

/**
 * Validates the age and the term of a referral (001 Arts. 80(1),(3), 81(2),(5); 000 Arts. 13, 14 for
 * decisions before 001). Refusals: `minors.institution_age` (under 11 or 18 and over on the decision
 * date), `minors.institution_term` (months outside the limits or not whole). The other conditions of
 * the referral (court, applicant, prosecutor, diseases, the 81(3) submission) are validated with the
 * measure (`special_education_referral`, `special_regime_referral`).
 */
export function validateSpecialInstitutionReferral(
  args: {
    kind: SpecialInstitutionKind;
    subjectBirthDate: LegalDate;
    decidedOn: LegalDate;
    termMonths: number;
  },
  config: LawConfig = DEFAULT_LAW_CONFIG,
): Refusal[] {
  const r = specialInstitutionRulesOn(args.kind, args.decidedOn, config).value;
  const age = ageOn(args.subjectBirthDate, args.decidedOn);
  const m = args.termMonths;
  return firstRefusals([
    age < r.minAge || age >= r.ageLimit
      ? refuse(
          "minors.institution_age",
          r.articles.ages,
          `The institution takes minors from ${r.minAge} to ${r.ageLimit} years (${r.articles.ages}); the minor is ${age}.`,
          { field: "subjectBirthDate", params: { age, minAge: r.minAge, ageLimit: r.ageLimit } },
        )
      : null,
    !Number.isInteger(m) || m < r.minMonths || m > r.maxMonths
      ? refuse(
          "minors.institution_term",
          r.articles.term,
          `The term is ${r.minMonths} to ${r.maxMonths} months (${r.articles.term}).`,
          { field: "termMonths", params: { minMonths: r.minMonths, maxMonths: r.maxMonths } },
        )
      : null,
  ]);
}

/** The stay in a special institution with its release and the release notice (001 Arts. 80-81; 000 Art. 14-1). */
export interface SpecialInstitutionStay {
  /** The day the court's term expires: placement + term in months (001 Arts. 80(3), 81(5)). */
  readonly termEnd: LegalDate;
  /** The expected day of release: the term's end, or the 18th birthday if earlier (000 Art. 14-1, carried). */
  readonly releaseOn: LegalDate;
  readonly releaseGround: "term_expired" | "majority";
  readonly releaseArticle: Citation;
  /** True when the release day comes from a rule of 000 carried into the system (R4.3). */
  readonly carriedFrom000: boolean;
  /** The notice is sent no later than one month before the end of the stay (001 Arts. 80(10)(4), 81(11)(4)). */
  readonly releaseNoticeDueOn: LegalDate;
  readonly releaseNoticeTo: readonly ReleaseNoticeRecipient[];
  readonly releaseNoticeArticle: Citation;
}

/**
 * The stay in a special institution (001 Arts. 80(3), 80(10)(4), 81(5), 81(11)(4)). The release is on
 * the day the term expires (000 Art. 14-1(1)(1), carried), or earlier on the day of majority when
 * `release.onMajority` is on (000 Art. 14-1(1)(2), (2)(2), carried: 001 takes minors "from eleven to
 * eighteen" but no longer says they leave at eighteen). The release notice is due one month before the
 * expected release, so it also precedes a release at majority.
 */
export function specialInstitutionStay(
  args: {
    kind: SpecialInstitutionKind;
    subjectBirthDate: LegalDate;
    decidedOn: LegalDate;
    placedOn: LegalDate;
    termMonths: number;
  },
  carried: Carried000Config = DEFAULT_CARRIED_000_CONFIG,
  config: LawConfig = DEFAULT_LAW_CONFIG,
): SpecialInstitutionStay {
  const r = specialInstitutionRulesOn(args.kind, args.decidedOn, config).value;
  const termEnd = addMonths(args.placedOn, args.termMonths);
  const majority = dateOfAge(args.subjectBirthDate, 18);
  const atMajority = carried.release.onMajority && majority < termEnd;
  const sub = args.kind === "special_educational_organisation" ? "1" : "2";
  const releaseOn = atMajority ? majority : termEnd;
  return {
    termEnd,
    releaseOn,
    releaseGround: atMajority ? "majority" : "term_expired",
    releaseArticle: art("000", atMajority ? `14-1(${sub})(2)` : `14-1(${sub})(1)`),
    carriedFrom000: true,
    releaseNoticeDueOn: addMonths(releaseOn, -1),
    releaseNoticeTo: r.releaseNoticeTo,
    releaseNoticeArticle: r.articles.releaseNotice,
  };
}

/**
 * The day by which the local executive body (akimat) submits the returned minor's further education
 * and employment to the commission on minors' affairs: three working days after arrival at the place
 * of residence, the day of arrival not counted (001 Arts. 80(11), 81(12)).
 */
export function akimatCommissionSubmissionDueOn(
  kind: SpecialInstitutionKind,
  arrivedOn: LegalDate,
  cal: WorkCalendar,
): { dueOn: LegalDate; article: Citation } {
  return {
    dueOn: addWorkingDays(arrivedOn, 3, cal),
    article: art("001", kind === "special_educational_organisation" ? "80(11)" : "81(12)"),
  };
}

/** Whom the administration informs of an unauthorised departure (001 Arts. 80(10)(3), 81(11)(2)); no term is set. */
export const UNAUTHORISED_DEPARTURE_RECIPIENTS = {
  recipients: ["internal_affairs_at_institution", "internal_affairs_at_residence"] as const,
  articles: [art("001", "80(10)(3)"), art("001", "81(11)(2)")],
};

/**
 * The day by which the internal affairs body submits to the court the referral of a minor of
 * 001 Art. 81(2)(1): thirty days from the decision terminating the criminal case (81(3)). "In
 * exceptional cases this term may be extended to thirty days" by a decision of the internal affairs
 * bodies or the prosecutor: read as "by up to thirty days" (to 60 in all), since "to thirty days"
 * would extend nothing. Refusals: `minors.special_regime_extension_too_long`,
 * `minors.special_regime_extension_not_competent`.
 */
export function specialRegimeSubmissionDueOn(args: {
  caseTerminatedOn: LegalDate;
  extension?: { days: number; decidedBy: string };
}): Verdict<{ dueOn: LegalDate; article: Citation }> {
  const article = art("001", "81(3)");
  const ext = args.extension;
  if (ext && (ext.days > 30 || ext.days < 0 || !Number.isInteger(ext.days))) {
    return refuse(
      "minors.special_regime_extension_too_long",
      article,
      "The submission term may be extended by up to thirty days (001 Art. 81(3)).",
      { field: "extension.days", params: { max: 30 } },
    );
  }
  if (ext && ext.decidedBy !== "internal_affairs" && ext.decidedBy !== "prosecutor") {
    return refuse(
      "minors.special_regime_extension_not_competent",
      article,
      "The extension is decided by the internal affairs bodies or the prosecutor (001 Art. 81(3)).",
      { field: "extension.decidedBy" },
    );
  }
  return allow({ dueOn: addCalendarDays(args.caseTerminatedOn, 30 + (ext?.days ?? 0)), article });
}
