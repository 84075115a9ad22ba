import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { DEFAULT_DAY_TRANSFERS } from "../calendar/day-transfers.ts";
import { addCalendarDays, legalDateOf } from "../calendar/legal-date.ts";
import { kazakhstanWorkCalendar } from "../calendar/working-days.ts";
import {
  DEFAULT_HANDOFF_CLOCK_CONFIG,
  HANDOFF_CLOCK_INFO,
  HANDOFF_CLOCKS,
  handoffDueAt,
  isHandoffClock,
  type HandoffClock,
} from "./clocks.ts";

const cal = kazakhstanWorkCalendar(DEFAULT_DAY_TRANSFERS);
const due = (clock: HandoffClock, eventAt: string): string =>
  handoffDueAt(clock, new Date(eventAt), cal).toISOString();

describe("hand-off clocks: the instant after which an unacknowledged hand-off is overdue", () => {
  it("the six clocks, each with its words and sources", () => {
    expect(HANDOFF_CLOCKS).toEqual([
      "immediately",
      "hours_12",
      "hours_24",
      "working_day_1",
      "working_days_3",
      "month_1",
    ]);
    for (const c of HANDOFF_CLOCKS) expect(isHandoffClock(c)).toBe(true);
    expect(isHandoffClock("hours_48")).toBe(false);
    expect(HANDOFF_CLOCK_INFO.hours_24.articles).toContain("001 Art. 51(3)");
    expect(HANDOFF_CLOCK_INFO.hours_24.articles).toContain("001 Art. 72(3)(2)");
    expect(HANDOFF_CLOCK_INFO.working_days_3.articles).toEqual(["001 Art. 80(11)", "001 Art. 81(12)"]);
    expect(HANDOFF_CLOCK_INFO.month_1.articles).toEqual(["001 Art. 57(3)"]);
    // Only "immediately" is the system's reading of words without a number.
    expect(HANDOFF_CLOCKS.filter((c) => HANDOFF_CLOCK_INFO[c].systemReading)).toEqual(["immediately"]);
  });

  // 001 Art. 39(3): "immediately inform" — no number in the law; the system's reading is one hour.
  it.each([
    ["2026-06-03T05:00:00Z", "2026-06-03T06:00:00.000Z"], // Wednesday 10:00 in Almaty → 11:00
    ["2026-06-06T18:30:00Z", "2026-06-06T19:30:00.000Z"], // Saturday 23:30 → Sunday 00:30: days off count
    ["2026-03-20T18:45:00Z", "2026-03-20T19:45:00.000Z"], // 23:45 Friday before Nauryz → 00:45 Saturday
  ])("001 Art. 39(3) 'immediately': event %s → overdue after %s (one hour)", (at, expected) => {
    expect(DEFAULT_HANDOFF_CLOCK_CONFIG.immediatelyHours).toBe(1);
    expect(due("immediately", at)).toBe(expected);
  });

  it("001 Art. 39(3): a deployment may read 'immediately' as another number of hours", () => {
    expect(
      handoffDueAt("immediately", new Date("2026-06-03T05:00:00Z"), cal, {
        immediatelyHours: 3,
      }).toISOString(),
    ).toBe("2026-06-03T08:00:00.000Z");
  });

  // 001 Art. 51(3): "within twenty-four hours after its issuance" — absolute hours, nights and days off included.
  it.each([
    ["2026-03-20T12:00:00Z", "2026-03-21T12:00:00.000Z"], // Friday 17:00 → Saturday 17:00 (Nauryz)
    ["2026-12-31T14:00:00Z", "2027-01-01T14:00:00.000Z"], // New Year's Eve → New Year's Day
    ["2024-02-29T12:00:00Z", "2024-03-01T12:00:00.000Z"], // across Almaty's switch UTC+6 → UTC+5: 24 real hours
  ])("001 Art. 51(3) 'within twenty-four hours': event %s → %s", (at, expected) => {
    expect(due("hours_24", at)).toBe(expected);
  });

  it("twelve hours: absolute hours from the event", () => {
    expect(due("hours_12", "2026-06-05T15:00:00Z")).toBe("2026-06-06T03:00:00.000Z");
  });

  // "One working day": the end of the first working day after the day of the event (the day not counted).
  it.each([
    ["2026-06-03T05:00:00Z", "2026-06-04T18:59:59.999Z"], // Wednesday → end of Thursday (Almaty)
    ["2026-06-05T05:00:00Z", "2026-06-08T18:59:59.999Z"], // Friday → end of Monday
    ["2026-06-06T05:00:00Z", "2026-06-08T18:59:59.999Z"], // Saturday → end of Monday
    // Friday 20 March: Nauryz 21-23, carried days off 24-25 March 2026 → Thursday 26 March.
    ["2026-03-20T05:00:00Z", "2026-03-26T18:59:59.999Z"],
  ])("one working day: event %s → %s", (at, expected) => {
    expect(due("working_day_1", at)).toBe(expected);
  });

  // 001 Art. 80(11): "Within three working days after the minor's arrival".
  it.each([
    ["2026-06-03T05:00:00Z", "2026-06-08T18:59:59.999Z"], // Wednesday → Thu, Fri, Mon
    ["2026-06-06T05:00:00Z", "2026-06-10T18:59:59.999Z"], // Saturday → Mon, Tue, Wed
    ["2026-03-20T05:00:00Z", "2026-03-30T18:59:59.999Z"], // Friday before Nauryz → 26, 27, 30 March
    ["2026-12-14T05:00:00Z", "2026-12-18T18:59:59.999Z"], // Monday → Tue 15, Thu 17 and Fri 18 (16 Dec Independence Day)
  ])("001 Art. 80(11) 'within three working days after': event %s → %s", (at, expected) => {
    expect(due("working_days_3", at)).toBe(expected);
  });

  it("the Almaty day boundary: 23:59 and 00:00 local are different days for working-day clocks", () => {
    // Wednesday 3 June 23:59 Almaty = 18:59 UTC; Thursday 00:00 Almaty = 19:00 UTC Wednesday.
    expect(due("working_days_3", "2026-06-03T18:59:00Z")).toBe("2026-06-08T18:59:59.999Z");
    expect(due("working_days_3", "2026-06-03T19:00:00Z")).toBe("2026-06-09T18:59:59.999Z");
    expect(due("working_day_1", "2026-06-03T18:59:59Z")).toBe("2026-06-04T18:59:59.999Z");
    expect(due("working_day_1", "2026-06-03T19:00:00Z")).toBe("2026-06-05T18:59:59.999Z");
  });

  // 001 Art. 57(3): "within one month from the date of receipt" — same day number, or the month's last day.
  it.each([
    ["2026-06-03T05:00:00Z", "2026-07-03T18:59:59.999Z"],
    ["2026-01-31T05:00:00Z", "2026-02-28T18:59:59.999Z"], // 31 January → 28 February
    ["2028-01-31T05:00:00Z", "2028-02-29T18:59:59.999Z"], // leap year
    ["2026-06-30T19:30:00Z", "2026-08-01T18:59:59.999Z"], // 00:30 on 1 July in Almaty → 1 August
  ])("001 Art. 57(3) 'within one month': event %s → %s", (at, expected) => {
    expect(due("month_1", at)).toBe(expected);
  });

  it("a later clock is never earlier: immediately < 12 h < 24 h for the same event", () => {
    const at = new Date("2026-06-03T05:00:00Z");
    const t = (c: HandoffClock) => handoffDueAt(c, at, cal).getTime();
    expect(t("immediately")).toBeLessThan(t("hours_12"));
    expect(t("hours_12")).toBeLessThan(t("hours_24"));
    expect(t("working_day_1")).toBeLessThan(t("working_days_3"));
    expect(t("working_days_3")).toBeLessThan(t("month_1"));
  });

  it("property: every clock ends after its event; a working-day clock ends at the last instant of a working day", () => {
    const instants = fc.date({
      min: new Date("2024-01-01T00:00:00Z"),
      max: new Date("2027-12-31T00:00:00Z"),
      noInvalidDate: true,
    });
    fc.assert(
      fc.property(instants, fc.constantFrom(...HANDOFF_CLOCKS), (eventAt, clock) => {
        const d = handoffDueAt(clock, eventAt, cal);
        expect(d.getTime()).toBeGreaterThan(eventAt.getTime());
        if (clock === "working_day_1" || clock === "working_days_3") {
          const day = legalDateOf(d);
          expect(cal.isWorkingDay(day)).toBe(true);
          expect(legalDateOf(new Date(d.getTime() + 1))).toBe(addCalendarDays(day, 1));
          expect(day > legalDateOf(eventAt)).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });
});
