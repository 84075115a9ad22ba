/**
 * Legal dates and instants. The law counts in local calendar days, working days and hours
 * (REQUIREMENTS R11.4). An instant is a `Date`; a legal date is the calendar day in Asia/Almaty as
 * `YYYY-MM-DD`. Kazakhstan uses a single zone, UTC+5, since 1 March 2024; earlier instants are
 * converted with the zone rules of the time (the ICU time-zone database), so a fact recorded in 2023
 * keeps the local date it had then.
 */
export type LegalDate = string;

/** The zone in which legal dates are counted (R11.4). */
export const LEGAL_TIME_ZONE = "Asia/Almaty";

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

const fmt = new Intl.DateTimeFormat("en-CA", {
  timeZone: LEGAL_TIME_ZONE,
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  second: "2-digit",
  hourCycle: "h23",
});

function parts(instant: Date): Record<string, number> {
  const out: Record<string, number> = {};
  for (const p of fmt.formatToParts(instant)) if (p.type !== "literal") out[p.type] = Number(p.value);
  return out;
}

/** True for a well-formed, existing calendar date `YYYY-MM-DD` (R11.4). */
export function isLegalDate(value: string): value is LegalDate {
  const m = DATE_RE.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const t = new Date(Date.UTC(y, mo - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === mo - 1 && t.getUTCDate() === d;
}

/** The Almaty calendar day on which an instant falls — the date of a legal fact (R11.3, R11.4). */
export function legalDateOf(instant: Date): LegalDate {
  const p = parts(instant);
  return `${String(p.year).padStart(4, "0")}-${String(p.month).padStart(2, "0")}-${String(p.day).padStart(2, "0")}`;
}

/**
 * Offset of Almaty local time from UTC at an instant, in minutes (R11.4): 300 since 1 March 2024,
 * 360 before (420 in summers up to 2004).
 */
export function almatyOffsetMinutes(instant: Date): number {
  const p = parts(instant);
  const asUtc = Date.UTC(p.year!, p.month! - 1, p.day!, p.hour!, p.minute!, p.second!);
  return Math.round((asUtc - Math.floor(instant.getTime() / 1000) * 1000) / 60000);
}

/** The instant at which a legal date begins (00:00 in Almaty) (R11.4). */
export function startOfLegalDate(date: LegalDate): Date {
  const utcMidnight = new Date(`${date}T00:00:00Z`);
  const guess = new Date(utcMidnight.getTime() - almatyOffsetMinutes(utcMidnight) * 60000);
  // A second pass settles dates next to an offset change (e.g. 1 March 2024).
  return new Date(utcMidnight.getTime() - almatyOffsetMinutes(guess) * 60000);
}

/** The last instant of a legal date (23:59:59.999 in Almaty) — "by the end of the day" (R11.4). */
export function endOfLegalDate(date: LegalDate): Date {
  return new Date(startOfLegalDate(addCalendarDays(date, 1)).getTime() - 1);
}

function toUtc(date: LegalDate): Date {
  return new Date(`${date}T00:00:00Z`);
}

function fromUtc(d: Date): LegalDate {
  return d.toISOString().slice(0, 10);
}

/** Adds (or with a negative n subtracts) calendar days ("every seven calendar days", 001 Art. 60(5)). */
export function addCalendarDays(date: LegalDate, n: number): LegalDate {
  const d = toUtc(date);
  d.setUTCDate(d.getUTCDate() + n);
  return fromUtc(d);
}

/**
 * Adds calendar months. A month is counted to the same day number of the target month; where that
 * month is shorter, the term ends on its last day: 31 January + 1 month = 28 February (29 in a leap
 * year), 31 March + 1 month = 30 April, 30 April + 1 month = 30 May. This is the Civil Code's rule for
 * terms counted in months, which the law's monthly terms follow ("up to one month", 001 Arts. 10(2)(4),
 * 72(2); "six months to one year", 001 Art. 80(3)). Not associative: (31 Jan + 1) + 1 = 28 March,
 * 31 Jan + 2 = 31 March — always add from the original date (docs/calendar.md).
 */
export function addMonths(date: LegalDate, n: number): LegalDate {
  const [y, m, day] = date.split("-").map(Number) as [number, number, number];
  // Month arithmetic by hand: Date.UTC would read years 0-99 as 1900-1999.
  const total = y * 12 + (m - 1) + n;
  const ty = Math.floor(total / 12);
  const tm = total - ty * 12 + 1;
  const d = Math.min(day, daysInMonth(ty, tm));
  return `${String(ty).padStart(4, "0")}-${String(tm).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
}

/** Days in a month (1-12) of the proleptic Gregorian calendar. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/**
 * Adds calendar years for terms counted in years (29 February + 1 year = 28 February), e.g. the
 * 3/6/8 years of administrative supervision (001 Art. 64). For ages use {@link dateOfAge}.
 */
export function addYears(date: LegalDate, n: number): LegalDate {
  return addMonths(date, 12 * n);
}

/**
 * Adds hours to an instant: "within twenty-four hours" runs from the instant of the fact, not from a
 * date (001 Arts. 51(3), 72(3)(2)). Exact in absolute time, so an offset change (1 March 2024) does not
 * shorten or lengthen the term.
 */
export function addHours(instant: Date, hours: number): Date {
  return new Date(instant.getTime() + hours * 3600_000);
}

/** Whole calendar days from `a` to `b` (positive when b is later) (R11.4). */
export function daysBetween(a: LegalDate, b: LegalDate): number {
  return Math.round((toUtc(b).getTime() - toUtc(a).getTime()) / 86400_000);
}

/** -1, 0 or 1; legal dates compare as strings but this says so (R11.4). */
export function compareDates(a: LegalDate, b: LegalDate): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** ISO weekday, Monday = 1 … Sunday = 7 — Saturday and Sunday are days off (R11.4). */
export function isoWeekday(date: LegalDate): number {
  const w = toUtc(date).getUTCDay();
  return w === 0 ? 7 : w;
}

/**
 * Full years of age on a date (a person born 29 February turns a year older on 1 March in common
 * years). Age limits of the law are read with it: "has not reached the age of majority" (001 Art.
 * 45(5)(1)), "minors aged from eleven to eighteen" (001 Art. 80(1)), "at least 16" (001 Art. 60).
 */
export function ageOn(birthDate: LegalDate, on: LegalDate): number {
  const [by, bm, bd] = birthDate.split("-").map(Number) as [number, number, number];
  const [y, m, d] = on.split("-").map(Number) as [number, number, number];
  let age = y - by;
  if (m < bm || (m === bm && d < bd)) age -= 1;
  return age;
}

/**
 * The date a person reaches an age (the birthday; 29 February → 1 March in a common year), e.g. the
 * 18th birthday that ends a minor's register entry (001 Art. 59(8)). Consistent with {@link ageOn}:
 * `ageOn(b, dateOfAge(b, n)) === n` and the day before gives n - 1.
 */
export function dateOfAge(birthDate: LegalDate, years: number): LegalDate {
  const [by, bm, bd] = birthDate.split("-").map(Number) as [number, number, number];
  const d = new Date(Date.UTC(by + years, bm - 1, bd));
  return fromUtc(d);
}
