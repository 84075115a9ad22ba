import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { addCalendarDays } from "../calendar/legal-date.ts";
import { identificationCheckDigit, identificationNumberKind, hasValidCheckDigit } from "./check-digit.ts";
import { isValidIin, makeIin, parseIin, type Sex } from "./iin.ts";

describe("IIN check digit (R1.1, two-pass weighting)", () => {
  it("R1.1: first pass — 8·1+8·2+0·3+1·4+0·5+1·6+3·7+0+0+0+1·11 = 66 ≡ 0 (mod 11)", () => {
    expect(identificationCheckDigit("88010130001")).toBe(0);
    expect(hasValidCheckDigit("880101300010")).toBe(true);
  });

  it("R1.1: first pass gives 10 (109 mod 11), second pass weights 3..11,1,2 give 146 mod 11 = 3", () => {
    expect(identificationCheckDigit("08051540010")).toBe(3);
    expect(isValidIin("080515400103")).toBe(true);
  });

  it("R1.1: ten on both passes — no IIN is issued with these eleven digits", () => {
    expect(identificationCheckDigit("08051540019")).toBeNull();
    for (let d = 0; d <= 9; d++)
      expect(parseIin(`08051540019${d}`)).toMatchObject({ ok: false, code: "iin.check_digit" });
  });

  it.each([
    ["880101300010", "iin"],
    ["190340000011", "bin"],
    ["881301300010", "iin"], // the kind is a guess by the 5th digit, not a validation
    ["880171300010", null],
    ["88010130001", null],
  ])("R1.1: %s looks like %s", (value, kind) => {
    expect(identificationNumberKind(value)).toBe(kind);
  });
});

describe("parseIin (R1.1)", () => {
  it.each<[string, string, Sex, number]>([
    ["880101300010", "1988-01-01", "male", 1900],
    ["080515400103", "1908-05-15", "female", 1900],
  ])("R1.1: %s → born %s, %s, century %i", (iin, birthDate, sex, century) => {
    expect(parseIin(iin)).toEqual({
      ok: true,
      value: { iin, birthDate, sex, century, serial: iin.slice(7, 11) },
    });
  });

  it.each([
    ["", "iin.length"],
    ["88010130001", "iin.length"],
    ["8801013000100", "iin.length"],
    ["88010130001a", "iin.digits"],
    ["8801013 0001", "iin.digits"],
    ["880101000010", "iin.century_sex"], // 0
    ["880101700010", "iin.century_sex"], // 7
    ["880101900010", "iin.century_sex"], // 9
    ["880230300010", "iin.birth_date"], // 30 February
    ["881301300010", "iin.birth_date"], // month 13
    ["880100300010", "iin.birth_date"], // day 00
    ["880101300011", "iin.check_digit"],
  ])("R1.1: %s is refused as %s", (iin, code) => {
    const v = parseIin(iin);
    expect(v.ok).toBe(false);
    if (!v.ok) {
      expect(v.code).toBe(code);
      expect(v.field).toBe("iin");
      expect(v.article).toContain("223-III");
    }
  });

  it("R1.1: 29 February only in leap years of the encoded century", () => {
    expect(parseIin(makeIin("2000-02-29", "female", 1))).toMatchObject({
      ok: true,
      value: { birthDate: "2000-02-29" },
    });
    // 000229 with digit 3 (1900s) is 1900-02-29, which did not exist.
    expect(parseIin("000229300018")).toMatchObject({ ok: false, code: "iin.birth_date" });
  });

  it("R1.1: a birth date after the date of the check is refused", () => {
    const iin = makeIin("2026-05-01", "male", 12);
    expect(parseIin(iin, { on: "2026-04-30" })).toMatchObject({ ok: false, code: "iin.birth_date" });
    expect(parseIin(iin, { on: "2026-05-01" }).ok).toBe(true);
  });
});

describe("makeIin (R1.1)", () => {
  it.each<[string, Sex, string]>([
    ["1850-06-01", "male", "1"],
    ["1850-06-01", "female", "2"],
    ["1988-01-01", "male", "3"],
    ["1988-01-01", "female", "4"],
    ["2010-12-31", "male", "5"],
    ["2010-12-31", "female", "6"],
  ])("R1.1: born %s, %s → 7th digit %s", (birthDate, sex, digit) => {
    const iin = makeIin(birthDate, sex, 1);
    expect(iin[6]).toBe(digit);
    expect(parseIin(iin)).toMatchObject({ ok: true, value: { birthDate, sex } });
  });

  it("R1.1: a serial giving 10 on both passes is skipped for the next", () => {
    expect(makeIin("1908-05-15", "female", 19)).toBe("080515400209");
    expect(makeIin("1908-05-15", "female", 10)).toBe("080515400103");
    expect(makeIin("1908-05-15", "female", 9999).slice(7, 11)).toBe("9999");
  });

  it.each([
    ["1799-12-31", 1],
    ["2100-01-01", 1],
    ["2026-02-30", 1],
    ["2026-01-01", -1],
    ["2026-01-01", 10000],
    ["2026-01-01", 1.5],
  ])("R1.1: makeIin(%s, serial %d) is a programming error", (birthDate, serial) => {
    expect(() => makeIin(birthDate, "male", serial)).toThrow(RangeError);
  });

  const birthDate = fc.integer({ min: 0, max: 109572 }).map((i) => addCalendarDays("1800-01-01", i)); // 1800-2099

  it("R1.1 property: every generated IIN parses back to its birth date and sex", () => {
    fc.assert(
      fc.property(
        birthDate,
        fc.constantFrom<Sex>("male", "female"),
        fc.integer({ min: 0, max: 9999 }),
        (b, sex, s) => {
          const v = parseIin(makeIin(b, sex, s));
          expect(v).toMatchObject({
            ok: true,
            value: { birthDate: b, sex, century: Math.floor(Number(b.slice(0, 4)) / 100) * 100 },
          });
        },
      ),
    );
  });

  it("R1.1 property: changing the check digit of a valid IIN always makes it invalid", () => {
    fc.assert(
      fc.property(
        birthDate,
        fc.integer({ min: 0, max: 9999 }),
        fc.integer({ min: 1, max: 9 }),
        (b, s, delta) => {
          const iin = makeIin(b, "female", s);
          const wrong = iin.slice(0, 11) + String((Number(iin[11]) + delta) % 10);
          expect(parseIin(wrong)).toMatchObject({ ok: false, code: "iin.check_digit" });
        },
      ),
    );
  });
});
