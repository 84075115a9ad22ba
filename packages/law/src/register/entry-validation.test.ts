import { describe, expect, it } from "vitest";
import type { RegisterEntry, RegisterFact } from "./entry.ts";
import { validateRegisterExtension, validateRegisterTermination } from "./entry-validation.ts";

const warning: RegisterEntry = {
  ground: "59.2.5_official_warning",
  subjectBirthDate: "1990-05-10",
  placedOn: "2026-04-01",
  measures: [{ validFrom: "2026-04-01", validUntil: "2026-04-30" }],
};
const minor: RegisterEntry = {
  ground: "59.2.10_minor_substance_abuse",
  subjectBirthDate: "2008-09-15",
  placedOn: "2026-04-01",
  measures: [],
};

describe("validateRegisterTermination (001 Art. 59(8))", () => {
  it.each<[string, RegisterEntry, Parameters<typeof validateRegisterTermination>[2], string[]]>([
    [
      "001 Art. 59(8)(1): correction with a positive characterisation",
      warning,
      { on: "2026-04-10", ground: "corrected", positiveCharacterisation: true },
      [],
    ],
    [
      "001 Art. 59(8)(1): correction without it is refused",
      warning,
      { on: "2026-04-10", ground: "corrected" },
      ["register.correction_not_established"],
    ],
    [
      "001 Art. 59(8)(2): expiry after the measures ended",
      warning,
      { on: "2026-05-01", ground: "measures_expired" },
      [],
    ],
    [
      "001 Art. 59(8)(2): expiry while the measure runs is refused",
      warning,
      { on: "2026-04-20", ground: "measures_expired" },
      ["register.measures_still_valid"],
    ],
    [
      "001 Art. 59(8)(2): expiry of an open-ended entry is refused",
      minor,
      { on: "2026-04-20", ground: "measures_expired" },
      ["register.measures_still_valid"],
    ],
    ["001 Art. 59(8)(3): imprisonment", warning, { on: "2026-04-10", ground: "imprisoned" }, []],
    [
      "001 Art. 59(8)(4): eighteen on the birthday",
      minor,
      { on: "2026-09-15", ground: "minor_turned_18" },
      [],
    ],
    [
      "001 Art. 59(8)(4): before the birthday is refused",
      minor,
      { on: "2026-09-14", ground: "minor_turned_18" },
      ["register.not_yet_18"],
    ],
    ["001 Art. 59(8)(5): death", warning, { on: "2026-04-10", ground: "death" }, []],
    [
      "001 Art. 59(8): an entry already lapsed cannot be terminated again",
      warning,
      { on: "2026-05-05", ground: "death" },
      ["register.not_active"],
    ],
    [
      "001 Art. 59(8): not on the placement day itself",
      warning,
      { on: "2026-04-01", ground: "death" },
      ["register.not_active"],
    ],
  ])("%s", (_n, entry, proposed, expected) => {
    expect(validateRegisterTermination(entry, [], proposed).map((r) => r.code)).toEqual(expected);
  });
  it("001 Art. 59(8)(4): the refusal names the birthday", () => {
    const [r] = validateRegisterTermination(minor, [], { on: "2026-05-01", ground: "minor_turned_18" });
    expect(r).toMatchObject({ article: "001 Art. 59(8)(4)", params: { birthday: "2026-09-15" } });
  });
});

describe("validateRegisterExtension (001 Art. 59(9), 48(5))", () => {
  const facts: RegisterFact[] = [];
  it.each<[string, Parameters<typeof validateRegisterExtension>[2], string[]]>([
    [
      "001 Art. 59(9): while running, with reason and a later end",
      { on: "2026-04-25", until: "2026-06-30", reason: "new threats", basis: "59(9)" },
      [],
    ],
    [
      "001 Art. 59(9): until the likelihood is eliminated",
      { on: "2026-04-25", until: null, reason: "new threats", basis: "59(9)" },
      [],
    ],
    [
      "001 Art. 48(5): on petition after a lapse is refused",
      { on: "2026-05-02", until: "2026-06-30", reason: "x", basis: "48(5)" },
      ["register.not_active"],
    ],
    [
      "001 Art. 59(9): a reason is required",
      { on: "2026-04-25", until: "2026-06-30", reason: "  ", basis: "59(9)" },
      ["register.extension_reason_missing"],
    ],
    [
      "001 Art. 59(9): the new end must be later",
      { on: "2026-04-25", until: "2026-04-30", reason: "x", basis: "59(9)" },
      ["register.extension_not_later"],
    ],
  ])("%s", (_n, proposed, expected) => {
    expect(validateRegisterExtension(warning, facts, proposed).map((r) => r.code)).toEqual(expected);
  });
  it("001 Art. 48(5): the refusal cites the basis chosen", () => {
    const [r] = validateRegisterExtension(warning, facts, {
      on: "2026-06-01",
      until: null,
      reason: "x",
      basis: "48(5)",
    });
    expect(r?.article).toBe("001 Art. 48(5)");
  });
  it("001 Art. 59(9): any end extends an open-ended entry", () => {
    const parent: RegisterEntry = {
      ...minor,
      ground: "59.2.7_parent_failing_duties",
      subjectBirthDate: "1980-01-01",
    };
    expect(
      validateRegisterExtension(parent, facts, {
        on: "2026-05-01",
        until: "2026-05-02",
        reason: "x",
        basis: "59(9)",
      }),
    ).toEqual([]);
  });
  it("001 Art. 59(8)(4), 59(9): a minor's entry already runs to the 18th birthday", () => {
    const r = validateRegisterExtension(minor, facts, {
      on: "2026-05-01",
      until: "2026-05-02",
      reason: "x",
      basis: "59(9)",
    });
    expect(r.map((x) => x.params)).toEqual([{ lastDay: "2026-09-14" }]);
  });
});
