import { describe, expect, it } from "vitest";
import { sampleMeasureInput } from "../examples.ts";
import type { MeasureInput } from "../measure-input.ts";
import { validateNewMeasure } from "../validate-measure.ts";

const today = "2026-04-10";
const BEFORE_001 = new Date("2026-02-10T10:00:00+05:00");

function refusals(input: MeasureInput): Array<[string, string]> {
  const v = validateNewMeasure(input, { today });
  return v.ok ? [] : v.refusals.map((r) => [r.code, r.article]);
}

function patch<K extends MeasureInput["kind"]>(kind: K, details: object, extra: object = {}): MeasureInput {
  const base = sampleMeasureInput(kind);
  return { ...base, details: { ...base.details, ...details }, ...extra } as MeasureInput;
}

describe("administrative supervision (001 Arts. 64-65)", () => {
  it.each([
    ["crimeGravity", "administrative_supervision.crime_gravity_missing", "001 Art. 64(2)"],
    ["releaseDate", "administrative_supervision.release_date_missing", "001 Art. 64(2)"],
  ])("%s must be stated", (key, code, article) => {
    expect(refusals(patch("administrative_supervision", { [key]: undefined }))).toEqual([[code, article]]);
  });

  it("001 Art. 64(2)(1): three years after a 2020 release ended before the ruling", () => {
    expect(
      refusals(patch("administrative_supervision", { crimeGravity: "minor", releaseDate: "2020-01-01" })),
    ).toEqual([["administrative_supervision.term_already_expired", "001 Art. 64(2)"]]);
  });

  it("001 Art. 64(2)(3): eight years after a 2020 release still run", () => {
    expect(
      refusals(
        patch("administrative_supervision", { crimeGravity: "especially_grave", releaseDate: "2020-01-01" }),
      ),
    ).toEqual([]);
  });

  it.each([[[]], [["65.2.6_curfew"]], [undefined]])(
    "001 Art. 65(2): restrictions %j are refused",
    (restrictions) => {
      expect(refusals(patch("administrative_supervision", { restrictions }))).toEqual([
        ["administrative_supervision.restrictions_invalid", "001 Art. 65(2)"],
      ]);
    },
  );
});

describe("referral to a special educational organisation (001 Art. 80)", () => {
  it.each([
    ["2015-04-10", []],
    ["2008-04-11", []],
    ["2015-04-11", [["special_education_referral.age_out_of_range", "001 Art. 80(1)"]]],
    ["2008-04-10", [["special_education_referral.age_out_of_range", "001 Art. 80(1)"]]],
  ])("001 Art. 80(1): born %s (ages 11 to 18)", (birthDate, expected) => {
    expect(
      refusals(patch("special_education_referral", {}, { subject: { kind: "person", birthDate } })),
    ).toEqual(expected);
  });

  it.each([
    [6, []],
    [12, []],
    [5, [["special_education_referral.term_out_of_range", "001 Art. 80(3)"]]],
    [13, [["special_education_referral.term_out_of_range", "001 Art. 80(3)"]]],
  ])("001 Art. 80(3): %s months", (months, expected) => {
    expect(refusals(patch("special_education_referral", {}, { term: { months } }))).toEqual(expected);
  });

  it.each([
    [1, []],
    [13, [["special_education_referral.term_out_of_range", "000 Art. 13(3)"]]],
  ])("000 Art. 13(3): before the commencement of 001, %s months", (months, expected) => {
    expect(
      refusals(patch("special_education_referral", {}, { term: { months }, issuedAt: BEFORE_001 })),
    ).toEqual(expected);
  });

  it("001 Art. 80(2): the applicant is stated", () => {
    expect(refusals(patch("special_education_referral", { applicant: undefined }))).toEqual([
      ["special_education_referral.applicant_missing", "001 Art. 80(2)"],
    ]);
  });

  it("001 Art. 80(7), 80(12): prosecutor mandatory; a listed disease bars placement", () => {
    expect(
      refusals(
        patch("special_education_referral", { prosecutorParticipated: false, disqualifyingDisease: true }),
      ),
    ).toEqual([
      ["special_education_referral.prosecutor_not_participating", "001 Art. 80(7)"],
      ["special_education_referral.disqualifying_disease", "001 Art. 80(12)"],
    ]);
  });
});

describe("referral to a special detention regime (001 Art. 81)", () => {
  it("001 Art. 81(2): ages 11 to 18", () => {
    expect(
      refusals(
        patch("special_regime_referral", {}, { subject: { kind: "person", birthDate: "2016-01-01" } }),
      ),
    ).toEqual([["special_regime_referral.age_out_of_range", "001 Art. 81(2)"]]);
  });

  it.each([
    [6, []],
    [24, []],
    [5, [["special_regime_referral.term_out_of_range", "001 Art. 81(5)"]]],
    [25, [["special_regime_referral.term_out_of_range", "001 Art. 81(5)"]]],
  ])("001 Art. 81(5): %s months", (months, expected) => {
    expect(refusals(patch("special_regime_referral", {}, { term: { months } }))).toEqual(expected);
  });

  it("001 Art. 81(2): the subparagraph is stated", () => {
    expect(refusals(patch("special_regime_referral", { category: undefined }))).toEqual([
      ["special_regime_referral.category_missing", "001 Art. 81(2)"],
    ]);
  });

  it("001 Art. 81(3): both dates are needed to check the thirty days", () => {
    expect(refusals(patch("special_regime_referral", { submittedToCourtOn: undefined }))).toEqual([
      ["special_regime_referral.submission_dates_missing", "001 Art. 81(3)"],
    ]);
  });

  it.each([
    ["2026-04-19", false, []],
    ["2026-04-20", false, [["special_regime_referral.submission_late", "001 Art. 81(3)"]]],
    ["2026-05-19", true, []],
    ["2026-05-20", true, [["special_regime_referral.submission_late", "001 Art. 81(3)"]]],
  ] as const)(
    "001 Art. 81(3): case terminated 20 March, submitted %s (extended: %s)",
    (submittedToCourtOn, ext, expected) => {
      const input = patch(
        "special_regime_referral",
        { submittedToCourtOn, submissionTermExtended: ext },
        { issuedAt: new Date("2026-06-01T10:00:00+05:00") },
      );
      const v = validateNewMeasure(input, { today: "2026-06-01" });
      expect(v.ok ? [] : v.refusals.map((r) => [r.code, r.article])).toEqual(expected);
    },
  );

  it("001 Art. 81(4): the materials are reviewed before submission", () => {
    expect(refusals(patch("special_regime_referral", { materialsReviewed: false }))).toEqual([
      ["special_regime_referral.materials_not_reviewed", "001 Art. 81(4)"],
    ]);
  });

  it("001 Art. 81(2)(2): a minor released by the court needs no submission dates", () => {
    expect(
      refusals(
        patch("special_regime_referral", {
          category: "81.2.2_released_by_court",
          caseTerminatedOn: undefined,
          submittedToCourtOn: undefined,
          materialsReviewed: undefined,
        }),
      ),
    ).toEqual([]);
  });

  it("001 Art. 81(8), 81(13): prosecutor mandatory; a listed disease bars placement", () => {
    expect(
      refusals(
        patch("special_regime_referral", { prosecutorParticipated: undefined, disqualifyingDisease: true }),
      ),
    ).toEqual([
      ["special_regime_referral.prosecutor_not_participating", "001 Art. 81(8)"],
      ["special_regime_referral.disqualifying_disease", "001 Art. 81(13)"],
    ]);
  });
});
