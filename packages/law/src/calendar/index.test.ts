import { describe, expect, it } from "vitest";
import * as calendar from "./index.ts";

describe("calendar public API (R11.4)", () => {
  it("R11.4: re-exports legal dates, working days, transfers and schedules", () => {
    for (const name of [
      "legalDateOf",
      "addMonths",
      "kazakhstanWorkCalendar",
      "addWorkingDays",
      "workingDaysDeadline",
      "KZ_DAY_TRANSFERS_2026",
      "DEFAULT_DAY_TRANSFERS",
      "controlSchedule",
      "TWICE_A_MONTH",
    ])
      expect(calendar).toHaveProperty(name);
  });
});
