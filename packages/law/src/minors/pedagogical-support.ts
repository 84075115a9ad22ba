import { art, type Citation } from "../core/citation.ts";
import { addCalendarDays, addMonths, type LegalDate } from "../calendar/legal-date.ts";
import type { PedagogicalSupportCriterion } from "../measures/measure-details.ts";
import { listed, type ListedProvision } from "../register/listed.ts";

/**
 * The criteria of minors subject to pedagogical support (001 Art. 78(2)), with article and label. The
 * ids are the measures module's `PEDAGOGICAL_SUPPORT_CRITERIA` (one closed list in the package).
 * AMBIGUITY: the text lists "graduates of special educational organizations" twice, as (11) and (12).
 * The pair "special educational organisations and educational organisations with a special regime"
 * recurs throughout 001 (59(2)(9), 79(6)(8), Arts. 80-81), so (12) is read as graduates of
 * organisations with a special detention regime — a distinct criterion, not a duplicate to drop.
 * The issue counts eleven criteria (the text's eleven distinct wordings); the list has twelve ids.
 */
export const PEDAGOGICAL_SUPPORT_CRITERION_INFO: readonly ListedProvision<PedagogicalSupportCriterion>[] = [
  listed("78.2.1_failing_subjects", art("001", "78(2)(1)"), "Failing in academic subjects"),
  listed(
    "78.2.2_neglected_homeless_vagrancy_begging",
    art("001", "78(2)(2)"),
    "Neglected or homeless, engaged in vagrancy or begging",
  ),
  listed(
    "78.2.3_violating_school_rules",
    art("001", "78(2)(3)"),
    "Grossly or repeatedly violating the charter or internal rules of the educational organisation",
  ),
  listed(
    "78.2.4_missing_classes",
    art("001", "78(2)(4)"),
    "Systematically missing classes without a valid reason for four days or more within one month",
  ),
  listed(
    "78.2.5_committed_infraction",
    art("001", "78(2)(5)"),
    "Committed an administrative or criminal infraction",
  ),
  listed(
    "78.2.6_substance_use",
    art("001", "78(2)(6)"),
    "Using alcohol, energy drinks, psychoactive substances, vapes or tobacco products",
  ),
  listed("78.2.7_gambling_disorder", art("001", "78(2)(7)"), "Suffering from gambling disorder (ludomania)"),
  listed("78.2.8_pregnant", art("001", "78(2)(8)"), "Pregnant minors"),
  listed(
    "78.2.9_victim_or_witness_of_violence",
    art("001", "78(2)(9)"),
    "Subjected to violence, cruelty or harassment (bullying), or witnessed violence",
  ),
  listed(
    "78.2.10_committed_violence_or_bullying",
    art("001", "78(2)(10)"),
    "Committed violence, cruelty or harassment (bullying)",
  ),
  listed(
    "78.2.11_special_education_graduate",
    art("001", "78(2)(11)"),
    "Graduates of special educational organisations",
  ),
  listed(
    "78.2.12_special_regime_graduate",
    art("001", "78(2)(12)"),
    "Graduates of educational organisations with a special detention regime (the text repeats (11); see the note)",
  ),
];

/** Days missed without a valid reason within one month that meet the criterion (001 Art. 78(2)(4)). */
export const MISSED_CLASSES_THRESHOLD_DAYS = 4;

/** A day of class missed, with whether the reason was valid (001 Art. 78(2)(4)). */
export interface ClassAbsence {
  readonly date: LegalDate;
  readonly validReason: boolean;
}

/** The evaluation of the absence criterion (001 Art. 78(2)(4)). */
export interface MissedClassesEvaluation {
  readonly met: boolean;
  /** The most unexcused days found in one month window. */
  readonly days: number;
  /** That window (both ends inclusive), or null when there is no unexcused absence. */
  readonly window: { readonly from: LegalDate; readonly until: LegalDate } | null;
  readonly threshold: number;
  readonly article: Citation;
}

/**
 * Evaluates "systematically missing classes without a valid reason for four days or more within one
 * month" (001 Art. 78(2)(4)) from absence records. Distinct days count once; absences with a valid
 * reason and those after `asOf` are ignored. "Within one month" is read by default as any window of
 * one month (from a day to the day before the same date of the next month, `addMonths`), so four
 * days straddling two calendar months count; `window: "calendar_month"` counts per calendar month
 * instead. Meeting the count is what "systematically" means here: the text gives no other measure.
 */
export function missedClassesCriterion(args: {
  absences: readonly ClassAbsence[];
  asOf?: LegalDate;
  window?: "rolling" | "calendar_month";
}): MissedClassesEvaluation {
  const days = [
    ...new Set(
      args.absences
        .filter((a) => !a.validReason && (args.asOf === undefined || a.date <= args.asOf))
        .map((a) => a.date),
    ),
  ].sort();
  let best: MissedClassesEvaluation["window"] = null;
  let bestCount = 0;
  for (const d of days) {
    const from = args.window === "calendar_month" ? `${d.slice(0, 7)}-01` : d;
    const until = addCalendarDays(addMonths(from, 1), -1);
    const count = days.filter((x) => x >= from && x <= until).length;
    if (count > bestCount) {
      bestCount = count;
      best = { from, until };
    }
  }
  return {
    met: bestCount >= MISSED_CLASSES_THRESHOLD_DAYS,
    days: bestCount,
    window: best,
    threshold: MISSED_CLASSES_THRESHOLD_DAYS,
    article: art("001", "78(2)(4)"),
  };
}
