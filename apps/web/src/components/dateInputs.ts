/*
 * What the date inputs hold and what the user types (R11.4: one date format, dd.MM.yyyy and
 * dd.MM.yyyy HH:mm in kk, ru and en, Asia/Almaty always). The forms keep their values as before —
 * a legal date "YYYY-MM-DD" and an Almaty wall time "YYYY-MM-DDTHH:mm" (made an instant by
 * instantOfAlmatyLocal) — and these conversions are plain string work, so the browser's own zone
 * never shifts a day or an hour.
 */

/** The display format of a date input (dayjs tokens): dd.MM.yyyy. */
export const DATE_FORMAT = "DD.MM.YYYY";
/** The display format of a date-and-time input (dayjs tokens): dd.MM.yyyy HH:mm. */
export const DATE_TIME_FORMAT = "DD.MM.YYYY HH:mm";

const pad = (n: number, width = 2) => String(n).padStart(width, "0");

/** Whether year, month and day name a day of the calendar (31.02 does not). */
function isCalendarDay(y: number, m: number, d: number): boolean {
  if (y < 1000 || m < 1 || m > 12 || d < 1) return false;
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return d <= last;
}

/**
 * A typed date as a legal date "YYYY-MM-DD", or null: "01.04.2026" and "1.4.2026" (the format shown
 * in every language), and "2026-04-01" (a pasted ISO date); a day the calendar lacks ("31.02.2026")
 * or anything else is refused.
 */
export function parseTypedDate(text: string): string | null {
  const s = text.trim();
  const dotted = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(s);
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  let y: number, m: number, d: number;
  if (dotted) [d, m, y] = [Number(dotted[1]), Number(dotted[2]), Number(dotted[3])];
  else if (iso) [y, m, d] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  else return null;
  return isCalendarDay(y, m, d) ? `${pad(y, 4)}-${pad(m)}-${pad(d)}` : null;
}

/** Whether a legal date lies within min and max ("YYYY-MM-DD", either may be absent). */
export function withinRange(date: string, min?: string, max?: string): boolean {
  return (!min || date >= min) && (!max || date <= max);
}

/**
 * A form's Almaty wall time ("2026-03-09T22:10", as an `<input type="datetime-local">` held it) as
 * the value of the date-and-time picker ("2026-03-09 22:10:00"); "" or a malformed value gives null.
 */
export function pickerOfLocal(local: string): string | null {
  const match = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})(?::(\d{2}))?/.exec(local);
  return match ? `${match[1]} ${match[2]}:${match[3] ?? "00"}` : null;
}

/** The picker's value ("2026-03-09 22:10:00") as the form's Almaty wall time ("2026-03-09T22:10"); none → "". */
export function localOfPicker(value: string | null): string {
  const match = value ? /^(\d{4}-\d{2}-\d{2})[ T](\d{2}:\d{2})/.exec(value) : null;
  return match ? `${match[1]}T${match[2]}` : "";
}
