import { addCalendarDays, type LegalDate } from "./legal-date.ts";

/**
 * A legal minimum frequency of checks, in the words the law uses:
 * "no less than twice a month" (001 Art. 51(6)) → `{ per: "month", times: 2 }`;
 * "at least once every seven calendar days" (001 Art. 60(5)) → `{ per: "days", days: 7, times: 1 }`.
 */
export type ControlFrequency =
  | { readonly per: "month"; readonly times: number }
  | { readonly per: "days"; readonly days: number; readonly times: 1 };

/** "No less than twice a month" — official warning checks (001 Art. 51(6)). */
export const TWICE_A_MONTH: ControlFrequency = { per: "month", times: 2 };

/** "At least once every seven calendar days" — protective order checks (001 Art. 60(5)). */
export const ONCE_EVERY_SEVEN_DAYS: ControlFrequency = { per: "days", days: 7, times: 1 };

/** Days in the shortest calendar month (February of a common year). */
const SHORTEST_MONTH_DAYS = 28;

/**
 * The longest gap, in calendar days, that still honours a frequency (001 Arts. 51(6), 60(5)).
 * "n times a month" is read as "no more than floor(28 / n) days between checks" (twice a month →
 * 14 days): any 28 consecutive days, and so every calendar month including February, then hold at
 * least n checks, and a 30-day official warning (001 Art. 51(5)) gets two checks inside its term.
 * A 15-day gap (floor(30 / n)) would leave February, and a warning served on the 1st, with a single
 * check — see docs/calendar.md.
 */
export function maxGapDays(f: ControlFrequency): number {
  return f.per === "days" ? f.days : Math.floor(SHORTEST_MONTH_DAYS / Math.max(1, f.times));
}

/**
 * The more frequent of two frequencies: a likelihood level may raise, never lower, the legal minimum
 * (001 Art. 59(10)).
 */
export function stricterFrequency(a: ControlFrequency, b: ControlFrequency): ControlFrequency {
  return maxGapDays(a) <= maxGapDays(b) ? a : b;
}

export interface ControlSchedule {
  /** The date by which the next check is due, or null when the control period is over. */
  readonly nextDue: LegalDate | null;
  /** True when `today` is past `nextDue`. */
  readonly overdue: boolean;
  /** Checks that were due and not done in time: each the due date of a missed gap. */
  readonly missed: readonly LegalDate[];
}

/**
 * Derives the control schedule of a measure or register entry from the checks done
 * (001 Arts. 51(6), 59(10), 60(5)).
 * Period [from, until] inclusive; `until` null means open-ended. Each check resets the clock:
 * the next is due `maxGapDays` after the later of the last check and `from`.
 */
export function controlSchedule(args: {
  from: LegalDate;
  until: LegalDate | null;
  frequency: ControlFrequency;
  checksDone: readonly LegalDate[];
  today: LegalDate;
}): ControlSchedule {
  const gap = maxGapDays(args.frequency);
  const checks = [...args.checksDone].filter((d) => d >= args.from).sort();
  const missed: LegalDate[] = [];
  let anchor = args.from;
  for (const c of checks) {
    const due = addCalendarDays(anchor, gap);
    if (c > due) missed.push(due);
    anchor = c;
  }
  const next = addCalendarDays(anchor, gap);
  const within = args.until === null || next <= args.until;
  const nextDue = within ? next : null;
  const overdue = nextDue !== null && args.today > nextDue;
  if (overdue) missed.push(nextDue);
  return { nextDue, overdue, missed };
}
