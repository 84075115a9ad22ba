import type { TFunction } from "i18next";
import type { ControlFrequency, RegisterEntry } from "../../api/types.ts";
import { formatDate } from "../../format.ts";

// Closed lists of the register screens, repeated from the law package as plain constants (the bundle
// carries no law code); the server refuses anything else.

/** 001 Art. 59(2)(1)-(15) and 59(3) (packages/law/src/register/grounds.ts). */
export const REGISTER_GROUNDS = [
  "59.2.1_protective_order",
  "59.2.2_special_conduct_requirements",
  "59.2.3_parole",
  "59.2.4_administrative_supervision",
  "59.2.5_official_warning",
  "59.2.6_non_custodial_punishment",
  "59.2.7_parent_failing_duties",
  "59.2.8_neglected_or_homeless_minor",
  "59.2.9_special_institution_graduate",
  "59.2.10_minor_substance_abuse",
  "59.2.11_educational_influence",
  "59.2.12_minor_released_from_penitentiary",
  "59.2.13_minor_released_from_liability",
  "59.2.14_minor_below_age_of_responsibility",
  "59.2.15_minor_suspect_non_custodial",
  "59.3_economic_infraction",
] as const;

/** 001 Art. 59(8)(1)-(5) (packages/law/src/register/termination.ts). */
export const REGISTER_TERMINATION_GROUNDS = [
  "corrected",
  "measures_expired",
  "imprisoned",
  "minor_turned_18",
  "death",
] as const;

export const LIKELIHOOD_LEVELS = ["low", "medium", "high"] as const;
export const REGISTER_APPEAL_OUTCOMES = ["upheld", "placement_annulled"] as const;

/** "twice a month", "once in 10 days". */
export function frequencyText(t: TFunction, f: ControlFrequency): string {
  return f.per === "month"
    ? t("measures.perMonth", { times: f.times })
    : t("measures.everyDays", { days: f.days });
}

/**
 * A measure carrying an entry as an official finds it: its kind, registration number and the day it
 * was issued in Almaty ("Официальное предостережение № 12/2026 от 20.11.2026"); the date alone while
 * it has no number.
 */
export function measureName(t: TFunction, m: RegisterEntry["measures"][number]): string {
  const kind = t(`measureKind.${m.kind}`, { defaultValue: m.kind });
  const date = formatDate(m.issuedAt);
  return m.registrationNumber
    ? t("register.measureNamed", { kind, number: m.registrationNumber, date })
    : t("register.measureDated", { kind, date });
}
