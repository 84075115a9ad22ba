import { allow, refuse, type Verdict } from "../core/verdict.ts";
import { firstIssuableNumber, hasValidCheckDigit, IDENTIFICATION_NUMBERS_LAW } from "./check-digit.ts";

/** Digit 5 of a BIN: 4 resident legal entity, 5 non-resident legal entity, 6 joint-business entrepreneur (R1.3). */
export const BIN_ENTITY_TYPES = {
  4: "resident_legal_entity",
  5: "non_resident_legal_entity",
  6: "joint_individual_entrepreneur",
} as const;

/** The kind of registrant a BIN's 5th digit encodes (R1.3). */
export type BinEntityType = (typeof BIN_ENTITY_TYPES)[keyof typeof BIN_ENTITY_TYPES];

/** Digit 6 of a BIN: 0 head office, 1 branch, 2 representative office, 3 joint peasant farm (R1.3). */
export const BIN_ATTRIBUTES = {
  0: "head_office",
  1: "branch",
  2: "representative_office",
  3: "joint_peasant_farm",
} as const;

/** The unit a BIN's 6th digit encodes (R1.3). */
export type BinAttribute = (typeof BIN_ATTRIBUTES)[keyof typeof BIN_ATTRIBUTES];

/** What a valid business identification number says (R1.3). */
export interface BinInfo {
  readonly bin: string;
  /** Digits 1-4 (YYMM): year and month of registration, as `YYYY-MM`. */
  readonly registered: string;
  readonly entityType: BinEntityType;
  readonly attribute: BinAttribute;
  /** Digits 7-11. */
  readonly serial: string;
}

/**
 * Two-digit registration years from 90 are read as 19YY (legal entities registered in the 1990s
 * received BINs with their registration date), the rest as 20YY — a window valid until 2089.
 */
const PIVOT_YY = 90;

function lookup<T>(table: Record<number, T>, digit: number): T | undefined {
  return table[digit];
}

/**
 * Parses and validates a 12-digit BIN of a legal entity, branch or joint entrepreneur (R1.3;
 * Law No. 223-III of 12 January 2007): YYMM of registration, entity type, attribute, serial and the
 * same two-pass check digit as the IIN. Refusal codes, in order: `bin.length`, `bin.digits`,
 * `bin.registration_month`, `bin.entity_type`, `bin.attribute`, `bin.check_digit`.
 */
export function parseBin(value: string): Verdict<BinInfo> {
  const law = IDENTIFICATION_NUMBERS_LAW;
  if (value.length !== 12)
    return refuse("bin.length", law, `A BIN has 12 digits; ${value.length} characters given.`, {
      field: "bin",
      params: { length: value.length },
    });
  if (!/^\d{12}$/.test(value))
    return refuse("bin.digits", law, "A BIN consists of digits only.", { field: "bin" });
  const month = Number(value.slice(2, 4));
  if (month < 1 || month > 12)
    return refuse(
      "bin.registration_month",
      law,
      `Digits 3-4 of a BIN are a month (01-12), not ${value.slice(2, 4)}.`,
      {
        field: "bin",
      },
    );
  const entityType = lookup<BinEntityType>(BIN_ENTITY_TYPES, Number(value[4]));
  if (entityType === undefined)
    return refuse(
      "bin.entity_type",
      law,
      `The 5th digit of a BIN (entity type) must be 4, 5 or 6, not ${value[4]}.`,
      {
        field: "bin",
      },
    );
  const attribute = lookup<BinAttribute>(BIN_ATTRIBUTES, Number(value[5]));
  if (attribute === undefined)
    return refuse("bin.attribute", law, `The 6th digit of a BIN (attribute) must be 0-3, not ${value[5]}.`, {
      field: "bin",
    });
  if (!hasValidCheckDigit(value))
    return refuse("bin.check_digit", law, "The check digit of the BIN does not match (mistyped number?).", {
      field: "bin",
    });
  const yy = Number(value.slice(0, 2));
  const registered = `${(yy >= PIVOT_YY ? 1900 : 2000) + yy}-${value.slice(2, 4)}`;
  return allow({ bin: value, registered, entityType, attribute, serial: value.slice(6, 11) });
}

/** True for a valid BIN (R1.3); see {@link parseBin} for the reason when not. */
export function isValidBin(value: string): boolean {
  return parseBin(value).ok;
}

/**
 * Builds a valid BIN (test and synthetic data, R1.3): registration `YYYY-MM`, type and attribute
 * digits, serial 0-99999; a serial whose check digit is 10 on both passes is skipped for the next.
 * Throws a RangeError on malformed input (a programming error, not a refusal).
 */
export function makeBin(
  registered: string,
  entityType: 4 | 5 | 6,
  attribute: 0 | 1 | 2 | 3,
  serial: number,
): string {
  const m = /^(\d{2})(\d{2})-(0[1-9]|1[0-2])$/.exec(registered);
  if (!m) throw new RangeError(`makeBin: registration ${registered} is not YYYY-MM`);
  if (!Number.isInteger(serial) || serial < 0 || serial > 99999)
    throw new RangeError(`makeBin: serial ${serial} outside 0-99999`);
  const head = `${m[2]}${m[3]}${entityType}${attribute}`;
  return firstIssuableNumber(head, serial, 5);
}
