import { describe, expect, it } from "vitest";
import { sampleMeasureInput } from "./examples.ts";
import { MEASURE_KINDS } from "./kinds.ts";
import type { MeasureInput } from "./measure-input.ts";
import { validateNewMeasure } from "./validate-measure.ts";

const today = "2026-04-10";

function codes(input: MeasureInput, t = today): string[] {
  const v = validateNewMeasure(input, { today: t });
  return v.ok ? [] : v.refusals.map((r) => r.code);
}

describe("validateNewMeasure — every kind has a lawful sample", () => {
  it.each(MEASURE_KINDS)("001 Art. 48(3): a lawful %s is allowed and normalized", (kind) => {
    const v = validateNewMeasure(sampleMeasureInput(kind), { today });
    expect(v.ok ? [] : v.refusals.map((r) => r.code)).toEqual([]);
    if (!v.ok) return;
    expect(v.value.issuedOn).toBe("2026-04-10");
    expect(v.value.lawVersion).toBe("001");
    expect(v.value.kind).toBe(kind);
  });

  it("001 Art. 49: the normalized measure keeps ground and justification, and the subject's age", () => {
    const v = validateNewMeasure(sampleMeasureInput("protective_order"), { today });
    expect(v.ok && v.value.subjectAge).toBe(35);
    expect(v.ok && v.value.legalGround).toBe("direct_discovery");
  });

  it("details default to an empty object, age to null for an unknown birth date", () => {
    const input = {
      ...sampleMeasureInput("official_warning"),
      details: undefined,
      subject: { kind: "person" as const },
    };
    const v = validateNewMeasure(input, { today });
    expect(v.ok && v.value.details).toEqual({});
    expect(v.ok && v.value.subjectAge).toBeNull();
  });

  it("R11.3: a decision before the commencement of 001 is judged under 000", () => {
    const input = {
      ...sampleMeasureInput("official_warning"),
      issuedAt: new Date("2026-02-10T10:00:00+05:00"),
    };
    const v = validateNewMeasure(input, { today });
    expect(v.ok && v.value.lawVersion).toBe("000");
  });

  it("R11.3: the commencement date is configuration", () => {
    const v = validateNewMeasure(sampleMeasureInput("official_warning"), {
      today,
      lawConfig: { commencement001: "2026-05-01" },
    });
    expect(v.ok && v.value.lawVersion).toBe("000");
  });
});

describe("validateNewMeasure — incomplete forms", () => {
  it.each(MEASURE_KINDS)("a %s sent without details gets refusals, never a crash", (kind) => {
    const v = validateNewMeasure({ ...sampleMeasureInput(kind), details: undefined } as MeasureInput, {
      today,
    });
    expect(Array.isArray(v.ok ? [] : v.refusals)).toBe(true);
  });
});

describe("validateNewMeasure — common refusals", () => {
  it("a measure cannot be dated after today", () => {
    expect(codes(sampleMeasureInput("official_warning"), "2026-04-09")).toEqual(["measure.issued_in_future"]);
  });

  it.each([
    ["protective_order", "police_officer", "001 Art. 60(1)"],
    ["pedagogical_support", "police_juvenile_inspector", "001 Art. 78(3)"],
    ["administrative_supervision", "police_head", "001 Art. 64(1)"],
    ["preventive_conversation", "court", "001 Art. 50(2)"],
    ["difficult_life_situation_registration", "akimat", "001 Art. 54(1)"],
  ] as const)("%s by %s is refused under %s", (kind, issuerKind, article) => {
    const v = validateNewMeasure({ ...sampleMeasureInput(kind), issuerKind }, { today });
    expect(v.ok).toBe(false);
    if (v.ok) return;
    expect(v.refusals.map((r) => [r.code, r.article])).toEqual([["measure.issuer_not_competent", article]]);
    expect(v.refusals[0]!.params).toEqual({ kind, issuerKind });
  });

  it("001 Art. 51: an official warning concerns a natural person", () => {
    const input = {
      ...sampleMeasureInput("official_warning"),
      subject: { kind: "organisation" as const, name: "X", headOrOfficial: "Y" },
    };
    expect(codes(input)).toEqual(["measure.subject_must_be_person"]);
  });

  it("001 Art. 57(1): a statutory notice is addressed to an organisation", () => {
    const input = {
      ...sampleMeasureInput("statutory_notice"),
      subject: { kind: "person" as const, birthDate: "1990-01-01" },
    };
    expect(codes(input)).toEqual(["measure.subject_must_be_organisation"]);
  });

  it("an age rule needs the birth date; a kind without one does not", () => {
    expect(
      codes({ ...sampleMeasureInput("protective_order"), subject: { kind: "person", birthDate: null } }),
    ).toEqual(["measure.birth_date_required"]);
    expect(
      codes({ ...sampleMeasureInput("official_warning"), subject: { kind: "person", birthDate: null } }),
    ).toEqual([]);
  });

  it.each(["2026-04-11", "1990-02-30", "01.05.1990"])(
    "a birth date %s is refused as invalid",
    (birthDate) => {
      expect(
        codes({ ...sampleMeasureInput("official_warning"), subject: { kind: "person", birthDate } }),
      ).toEqual(["measure.birth_date_invalid"]);
    },
  );

  it.each([null, undefined, "rumour"])("001 Art. 49(1): legal ground %s is refused", (legalGround) => {
    const input = { ...sampleMeasureInput("official_warning"), legalGround } as MeasureInput;
    expect(codes(input)).toEqual(["measure.legal_ground_missing"]);
  });

  it.each([null, { basis: "antisocial_behaviour", text: "   " }, { basis: "suspicion", text: "a hunch" }])(
    "001 Art. 49(3): justification %j is refused",
    (justification) => {
      const input = { ...sampleMeasureInput("official_warning"), justification } as MeasureInput;
      expect(codes(input)).toEqual(["measure.justification_missing"]);
    },
  );

  it("all refusals are returned at once (a form shows them all)", () => {
    const input = {
      ...sampleMeasureInput("protective_order"),
      issuerKind: "akimat",
      legalGround: null,
      justification: null,
    } as MeasureInput;
    expect(codes(input)).toEqual([
      "measure.issuer_not_competent",
      "measure.legal_ground_missing",
      "measure.justification_missing",
    ]);
  });
});

describe("validateNewMeasure — requested terms", () => {
  it("001 Art. 51(5): the warning's term is fixed by law, none may be requested", () => {
    expect(codes({ ...sampleMeasureInput("official_warning"), term: { days: 10 } })).toEqual([
      "measure.term_not_applicable",
    ]);
    expect(codes({ ...sampleMeasureInput("official_warning"), term: {} })).toEqual([]);
  });

  it.each([{}, { days: 0 }, { days: 1.5 }, { months: 1 }])(
    "001 Art. 56(2): a term %j in days is required",
    (term) => {
      expect(codes({ ...sampleMeasureInput("movement_restriction"), term })).toEqual([
        "measure.term_required",
      ]);
    },
  );

  it("001 Art. 56(2): up to thirty days", () => {
    expect(codes({ ...sampleMeasureInput("movement_restriction"), term: { days: 1 } })).toEqual([]);
    const v = validateNewMeasure(
      { ...sampleMeasureInput("movement_restriction"), term: { days: 31 } },
      { today },
    );
    expect(v.ok ? null : v.refusals[0]).toMatchObject({
      code: "movement_restriction.term_out_of_range",
      article: "001 Art. 56(2)",
      params: { days: 31, min: 1, max: 30 },
    });
  });

  it("001 Arts. 61(3), 62(3): a court term needs its last day", () => {
    expect(codes({ ...sampleMeasureInput("special_conduct_requirements"), term: null })).toEqual([
      "measure.term_required",
    ]);
    expect(
      codes({ ...sampleMeasureInput("non_custodial_punishment"), term: { validFrom: "2026-04-10" } }),
    ).toEqual(["measure.term_required"]);
  });

  it("a decision term may be open (restraining order without an end)", () => {
    expect(codes({ ...sampleMeasureInput("restraining_order"), term: null })).toEqual([]);
  });

  it.each([
    [{ validFrom: "2026-13-01", validUntil: "2026-12-01" }, ["measure.term_invalid"]],
    [{ validUntil: "2026/12/01" }, ["measure.term_invalid"]],
    [{ validFrom: "2026-05-01", validUntil: "2026-04-30" }, ["measure.term_invalid"]],
    [{ validUntil: "2026-04-09" }, ["measure.term_invalid"]],
    [{ validFrom: "2026-05-01", validUntil: "2026-05-01" }, []],
  ])("a decision term %j → %j", (term, expected) => {
    expect(codes({ ...sampleMeasureInput("restraining_order"), term })).toEqual(expected);
  });
});
