import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addCalendarDays } from "../calendar/legal-date.ts";
import { administrativeSupervisionTerm, type CrimeGravity } from "./term.ts";

describe("administrativeSupervisionTerm (001 Art. 64(2)-(3))", () => {
  it.each<[CrimeGravity, string, string]>([
    ["minor", "2029-01-10", "001 Art. 64(2)(1)"],
    ["medium", "2029-01-10", "001 Art. 64(2)(1)"],
    ["grave", "2032-01-10", "001 Art. 64(2)(2)"],
    ["especially_grave", "2034-01-10", "001 Art. 64(2)(3)"],
  ])("001 Art. 64(2): %s gravity — supervised until %s", (gravity, until, article) => {
    const t = administrativeSupervisionTerm({ gravity, releaseDate: "2026-01-10", violationRulings: [] });
    expect(t).toMatchObject({
      validFrom: "2026-01-10",
      baseUntil: until,
      validUntil: until,
      article,
      extensionMonths: 0,
    });
  });
  it("001 Art. 64(3): +6 months for each judge's ruling on a violation", () => {
    const t = administrativeSupervisionTerm({
      gravity: "grave",
      releaseDate: "2026-03-15",
      violationRulings: [{ rulingOn: "2027-05-01" }, { rulingOn: "2026-09-01" }],
    });
    expect(t.validUntil).toBe("2033-03-15");
    expect(t.extensionMonths).toBe(12);
    expect(t.article).toBe("001 Art. 64(3)");
    expect(t.rulingsApplied.map((r) => r.rulingOn)).toEqual(["2026-09-01", "2027-05-01"]);
  });
  it("001 Art. 64(3): no cap in the text — ten rulings add five years", () => {
    const rulings = Array.from({ length: 10 }, (_, i) => ({
      rulingOn: addCalendarDays("2026-06-01", 30 * i),
    }));
    const t = administrativeSupervisionTerm({
      gravity: "minor",
      releaseDate: "2026-03-15",
      violationRulings: rulings,
    });
    expect(t.validUntil).toBe("2034-03-15");
  });
  it("001 Art. 64(3): a ruling before release or after the end cannot extend", () => {
    const t = administrativeSupervisionTerm({
      gravity: "minor",
      releaseDate: "2026-03-15",
      violationRulings: [{ rulingOn: "2026-03-01" }, { rulingOn: "2029-03-16" }],
    });
    expect(t.rulingsApplied).toEqual([]);
    expect(t.rulingsIgnored.map((r) => r.rulingOn)).toEqual(["2026-03-01", "2029-03-16"]);
    expect(t.validUntil).toBe("2029-03-15");
  });
  it("001 Art. 64(3): a ruling on the last day extends, and a later one then falls within the extension", () => {
    const t = administrativeSupervisionTerm({
      gravity: "minor",
      releaseDate: "2026-03-15",
      violationRulings: [{ rulingOn: "2029-03-16" }, { rulingOn: "2029-03-15" }],
    });
    expect(t.rulingsApplied.map((r) => r.rulingOn)).toEqual(["2029-03-15", "2029-03-16"]);
    expect(t.validUntil).toBe("2030-03-15");
  });
  it("001 Art. 64(3): a ruling in an extension period extends again", () => {
    const t = administrativeSupervisionTerm({
      gravity: "minor",
      releaseDate: "2026-03-15",
      violationRulings: [{ rulingOn: "2029-03-10" }, { rulingOn: "2029-06-01" }],
    });
    expect(t.validUntil).toBe("2030-03-15");
  });
  it("001 Art. 64(3): released on 31 August — month-end clamping does not drift", () => {
    const t = administrativeSupervisionTerm({
      gravity: "minor",
      releaseDate: "2026-08-31",
      violationRulings: [{ rulingOn: "2027-01-01" }, { rulingOn: "2027-01-01" }],
    });
    expect(t.validUntil).toBe("2030-08-31");
  });
  it("001 Art. 64(2)-(3) (property): the term grows by 6 months per applicable ruling and never shrinks", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -100, max: 2000 }), { maxLength: 6 }), (offsets) => {
        const rulings = offsets.map((o) => ({ rulingOn: addCalendarDays("2026-05-20", o) }));
        const t = administrativeSupervisionTerm({
          gravity: "minor",
          releaseDate: "2026-05-20",
          violationRulings: rulings,
        });
        expect(t.validUntil >= t.baseUntil).toBe(true);
        expect(t.rulingsApplied.length + t.rulingsIgnored.length).toBe(rulings.length);
        expect(t.extensionMonths).toBe(6 * t.rulingsApplied.length);
      }),
    );
  });
});
