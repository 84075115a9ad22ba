import {
  EDUCATIONAL_INFLUENCE_MEASURES,
  MEASURE_SUPERVISION_RESTRICTIONS,
  PARENTAL_RIGHTS_ACTIONS,
  PEDAGOGICAL_SUPPORT_CRITERIA,
  rulesFor,
  validateNewMeasure,
  type MeasureInput,
} from "@aldyn/law";
import { describe, expect, it } from "vitest";
// The law's lawful sample of every kind (not exported by the package: test-only data).
import { sampleMeasureInput } from "../../../../../packages/law/src/measures/examples.ts";
import en from "../../i18n/en.json";
import {
  CRIME_GRAVITIES,
  EDUCATIONAL_MEASURES,
  KIND_TERM,
  keyOf,
  MOVEMENT_CATEGORIES,
  PARENTAL_ACTIONS,
  PEDAGOGICAL_CRITERIA,
  PROCEDURAL_STATUSES,
  REFERRAL_APPLICANTS,
  SPECIAL_REGIME_CATEGORIES,
  SUPERVISION_RESTRICTIONS,
  TERM_ARTICLE,
} from "./kindDomain.ts";
import { MEASURE_KINDS } from "./measureDomain.ts";
import { moreDetails } from "./MoreKindFields.tsx";
import { termForKind, type TermState } from "./TermFields.tsx";

// The form's copies of the law's lists and per-kind facts must stay those of the law package (the
// bundle does not carry the law's code, so the test compares them).
function has(path: string): boolean {
  let node: unknown = en;
  for (const part of path.split(".")) {
    if (typeof node !== "object" || node === null || !(part in node)) return false;
    node = (node as Record<string, unknown>)[part];
  }
  return typeof node === "string";
}

describe("the issue form's knowledge of each kind", () => {
  // Whose decision may be recorded for a kind comes from the server (`Me.measureKinds`, offeredKinds.ts).
  it.each(MEASURE_KINDS)("%s: term unit and term article as in the law", (kind) => {
    const rules = rulesFor(kind);
    expect(KIND_TERM[kind]).toBe(rules.termInput);
    expect(`001 Art. ${TERM_ARTICLE[kind]}`).toBe(rules.termArticle);
  });

  it("closed lists equal the law's", () => {
    expect(PEDAGOGICAL_CRITERIA).toEqual(PEDAGOGICAL_SUPPORT_CRITERIA);
    expect(SUPERVISION_RESTRICTIONS).toEqual(MEASURE_SUPERVISION_RESTRICTIONS);
    expect(EDUCATIONAL_MEASURES).toEqual(EDUCATIONAL_INFLUENCE_MEASURES);
    expect(PARENTAL_ACTIONS).toEqual(PARENTAL_RIGHTS_ACTIONS);
  });

  it.each([
    ["proceduralStatus", PROCEDURAL_STATUSES],
    ["movementCategory", MOVEMENT_CATEGORIES],
    ["pedagogicalCriterion", PEDAGOGICAL_CRITERIA],
    ["crimeGravity", CRIME_GRAVITIES],
    ["supervisionRestriction", SUPERVISION_RESTRICTIONS],
    ["referralApplicant", REFERRAL_APPLICANTS],
    ["specialRegimeCategory", SPECIAL_REGIME_CATEGORIES],
    ["educationalMeasure", EDUCATIONAL_MEASURES],
    ["parentalAction", PARENTAL_ACTIONS],
  ] as const)("every value of %s has a name", (prefix, values) => {
    expect(values.filter((v) => !has(`${prefix}.${keyOf(v)}`))).toEqual([]);
  });

  it.each(MEASURE_KINDS)("%s: the term the form sends passes the law with the sample", (kind) => {
    const sample = sampleMeasureInput(kind);
    const t = sample.term ?? {};
    const state: TermState = {
      validFrom: t.validFrom ?? "",
      validUntil: t.validUntil ?? "",
      days: t.days ?? "",
      months: t.months ?? "",
    };
    const input = { ...sample, term: termForKind(kind, state) ?? null } as MeasureInput;
    const v = validateNewMeasure(input, { today: "2026-04-10" });
    expect(v.ok ? [] : v.refusals.map((r) => r.code)).toEqual([]);
  });

  it("movement restriction: the sanction's local time becomes an instant; plan activities split by line", () => {
    const sent = moreDetails("movement_restriction", {
      category: "no_residence_or_documents",
      courtSanctionAtLocal: "2026-04-10T12:00",
      courtSanctionReference: "2-123/2026",
    });
    expect(sent).toMatchObject({
      category: "no_residence_or_documents",
      courtSanction: { reference: "2-123/2026" },
    });
    expect(String((sent?.courtSanction as { at: string }).at)).toMatch(/^2026-04-10T\d\d:00:00\.000Z$/);
    expect(moreDetails("social_adaptation_plan", { planActivitiesText: " a \n\n b " })).toEqual({
      planActivities: ["a", "b"],
    });
    expect(moreDetails("parole", { lifeSentence: true, unservedUntil: "2030-01-01" })).toEqual({
      lifeSentence: true,
    });
    expect(moreDetails("compulsory_medical_measure", { x: 1 })).toBeUndefined();
  });
});
