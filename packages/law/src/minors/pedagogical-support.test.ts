import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addCalendarDays } from "../calendar/legal-date.ts";
import { PEDAGOGICAL_SUPPORT_CRITERIA } from "../measures/measure-details.ts";
import {
  missedClassesCriterion,
  PEDAGOGICAL_SUPPORT_CRITERION_INFO,
  type ClassAbsence,
} from "./pedagogical-support.ts";

const un = (date: string): ClassAbsence => ({ date, validReason: false });

describe("pedagogical support criteria (001 Art. 78(2))", () => {
  it("001 Art. 78(2)(1)-(12): the measures module's ids, each with its subparagraph", () => {
    expect(PEDAGOGICAL_SUPPORT_CRITERION_INFO.map((c) => c.id)).toEqual([...PEDAGOGICAL_SUPPORT_CRITERIA]);
    PEDAGOGICAL_SUPPORT_CRITERION_INFO.forEach((c, i) => expect(c.article).toBe(`001 Art. 78(2)(${i + 1})`));
  });
});

describe("missedClassesCriterion (001 Art. 78(2)(4))", () => {
  it.each<[string, ClassAbsence[], boolean, number]>([
    ["001 Art. 78(2)(4): no absence", [], false, 0],
    [
      "001 Art. 78(2)(4): three days is not enough",
      [un("2026-04-01"), un("2026-04-02"), un("2026-04-03")],
      false,
      3,
    ],
    [
      "001 Art. 78(2)(4): four days within one month",
      [un("2026-04-01"), un("2026-04-08"), un("2026-04-15"), un("2026-04-30")],
      true,
      4,
    ],
    [
      "001 Art. 78(2)(4): the same day twice counts once",
      [un("2026-04-01"), un("2026-04-01"), un("2026-04-02"), un("2026-04-03")],
      false,
      3,
    ],
    [
      "001 Art. 78(2)(4): absences with a valid reason do not count",
      [un("2026-04-01"), un("2026-04-02"), un("2026-04-03"), { date: "2026-04-06", validReason: true }],
      false,
      3,
    ],
    [
      "001 Art. 78(2)(4): four days across two calendar months, within one month",
      [un("2026-04-20"), un("2026-04-27"), un("2026-05-05"), un("2026-05-12")],
      true,
      4,
    ],
    [
      "001 Art. 78(2)(4): 1 and 30 April fall in one month",
      [un("2026-04-01"), un("2026-04-10"), un("2026-04-20"), un("2026-04-30")],
      true,
      4,
    ],
    [
      "001 Art. 78(2)(4): 1 April to 1 May is more than one month",
      [un("2026-04-01"), un("2026-04-15"), un("2026-04-30"), un("2026-05-01")],
      false,
      3,
    ],
  ])("%s", (_n, absences, met, days) => {
    const r = missedClassesCriterion({ absences });
    expect(r.met).toBe(met);
    expect(r.days).toBe(days);
    expect(r.article).toBe("001 Art. 78(2)(4)");
    expect(r.threshold).toBe(4);
  });
  it("001 Art. 78(2)(4): the window found is reported", () => {
    const r = missedClassesCriterion({
      absences: [un("2026-04-20"), un("2026-04-27"), un("2026-05-05"), un("2026-05-12")],
    });
    expect(r.window).toEqual({ from: "2026-04-20", until: "2026-05-19" });
  });
  it("001 Art. 78(2)(4): by calendar month the straddling case is not met", () => {
    const r = missedClassesCriterion({
      absences: [un("2026-04-20"), un("2026-04-27"), un("2026-05-05"), un("2026-05-12")],
      window: "calendar_month",
    });
    expect(r).toMatchObject({ met: false, days: 2, window: { from: "2026-04-01", until: "2026-04-30" } });
  });
  it("001 Art. 78(2)(4): absences after asOf are not yet known", () => {
    const absences = [un("2026-04-01"), un("2026-04-02"), un("2026-04-03"), un("2026-04-06")];
    expect(missedClassesCriterion({ absences, asOf: "2026-04-05" }).met).toBe(false);
    expect(missedClassesCriterion({ absences, asOf: "2026-04-06" }).met).toBe(true);
  });
  it("001 Art. 78(2)(4) (property): the rolling window finds at least what any calendar month holds", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 120 }), { maxLength: 20 }), (offsets) => {
        const absences = offsets.map((o) => un(addCalendarDays("2026-01-01", o)));
        const rolling = missedClassesCriterion({ absences });
        const calendar = missedClassesCriterion({ absences, window: "calendar_month" });
        expect(rolling.days).toBeGreaterThanOrEqual(calendar.days);
        expect(rolling.met || !calendar.met).toBe(true);
      }),
    );
  });
});
