import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addCalendarDays, isoWeekday } from "../calendar/legal-date.ts";
import { kazakhstanWorkCalendar, workingDaysBetween, type WorkCalendar } from "../calendar/working-days.ts";
import {
  allowedVisitWorkingDays,
  latestVisitEnd,
  NPM_VISIT_MAX_EXTENSION_WORKING_DAYS,
  NPM_VISIT_MAX_WORKING_DAYS,
  validateVisitDuration,
  visitWorkingDays,
  type NpmVisitPeriod,
} from "./duration.ts";

/** Monday–Friday, no holidays: 2025-03-03 is a Monday. */
const weekdays: WorkCalendar = { isWorkingDay: (d) => isoWeekday(d) <= 5 };
const consented = { workingDays: 3, commissionerConsent: true, reason: "Riot in the facility" };

describe("visit duration (003 pp.24-25)", () => {
  it("003 pp.24-25: two working days, five for thematic, extension up to five", () => {
    expect(NPM_VISIT_MAX_WORKING_DAYS).toEqual({ one_time: 2, thematic: 5 });
    expect(NPM_VISIT_MAX_EXTENSION_WORKING_DAYS).toBe(5);
  });

  it.each<[string, NpmVisitPeriod, number, number]>([
    [
      "003 p.24: Monday–Tuesday is two working days",
      { form: "one_time", from: "2025-03-03", to: "2025-03-04" },
      2,
      2,
    ],
    [
      "003 p.24: Friday–Monday is two working days",
      { form: "one_time", from: "2025-03-07", to: "2025-03-10" },
      2,
      2,
    ],
    [
      "003 p.24: time on the road is not counted",
      { form: "one_time", from: "2025-03-03", to: "2025-03-05", travelDays: ["2025-03-03", "2025-03-09"] },
      2,
      2,
    ],
    ["003 p.24: thematic visit limit five", { form: "thematic", from: "2025-03-03", to: "2025-03-07" }, 5, 5],
    [
      "003 p.25: consented extension adds its working days",
      { form: "one_time", from: "2025-03-03", to: "2025-03-07", extension: consented },
      5,
      5,
    ],
    [
      "003 p.25: extension without consent adds nothing",
      {
        form: "one_time",
        from: "2025-03-03",
        to: "2025-03-04",
        extension: { ...consented, commissionerConsent: false },
      },
      2,
      2,
    ],
    [
      "003 p.25: extension counts at most five",
      { form: "thematic", from: "2025-03-03", to: "2025-03-14", extension: { ...consented, workingDays: 9 } },
      10,
      10,
    ],
  ])("%s", (_name, period, used, allowed) => {
    expect(visitWorkingDays(period, weekdays)).toBe(used);
    expect(allowedVisitWorkingDays(period)).toBe(allowed);
  });

  it.each<[string, NpmVisitPeriod, string[]]>([
    ["003 p.24: a two-day visit is allowed", { form: "one_time", from: "2025-03-03", to: "2025-03-04" }, []],
    [
      "003 p.24: three working days is too long",
      { form: "one_time", from: "2025-03-03", to: "2025-03-05" },
      ["npm_visit.duration_exceeded 003 p.24"],
    ],
    [
      "003 p.24: six working days is too long for a thematic visit",
      { form: "thematic", from: "2025-03-03", to: "2025-03-10" },
      ["npm_visit.duration_exceeded 003 p.24"],
    ],
    [
      "003 p.24: end before start",
      { form: "one_time", from: "2025-03-05", to: "2025-03-04" },
      ["npm_visit.end_before_start 003 p.24"],
    ],
    [
      "003 p.25: a consented extension of three days allows five",
      { form: "one_time", from: "2025-03-03", to: "2025-03-07", extension: consented },
      [],
    ],
    [
      "003 p.25: an extension without the Commissioner's consent",
      {
        form: "one_time",
        from: "2025-03-03",
        to: "2025-03-05",
        extension: { ...consented, commissionerConsent: false },
      },
      ["npm_visit.extension_without_consent 003 p.25", "npm_visit.duration_exceeded 003 p.25"],
    ],
    [
      "003 p.25: an extension of six working days",
      { form: "one_time", from: "2025-03-03", to: "2025-03-04", extension: { ...consented, workingDays: 6 } },
      ["npm_visit.extension_too_long 003 p.25"],
    ],
    [
      "003 p.25: an extension of zero days",
      { form: "one_time", from: "2025-03-03", to: "2025-03-04", extension: { ...consented, workingDays: 0 } },
      ["npm_visit.extension_invalid 003 p.25"],
    ],
    [
      "003 p.25: an extension of a fractional day",
      {
        form: "one_time",
        from: "2025-03-03",
        to: "2025-03-04",
        extension: { ...consented, workingDays: 1.5 },
      },
      ["npm_visit.extension_invalid 003 p.25"],
    ],
    [
      "003 p.25: an extension with no exceptional reason",
      { form: "one_time", from: "2025-03-03", to: "2025-03-04", extension: { ...consented, reason: "" } },
      ["npm_visit.extension_reason_missing 003 p.25"],
    ],
    [
      "003 p.25: a one-time visit of eight working days exceeds 2 + 5",
      { form: "one_time", from: "2025-03-03", to: "2025-03-12", extension: { ...consented, workingDays: 5 } },
      ["npm_visit.duration_exceeded 003 p.25"],
    ],
  ])("%s", (_name, period, expected) => {
    expect(validateVisitDuration(period, weekdays).map((r) => `${r.code} ${r.article}`)).toEqual(expected);
  });

  it("003 p.24: Independence Day (16 December) is not a working day of the visit (KZ calendar)", () => {
    const kz = kazakhstanWorkCalendar();
    const period: NpmVisitPeriod = { form: "one_time", from: "2025-12-15", to: "2025-12-17" };
    expect(visitWorkingDays(period, kz)).toBe(2);
    expect(validateVisitDuration(period, kz)).toEqual([]);
    expect(latestVisitEnd("2025-12-15", 2, kz)).toBe("2025-12-17");
  });

  it.each<[string, string, number, string]>([
    ["003 p.24: Monday start, two days → Tuesday", "2025-03-03", 2, "2025-03-04"],
    ["003 p.24: Thursday start, two days → through Sunday", "2025-03-06", 2, "2025-03-09"],
    ["003 p.24: Saturday start, two days → Tuesday", "2025-03-08", 2, "2025-03-11"],
    ["003 p.24: thematic Monday start, five days → through Sunday", "2025-03-03", 5, "2025-03-09"],
  ])("%s", (_name, from, allowed, expected) => {
    expect(latestVisitEnd(from, allowed, weekdays)).toBe(expected);
  });

  it("003 pp.24-25: property — latestVisitEnd is the last day that keeps the limit", () => {
    const day = fc.integer({ min: 0, max: 3000 }).map((n) => addCalendarDays("2024-01-01", n));
    const kz = kazakhstanWorkCalendar();
    fc.assert(
      fc.property(day, fc.integer({ min: 1, max: 10 }), (from, allowed) => {
        const end = latestVisitEnd(from, allowed, kz);
        expect(workingDaysBetween(from, end, kz)).toBe(allowed);
        expect(workingDaysBetween(from, addCalendarDays(end, 1), kz)).toBe(allowed + 1);
      }),
      { numRuns: 200 },
    );
  });
});
