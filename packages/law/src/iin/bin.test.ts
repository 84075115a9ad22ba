import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { isValidBin, makeBin, parseBin } from "./bin.ts";

describe("parseBin (R1.3)", () => {
  it("R1.3: 19·1+… check digit 7 — a resident legal entity's head office registered March 2019", () => {
    expect(parseBin("190340000017")).toEqual({
      ok: true,
      value: {
        bin: "190340000017",
        registered: "2019-03",
        entityType: "resident_legal_entity",
        attribute: "head_office",
        serial: "00001",
      },
    });
  });

  it.each([
    [5, 1, "non_resident_legal_entity", "branch"],
    [6, 3, "joint_individual_entrepreneur", "joint_peasant_farm"],
    [4, 2, "resident_legal_entity", "representative_office"],
  ] as const)("R1.3: type digit %i, attribute digit %i → %s, %s", (type, attr, entityType, attribute) => {
    expect(parseBin(makeBin("2008-11", type, attr, 42))).toMatchObject({
      ok: true,
      value: { entityType, attribute },
    });
  });

  it("R1.3: registration years from 90 are read as the 1990s", () => {
    expect(parseBin(makeBin("1995-07", 4, 0, 1))).toMatchObject({
      ok: true,
      value: { registered: "1995-07" },
    });
    expect(parseBin(makeBin("2089-12", 4, 0, 1))).toMatchObject({
      ok: true,
      value: { registered: "2089-12" },
    });
  });

  it.each([
    ["19034000001", "bin.length"],
    ["19034000001x", "bin.digits"],
    ["190040000017", "bin.registration_month"],
    ["191340000017", "bin.registration_month"],
    ["190330000017", "bin.entity_type"],
    ["190370000017", "bin.entity_type"],
    ["190344000017", "bin.attribute"],
    ["190340000018", "bin.check_digit"],
  ])("R1.3: %s is refused as %s", (bin, code) => {
    const v = parseBin(bin);
    expect(v).toMatchObject({ ok: false, code, field: "bin" });
    expect(isValidBin(bin)).toBe(false);
  });

  it.each([
    ["2019-3", 1],
    ["2019-13", 1],
    ["2019-03", -1],
    ["2019-03", 100000],
  ])("R1.3: makeBin(%s, serial %d) is a programming error", (registered, serial) => {
    expect(() => makeBin(registered, 4, 0, serial)).toThrow(RangeError);
  });

  it("R1.3 property: every generated BIN parses back", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1990, max: 2089 }),
        fc.integer({ min: 1, max: 12 }),
        fc.constantFrom(4 as const, 5 as const, 6 as const),
        fc.constantFrom(0 as const, 1 as const, 2 as const, 3 as const),
        fc.integer({ min: 0, max: 99999 }),
        (y, m, t, a, s) => {
          const registered = `${y}-${String(m).padStart(2, "0")}`;
          expect(parseBin(makeBin(registered, t, a, s))).toMatchObject({ ok: true, value: { registered } });
        },
      ),
    );
  });
});
