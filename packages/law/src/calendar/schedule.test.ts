import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { addCalendarDays, addMonths, daysInMonth } from "./legal-date.ts";
import {
  controlSchedule,
  maxGapDays,
  ONCE_EVERY_SEVEN_DAYS,
  stricterFrequency,
  TWICE_A_MONTH,
  type ControlFrequency,
} from "./schedule.ts";

describe("control frequencies (001 Arts. 51(6), 60(5), 59(10))", () => {
  it.each<[string, ControlFrequency, number]>([
    ["001 Art. 51(6): no less than twice a month", TWICE_A_MONTH, 14],
    ["001 Art. 60(5): at least once every seven calendar days", ONCE_EVERY_SEVEN_DAYS, 7],
    ["once a month", { per: "month", times: 1 }, 28],
    ["three times a month", { per: "month", times: 3 }, 9],
    ["four times a month", { per: "month", times: 4 }, 7],
    ["a degenerate zero times a month is read as once", { per: "month", times: 0 }, 28],
    ["once every ten days", { per: "days", days: 10, times: 1 }, 10],
  ])("%s (%o) → at most %i days between checks", (_name, f, gap) => {
    expect(maxGapDays(f)).toBe(gap);
  });

  it("001 Art. 59(10): a likelihood level may raise, never lower, the legal minimum", () => {
    expect(stricterFrequency(TWICE_A_MONTH, ONCE_EVERY_SEVEN_DAYS)).toBe(ONCE_EVERY_SEVEN_DAYS);
    expect(stricterFrequency(ONCE_EVERY_SEVEN_DAYS, TWICE_A_MONTH)).toBe(ONCE_EVERY_SEVEN_DAYS);
    const monthly: ControlFrequency = { per: "month", times: 1 };
    expect(stricterFrequency(monthly, TWICE_A_MONTH)).toBe(TWICE_A_MONTH);
    expect(stricterFrequency(TWICE_A_MONTH, TWICE_A_MONTH)).toBe(TWICE_A_MONTH);
  });
});

describe("controlSchedule (001 Arts. 51(6), 60(5))", () => {
  // An official warning served on 2 March 2026 is valid thirty days (001 Art. 51(5)): until 1 April.
  const warning = { from: "2026-03-02", until: "2026-04-01", frequency: TWICE_A_MONTH } as const;

  it("001 Art. 51(6): first check of a warning due 14 days after service", () => {
    expect(controlSchedule({ ...warning, checksDone: [], today: "2026-03-02" })).toEqual({
      nextDue: "2026-03-16",
      overdue: false,
      missed: [],
    });
  });

  it("001 Art. 51(6): two checks fit inside the thirty days of a warning", () => {
    const s = controlSchedule({ ...warning, checksDone: ["2026-03-16"], today: "2026-03-20" });
    expect(s.nextDue).toBe("2026-03-30");
    const done = controlSchedule({
      ...warning,
      checksDone: ["2026-03-16", "2026-03-30"],
      today: "2026-03-31",
    });
    expect(done).toEqual({ nextDue: null, overdue: false, missed: [] });
  });

  it("001 Art. 51(6): a check not done by its due date is overdue and missed", () => {
    const s = controlSchedule({ ...warning, checksDone: [], today: "2026-03-17" });
    expect(s).toEqual({ nextDue: "2026-03-16", overdue: true, missed: ["2026-03-16"] });
  });

  it("001 Art. 60(5): a late check of a protective order is recorded as a missed gap", () => {
    const s = controlSchedule({
      from: "2026-03-02",
      until: "2026-04-01",
      frequency: ONCE_EVERY_SEVEN_DAYS,
      checksDone: ["2026-03-17", "2026-03-09", "2026-02-20"], // unsorted; a check before `from` is ignored
      today: "2026-03-25",
    });
    expect(s).toEqual({ nextDue: "2026-03-24", overdue: true, missed: ["2026-03-16", "2026-03-24"] });
  });

  it("001 Art. 60(5): a check on the due day itself is in time", () => {
    const s = controlSchedule({
      from: "2026-03-02",
      until: "2026-04-01",
      frequency: ONCE_EVERY_SEVEN_DAYS,
      checksDone: ["2026-03-09"],
      today: "2026-03-16",
    });
    expect(s).toEqual({ nextDue: "2026-03-16", overdue: false, missed: [] });
  });

  it("001 Art. 59(10): an open-ended register entry always has a next check", () => {
    const s = controlSchedule({
      from: "2026-03-02",
      until: null,
      frequency: { per: "month", times: 1 },
      checksDone: ["2026-03-20"],
      today: "2026-04-01",
    });
    expect(s).toEqual({ nextDue: "2026-04-17", overdue: false, missed: [] });
  });
});

/** Simulates an inspector who checks exactly on each due date; returns the checks done. */
function dutifulChecks(from: string, until: string, f: ControlFrequency): string[] {
  const checks: string[] = [];
  for (;;) {
    const s = controlSchedule({ from, until, frequency: f, checksDone: checks, today: from });
    if (s.nextDue === null) return checks;
    checks.push(s.nextDue);
  }
}

describe("controlSchedule, properties", () => {
  const start = fc.integer({ min: 0, max: 3650 }).map((i) => addCalendarDays("2020-01-01", i));

  it("001 Art. 51(6) property: checks on time hold at least two in every calendar month, February too", () => {
    fc.assert(
      fc.property(start, (from) => {
        const until = addMonths(from, 24);
        const checks = dutifulChecks(from, until, TWICE_A_MONTH);
        // Every calendar month lying wholly after `from` and up to `until`.
        for (let m = addMonths(from.slice(0, 8) + "01", 1); addMonths(m, 1) <= until; m = addMonths(m, 1)) {
          const [y, mo] = m.split("-").map(Number) as [number, number];
          const last = `${m.slice(0, 8)}${String(daysInMonth(y, mo)).padStart(2, "0")}`;
          expect(checks.filter((c) => c >= m && c <= last).length).toBeGreaterThanOrEqual(2);
        }
      }),
    );
  });

  it("001 Art. 60(5) property: checks on time leave no seven-day window without a check", () => {
    fc.assert(
      fc.property(start, fc.integer({ min: 7, max: 200 }), (from, len) => {
        const until = addCalendarDays(from, len);
        const checks = dutifulChecks(from, until, ONCE_EVERY_SEVEN_DAYS);
        let prev = from;
        for (const c of checks) {
          expect(c <= addCalendarDays(prev, 7)).toBe(true);
          prev = c;
        }
        expect(addCalendarDays(prev, 7) > until).toBe(true);
        expect(
          controlSchedule({
            from,
            until,
            frequency: ONCE_EVERY_SEVEN_DAYS,
            checksDone: checks,
            today: until,
          }),
        ).toEqual({ nextDue: null, overdue: false, missed: [] });
      }),
    );
  });
});
