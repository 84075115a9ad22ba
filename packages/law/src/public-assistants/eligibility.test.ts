import { describe, expect, it } from "vitest";
import {
  penaltiesWithinYear,
  screenPublicAssistantApplicant,
  type PublicAssistantApplicant,
} from "./eligibility.ts";

/** An applicant who passes every check (001 Art. 45(2), (5)). */
const clean: PublicAssistantApplicant = {
  appliedOn: "2026-04-10",
  birthDate: "1990-05-20",
  citizenOfKazakhstan: true,
  identityDocumentCopyAttached: true,
  underPreTrialInvestigation: false,
  onPreventiveRegister: false,
  administrativePenalties: [],
  onNarcologicalRecord: false,
  onPsychoneurologicalRecord: false,
  legalCapacity: "full",
};

const codes = (a: Partial<PublicAssistantApplicant>) =>
  screenPublicAssistantApplicant({ ...clean, ...a }).refusals.map((r) => r.code);

describe("public assistant eligibility (001 Art. 45(2), (5))", () => {
  it("001 Art. 45(3): a clean applicant is eligible and the body files the petition", () => {
    expect(screenPublicAssistantApplicant(clean)).toEqual({ eligible: true, refusals: [] });
  });

  it.each<[string, Partial<PublicAssistantApplicant>, string, string]>([
    [
      "001 Art. 45(2): not a citizen",
      { citizenOfKazakhstan: false },
      "public_assistant.not_a_citizen",
      "001 Art. 45(2)",
    ],
    [
      "001 Art. 45(2): no identity document copy",
      { identityDocumentCopyAttached: false },
      "public_assistant.identity_document_missing",
      "001 Art. 45(2)",
    ],
    [
      "001 Art. 45(5)(1): aged 17",
      { birthDate: "2008-04-11" },
      "public_assistant.under_age_of_majority",
      "001 Art. 45(5)(1)",
    ],
    [
      "001 Art. 45(5)(2): under pre-trial investigation",
      { underPreTrialInvestigation: true },
      "public_assistant.under_pre_trial_investigation",
      "001 Art. 45(5)(2)",
    ],
    [
      "001 Art. 45(5)(3): on a preventive register",
      { onPreventiveRegister: true },
      "public_assistant.on_preventive_register",
      "001 Art. 45(5)(3)",
    ],
    [
      "001 Art. 45(5)(4): court penalty for an intentional infraction 3 months before",
      { administrativePenalties: [{ imposedOn: "2026-01-10", byCourt: true, intentional: true }] },
      "public_assistant.court_administrative_penalty_within_year",
      "001 Art. 45(5)(4)",
    ],
    [
      "001 Art. 45(5)(5): narcological record",
      { onNarcologicalRecord: true },
      "public_assistant.narcological_or_psychoneurological_record",
      "001 Art. 45(5)(5)",
    ],
    [
      "001 Art. 45(5)(5): psychoneurological record",
      { onPsychoneurologicalRecord: true },
      "public_assistant.narcological_or_psychoneurological_record",
      "001 Art. 45(5)(5)",
    ],
    [
      "001 Art. 45(5)(5): declared incapacitated",
      { legalCapacity: "incapacitated" },
      "public_assistant.legally_incapacitated",
      "001 Art. 45(5)(5)",
    ],
    [
      "001 Art. 45(5)(5): declared partially incapacitated",
      { legalCapacity: "partially_incapacitated" },
      "public_assistant.legally_incapacitated",
      "001 Art. 45(5)(5)",
    ],
  ])("%s → refused", (_name, change, code, article) => {
    const s = screenPublicAssistantApplicant({ ...clean, ...change });
    expect(s.eligible).toBe(false);
    expect(s.refusals).toHaveLength(1);
    expect(s.refusals[0]).toMatchObject({ ok: false, code, article });
    expect(s.refusals[0]?.message).toContain("45(");
  });

  it("001 Art. 45(3): every failed ground is returned at once", () => {
    expect(
      codes({
        citizenOfKazakhstan: false,
        birthDate: "2010-01-01",
        underPreTrialInvestigation: true,
        onPreventiveRegister: true,
        administrativePenalties: [{ imposedOn: "2026-04-10", byCourt: true, intentional: true }],
        onNarcologicalRecord: true,
        legalCapacity: "incapacitated",
      }),
    ).toEqual([
      "public_assistant.not_a_citizen",
      "public_assistant.under_age_of_majority",
      "public_assistant.under_pre_trial_investigation",
      "public_assistant.on_preventive_register",
      "public_assistant.court_administrative_penalty_within_year",
      "public_assistant.narcological_or_psychoneurological_record",
      "public_assistant.legally_incapacitated",
    ]);
  });

  it("001 Art. 45(5)(1): of age on the 18th birthday; the refusal says when to reapply (45(6))", () => {
    expect(codes({ birthDate: "2008-04-10" })).toEqual([]);
    const s = screenPublicAssistantApplicant({ ...clean, birthDate: "2008-04-11" });
    expect(s.refusals[0]?.params).toEqual({ age: 17, reapplyFrom: "2026-04-11" });
  });

  it.each([
    ["2025-04-10", true], // the anniversary: still within the year
    ["2025-04-11", true],
    ["2025-04-09", false],
    ["2026-04-10", true], // the application day itself
    ["2026-04-11", false], // after the application: not "prior to" it
  ])(
    "001 Art. 45(5)(4): a court penalty imposed on %s is within the year before 10 April 2026: %s",
    (imposedOn, within) => {
      const a = { ...clean, administrativePenalties: [{ imposedOn, byCourt: true, intentional: true }] };
      expect(penaltiesWithinYear(a).length === 1).toBe(within);
      expect(screenPublicAssistantApplicant(a).eligible).toBe(!within);
    },
  );

  it("001 Art. 45(5)(4): only a court's penalty for an intentional infraction counts", () => {
    expect(
      codes({ administrativePenalties: [{ imposedOn: "2026-01-10", byCourt: false, intentional: true }] }),
    ).toEqual([]);
    expect(
      codes({ administrativePenalties: [{ imposedOn: "2026-01-10", byCourt: true, intentional: false }] }),
    ).toEqual([]);
  });

  it("001 Art. 45(6): with several penalties, reapplication is possible a year and a day after the latest", () => {
    const s = screenPublicAssistantApplicant({
      ...clean,
      administrativePenalties: [
        { imposedOn: "2026-02-01", byCourt: true, intentional: true },
        { imposedOn: "2025-06-01", byCourt: true, intentional: true },
      ],
    });
    expect(s.refusals[0]?.params).toEqual({ imposedOn: "2026-02-01", reapplyFrom: "2027-02-02" });
    const again = {
      ...clean,
      appliedOn: "2027-02-02",
      administrativePenalties: [{ imposedOn: "2026-02-01", byCourt: true, intentional: true }],
    };
    expect(screenPublicAssistantApplicant(again).eligible).toBe(true);
    expect(screenPublicAssistantApplicant({ ...again, appliedOn: "2027-02-01" }).eligible).toBe(false);
  });

  it("001 Art. 45(5)(5): the field names the record that applies", () => {
    const s = screenPublicAssistantApplicant({ ...clean, onPsychoneurologicalRecord: true });
    expect(s.refusals[0]).toMatchObject({
      field: "onPsychoneurologicalRecord",
      params: { narcological: false, psychoneurological: true },
    });
    const n = screenPublicAssistantApplicant({
      ...clean,
      onNarcologicalRecord: true,
      onPsychoneurologicalRecord: true,
    });
    expect(n.refusals[0]?.field).toBe("onNarcologicalRecord");
  });
});
