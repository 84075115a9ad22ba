import Holidays from "date-holidays";
import { addCalendarDays, endOfLegalDate, isoWeekday, legalDateOf, type LegalDate } from "./legal-date.ts";

/**
 * One day's status changed by the Government's yearly decree on the transfer of days off
 * (a Saturday made a working day, a Monday made a day off), or a correction of the holiday library
 * where it disagrees with the official calendar (R11.4). Kept as data: the decree of each year is
 * entered by an administrator, since no library knows it in advance. `basis` names the act.
 */
export interface DayTransfer {
  readonly date: LegalDate;
  readonly kind: "day_off" | "working_day";
  readonly basis: string;
}

/**
 * Answers whether a calendar day is a working day in Kazakhstan (R11.4); every term the law counts
 * in working days (001 Arts. 45(4), 80(11); 003 pp.24-25) goes through one.
 */
export interface WorkCalendar {
  isWorkingDay(date: LegalDate): boolean;
}

/**
 * The Kazakhstan working calendar: Monday–Friday, less the public holidays known to `date-holidays`
 * (country KZ, including the days off that replace a holiday falling on a weekend), with the transfer
 * table applied last so a decree always wins.
 */
export function kazakhstanWorkCalendar(transfers: readonly DayTransfer[] = []): WorkCalendar {
  const hd = new Holidays("KZ");
  const byYear = new Map<number, Set<LegalDate>>();
  const override = new Map(transfers.map((t) => [t.date, t.kind] as const));
  const holidaysOf = (year: number): Set<LegalDate> => {
    let set = byYear.get(year);
    if (!set) {
      set = new Set(
        hd
          .getHolidays(year)
          .filter((h) => h.type === "public")
          .map((h) => h.date.slice(0, 10)),
      );
      byYear.set(year, set);
    }
    return set;
  };
  return {
    isWorkingDay(date: LegalDate): boolean {
      const o = override.get(date);
      if (o) return o === "working_day";
      if (isoWeekday(date) >= 6) return false;
      return !holidaysOf(Number(date.slice(0, 4))).has(date);
    },
  };
}

/**
 * The date n working days after `date` (the day of the event itself is not counted, as in
 * "within three working days after the minor's arrival", 001 Art. 80(11), or "within seven working
 * days", 001 Art. 45(4)). n = 0 gives the first working day on or after `date`; a negative n counts
 * back (n = -1 is the last working day before `date`).
 */
export function addWorkingDays(date: LegalDate, n: number, cal: WorkCalendar): LegalDate {
  let d = date;
  if (n === 0) {
    while (!cal.isWorkingDay(d)) d = addCalendarDays(d, 1);
    return d;
  }
  const step = n > 0 ? 1 : -1;
  let left = Math.abs(n);
  while (left > 0) {
    d = addCalendarDays(d, step);
    if (cal.isWorkingDay(d)) left -= 1;
  }
  return d;
}

/**
 * The last instant of a term of n working days running from an instant: the end (23:59:59.999 in
 * Almaty) of the n-th working day after the day of the event (001 Arts. 45(4), 80(11)).
 */
export function workingDaysDeadline(from: Date, n: number, cal: WorkCalendar): Date {
  return endOfLegalDate(addWorkingDays(legalDateOf(from), n, cal));
}

/**
 * Working days in the closed range [from, to] — used for visit durations (003 pp.24-25). Zero when
 * `to` is before `from`.
 */
export function workingDaysBetween(from: LegalDate, to: LegalDate, cal: WorkCalendar): number {
  let count = 0;
  for (let d = from; d <= to; d = addCalendarDays(d, 1)) if (cal.isWorkingDay(d)) count += 1;
  return count;
}
