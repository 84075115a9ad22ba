import {
  IDENTIFICATION_NUMBERS_LAW,
  firstRefusals,
  parseIin,
  refuse,
  type LegalDate,
  type Refusal,
} from "@aldyn/law";
import type { NoIinReason, Sex } from "@aldyn/contract";
import { AppError } from "../../errors/app-error.ts";

/** The identity of a person as it will be stored: the IIN (or the reason there is none), birth date, sex. */
export interface Identity {
  readonly iin: string | null;
  readonly noIinReason: NoIinReason | null;
  readonly birthDate: string;
  readonly sex: Sex;
}

export interface IdentityInput {
  readonly iin: string | null;
  readonly noIinReason: NoIinReason | null;
  readonly birthDate: string | undefined;
  readonly sex: Sex | undefined;
  readonly citizenship: string;
}

/** Citizenship code of the Republic of Kazakhstan (ISO 3166-1 alpha-3). */
export const KAZAKHSTAN = "KAZ";

/**
 * Checks the identity of a person (R1.1). The IIN is validated by the law package (a refusal keeps
 * its code, e.g. `iin.check_digit`, and is a 422); the birth date and sex it encodes fill in what is
 * not given, and what is given must match them (422 `iin.birth_date_mismatch` / `iin.sex_mismatch`
 * naming the field). Without an IIN the reason, birth date and sex are required, and a citizen of
 * Kazakhstan always has an IIN (Law No. 223-III: one is assigned to every citizen).
 */
export function resolveIdentity(x: IdentityInput, today: LegalDate): Identity {
  if (x.iin !== null) {
    const v = parseIin(x.iin, { on: today });
    if (!v.ok) throw AppError.fromRefusals([v]);
    if (x.noIinReason !== null)
      throw new AppError("validation.failed", "A reason for having no IIN is given only without an IIN.", {
        field: "noIinReason",
      });
    const mismatches: Refusal[] = firstRefusals([
      x.birthDate !== undefined && x.birthDate !== v.value.birthDate
        ? refuse(
            "iin.birth_date_mismatch",
            IDENTIFICATION_NUMBERS_LAW,
            `The birth date ${x.birthDate} differs from the one the IIN encodes (${v.value.birthDate}).`,
            { field: "birthDate", params: { encoded: v.value.birthDate } },
          )
        : null,
      x.sex !== undefined && x.sex !== v.value.sex
        ? refuse(
            "iin.sex_mismatch",
            IDENTIFICATION_NUMBERS_LAW,
            `The sex differs from the one the IIN encodes (${v.value.sex}).`,
            { field: "sex", params: { encoded: v.value.sex } },
          )
        : null,
    ]);
    if (mismatches.length > 0) throw AppError.fromRefusals(mismatches);
    return { iin: v.value.iin, noIinReason: null, birthDate: v.value.birthDate, sex: v.value.sex };
  }
  if (x.citizenship === KAZAKHSTAN)
    throw AppError.fromRefusals([
      refuse("iin.required_for_citizen", IDENTIFICATION_NUMBERS_LAW, "A citizen of Kazakhstan has an IIN.", {
        field: "iin",
      }),
    ]);
  if (x.noIinReason === null)
    throw new AppError("validation.failed", "Say why the person has no IIN.", { field: "noIinReason" });
  if (x.birthDate === undefined)
    throw new AppError("validation.failed", "Without an IIN the birth date is required.", {
      field: "birthDate",
    });
  if (x.sex === undefined)
    throw new AppError("validation.failed", "Without an IIN the sex is required.", { field: "sex" });
  if (x.birthDate > today)
    throw new AppError("validation.failed", "The birth date is in the future.", { field: "birthDate" });
  return { iin: null, noIinReason: x.noIinReason, birthDate: x.birthDate, sex: x.sex };
}
