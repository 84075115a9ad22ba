import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addCalendarDays, type LegalDate } from "../calendar/legal-date.ts";
import { mergeRegisterPeriods, registerTerm, runFrom, type RegisterMeasureValidity } from "./term.ts";

const m = (validFrom: LegalDate, validUntil: LegalDate | null): RegisterMeasureValidity => ({
  validFrom,
  validUntil,
});

describe("registerTerm (001 Art. 59(7))", () => {
  it("001 Art. 59(7): no measures, no term", () => {
    expect(registerTerm([])).toBeNull();
  });
  it("001 Art. 59(7): one warning valid 30 days — the entry ends with it", () => {
    expect(registerTerm([m("2026-04-01", "2026-04-30")])).toEqual({
      periods: [{ from: "2026-04-01", until: "2026-04-30" }],
      gaps: [],
      start: "2026-04-01",
      end: "2026-04-30",
      unionEnd: "2026-04-30",
    });
  });
  it("001 Art. 59(7): overlapping and adjacent measures join into one run", () => {
    const t = registerTerm([
      m("2026-05-01", "2026-05-31"),
      m("2026-04-01", "2026-04-30"),
      m("2026-04-10", "2026-04-20"),
    ]);
    expect(t?.periods).toEqual([{ from: "2026-04-01", until: "2026-05-31" }]);
    expect(t?.end).toBe("2026-05-31");
  });
  it("001 Art. 59(7), 59(8)(2): a gap ends the run; the union's end is reported apart", () => {
    const t = registerTerm([m("2026-04-01", "2026-04-30"), m("2026-06-01", "2026-06-30")]);
    expect(t?.gaps).toEqual([{ from: "2026-05-01", until: "2026-05-31" }]);
    expect(t?.end).toBe("2026-04-30");
    expect(t?.unionEnd).toBe("2026-06-30");
  });
  it("001 Art. 59(7): the run is chosen from the placement date", () => {
    const ms = [m("2026-04-01", "2026-04-30"), m("2026-06-01", "2026-06-30")];
    expect(registerTerm(ms, "2026-05-10")?.end).toBe("2026-06-30");
    expect(registerTerm(ms, "2026-06-05")?.end).toBe("2026-06-30");
    expect(registerTerm(ms, "2026-07-05")?.end).toBe("2026-06-30");
  });
  it("001 Art. 59(9): an open-ended measure makes the run open-ended and swallows later ones", () => {
    const t = registerTerm([m("2026-04-01", null), m("2026-05-01", "2026-05-10")]);
    expect(t?.periods).toEqual([{ from: "2026-04-01", until: null }]);
    expect(t?.end).toBeNull();
    expect(t?.unionEnd).toBeNull();
  });
  it("001 Art. 59(7): a later open-ended measure after a closed one", () => {
    const t = registerTerm([m("2026-04-01", "2026-04-30"), m("2026-04-15", null)]);
    expect(t?.periods).toEqual([{ from: "2026-04-01", until: null }]);
  });
  it("runFrom: the run covering a date, else the next, else null", () => {
    const ps = mergeRegisterPeriods([
      { from: "2026-01-01", until: "2026-01-10" },
      { from: "2026-02-01", until: "2026-02-10" },
    ]);
    expect(runFrom(ps, "2026-01-05")?.from).toBe("2026-01-01");
    expect(runFrom(ps, "2026-01-20")?.from).toBe("2026-02-01");
    expect(runFrom(ps, "2026-03-01")).toBeNull();
  });

  const measureArb = fc
    .tuple(fc.integer({ min: 0, max: 400 }), fc.option(fc.integer({ min: 0, max: 90 }), { freq: 8 }))
    .map(([start, len]) =>
      m(
        addCalendarDays("2026-03-01", start),
        len === null ? null : addCalendarDays("2026-03-01", start + len),
      ),
    );

  it("001 Art. 59(7) (property): periods and gaps partition the span; a day is covered iff some measure covers it", () => {
    fc.assert(
      fc.property(
        fc.array(measureArb, { minLength: 1, maxLength: 8 }),
        fc.integer({ min: -10, max: 520 }),
        (ms, probe) => {
          const t = registerTerm(ms)!;
          const day = addCalendarDays("2026-03-01", probe);
          const byMeasure = ms.some(
            (x) => x.validFrom <= day && (x.validUntil === null || day <= x.validUntil),
          );
          const byPeriod = t.periods.some((p) => p.from <= day && (p.until === null || day <= p.until));
          expect(byPeriod).toBe(byMeasure);
          const inGap = t.gaps.some((g) => g.from <= day && day <= g.until!);
          const inSpan = day >= t.start && (t.unionEnd === null || day <= t.unionEnd);
          expect(inGap || byPeriod).toBe(inSpan);
          expect(inGap && byPeriod).toBe(false);
          expect(t.gaps.length).toBe(t.periods.length - 1);
        },
      ),
    );
  });
});
