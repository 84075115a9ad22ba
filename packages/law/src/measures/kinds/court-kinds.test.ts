import { describe, expect, it } from "vitest";
import { sampleMeasureInput } from "../examples.ts";
import type { MeasureInput } from "../measure-input.ts";
import { validateNewMeasure } from "../validate-measure.ts";

const today = "2026-04-10";

function refusals(input: MeasureInput): Array<[string, string]> {
  const v = validateNewMeasure(input, { today });
  return v.ok ? [] : v.refusals.map((r) => [r.code, r.article]);
}

function withDetails<K extends MeasureInput["kind"]>(
  kind: K,
  details: object,
  extra: object = {},
): MeasureInput {
  return { ...sampleMeasureInput(kind), details, ...extra } as MeasureInput;
}

describe("court-sourced kinds: only a court decides", () => {
  it.each([
    ["compulsory_medical_measure", "001 Art. 58(1)"],
    ["special_conduct_requirements", "001 Art. 61(1)"],
    ["non_custodial_punishment", "001 Art. 62(3)"],
    ["parole", "001 Art. 63(1)"],
    ["educational_influence", "001 Art. 67(1)"],
    ["psychological_assistance", "001 Art. 69(2)"],
    ["special_education_referral", "001 Art. 80(2)"],
    ["special_regime_referral", "001 Art. 81(5)"],
  ] as const)("%s by a prosecutor is refused under %s", (kind, article) => {
    expect(refusals({ ...sampleMeasureInput(kind), issuerKind: "prosecutor" })).toEqual([
      ["measure.issuer_not_competent", article],
    ]);
  });
});

describe("restraining order (001 Art. 52)", () => {
  it.each(["court", "prosecutor", "police_officer", "economic_investigation_service"] as const)(
    "001 Art. 52(2): applied by %s under the Criminal Procedure Code",
    (issuerKind) => {
      expect(refusals({ ...sampleMeasureInput("restraining_order"), issuerKind })).toEqual([]);
    },
  );

  it("001 Art. 52(2): not by a school's prevention council", () => {
    expect(
      refusals({ ...sampleMeasureInput("restraining_order"), issuerKind: "school_prevention_council" }),
    ).toEqual([["measure.issuer_not_competent", "001 Art. 52(2)"]]);
  });

  it("001 Art. 52(1): the person must be a suspect, an accused or a defendant", () => {
    expect(refusals(withDetails("restraining_order", {}))).toEqual([
      ["restraining_order.procedural_status_missing", "001 Art. 52(1)"],
    ]);
  });
});

describe("parole (001 Art. 63)", () => {
  it("001 Art. 63(3): a life sentence needs no end date (ten years)", () => {
    expect(refusals(withDetails("parole", { lifeSentence: true }))).toEqual([]);
  });

  it("001 Art. 63(3): the unserved portion must be stated", () => {
    expect(refusals(withDetails("parole", {}))).toEqual([["parole.unserved_term_missing", "001 Art. 63(3)"]]);
  });

  it("001 Art. 63(3): the unserved portion must end after the decision", () => {
    expect(refusals(withDetails("parole", { unservedUntil: "2026-04-10" }))).toEqual([
      ["parole.unserved_term_invalid", "001 Art. 63(3)"],
    ]);
  });
});

describe("educational influence (001 Art. 67)", () => {
  it("001 Art. 67(1): a person of eighteen is not a minor", () => {
    const input = {
      ...sampleMeasureInput("educational_influence"),
      subject: { kind: "person", birthDate: "2008-04-10" },
    };
    expect(refusals(input as MeasureInput)).toEqual([
      ["educational_influence.subject_not_minor", "001 Art. 67(1)"],
    ]);
  });

  it("001 Art. 67(1): a person who turns eighteen tomorrow is a minor", () => {
    const input = {
      ...sampleMeasureInput("educational_influence"),
      subject: { kind: "person", birthDate: "2008-04-11" },
    };
    expect(refusals(input as MeasureInput)).toEqual([]);
  });

  it.each([[[]], [["67.2.9_community_work"]], [undefined]])(
    "001 Art. 67(2): measures %j are refused",
    (measures) => {
      expect(refusals(withDetails("educational_influence", { measures }))).toEqual([
        ["educational_influence.measures_invalid", "001 Art. 67(2)"],
      ]);
    },
  );

  it("001 Art. 67(2): several measures at once", () => {
    expect(
      refusals(
        withDetails("educational_influence", { measures: ["67.2.1_warning", "67.2.8_probation_control"] }),
      ),
    ).toEqual([]);
  });
});

describe("parental rights measures (001 Art. 68)", () => {
  it.each([
    ["release_of_guardian", "education_body", []],
    ["foster_agreement_termination", "education_body", []],
    ["removal_of_guardian", "court", []],
    [
      "deprivation_of_parental_rights",
      "education_body",
      [["measure.issuer_not_competent", "001 Art. 68(2)"]],
    ],
    ["revocation_of_adoption", "akimat", [["measure.issuer_not_competent", "001 Art. 68(2)"]]],
  ] as const)("001 Art. 68(2): %s by %s", (action, issuerKind, expected) => {
    expect(refusals(withDetails("parental_rights_measure", { action }, { issuerKind }))).toEqual(expected);
  });

  it("001 Art. 68(1): the action must be stated", () => {
    expect(refusals(withDetails("parental_rights_measure", {}))).toEqual([
      ["parental_rights_measure.action_missing", "001 Art. 68(1)"],
    ]);
  });
});

describe("psychological assistance (001 Art. 69)", () => {
  it("001 Art. 69(2): ordered by a court, with or without a term", () => {
    expect(
      refusals({ ...sampleMeasureInput("psychological_assistance"), term: { validUntil: "2026-06-30" } }),
    ).toEqual([]);
  });
});
