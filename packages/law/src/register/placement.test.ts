import { describe, expect, it } from "vitest";
import { REGISTER_GROUNDS } from "./grounds.ts";
import {
  isMinorsOnlyGround,
  isRegisterGround,
  MINORS_ONLY_REGISTER_GROUNDS,
  PARENTS_ONLY_REGISTER_GROUNDS,
  REGISTER_GROUND_INFO,
} from "./ground-info.ts";
import { validatePlacement, type RegisterPlacement } from "./placement.ts";

const adult: RegisterPlacement = {
  ground: "59.2.5_official_warning",
  subjectBirthDate: "1990-05-10",
  placedOn: "2026-04-01",
  placedBy: "police_district_inspector",
  rightsExplained: true,
};
const codes = (p: Partial<RegisterPlacement>) => validatePlacement({ ...adult, ...p }).map((r) => r.code);

describe("register grounds (001 Art. 59(2)-(3))", () => {
  it("001 Art. 59(2)(1)-(15), 59(3): every ground has its own article and a label", () => {
    for (const g of REGISTER_GROUNDS) {
      const info = REGISTER_GROUND_INFO[g];
      expect(info.ground).toBe(g);
      expect(info.label.length).toBeGreaterThan(10);
      const sub = g.split("_")[0]!.split(".");
      const ref = sub.length === 3 ? `59(2)(${sub[2]})` : "59(3)";
      expect(info.article).toBe(`001 Art. ${ref}`);
    }
  });
  it("001 Art. 59(2)(8)-(15): exactly the eight minors' grounds are minors-only", () => {
    expect(MINORS_ONLY_REGISTER_GROUNDS.map((g) => g.split("_")[0])).toEqual(
      ["8", "9", "10", "11", "12", "13", "14", "15"].map((n) => `59.2.${n}`),
    );
    expect(isMinorsOnlyGround("59.2.8_neglected_or_homeless_minor")).toBe(true);
    expect(isMinorsOnlyGround("59.2.1_protective_order")).toBe(false);
  });
  it("001 Art. 59(2)(7): only the parents' ground concerns parents", () => {
    expect(PARENTS_ONLY_REGISTER_GROUNDS).toEqual(["59.2.7_parent_failing_duties"]);
  });
  it("001 Art. 59(3): economic infractions placed only by the economic investigation service", () => {
    expect(REGISTER_GROUND_INFO["59.3_economic_infraction"].placedOnlyBy).toEqual([
      "economic_investigation_service",
    ]);
    expect(REGISTER_GROUNDS.filter((g) => REGISTER_GROUND_INFO[g].placedOnlyBy !== null)).toEqual([
      "59.3_economic_infraction",
    ]);
  });
  it("001 Art. 59(2): isRegisterGround recognises the identifiers", () => {
    expect(isRegisterGround("59.2.3_parole")).toBe(true);
    expect(isRegisterGround("59.2.16_other")).toBe(false);
  });
});

describe("validatePlacement (001 Art. 59(2)-(4))", () => {
  it.each<[string, Partial<RegisterPlacement>, string[]]>([
    ["001 Art. 59(2)(5): an adult warned is placed", {}, []],
    [
      "001 Art. 59(4): rights and duties must be explained at placement",
      { rightsExplained: false },
      ["register.rights_not_explained"],
    ],
    [
      "001 Art. 59(2)(8): a minors-only ground refused for an adult",
      { ground: "59.2.8_neglected_or_homeless_minor" },
      ["register.ground_minors_only"],
    ],
    [
      "001 Art. 59(2)(8): allowed the day before the 18th birthday",
      { ground: "59.2.8_neglected_or_homeless_minor", subjectBirthDate: "2008-04-02" },
      [],
    ],
    [
      "001 Art. 59(2)(8): refused on the 18th birthday",
      { ground: "59.2.8_neglected_or_homeless_minor", subjectBirthDate: "2008-04-01" },
      ["register.ground_minors_only"],
    ],
    [
      "001 Art. 59(2)(15): minor suspect placed at 15",
      { ground: "59.2.15_minor_suspect_non_custodial", subjectBirthDate: "2011-01-01" },
      [],
    ],
    [
      "001 Art. 59(2)(7): a parent's ground needs a parent or legal representative",
      { ground: "59.2.7_parent_failing_duties" },
      ["register.ground_parents_only"],
    ],
    [
      "001 Art. 59(2)(7): parent placed",
      { ground: "59.2.7_parent_failing_duties", subjectIsParentOrLegalRepresentative: true },
      [],
    ],
    [
      "001 Art. 59(3): economic infraction refused when placed by police",
      { ground: "59.3_economic_infraction" },
      ["register.placed_by_not_competent"],
    ],
    [
      "001 Art. 59(3): economic infraction placed by the economic investigation service",
      { ground: "59.3_economic_infraction", placedBy: "economic_investigation_service" },
      [],
    ],
    [
      "001 Art. 85(1): placement before 001 is in force refused",
      { placedOn: "2026-02-28" },
      ["register.law_not_in_force"],
    ],
    [
      "001 Art. 59(2): placement before birth refused",
      { subjectBirthDate: "2026-05-01" },
      ["register.placed_before_birth"],
    ],
  ])("%s", (_name, input, expected) => {
    expect(codes(input)).toEqual(expected);
  });

  it("001 Art. 59(4): every refusal at once, each with an article and a field", () => {
    const r = validatePlacement({
      ...adult,
      ground: "59.2.12_minor_released_from_penitentiary",
      rightsExplained: false,
    });
    expect(r.map((x) => [x.code, x.article, x.field])).toEqual([
      ["register.ground_minors_only", "001 Art. 59(2)(12)", "ground"],
      ["register.rights_not_explained", "001 Art. 59(4)", "rightsExplained"],
    ]);
    expect(r[0]!.params).toEqual({ age: 35 });
  });

  it("001 Art. 85(1): the commencement date is configuration", () => {
    expect(
      validatePlacement({ ...adult, placedOn: "2026-02-01" }, { commencement001: "2026-01-15" }),
    ).toEqual([]);
  });
});
