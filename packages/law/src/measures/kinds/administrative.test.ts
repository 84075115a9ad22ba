import { describe, expect, it } from "vitest";
import { sampleMeasureInput } from "../examples.ts";
import type { MeasureInput } from "../measure-input.ts";
import { validateNewMeasure } from "../validate-measure.ts";

const today = "2026-04-10";

function refusals(input: MeasureInput): Array<[string, string]> {
  const v = validateNewMeasure(input, { today });
  return v.ok ? [] : v.refusals.map((r) => [r.code, r.article]);
}

describe("administrative penalty (001 Art. 53)", () => {
  it.each([
    "court",
    "police_officer",
    "commission_on_minors",
    "economic_investigation_service",
    "akimat",
  ] as const)("001 Art. 53(1): imposed by %s", (issuerKind) => {
    expect(refusals({ ...sampleMeasureInput("administrative_penalty"), issuerKind })).toEqual([]);
  });

  it.each(["school_prevention_council", "family_support_centre", "prosecutor"] as const)(
    "001 Art. 53(1): not by %s",
    (issuerKind) => {
      expect(refusals({ ...sampleMeasureInput("administrative_penalty"), issuerKind })).toEqual([
        ["measure.issuer_not_competent", "001 Art. 53(1)"],
      ]);
    },
  );
});

describe("preventive restriction on freedom of movement (001 Art. 56)", () => {
  const base = sampleMeasureInput("movement_restriction");

  it("001 Art. 56(2): applied by internal affairs bodies only", () => {
    expect(refusals({ ...base, issuerKind: "akimat" })).toEqual([
      ["measure.issuer_not_competent", "001 Art. 56(2)"],
    ]);
  });

  it("001 Art. 56(1): the category must be stated", () => {
    expect(refusals({ ...base, details: {} })).toEqual([
      ["movement_restriction.category_missing", "001 Art. 56(1)"],
    ]);
  });

  it.each([undefined, " "])(
    "001 Art. 56(1)(2): a foreigner needs the judicial act on expulsion (%j)",
    (expulsionAct) => {
      expect(
        refusals({ ...base, details: { category: "foreigner_subject_to_expulsion", expulsionAct } }),
      ).toEqual([["movement_restriction.expulsion_act_missing", "001 Art. 56(1)(2)"]]);
    },
  );

  it("001 Art. 56(1)(2): a foreigner with the act and a sanction already given is allowed", () => {
    const details = {
      category: "foreigner_subject_to_expulsion",
      expulsionAct: "Court ruling 2-123/2026",
      courtSanction: { at: new Date("2026-04-10T09:00:00+05:00"), reference: "S-1" },
    } as const;
    expect(refusals({ ...base, details })).toEqual([]);
  });
});

describe("statutory notice (001 Art. 57)", () => {
  const base = sampleMeasureInput("statutory_notice");

  it.each(["police_head", "prosecutor", "court", "akimat", "education_body"] as const)(
    "001 Art. 57(1): sent by the state body %s",
    (issuerKind) => {
      expect(refusals({ ...base, issuerKind })).toEqual([]);
    },
  );

  it.each(["school_prevention_council", "family_support_centre", "health_organisation"] as const)(
    "001 Art. 57(1): not by the organisation %s",
    (issuerKind) => {
      expect(refusals({ ...base, issuerKind })).toEqual([["measure.issuer_not_competent", "001 Art. 57(1)"]]);
    },
  );

  it.each([
    { kind: "organisation", name: "", headOrOfficial: "Director" },
    { kind: "organisation", name: "School", headOrOfficial: "  " },
  ] as const)("001 Art. 57(1): the head or official and the organisation are named (%j)", (subject) => {
    expect(refusals({ ...base, subject })).toEqual([
      ["statutory_notice.addressee_missing", "001 Art. 57(1)"],
    ]);
  });
});
