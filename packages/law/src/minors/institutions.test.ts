import { describe, expect, it } from "vitest";
import { kazakhstanWorkCalendar } from "../calendar/working-days.ts";
import {
  akimatCommissionSubmissionDueOn,
  specialInstitutionRulesOn,
  specialInstitutionStay,
  specialRegimeSubmissionDueOn,
  UNAUTHORISED_DEPARTURE_RECIPIENTS,
  validateSpecialInstitutionReferral,
  type SpecialInstitutionKind,
} from "./institutions.ts";
import { DEFAULT_CARRIED_000_CONFIG } from "./carried-config.ts";

const cal = kazakhstanWorkCalendar();
const SEO: SpecialInstitutionKind = "special_educational_organisation";
const SRO: SpecialInstitutionKind = "special_regime_organisation";

describe("special institutions: ages and terms (001 Arts. 80-81; 000 Arts. 13-14)", () => {
  it("001 Art. 80(3): six months to one year; 001 Art. 81(5): six months to two years", () => {
    expect(specialInstitutionRulesOn(SEO, "2026-04-01").value).toMatchObject({
      minMonths: 6,
      maxMonths: 12,
      minAge: 11,
      ageLimit: 18,
    });
    expect(specialInstitutionRulesOn(SRO, "2026-04-01").value).toMatchObject({ minMonths: 6, maxMonths: 24 });
  });
  it("000 Art. 13(3): before 001, one month to one year", () => {
    const r = specialInstitutionRulesOn(SEO, "2025-06-01");
    expect(r.version).toBe("000");
    expect(r.value).toMatchObject({ minMonths: 1, maxMonths: 12 });
    expect(r.value.articles.term).toBe("000 Art. 13(3)");
  });
  it("000 Art. 14(11)(3) vs 001 Art. 81(11)(4): 001 adds the internal affairs bodies to the release notice", () => {
    expect(specialInstitutionRulesOn(SRO, "2025-06-01").value.releaseNoticeTo).toEqual([
      "commission_on_minors",
    ]);
    expect(specialInstitutionRulesOn(SRO, "2026-06-01").value.releaseNoticeTo).toEqual([
      "commission_on_minors",
      "internal_affairs",
    ]);
  });
  it.each<[string, SpecialInstitutionKind, string, string, number, string[]]>([
    ["001 Art. 80(1),(3): 11 years, 6 months", SEO, "2015-04-01", "2026-04-01", 6, []],
    ["001 Art. 80(1): 10 years is too young", SEO, "2015-04-02", "2026-04-01", 6, ["minors.institution_age"]],
    ["001 Art. 80(1): 18 is too old", SEO, "2008-04-01", "2026-04-01", 6, ["minors.institution_age"]],
    [
      "001 Art. 80(3): 5 months is too short",
      SEO,
      "2012-01-01",
      "2026-04-01",
      5,
      ["minors.institution_term"],
    ],
    [
      "001 Art. 80(3): 13 months is too long",
      SEO,
      "2012-01-01",
      "2026-04-01",
      13,
      ["minors.institution_term"],
    ],
    ["000 Art. 13(3): 1 month allowed before 001", SEO, "2012-01-01", "2025-04-01", 1, []],
    ["001 Art. 81(5): two years", SRO, "2012-01-01", "2026-04-01", 24, []],
    ["001 Art. 81(5): 25 months too long", SRO, "2012-01-01", "2026-04-01", 25, ["minors.institution_term"]],
    ["001 Art. 81(5): whole months only", SRO, "2012-01-01", "2026-04-01", 6.5, ["minors.institution_term"]],
  ])("%s", (_n, kind, birth, decidedOn, termMonths, expected) => {
    expect(
      validateSpecialInstitutionReferral({ kind, subjectBirthDate: birth, decidedOn, termMonths }).map(
        (r) => r.code,
      ),
    ).toEqual(expected);
  });
});

describe("stay, release notice and return (001 Arts. 80(10)-(11), 81(11)-(12))", () => {
  it("001 Art. 80(10)(4): release notice no later than one month before the end of the term", () => {
    const s = specialInstitutionStay({
      kind: SEO,
      subjectBirthDate: "2012-01-01",
      decidedOn: "2026-04-01",
      placedOn: "2026-04-10",
      termMonths: 12,
    });
    expect(s).toMatchObject({
      termEnd: "2027-04-10",
      releaseOn: "2027-04-10",
      releaseGround: "term_expired",
      releaseArticle: "000 Art. 14-1(1)(1)",
      releaseNoticeDueOn: "2027-03-10",
      releaseNoticeTo: ["commission_on_minors"],
      releaseNoticeArticle: "001 Art. 80(10)(4)",
    });
  });
  it("000 Art. 14-1(2)(2) (carried): released on majority before the term ends; the notice precedes it", () => {
    const s = specialInstitutionStay({
      kind: SRO,
      subjectBirthDate: "2008-09-15",
      decidedOn: "2026-04-01",
      placedOn: "2026-04-10",
      termMonths: 24,
    });
    expect(s).toMatchObject({
      termEnd: "2028-04-10",
      releaseOn: "2026-09-15",
      releaseGround: "majority",
      releaseArticle: "000 Art. 14-1(2)(2)",
      carriedFrom000: true,
      releaseNoticeDueOn: "2026-08-15",
      releaseNoticeTo: ["commission_on_minors", "internal_affairs"],
      releaseNoticeArticle: "001 Art. 81(11)(4)",
    });
  });
  it("000 Art. 14-1 (carried): the majority rule can be switched off", () => {
    const carried = {
      ...DEFAULT_CARRIED_000_CONFIG,
      release: { ...DEFAULT_CARRIED_000_CONFIG.release, onMajority: false },
    };
    const s = specialInstitutionStay(
      {
        kind: SRO,
        subjectBirthDate: "2008-09-15",
        decidedOn: "2026-04-01",
        placedOn: "2026-04-10",
        termMonths: 24,
      },
      carried,
    );
    expect(s.releaseOn).toBe("2028-04-10");
  });
  it.each<[SpecialInstitutionKind, string, string, string]>([
    [SEO, "2026-04-30", "2026-05-06", "001 Art. 80(11)"], // Thu 30 Apr; 1 May holiday; Mon 4, Tue 5, Wed 6
    [SRO, "2026-04-27", "2026-04-30", "001 Art. 81(12)"], // Mon → Thu
  ])(
    "001 Arts. 80(11), 81(12): akimat submits within three working days of arrival (%s, %s)",
    (kind, arrived, due, article) => {
      expect(akimatCommissionSubmissionDueOn(kind, arrived, cal)).toEqual({ dueOn: due, article });
    },
  );
  it("001 Arts. 80(10)(3), 81(11)(2): unauthorised departure reported to internal affairs at both places", () => {
    expect(UNAUTHORISED_DEPARTURE_RECIPIENTS.recipients).toEqual([
      "internal_affairs_at_institution",
      "internal_affairs_at_residence",
    ]);
  });
});

describe("special-regime submission (001 Art. 81(3))", () => {
  it.each<[string, Parameters<typeof specialRegimeSubmissionDueOn>[0], string]>([
    [
      "001 Art. 81(3): thirty days from the decision terminating the case",
      { caseTerminatedOn: "2026-04-01" },
      "2026-05-01",
    ],
    [
      "001 Art. 81(3): extended by thirty days by the prosecutor",
      { caseTerminatedOn: "2026-04-01", extension: { days: 30, decidedBy: "prosecutor" } },
      "2026-05-31",
    ],
    [
      "001 Art. 81(3): extended by ten days by internal affairs",
      { caseTerminatedOn: "2026-04-01", extension: { days: 10, decidedBy: "internal_affairs" } },
      "2026-05-11",
    ],
  ])("%s", (_n, input, dueOn) => {
    expect(specialRegimeSubmissionDueOn(input)).toEqual({
      ok: true,
      value: { dueOn, article: "001 Art. 81(3)" },
    });
  });
  it.each<[string, Parameters<typeof specialRegimeSubmissionDueOn>[0], string]>([
    [
      "001 Art. 81(3): not more than thirty days",
      { caseTerminatedOn: "2026-04-01", extension: { days: 31, decidedBy: "prosecutor" } },
      "minors.special_regime_extension_too_long",
    ],
    [
      "001 Art. 81(3): not negative",
      { caseTerminatedOn: "2026-04-01", extension: { days: -1, decidedBy: "prosecutor" } },
      "minors.special_regime_extension_too_long",
    ],
    [
      "001 Art. 81(3): whole days",
      { caseTerminatedOn: "2026-04-01", extension: { days: 1.5, decidedBy: "prosecutor" } },
      "minors.special_regime_extension_too_long",
    ],
    [
      "001 Art. 81(3): only internal affairs or the prosecutor extend",
      { caseTerminatedOn: "2026-04-01", extension: { days: 10, decidedBy: "court" } },
      "minors.special_regime_extension_not_competent",
    ],
  ])("%s", (_n, input, code) => {
    expect(specialRegimeSubmissionDueOn(input)).toMatchObject({ ok: false, code, article: "001 Art. 81(3)" });
  });
});
