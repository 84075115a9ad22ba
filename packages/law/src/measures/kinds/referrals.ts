import { addCalendarDays, addMonths, endOfLegalDate, legalDateOf } from "../../calendar/legal-date.ts";
import { addWorkingDays } from "../../calendar/working-days.ts";
import { art, type Citation } from "../../core/citation.ts";
import { refuse, type Refusal } from "../../core/verdict.ts";
import { specialEducationTermOn } from "../../versions/special-education.ts";
import type { NoticeRecipient } from "../facts.ts";
import type { DutyContext, DutySpec, FactView, KindValidity } from "../kind-rules.ts";
import type { MeasureKind } from "../kinds.ts";
import type { NormalizedMeasure } from "../measure-input.ts";
import { COURT, defineKind, requireAgeBetween } from "./common.ts";

/** The stay runs from placement in the institution for the months the court set. */
function stayValidity(m: NormalizedMeasure, v: FactView): KindValidity {
  const placed = v.first("placed");
  if (!placed) return { from: null, until: null, awaiting: "placement" };
  const from = legalDateOf(placed.at);
  return { from, until: addMonths(from, m.term!.months!) };
}

/**
 * The duties around the end of a stay: the administration's release notice no later than one month
 * before the end of the term (001 Arts. 80(10)(4), 81(11)(4)) to each addressee, and the akimat's
 * submission of the returned minor's case to the commission within three working days after arrival
 * (001 Arts. 80(11), 81(12)).
 */
function stayDuties(
  kind: MeasureKind,
  noticeArticle: Citation,
  recipients: readonly NoticeRecipient[],
  akimatArticle: Citation,
  v: FactView,
  d: DutyContext,
): DutySpec[] {
  const out: DutySpec[] = [];
  if (d.validUntil) {
    const due = endOfLegalDate(addMonths(d.validUntil, -1));
    for (const to of recipients) {
      out.push({
        code: `${kind}.release_notice_${to}`,
        article: noticeArticle,
        dueAt: due,
        doneAt: v.all("notice_sent").find((f) => f.to === to)?.at,
      });
    }
  }
  const home = v.first("returned_home");
  if (home) {
    out.push({
      code: `${kind}.akimat_submission`,
      article: akimatArticle,
      dueAt: endOfLegalDate(addWorkingDays(legalDateOf(home.at), 3, d.workCalendar)),
      doneAt: v.all("submitted_to_commission").find((f) => f.at >= home.at)?.at,
    });
  }
  return out;
}

/** The checks both referrals share: prosecutor's participation and the bar of disease. */
function commonReferralChecks(
  kind: MeasureKind,
  d: { prosecutorParticipated?: boolean; disqualifyingDisease?: boolean },
  prosecutorArticle: Citation,
  diseaseArticle: Citation,
): Refusal[] {
  const out: Refusal[] = [];
  if (d.prosecutorParticipated !== true) {
    out.push(
      refuse(
        `${kind}.prosecutor_not_participating`,
        prosecutorArticle,
        `${prosecutorArticle}: the participation of the prosecutor is mandatory.`,
        {
          field: "details.prosecutorParticipated",
        },
      ),
    );
  }
  if (d.disqualifyingDisease === true) {
    out.push(
      refuse(
        `${kind}.disqualifying_disease`,
        diseaseArticle,
        `${diseaseArticle}: minors with diseases preventing their detention and education there are not placed.`,
        { field: "details.disqualifyingDisease" },
      ),
    );
  }
  return out;
}

const REFERRAL_COMMON = {
  issuers: () => COURT,
  needsBirthDate: true,
  shape: "term",
  termInput: "months",
  extraFacts: ["placed", "returned_home", "submitted_to_commission"],
  terminationGrounds: ["court_early_release", "reached_18", "death", "revoked"],
  validity: stayValidity,
} as const;

/**
 * Referral to a special educational organisation (001 Art. 80): by a court on the application of the
 * guardianship body or the internal affairs body (80(2)); minors aged 11 to 18 (80(1)); six months to
 * one year (80(3)); early termination (80(4)) and extension (80(5)) by the court; prosecutor mandatory
 * (80(7)); not with a disease of the list (80(12)); graduates are placed on the register (59(2)(9)).
 */
export const specialEducationReferral = defineKind("special_education_referral", {
  ...REFERRAL_COMMON,
  article: art("001", "80"),
  issuerArticle: art("001", "80(2)"),
  termArticle: art("001", "80(3)"),
  termLimits: (c) => {
    const t = specialEducationTermOn(c.issuedOn, c.lawConfig);
    return { min: t.value.minMonths, max: t.value.maxMonths, article: t.value.articles.term };
  },
  register: {
    ground: "59.2.9_special_institution_graduate",
    article: art("001", "59(2)(9)"),
    onRelease: true,
  },
  extension: { article: art("001", "80(5)") },
  notices: ["commission_on_minors"],
  check(input, c) {
    const d = input.details ?? {};
    const out: Refusal[] = [];
    const age = requireAgeBetween("special_education_referral", c.age, 11, 18, art("001", "80(1)"));
    if (age) out.push(age);
    const a2 = art("001", "80(2)");
    if (d.applicant === undefined) {
      out.push(
        refuse(
          "special_education_referral.applicant_missing",
          a2,
          `${a2}: the court decides on the application of the guardianship body or the internal affairs body; state which.`,
          { field: "details.applicant" },
        ),
      );
    }
    out.push(
      ...commonReferralChecks("special_education_referral", d, art("001", "80(7)"), art("001", "80(12)")),
    );
    return out;
  },
  duties: (_m, v, d) =>
    stayDuties(
      "special_education_referral",
      art("001", "80(10)(4)"),
      ["commission_on_minors"],
      art("001", "80(11)"),
      v,
      d,
    ),
});

/**
 * Referral to an educational organisation with a special detention regime (001 Art. 81): minors aged
 * 11 to 18 of 81(2); by a court (81(3), 81(5)); for category 81(2)(1) the internal affairs body submits
 * within thirty days of the decision terminating the case, extendable by thirty days (81(3)), after
 * presenting the materials to the minor and representatives (81(4)); six months to two years (81(5));
 * early termination (81(6)) and extension (81(7)) by the court; prosecutor mandatory (81(8)); not with a
 * disease of the list (81(13)).
 */
export const specialRegimeReferral = defineKind("special_regime_referral", {
  ...REFERRAL_COMMON,
  article: art("001", "81"),
  issuerArticle: art("001", "81(5)"),
  termArticle: art("001", "81(5)"),
  termLimits: () => ({ min: 6, max: 24, article: art("001", "81(5)") }),
  register: {
    ground: "59.2.9_special_institution_graduate",
    article: art("001", "59(2)(9)"),
    onRelease: true,
  },
  extension: { article: art("001", "81(7)") },
  notices: ["commission_on_minors", "internal_affairs"],
  check(input, c) {
    const d = input.details ?? {};
    const out: Refusal[] = [];
    const age = requireAgeBetween("special_regime_referral", c.age, 11, 18, art("001", "81(2)"));
    if (age) out.push(age);
    const a2 = art("001", "81(2)");
    const a3 = art("001", "81(3)");
    if (d.category === undefined) {
      out.push(
        refuse(
          "special_regime_referral.category_missing",
          a2,
          `${a2}: state on which subparagraph the minor is placed.`,
          {
            field: "details.category",
          },
        ),
      );
    } else if (d.category === "81.2.1_case_terminated") {
      if (d.caseTerminatedOn === undefined || d.submittedToCourtOn === undefined) {
        out.push(
          refuse(
            "special_regime_referral.submission_dates_missing",
            a3,
            `${a3}: state the date of the decision terminating the case and the date of the submission to court.`,
            { field: "details.submittedToCourtOn" },
          ),
        );
      } else {
        const days = d.submissionTermExtended === true ? 60 : 30;
        const last = addCalendarDays(d.caseTerminatedOn, days);
        if (d.submittedToCourtOn > last) {
          out.push(
            refuse(
              "special_regime_referral.submission_late",
              a3,
              `${a3}: the submission is due within thirty days of the decision terminating the case (extendable by thirty days): by ${last}.`,
              { field: "details.submittedToCourtOn", params: { last, days } },
            ),
          );
        }
      }
      if (d.materialsReviewed !== true) {
        const a4 = art("001", "81(4)");
        out.push(
          refuse(
            "special_regime_referral.materials_not_reviewed",
            a4,
            `${a4}: the materials are presented to the minor and the legal representatives before submission to court.`,
            { field: "details.materialsReviewed" },
          ),
        );
      }
    }
    out.push(
      ...commonReferralChecks("special_regime_referral", d, art("001", "81(8)"), art("001", "81(13)")),
    );
    return out;
  },
  duties: (_m, v, d) =>
    stayDuties(
      "special_regime_referral",
      art("001", "81(11)(4)"),
      ["commission_on_minors", "internal_affairs"],
      art("001", "81(12)"),
      v,
      d,
    ),
});
