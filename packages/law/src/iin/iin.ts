import { isLegalDate, type LegalDate } from "../calendar/legal-date.ts";
import { allow, refuse, type Verdict } from "../core/verdict.ts";
import { firstIssuableNumber, hasValidCheckDigit, IDENTIFICATION_NUMBERS_LAW } from "./check-digit.ts";

/** Sex as the 7th digit of the IIN encodes it (R1.1). */
export type Sex = "male" | "female";

/** First year of the century the 7th digit encodes: 1/2 → 1800s, 3/4 → 1900s, 5/6 → 2000s (R1.1). */
export type IinCentury = 1800 | 1900 | 2000;

/** What a valid individual identification number says about its holder (R1.1). */
export interface IinInfo {
  readonly iin: string;
  /** Digits 1-6 (YYMMDD) read in the century of digit 7. */
  readonly birthDate: LegalDate;
  /** Digit 7: odd = male, even = female. */
  readonly sex: Sex;
  readonly century: IinCentury;
  /** Digits 8-11: the serial number among holders born that day. */
  readonly serial: string;
}

const CENTURIES: readonly IinCentury[] = [1800, 1900, 2000];

/**
 * Parses and validates a 12-digit IIN (R1.1; Law No. 223-III of 12 January 2007): digits 1-6 the
 * birth date YYMMDD, digit 7 century and sex (1/2 = 1800s male/female, 3/4 = 1900s, 5/6 = 2000s),
 * digits 8-11 a serial, digit 12 the check digit by the two-pass weighting. Refusal codes, in the
 * order checked: `iin.length`, `iin.digits`, `iin.century_sex`, `iin.birth_date`, `iin.check_digit`.
 * With `on`, a birth date after that date is refused as `iin.birth_date` too. No trimming: the
 * boundary (contract schema) normalises input.
 */
export function parseIin(value: string, options: { on?: LegalDate } = {}): Verdict<IinInfo> {
  const law = IDENTIFICATION_NUMBERS_LAW;
  if (value.length !== 12)
    return refuse("iin.length", law, `An IIN has 12 digits; ${value.length} characters given.`, {
      field: "iin",
      params: { length: value.length },
    });
  if (!/^\d{12}$/.test(value))
    return refuse("iin.digits", law, "An IIN consists of digits only.", { field: "iin" });
  const code = Number(value[6]);
  const century = CENTURIES[Math.ceil(code / 2) - 1];
  if (century === undefined)
    return refuse(
      "iin.century_sex",
      law,
      `The 7th digit of an IIN (century and sex) must be 1-6, not ${code}.`,
      {
        field: "iin",
        params: { digit: code },
      },
    );
  const birthDate = `${century + Number(value.slice(0, 2))}-${value.slice(2, 4)}-${value.slice(4, 6)}`;
  if (!isLegalDate(birthDate))
    return refuse("iin.birth_date", law, `The first six digits of an IIN are not a date (${birthDate}).`, {
      field: "iin",
      params: { birthDate },
    });
  if (options.on !== undefined && birthDate > options.on)
    return refuse("iin.birth_date", law, `The birth date in the IIN (${birthDate}) is after ${options.on}.`, {
      field: "iin",
      params: { birthDate, on: options.on },
    });
  if (!hasValidCheckDigit(value))
    return refuse("iin.check_digit", law, "The check digit of the IIN does not match (mistyped number?).", {
      field: "iin",
    });
  return allow({
    iin: value,
    birthDate,
    sex: code % 2 === 1 ? "male" : "female",
    century,
    serial: value.slice(7, 11),
  });
}

/** True for a valid IIN (R1.1); see {@link parseIin} for the reason when not. */
export function isValidIin(value: string): boolean {
  return parseIin(value).ok;
}

/**
 * Builds a valid IIN for a birth date, sex and serial (0-9999) — for test and synthetic data (R1.1).
 * Eleven digits whose check digit is 10 on both passes are never issued, so such a serial is skipped
 * and the next one (modulo 10000) used; the serial actually used is digits 8-11 of the result.
 * Throws a RangeError for a birth date outside 1800-2099 or a serial outside 0-9999: a programming
 * error, not a refusal of the law.
 */
export function makeIin(birthDate: LegalDate, sex: Sex, serial: number): string {
  const year = Number(birthDate.slice(0, 4));
  if (!isLegalDate(birthDate) || year < 1800 || year > 2099)
    throw new RangeError(`makeIin: birth date ${birthDate} outside 1800-2099`);
  if (!Number.isInteger(serial) || serial < 0 || serial > 9999)
    throw new RangeError(`makeIin: serial ${serial} outside 0-9999`);
  const centuryIndex = Math.floor(year / 100) - 18; // 0, 1, 2
  const code = centuryIndex * 2 + (sex === "male" ? 1 : 2);
  const head = `${birthDate.slice(2, 4)}${birthDate.slice(5, 7)}${birthDate.slice(8, 10)}${code}`;
  return firstIssuableNumber(head, serial, 4);
}
