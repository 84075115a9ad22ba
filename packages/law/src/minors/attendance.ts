import { addCalendarDays, addMonths, ageOn, isLegalDate, type LegalDate } from "../calendar/legal-date.ts";
import { parseIin } from "../iin/iin.ts";
import { REGISTER_MAJORITY_AGE } from "../register/placement.ts";
import { missedClassesCriterion } from "./pedagogical-support.ts";

/**
 * A school's attendance as imported from a file, and the criterion "systematically missing classes
 * without a valid reason for four days or more within one month" (001 Art. 78(2)(4)) computed from it.
 * The school "identif[ies] and maintain[s] records of minors not attending educational organizations
 * for unexcused reasons" (001 Art. 23(9)).
 */

/** One row of an attendance file as read (all text; `line` is the file's line, the header being 1). */
export interface AttendanceRow {
  readonly line: number;
  readonly iin: string;
  readonly surname: string;
  readonly givenName: string;
  readonly date: string;
  readonly validReason: string;
  readonly reason?: string;
}

/** A checked row: a pupil's day missed, with whether the reason was valid. */
export interface AttendanceAbsence {
  readonly iin: string;
  readonly surname: string;
  readonly givenName: string;
  readonly date: LegalDate;
  readonly validReason: boolean;
  readonly reason: string | null;
}

/** An error of one row: the line, the column at fault, a stable code and an English message. */
export interface AttendanceRowError {
  readonly line: number;
  readonly field: "iin" | "surname" | "givenName" | "date" | "validReason";
  readonly code: string;
  readonly message: string;
}

/** The answers read as "yes" / "no" in the valid-reason column (en, ru, kk; 1/0). */
const YES = new Set(["yes", "y", "true", "1", "да", "д", "иә", "ия", "иа"]);
const NO = new Set(["no", "n", "false", "0", "нет", "н", "жоқ", "жок"]);

/** Reads a yes/no answer of the valid-reason column; null when it is neither. */
export function readYesNo(value: string): boolean | null {
  const v = value.trim().toLowerCase();
  if (YES.has(v)) return true;
  if (NO.has(v)) return false;
  return null;
}

/** Reads a date written `YYYY-MM-DD` or `DD.MM.YYYY` (`D.M.YYYY`, also with `/`); null otherwise. */
export function readAttendanceDate(value: string): LegalDate | null {
  const v = value.trim();
  if (isLegalDate(v)) return v;
  const m = /^(\d{1,2})[./](\d{1,2})[./](\d{4})$/.exec(v);
  if (!m) return null;
  const iso = `${m[3]}-${m[2]!.padStart(2, "0")}-${m[1]!.padStart(2, "0")}`;
  return isLegalDate(iso) ? iso : null;
}

/**
 * Checks the rows of an attendance file. Every bad row is reported with its line and field — the file
 * is written only when there is none. Codes:
 * - `attendance.iin_invalid` — not a valid IIN (length, digits, century, birth date, check digit);
 * - `attendance.not_a_minor` — 18 or more on the date: 78(2) concerns minors;
 * - `attendance.date_invalid`, `attendance.date_future` — not a date, or after today;
 * - `attendance.valid_reason_invalid` — not yes/no (да/нет, иә/жоқ, 1/0);
 * - `attendance.name_required` — surname or given name empty;
 * - `attendance.duplicate_conflict` — the same pupil and day twice with different answers (a repeat
 *   with the same answer is taken once).
 */
export function checkAttendanceRows(
  rows: readonly AttendanceRow[],
  ctx: { today: LegalDate },
): { ok: AttendanceAbsence[]; errors: AttendanceRowError[] } {
  const ok: AttendanceAbsence[] = [];
  const errors: AttendanceRowError[] = [];
  const seen = new Map<string, { validReason: boolean; line: number }>();
  for (const row of rows) {
    const rowErrors: AttendanceRowError[] = [];
    const err = (field: AttendanceRowError["field"], code: string, message: string) =>
      rowErrors.push({ line: row.line, field, code, message });
    const iin = row.iin.replace(/\s+/g, "");
    const parsed = parseIin(iin);
    if (!parsed.ok) err("iin", "attendance.iin_invalid", `Not a valid IIN: ${parsed.message}`);
    const surname = row.surname.trim();
    const givenName = row.givenName.trim();
    if (surname === "") err("surname", "attendance.name_required", "The surname is empty.");
    if (givenName === "") err("givenName", "attendance.name_required", "The given name is empty.");
    const date = readAttendanceDate(row.date);
    if (date === null)
      err("date", "attendance.date_invalid", `Not a date (YYYY-MM-DD or DD.MM.YYYY): "${row.date}".`);
    else if (date > ctx.today) err("date", "attendance.date_future", `The date ${date} is after today.`);
    if (parsed.ok && date !== null && ageOn(parsed.value.birthDate, date) >= REGISTER_MAJORITY_AGE)
      err(
        "iin",
        "attendance.not_a_minor",
        "The pupil is 18 or more on that date: 001 Art. 78(2) concerns minors.",
      );
    const validReason = readYesNo(row.validReason);
    if (validReason === null)
      err(
        "validReason",
        "attendance.valid_reason_invalid",
        `The valid reason is yes or no, not "${row.validReason}".`,
      );
    if (rowErrors.length === 0 && date !== null && validReason !== null) {
      const key = `${iin}|${date}`;
      const before = seen.get(key);
      if (before === undefined) {
        seen.set(key, { validReason, line: row.line });
        const reason = (row.reason ?? "").trim();
        ok.push({ iin, surname, givenName, date, validReason, reason: reason === "" ? null : reason });
      } else if (before.validReason !== validReason) {
        err(
          "validReason",
          "attendance.duplicate_conflict",
          `The same pupil and day is on line ${before.line} with a different answer.`,
        );
      }
    }
    errors.push(...rowErrors);
  }
  return { ok, errors };
}

/**
 * The pupils who meet 78(2)(4) as of `asOf`: four or more distinct days missed without a valid reason
 * within one month ({@link missedClassesCriterion}, rolling window). With `since`, only absences on or
 * after it count (e.g. {@link lastMonthFrom} for "the last month"); by default every absence up to
 * `asOf`. Sorted by most days, then key.
 */
export function pupilsMeetingAbsenceCriterion(
  absences: readonly { personKey: string; date: LegalDate; validReason: boolean }[],
  asOf: LegalDate,
  opts: { since?: LegalDate } = {},
): { personKey: string; days: number; window: { from: LegalDate; until: LegalDate } }[] {
  const byPerson = new Map<string, { date: LegalDate; validReason: boolean }[]>();
  for (const a of absences) {
    if (opts.since !== undefined && a.date < opts.since) continue;
    const list = byPerson.get(a.personKey) ?? [];
    list.push({ date: a.date, validReason: a.validReason });
    byPerson.set(a.personKey, list);
  }
  const out: { personKey: string; days: number; window: { from: LegalDate; until: LegalDate } }[] = [];
  for (const [personKey, list] of byPerson) {
    const e = missedClassesCriterion({ absences: list, asOf });
    if (e.met && e.window)
      out.push({ personKey, days: e.days, window: { from: e.window.from, until: e.window.until } });
  }
  return out.sort(
    (a, b) => b.days - a.days || (a.personKey < b.personKey ? -1 : a.personKey > b.personKey ? 1 : 0),
  );
}

/** The first day of "the last month" before `asOf` (both ends inclusive), for {@link pupilsMeetingAbsenceCriterion}. */
export function lastMonthFrom(asOf: LegalDate): LegalDate {
  return addCalendarDays(addMonths(asOf, -1), 1);
}
