import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { DEFAULT_DAY_TRANSFERS, KZ_DAY_TRANSFERS_2026 } from "./day-transfers.ts";
import { addCalendarDays, isLegalDate, isoWeekday, legalDateOf } from "./legal-date.ts";
import {
  addWorkingDays,
  kazakhstanWorkCalendar,
  workingDaysBetween,
  workingDaysDeadline,
  type DayTransfer,
} from "./working-days.ts";

const bare = kazakhstanWorkCalendar();
const cal2026 = kazakhstanWorkCalendar(DEFAULT_DAY_TRANSFERS);

/** Government decree of 2023: Saturday 1 July a working day, Friday 7 July a day off (Capital Day). */
const DECREE_2023: DayTransfer[] = [
  { date: "2023-07-01", kind: "working_day", basis: "Government decree 2023: day off moved from Sat 1 July" },
  { date: "2023-07-07", kind: "day_off", basis: "Government decree 2023: day off moved to Fri 7 July" },
];
const cal2023 = kazakhstanWorkCalendar(DECREE_2023);

describe("Kazakhstan working days: date-holidays KZ plus the transfer table (R11.4)", () => {
  it.each([
    ["2026-03-02", true], // Monday
    ["2026-03-07", false], // Saturday
    ["2026-03-08", false], // Sunday, International Women's Day
    ["2026-03-09", false], // its carry-over Monday
    ["2026-03-16", true], // no Constitution Day in March 2026 (table corrects the library)
    ["2026-03-20", true],
    ["2026-03-23", false], // Nauryz
    ["2026-03-24", false], // carry-over of 21 March
    ["2026-03-25", false], // carry-over of 22 March (table adds it)
    ["2026-03-26", true],
    ["2026-01-01", false],
    ["2026-01-02", false],
    ["2026-01-05", true],
    ["2026-01-07", false], // Orthodox Christmas, no carry-over
    ["2026-05-11", false], // Victory Day 9 May (Saturday) carried to Monday
    ["2026-05-27", false], // Kurban ait
    ["2026-07-06", false], // Capital Day
    ["2026-08-31", true], // no Constitution Day on 30 August any more
    ["2026-10-26", false], // Republic Day 25 October (Sunday) carried to Monday
    ["2026-12-16", false], // Independence Day
  ])("R11.4: with the 2026 table, %s is a working day: %s", (date, working) => {
    expect(cal2026.isWorkingDay(date)).toBe(working);
  });

  it("R11.4: the 2026 table changes exactly the days the library gets wrong", () => {
    expect(bare.isWorkingDay("2026-03-16")).toBe(false);
    expect(bare.isWorkingDay("2026-03-25")).toBe(true);
    for (const t of KZ_DAY_TRANSFERS_2026) {
      expect(isLegalDate(t.date)).toBe(true);
      expect(cal2026.isWorkingDay(t.date)).toBe(t.kind === "working_day");
      expect(bare.isWorkingDay(t.date)).toBe(t.kind !== "working_day");
    }
  });

  it("R11.4: a transferred working Saturday counts and a transferred day off does not (2023 decree)", () => {
    expect(bare.isWorkingDay("2023-07-01")).toBe(false);
    expect(cal2023.isWorkingDay("2023-07-01")).toBe(true);
    expect(bare.isWorkingDay("2023-07-07")).toBe(true);
    expect(cal2023.isWorkingDay("2023-07-07")).toBe(false);
    // Friday 30 June + 1 working day is the working Saturday; Wednesday 5 July + 1 skips 6-9 July.
    expect(addWorkingDays("2023-06-30", 1, cal2023)).toBe("2023-07-01");
    expect(addWorkingDays("2023-06-30", 1, bare)).toBe("2023-07-03");
    expect(addWorkingDays("2023-07-05", 1, cal2023)).toBe("2023-07-10");
    expect(addWorkingDays("2023-07-05", 1, bare)).toBe("2023-07-07");
    expect(workingDaysBetween("2023-06-26", "2023-07-09", cal2023)).toBe(
      workingDaysBetween("2023-06-26", "2023-07-09", bare),
    );
  });

  it.each([
    ["2026-03-20", 1, "2026-03-26"], // Friday before Nauryz: next working day is Thursday 26th
    ["2026-03-20", 3, "2026-03-30"],
    ["2026-03-21", 0, "2026-03-26"], // n = 0: first working day on or after
    ["2026-03-26", 0, "2026-03-26"],
    ["2026-03-02", 7, "2026-03-12"], // 001 Art. 45(4): seven working days, 9 March off
    ["2026-03-26", -1, "2026-03-20"], // counting back over Nauryz
    ["2026-03-30", -3, "2026-03-20"],
  ])("001 Art. 45(4): %s + %i working days = %s", (d, n, out) => {
    expect(addWorkingDays(d, n, cal2026)).toBe(out);
  });

  it("003 pp.24-25: working days in a closed range", () => {
    expect(workingDaysBetween("2026-03-16", "2026-03-27", cal2026)).toBe(7);
    expect(workingDaysBetween("2026-03-21", "2026-03-25", cal2026)).toBe(0);
    expect(workingDaysBetween("2026-03-27", "2026-03-16", cal2026)).toBe(0);
  });

  it("001 Art. 80(11): a working-day term ends at 23:59:59.999 Almaty time of its last day", () => {
    const arrival = new Date("2026-03-20T16:00:00Z"); // 21:00 Friday 20 March in Almaty
    const due = workingDaysDeadline(arrival, 3, cal2026);
    expect(legalDateOf(due)).toBe("2026-03-30");
    expect(due.toISOString()).toBe("2026-03-30T18:59:59.999Z");
  });

  it("R11.4: old years keep the fixed-date holidays the library knows", () => {
    expect(bare.isWorkingDay("1985-03-08")).toBe(false); // Friday, International Women's Day
    expect(bare.isWorkingDay("1985-03-12")).toBe(true);
    expect(bare.isWorkingDay("1985-03-09")).toBe(false);
  });
});

/** A random calendar: the library plus random overrides within 2025-2027. */
const transfersArb = fc.uniqueArray(
  fc.record({
    date: fc.integer({ min: 0, max: 3 * 365 }).map((i) => addCalendarDays("2025-01-01", i)),
    kind: fc.constantFrom<DayTransfer["kind"]>("day_off", "working_day"),
    basis: fc.constant("property test"),
  }),
  { selector: (t) => t.date, maxLength: 40 },
);
const dateArb = fc.integer({ min: 0, max: 3 * 365 }).map((i) => addCalendarDays("2025-01-01", i));

describe("working days, properties (R11.4)", () => {
  it("R11.4 property: adding n ≥ 0 working days never lands on a day off", () => {
    fc.assert(
      fc.property(transfersArb, dateArb, fc.integer({ min: 0, max: 40 }), (t, d, n) => {
        const cal = kazakhstanWorkCalendar(t);
        expect(cal.isWorkingDay(addWorkingDays(d, n, cal))).toBe(true);
      }),
    );
  });

  it("R11.4 property: results are monotonic in n, strictly from n = 1", () => {
    fc.assert(
      fc.property(transfersArb, dateArb, fc.integer({ min: 0, max: 30 }), (t, d, n) => {
        const cal = kazakhstanWorkCalendar(t);
        const a = addWorkingDays(d, n, cal);
        const b = addWorkingDays(d, n + 1, cal);
        if (n === 0) expect(a <= b).toBe(true);
        else expect(a < b).toBe(true);
        expect(addWorkingDays(d, -n - 1, cal) < addWorkingDays(d, -n, cal) || n === 0).toBe(true);
      }),
    );
  });

  it("R11.4 property: exactly n working days lie after the start up to the result", () => {
    fc.assert(
      fc.property(transfersArb, dateArb, fc.integer({ min: 1, max: 40 }), (t, d, n) => {
        const cal = kazakhstanWorkCalendar(t);
        const e = addWorkingDays(d, n, cal);
        expect(workingDaysBetween(addCalendarDays(d, 1), e, cal)).toBe(n);
      }),
    );
  });

  it("R11.4 property: from a working day, n forward then n back gives the day back", () => {
    fc.assert(
      fc.property(transfersArb, dateArb, fc.integer({ min: 1, max: 40 }), (t, d, n) => {
        const cal = kazakhstanWorkCalendar(t);
        const start = addWorkingDays(d, 0, cal);
        expect(addWorkingDays(addWorkingDays(start, n, cal), -n, cal)).toBe(start);
      }),
    );
  });

  it("R11.4 property: without overrides Saturdays and Sundays are never working days", () => {
    fc.assert(
      fc.property(dateArb, (d) => {
        if (isoWeekday(d) >= 6) expect(bare.isWorkingDay(d)).toBe(false);
      }),
    );
  });
});
