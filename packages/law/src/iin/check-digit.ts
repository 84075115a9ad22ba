import type { Citation } from "../core/citation.ts";

/**
 * The statutory base of the IIN and the BIN: the Law of the Republic of Kazakhstan No. 223-III of
 * 12 January 2007 "On National Registers of Identification Numbers" and the rules of forming the
 * numbers adopted under it. Neither is in `shared/law/`, so refusals cite the act by name (R1.1).
 */
export const IDENTIFICATION_NUMBERS_LAW: Citation =
  "Law No. 223-III of 12 January 2007 On National Registers of Identification Numbers";

/** Weights of the first pass: 1, 2, …, 11 (R1.1). */
const FIRST_PASS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11] as const;

/** Weights of the second pass, used when the first gives 10: 3, 4, …, 11, 1, 2 (R1.1). */
const SECOND_PASS = [3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2] as const;

function weighted(first11: string, weights: readonly number[]): number {
  return weights.reduce((sum, w, i) => sum + w * Number(first11.charAt(i)), 0) % 11;
}

/**
 * The 12th (check) digit of an IIN or BIN from its first eleven digits, by the official two-pass
 * weighting (R1.1): the sum of the digits weighted 1..11, modulo 11; if that is 10, the sum weighted
 * 3..11,1,2, modulo 11; if that is 10 again, no number is issued with these eleven digits and the
 * answer is null. `first11` must be eleven ASCII digits.
 */
export function identificationCheckDigit(first11: string): number | null {
  const first = weighted(first11, FIRST_PASS);
  if (first !== 10) return first;
  const second = weighted(first11, SECOND_PASS);
  return second === 10 ? null : second;
}

/**
 * The first issuable number from a head and a serial of `width` digits: the serial is tried, then
 * the next ones (modulo 10^width), skipping those whose check digit is 10 on both passes (R1.1).
 * Used by the generators of test and synthetic data.
 */
export function firstIssuableNumber(head: string, serial: number, width: number): string {
  const first11 = head + String(serial % 10 ** width).padStart(width, "0");
  const check = identificationCheckDigit(first11);
  return check === null ? firstIssuableNumber(head, serial + 1, width) : first11 + String(check);
}

/** True when the 12th digit of a 12-digit string is the check digit of the first eleven (R1.1). */
export function hasValidCheckDigit(twelveDigits: string): boolean {
  return identificationCheckDigit(twelveDigits.slice(0, 11)) === Number(twelveDigits[11]);
}

/**
 * Which kind of identification number a 12-digit string looks like, by its 5th digit: an IIN's is
 * the tens of the birth day (0-3), a BIN's is the entity type (4-6) (R1.1, R1.3). Null otherwise.
 */
export function identificationNumberKind(value: string): "iin" | "bin" | null {
  if (!/^\d{12}$/.test(value)) return null;
  const fifth = Number(value[4]);
  if (fifth <= 3) return "iin";
  return fifth <= 6 ? "bin" : null;
}
