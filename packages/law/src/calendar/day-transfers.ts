import type { DayTransfer } from "./working-days.ts";

/**
 * The 2026 override table for {@link kazakhstanWorkCalendar} (R11.4), derived by comparing
 * `date-holidays` 3.37 (country KZ) with the official 2026 holiday calendar published on the e-gov
 * portal. The Government issued no decree moving a day off to a Saturday for 2026 (the New Year days
 * 1-2 January fall on Friday and Saturday and simply run into the weekend), so both entries are
 * corrections of the library, not decree transfers:
 *
 * - 25 March 2026 is a day off: Nauryz falls on Saturday 21 and Sunday 22 March, and the Labour Code
 *   carries a holiday that falls on a day off to the next working day after the holidays — 24 and
 *   25 March. The library carries both to Monday 23 (itself a holiday) and 24, and misses the 25th.
 * - 16 March 2026 is a working day: the library moves Constitution Day to 15 March from 2026, but the
 *   new date came with the new Constitution (in force 1 July 2026), so no Constitution Day was
 *   observed in March 2026 and the official 2026 calendar has no day off on Monday 16 March.
 *
 * Administrators append next years' decrees (see docs/calendar.md); a deployment passes
 * `[...KZ_DAY_TRANSFERS_2026, ...its own]` to the calendar. Dates must be unique across the table.
 */
export const KZ_DAY_TRANSFERS_2026: readonly DayTransfer[] = [
  {
    date: "2026-03-16",
    kind: "working_day",
    basis:
      "Correction of date-holidays: Constitution Day moved to 15 March only with the Constitution in force from 1 July 2026; official 2026 calendar has no day off on 16 March",
  },
  {
    date: "2026-03-25",
    kind: "day_off",
    basis:
      "Labour Code carry-over of Nauryz 22 March 2026 (Sunday) to the next working day after the holidays; official 2026 calendar (e-gov)",
  },
];

/**
 * The transfer table a deployment starts from: every year the package knows (2026 so far). Pass it to
 * {@link kazakhstanWorkCalendar}; an empty table gives the bare `date-holidays` calendar (R11.4).
 */
export const DEFAULT_DAY_TRANSFERS: readonly DayTransfer[] = [...KZ_DAY_TRANSFERS_2026];
