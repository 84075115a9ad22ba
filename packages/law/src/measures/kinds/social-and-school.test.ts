import { describe, expect, it } from "vitest";
import { sampleMeasureInput } from "../examples.ts";
import type { PedagogicalSupportDetails } from "../measure-details.ts";
import type { MeasureInput } from "../measure-input.ts";
import { validateNewMeasure } from "../validate-measure.ts";

const today = "2026-04-10";

function refusals(input: MeasureInput): Array<[string, string]> {
  const v = validateNewMeasure(input, { today });
  return v.ok ? [] : v.refusals.map((r) => [r.code, r.article]);
}

describe("difficult life situations (001 Arts. 54-55)", () => {
  it("001 Art. 54(1): registration by a family support centre", () => {
    expect(refusals(sampleMeasureInput("difficult_life_situation_registration"))).toEqual([]);
  });

  it.each(["family_support_centre", "akimat"] as const)(
    "001 Arts. 55(1), 72(5): plan organised by %s",
    (issuerKind) => {
      expect(refusals({ ...sampleMeasureInput("social_adaptation_plan"), issuerKind })).toEqual([]);
    },
  );

  it.each([[[]], [["  "]], [undefined]])(
    "001 Art. 55(1): plan activities %j are refused",
    (planActivities) => {
      const input = {
        ...sampleMeasureInput("social_adaptation_plan"),
        details: { planActivities },
      } as MeasureInput;
      expect(refusals(input)).toEqual([["social_adaptation_plan.plan_activities_missing", "001 Art. 55(1)"]]);
    },
  );
});

describe("pedagogical support (001 Art. 78)", () => {
  const base = sampleMeasureInput("pedagogical_support");
  const support = (d: Partial<PedagogicalSupportDetails>, extra: object = {}): MeasureInput =>
    ({ ...base, details: { ...base.details, ...d }, ...extra }) as MeasureInput;

  it("001 Art. 78(2): for minors only", () => {
    expect(refusals(support({}, { subject: { kind: "person", birthDate: "2008-01-01" } }))).toEqual([
      ["pedagogical_support.subject_not_minor", "001 Art. 78(2)"],
    ]);
  });

  it.each([[[]], [["78.2.13_other"]], [undefined]])("001 Art. 78(2): criteria %j are refused", (criteria) => {
    expect(refusals(support({ criteria } as Partial<PedagogicalSupportDetails>))).toEqual([
      ["pedagogical_support.criteria_invalid", "001 Art. 78(2)"],
    ]);
  });

  it.each([3, undefined])("001 Art. 78(2)(4): %s days missed is below four", (days) => {
    expect(refusals(support({ unexcusedAbsenceDaysInMonth: days }))).toEqual([
      ["pedagogical_support.absence_below_four_days", "001 Art. 78(2)(4)"],
    ]);
  });

  it("001 Art. 78(2)(4): four days is enough", () => {
    expect(refusals(support({ unexcusedAbsenceDaysInMonth: 4 }))).toEqual([]);
  });

  it.each([
    [{ kind: "person", birthDate: "2011-01-15", sex: "male" }],
    [{ kind: "person", birthDate: "2011-01-15" }],
  ])("001 Art. 78(2)(8): pregnancy criterion for %j is refused", (subject) => {
    expect(refusals(support({ criteria: ["78.2.8_pregnant"] }, { subject }))).toEqual([
      ["pedagogical_support.pregnancy_requires_female", "001 Art. 78(2)(8)"],
    ]);
  });

  it("001 Art. 78(2)(8), (11), (12): a pregnant graduate of either organisation", () => {
    const subject = { kind: "person", birthDate: "2009-01-15", sex: "female" };
    const criteria = [
      "78.2.8_pregnant",
      "78.2.11_special_education_graduate",
      "78.2.12_special_regime_graduate",
    ] as const;
    expect(refusals(support({ criteria }, { subject }))).toEqual([]);
  });

  it("001 Art. 78(3): the minor takes part", () => {
    expect(refusals(support({ present: ["parent"] }))).toEqual([
      ["pedagogical_support.minor_not_present", "001 Art. 78(3)"],
    ]);
  });

  it.each([[["minor", "teacher"]], [undefined]] as const)(
    "001 Art. 78(3): the legal representatives take part (%j)",
    (present) => {
      const codes = refusals(support({ present }));
      expect(codes).toContainEqual(["pedagogical_support.representative_not_present", "001 Art. 78(3)"]);
    },
  );

  it("001 Art. 78(3): a legal representative other than a parent", () => {
    expect(refusals(support({ present: ["minor", "legal_representative"] }))).toEqual([]);
  });

  it("001 Art. 78(3): decided by the school's prevention council", () => {
    expect(refusals({ ...base, issuerKind: "commission_on_minors" })).toEqual([
      ["measure.issuer_not_competent", "001 Art. 78(3)"],
    ]);
  });
});
