import { describe, expect, it } from "vitest";
import { kazakhstanWorkCalendar } from "../calendar/working-days.ts";
import {
  adaptationCentreDuties,
  adaptationCentreStayEnd,
  almatyHour,
  validateAdaptationCentrePlacement,
} from "./adaptation-centre.ts";
import { CARRIED_FROM_000_RULES, DEFAULT_CARRIED_000_CONFIG } from "./carried-config.ts";

const cal = kazakhstanWorkCalendar();
type Args = Parameters<typeof validateAdaptationCentrePlacement>[0];
const ok: Args = {
  category: "11.1.1_neglected_or_homeless",
  basis: "guardianship_decision",
  subjectBirthDate: "2016-05-01",
  placedAt: new Date("2026-04-15T11:00:00+05:00"), // Wednesday
  intoxicated: false,
  markedMentalDisorderSymptoms: false,
};

describe("adaptation centre placement (000 Art. 11, carried)", () => {
  it.each<[string, Partial<Args>, string[]]>([
    ["000 Art. 11(1)(1),(2)(2): a neglected child placed on the guardianship body's decision", {}, []],
    ["000 Art. 11(1)(1): from three years", { subjectBirthDate: "2023-04-15" }, []],
    [
      "000 Art. 11(1)(1): under three refused",
      { subjectBirthDate: "2023-04-16" },
      ["minors.adaptation_centre_age"],
    ],
    [
      "000 Art. 11(1): eighteen refused",
      { subjectBirthDate: "2008-04-15" },
      ["minors.adaptation_centre_age"],
    ],
    [
      "000 Art. 11(1)(4) (choice): no lower age for other categories",
      {
        category: "11.1.4_needs_special_social_services",
        basis: "deliverer_application",
        subjectBirthDate: "2024-01-01",
      },
      [],
    ],
    [
      "000 Art. 11(2)(1): referral to a special organisation needs a court decree",
      { category: "11.1.3_referred_to_special_education" },
      ["minors.adaptation_centre_basis"],
    ],
    [
      "000 Art. 11(2)(1): with the court decree",
      { category: "11.1.3_referred_to_special_education", basis: "court_decree" },
      [],
    ],
    [
      "000 Art. 11(2)(2): without parental care — guardianship decision",
      { category: "11.1.2_without_parental_care", basis: "deliverer_application" },
      ["minors.adaptation_centre_basis"],
    ],
    [
      "000 Art. 11(3): centre's act on a working day at 11:00 refused",
      { basis: "centre_act" },
      ["minors.adaptation_centre_act_not_allowed"],
    ],
    [
      "000 Art. 11(3): centre's act in an exceptional case",
      { basis: "centre_act", exceptionalCase: true },
      [],
    ],
    [
      "000 Art. 11(3): centre's act at 23:30",
      { basis: "centre_act", placedAt: new Date("2026-04-15T23:30:00+05:00") },
      [],
    ],
    [
      "000 Art. 11(3): centre's act at 05:59",
      { basis: "centre_act", placedAt: new Date("2026-04-15T05:59:00+05:00") },
      [],
    ],
    [
      "000 Art. 11(3): centre's act at 06:00 on a working day refused",
      { basis: "centre_act", placedAt: new Date("2026-04-15T06:00:00+05:00") },
      ["minors.adaptation_centre_act_not_allowed"],
    ],
    [
      "000 Art. 11(3): centre's act on a Saturday",
      { basis: "centre_act", placedAt: new Date("2026-04-18T12:00:00+05:00") },
      [],
    ],
    [
      "000 Art. 11(3): centre's act on a holiday (22 March)",
      {
        basis: "centre_act",
        placedAt: new Date("2027-03-22T12:00:00+05:00"),
        subjectBirthDate: "2016-05-01",
      },
      [],
    ],
    [
      "000 Art. 11(7): intoxicated minors not admitted",
      { intoxicated: true },
      ["minors.adaptation_centre_intoxicated"],
    ],
    [
      "000 Art. 11(7): marked mental disorder symptoms",
      { markedMentalDisorderSymptoms: true },
      ["minors.adaptation_centre_mental_disorder"],
    ],
  ])("%s", (_n, input, expected) => {
    expect(validateAdaptationCentrePlacement({ ...ok, ...input }, cal).map((r) => r.code)).toEqual(expected);
  });
  it("000 Art. 11 (R4.3): every refusal is marked as carried from the repealed law", () => {
    const r = validateAdaptationCentrePlacement(
      { ...ok, intoxicated: true, subjectBirthDate: "2000-01-01" },
      cal,
    );
    expect(r).toHaveLength(2);
    for (const x of r) expect(x.params?.carriedFrom000).toBe(true);
  });
  it("000 Art. 11(1) (R4.3): the ages are configuration", () => {
    const config = {
      ...DEFAULT_CARRIED_000_CONFIG,
      adaptationCentre: { ...DEFAULT_CARRIED_000_CONFIG.adaptationCentre, minAge: 2 },
    };
    expect(validateAdaptationCentrePlacement({ ...ok, subjectBirthDate: "2024-01-01" }, cal, config)).toEqual(
      [],
    );
  });
  it("almatyHour: local hours in UTC+5", () => {
    expect(almatyHour(new Date("2026-04-15T18:30:00Z"))).toBe(23.5);
  });
});

describe("duties after the centre's own act (000 Art. 11(3), carried)", () => {
  it("000 Art. 11(3): prosecutor in writing within 24 hours; materials to guardianship within three days", () => {
    const d = adaptationCentreDuties({
      placedAt: new Date("2026-04-18T23:10:00+05:00"),
      basis: "centre_act",
    });
    expect(d.map((x) => [x.duty, x.dueAt.toISOString(), x.article, x.carriedFrom000])).toEqual([
      ["prosecutor_written_notice", "2026-04-19T18:10:00.000Z", "000 Art. 11(3)", true],
      ["materials_to_guardianship", "2026-04-21T18:59:59.999Z", "000 Art. 11(3)", true],
    ]);
  });
  it("000 Art. 11(3): no such duties for a placement on a decision", () => {
    expect(
      adaptationCentreDuties({
        placedAt: new Date("2026-04-18T23:10:00+05:00"),
        basis: "guardianship_decision",
      }),
    ).toEqual([]);
  });
});

describe("stay limit (000 Art. 11(5)-(6), carried)", () => {
  it("000 Art. 11(5): at most three months", () => {
    expect(adaptationCentreStayEnd({ admittedOn: "2026-04-10", excluded: [] })).toEqual({
      lastDay: "2026-07-10",
      excludedDays: 0,
      article: "000 Art. 11(5)",
      carriedFrom000: true,
    });
  });
  it("000 Art. 11(6): quarantine and hospital days are not counted (overlaps once)", () => {
    const r = adaptationCentreStayEnd({
      admittedOn: "2026-04-10",
      excluded: [
        { from: "2026-05-01", until: "2026-05-10", reason: "quarantine" },
        { from: "2026-05-08", until: "2026-05-12", reason: "hospital" },
      ],
    });
    expect(r.excludedDays).toBe(12);
    expect(r.lastDay).toBe("2026-07-22");
  });
  it("000 Art. 11(6): a hospital stay in the prolongation prolongs again", () => {
    const r = adaptationCentreStayEnd({
      admittedOn: "2026-04-10",
      excluded: [
        { from: "2026-07-10", until: "2026-07-11", reason: "hospital" },
        { from: "2026-07-12", until: "2026-07-12", reason: "hospital" },
        { from: "2026-07-14", until: "2026-07-14", reason: "hospital" },
      ],
    });
    expect(r).toMatchObject({ excludedDays: 3, lastDay: "2026-07-13" });
  });
  it("000 Art. 11(6): excluded days outside the stay do not count", () => {
    const r = adaptationCentreStayEnd({
      admittedOn: "2026-04-10",
      excluded: [{ from: "2026-01-01", until: "2026-01-31", reason: "quarantine" }],
    });
    expect(r.excludedDays).toBe(0);
  });
  it("R4.3: the carried rules are listed, each marked carriedFrom000 and citing 000", () => {
    expect(CARRIED_FROM_000_RULES.length).toBeGreaterThanOrEqual(10);
    for (const r of CARRIED_FROM_000_RULES) {
      expect(r.carriedFrom000).toBe(true);
      expect(r.article.startsWith("000 Art. ")).toBe(true);
    }
  });
});
