import { describe, expect, it } from "vitest";
import fc from "fast-check";
import {
  addCalendarDays,
  addHours,
  addMonths,
  addYears,
  ageOn,
  almatyOffsetMinutes,
  compareDates,
  dateOfAge,
  daysBetween,
  daysInMonth,
  endOfLegalDate,
  isLegalDate,
  isoWeekday,
  legalDateOf,
  startOfLegalDate,
} from "./legal-date.ts";

/** Legal dates 1950-2100 for properties. */
const legalDate = fc
  .date({ min: new Date("1950-01-01T00:00:00Z"), max: new Date("2100-12-31T00:00:00Z"), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

describe("Almaty legal dates (R11.4: UTC+6 until 29 February 2024, UTC+5 since 1 March 2024)", () => {
  it.each([
    // instant (UTC)              legal date     offset
    ["2023-06-30T18:00:00Z", "2023-07-01", 360], // 00:00 +06 — a new day under UTC+6
    ["2023-06-30T18:59:59Z", "2023-07-01", 360],
    ["2023-06-30T17:59:59Z", "2023-06-30", 360],
    ["2024-02-28T18:00:00Z", "2024-02-29", 360], // 29 February begins at 00:00 +06
    ["2024-02-29T17:59:59Z", "2024-02-29", 360], // 23:59:59 +06, the last second of UTC+6
    ["2024-02-29T18:00:00Z", "2024-02-29", 300], // clocks back: 23:00 +05 on 29 February again
    ["2024-02-29T18:59:59Z", "2024-02-29", 300],
    ["2024-02-29T19:00:00Z", "2024-03-01", 300], // 1 March begins at 00:00 +05
    ["2026-03-01T18:59:59Z", "2026-03-01", 300],
    ["2026-03-01T19:00:00Z", "2026-03-02", 300],
    ["2000-07-01T00:00:00Z", "2000-07-01", 420], // summer time of the time (abolished 2005)
  ])("R11.4: %s falls on Almaty date %s (offset %i min)", (iso, date, offset) => {
    const instant = new Date(iso);
    expect(legalDateOf(instant)).toBe(date);
    expect(almatyOffsetMinutes(instant)).toBe(offset);
  });

  it.each([
    ["2023-07-01", "2023-06-30T18:00:00.000Z", "2023-07-01T17:59:59.999Z"],
    ["2024-02-29", "2024-02-28T18:00:00.000Z", "2024-02-29T18:59:59.999Z"], // a 25-hour day
    ["2024-03-01", "2024-02-29T19:00:00.000Z", "2024-03-01T18:59:59.999Z"],
    ["2026-03-01", "2026-02-28T19:00:00.000Z", "2026-03-01T18:59:59.999Z"],
  ])("R11.4: legal date %s runs from %s to %s", (date, start, end) => {
    expect(startOfLegalDate(date).toISOString()).toBe(start);
    expect(endOfLegalDate(date).toISOString()).toBe(end);
  });

  it("R11.4: 29 February 2024 lasted 25 hours in Almaty (the switch to UTC+5)", () => {
    const hours =
      (endOfLegalDate("2024-02-29").getTime() + 1 - startOfLegalDate("2024-02-29").getTime()) / 3600_000;
    expect(hours).toBe(25);
  });

  it("R11.4 property: every instant lies between the start and the end of its legal date", () => {
    fc.assert(
      fc.property(
        fc.date({
          min: new Date("1990-01-01T00:00:00Z"),
          max: new Date("2060-01-01T00:00:00Z"),
          noInvalidDate: true,
        }),
        (instant) => {
          const d = legalDateOf(instant);
          expect(startOfLegalDate(d).getTime()).toBeLessThanOrEqual(instant.getTime());
          expect(endOfLegalDate(d).getTime()).toBeGreaterThanOrEqual(instant.getTime());
        },
      ),
    );
  });

  it("R11.4 property: a legal date begins exactly where the previous one ends", () => {
    fc.assert(
      fc.property(legalDate, (d) => {
        const start = startOfLegalDate(d);
        expect(legalDateOf(start)).toBe(d);
        expect(legalDateOf(new Date(start.getTime() - 1))).toBe(addCalendarDays(d, -1));
        expect(endOfLegalDate(addCalendarDays(d, -1)).getTime()).toBe(start.getTime() - 1);
      }),
    );
  });
});

describe("isLegalDate, compareDates, isoWeekday, daysInMonth (R11.4)", () => {
  it.each([
    ["2026-03-01", true],
    ["2024-02-29", true],
    ["2025-02-29", false],
    ["2026-13-01", false],
    ["2026-04-31", false],
    ["2026-3-1", false],
    ["01.03.2026", false],
    ["", false],
  ])("R11.4: %s is a legal date: %s", (value, ok) => {
    expect(isLegalDate(value)).toBe(ok);
  });

  it("R11.4: compares and names weekdays", () => {
    expect(compareDates("2026-03-01", "2026-03-02")).toBe(-1);
    expect(compareDates("2026-03-02", "2026-03-01")).toBe(1);
    expect(compareDates("2026-03-01", "2026-03-01")).toBe(0);
    expect(isoWeekday("2026-03-02")).toBe(1); // Monday
    expect(isoWeekday("2026-03-07")).toBe(6); // Saturday
    expect(isoWeekday("2026-03-08")).toBe(7); // Sunday
  });

  it.each([
    [2024, 2, 29],
    [2026, 2, 28],
    [2000, 2, 29],
    [1900, 2, 28],
    [2026, 4, 30],
    [2026, 12, 31],
  ])("R11.4: %i-%i has %i days", (y, m, n) => {
    expect(daysInMonth(y, m)).toBe(n);
  });
});

describe("calendar days, months, years, hours (R11.4)", () => {
  it.each([
    ["2026-02-28", 1, "2026-03-01"],
    ["2024-02-28", 1, "2024-02-29"],
    ["2026-12-31", 1, "2027-01-01"],
    ["2026-03-01", -1, "2026-02-28"],
    ["2026-03-01", 30, "2026-03-31"], // 001 Art. 51(5): thirty days
  ])("001 Art. 60(5): %s + %i calendar days = %s", (d, n, out) => {
    expect(addCalendarDays(d, n)).toBe(out);
    expect(daysBetween(d, out)).toBe(n);
  });

  it.each([
    ["2026-01-31", 1, "2026-02-28"], // one month from 31 January ends on the last day of February
    ["2024-01-31", 1, "2024-02-29"], // … 29 February in a leap year
    ["2026-01-31", 2, "2026-03-31"],
    ["2026-03-31", 1, "2026-04-30"],
    ["2026-04-30", 1, "2026-05-30"],
    ["2026-01-15", 1, "2026-02-15"],
    ["2026-03-01", 6, "2026-09-01"], // 001 Art. 80(3): six months
    ["2026-03-01", 12, "2027-03-01"], // 001 Art. 80(3): one year
    ["2026-11-30", 3, "2027-02-28"],
    ["2026-03-31", -1, "2026-02-28"],
    ["2026-01-10", -1, "2025-12-10"],
    ["0050-01-31", 1, "0050-02-28"], // years below 100 are not read as 19xx
  ])("001 Art. 72(2): %s + %i months = %s", (d, n, out) => {
    expect(addMonths(d, n)).toBe(out);
  });

  it("001 Art. 72(2): month addition is not associative — add from the original date", () => {
    expect(addMonths(addMonths("2026-01-31", 1), 1)).toBe("2026-03-28");
    expect(addMonths("2026-01-31", 2)).toBe("2026-03-31");
  });

  it.each([
    ["2024-02-29", 1, "2025-02-28"],
    ["2024-02-29", 4, "2028-02-29"],
    ["2026-03-01", 3, "2029-03-01"], // 001 Art. 64: three years
  ])("001 Art. 64: %s + %i years = %s", (d, n, out) => {
    expect(addYears(d, n)).toBe(out);
  });

  it("001 Art. 51(3): twenty-four hours run in absolute time, across the 1 March 2024 switch", () => {
    const issued = new Date("2024-02-29T10:00:00Z"); // 16:00 +06
    const due = addHours(issued, 24);
    expect(due.toISOString()).toBe("2024-03-01T10:00:00.000Z"); // 15:00 +05 local
    expect(legalDateOf(due)).toBe("2024-03-01");
    expect(addHours(issued, -1).toISOString()).toBe("2024-02-29T09:00:00.000Z");
  });

  it("R11.4 property: adding n calendar days then -n gives the date back, and daysBetween is n", () => {
    fc.assert(
      fc.property(legalDate, fc.integer({ min: -4000, max: 4000 }), (d, n) => {
        const e = addCalendarDays(d, n);
        expect(addCalendarDays(e, -n)).toBe(d);
        expect(daysBetween(d, e)).toBe(n);
        expect(isLegalDate(e)).toBe(true);
      }),
    );
  });

  it("R11.4 property: adding months keeps the day number or clamps to the month's last day", () => {
    fc.assert(
      fc.property(legalDate, fc.integer({ min: -240, max: 240 }), (d, n) => {
        const e = addMonths(d, n);
        expect(isLegalDate(e)).toBe(true);
        const [, , day] = d.split("-").map(Number) as [number, number, number];
        const [ey, em, eday] = e.split("-").map(Number) as [number, number, number];
        expect(eday).toBe(Math.min(day, daysInMonth(ey, em)));
        expect(n >= 0 ? e >= d : e <= d).toBe(true);
      }),
    );
  });
});

describe("age (001 Arts. 45(5)(1), 59(8), 60, 80(1))", () => {
  it.each([
    ["2008-03-01", "2026-02-28", 17],
    ["2008-03-01", "2026-03-01", 18], // the 18th birthday: of age
    ["2008-03-15", "2026-03-01", 17],
    ["2008-02-29", "2026-02-28", 17], // born 29 February: not yet 18 on 28 February of a common year
    ["2008-02-29", "2026-03-01", 18], // … 18 on 1 March
    ["2008-02-29", "2028-02-29", 20],
    ["2015-06-10", "2026-06-10", 11], // 001 Art. 80(1): eleven
    ["2015-06-10", "2026-06-09", 10],
  ])("001 Art. 45(5)(1): born %s, on %s aged %i", (birth, on, age) => {
    expect(ageOn(birth, on)).toBe(age);
  });

  it.each([
    ["2008-03-01", 18, "2026-03-01"],
    ["2008-02-29", 18, "2026-03-01"], // common year: 1 March
    ["2008-02-29", 16, "2024-02-29"], // leap year: the birthday itself
    ["2010-12-31", 16, "2026-12-31"],
  ])("001 Art. 59(8): born %s reaches %i on %s", (birth, n, on) => {
    expect(dateOfAge(birth, n)).toBe(on);
  });

  it("001 Art. 59(8) property: ageOn(dateOfAge(b, n)) is n, and n - 1 the day before", () => {
    fc.assert(
      fc.property(legalDate, fc.integer({ min: 1, max: 100 }), (b, n) => {
        const at = dateOfAge(b, n);
        expect(ageOn(b, at)).toBe(n);
        expect(ageOn(b, addCalendarDays(at, -1))).toBe(n - 1);
      }),
    );
  });
});
