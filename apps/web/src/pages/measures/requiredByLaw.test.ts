import { rulesFor, validateNewMeasure, type MeasureInput } from "@aldyn/law";
import i18next from "i18next";
import { describe, expect, it } from "vitest";
// The law's lawful sample of every kind (not exported by the package: test-only data).
import { sampleMeasureInput } from "../../../../../packages/law/src/measures/examples.ts";
import en from "../../i18n/en.json";
import { COMMON_REQUIRED, KIND_REQUIRED, measureChecks, requiredArticle } from "./requiredByLaw.ts";
import { MEASURE_KINDS } from "./measureDomain.ts";

const i = i18next.createInstance();
await i.init({ lng: "en", resources: { en: { translation: en } }, interpolation: { escapeValue: false } });
const t = i.t;
const TODAY = "2026-04-10";
const NOW = new Date("2026-04-10T12:00:00+05:00");

/** The law's refusals of a decision with nothing but its kind, issuer and subject. */
function emptyRefusals(kind: (typeof MEASURE_KINDS)[number]) {
  const s = sampleMeasureInput(kind);
  const input = { ...s, legalGround: null, justification: null, term: null, details: {} } as MeasureInput;
  const v = validateNewMeasure(input, { today: TODAY });
  return v.ok ? [] : v.refusals.map((x) => ({ field: x.field, article: x.article, code: x.code }));
}

const byField = (a: { field?: string; code: string }, b: { field?: string; code: string }) =>
  `${a.field}${a.code}`.localeCompare(`${b.field}${b.code}`);

describe("the inputs the issue form marks as required are those the law refuses when empty", () => {
  it.each(MEASURE_KINDS)("%s", (kind) => {
    const table = [...COMMON_REQUIRED, ...KIND_REQUIRED[kind]].map(({ field, article, code }) => ({
      field,
      article,
      code,
    }));
    expect(table.sort(byField)).toEqual(emptyRefusals(kind).sort(byField));
  });

  it("the label's article is the requirement's, the justification's for both of its inputs", () => {
    expect(requiredArticle("protective_order", "details.victims")).toBe("001 Art. 60(1), (4)");
    expect(requiredArticle("official_warning", "justification.text")).toBe("001 Art. 49(3)");
    expect(requiredArticle("official_warning", "details.victims")).toBeUndefined();
    expect(rulesFor("protective_order").article).toBe("001 Art. 60");
  });
});

/** The body the form sends for the law's sample (what `body()` of the issue form builds from it). */
function sampleBody(kind: (typeof MEASURE_KINDS)[number]) {
  const s = sampleMeasureInput(kind);
  return {
    kind,
    issuedAt: s.issuedAt.toISOString(),
    legalGround: s.legalGround,
    justification: s.justification,
    ...(s.term ? { term: s.term } : {}),
    ...(s.subject.kind === "organisation" ? { organisation: s.subject } : {}),
    details: JSON.parse(JSON.stringify(s.details ?? {})) as Record<string, unknown>,
  };
}

describe("the form's checks (R11 forms that help)", () => {
  it.each(MEASURE_KINDS)("%s: the law's lawful sample passes them (they are never stricter)", (kind) => {
    expect(measureChecks(t, kind, sampleBody(kind), NOW)).toEqual({});
  });

  it("an empty protective order: a specific message under every input the law requires", () => {
    const checks = measureChecks(t, "protective_order", { kind: "protective_order", issuedAt: "" }, NOW);
    expect(checks).toEqual({
      issuedAt: "Enter the date and time of the decision.",
      legalGround: "Choose the ground of the measure.",
      "justification.basis": "Choose what the justification rests on.",
      "justification.text": "State the justification and the data relied on.",
      "details.subjectSane": "A protective order is issued only to a sane person.",
      "details.prohibitions": "Choose the prohibitions of the order.",
      "details.placeOfIssue": "State where the order is issued.",
      "details.placeOfViolence": "State where the violence was committed or threatened.",
      "details.timeOfViolence": "State the date and time of the violence or threat.",
      "details.circumstances": "Describe the circumstances of the violence or threat.",
      "details.consequencesStated": "Confirm that the order states the legal consequences of violating it.",
      "details.appealRightStated": "Confirm that the order states the right to appeal.",
      "details.victims": "Name the victim whose safety the order ensures.",
    });
  });

  it("a decision dated after now, a row of victims without a name, an hour-long conversation exceeded", () => {
    const later = new Date(NOW.getTime() + 3600_000).toISOString();
    const po = sampleBody("protective_order");
    expect(
      measureChecks(
        t,
        "protective_order",
        {
          ...po,
          issuedAt: later,
          details: { ...po.details, victims: [{ fullName: " ", address: "Astana" }] },
        },
        NOW,
      ),
    ).toEqual({
      issuedAt: "The decision cannot be dated in the future.",
      "details.victims": "Enter the victim's full name on every row, or remove the row.",
    });
    const pc = sampleBody("preventive_conversation");
    expect(
      measureChecks(
        t,
        "preventive_conversation",
        { ...pc, details: { ...pc.details, durationMinutes: 61 } },
        NOW,
      ),
    ).toEqual({ "details.durationMinutes": "A preventive conversation may not last more than one hour." });
  });

  it("pedagogical support: the minor and a representative must both have taken part (001 Art. 78(3))", () => {
    const b = sampleBody("pedagogical_support");
    const present = (p: string[]) =>
      measureChecks(t, "pedagogical_support", { ...b, details: { ...b.details, present: p } }, NOW)[
        "details.present"
      ];
    expect(present(["parent"])).toBe("The council considers the matter with the minor present.");
    expect(present(["minor"])).toBe(en.errors.pedagogical_support.representative_not_present);
    expect(present(["minor", "legal_representative"])).toBeUndefined();
  });

  it("a parole after a life sentence needs no unserved term (001 Art. 63(3))", () => {
    const b = sampleBody("parole");
    expect(measureChecks(t, "parole", { ...b, details: { lifeSentence: true } }, NOW)).toEqual({});
    expect(Object.keys(measureChecks(t, "parole", { ...b, details: {} }, NOW))).toEqual([
      "details.unservedUntil",
    ]);
  });
});
