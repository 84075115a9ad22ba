import { art, type Citation } from "../core/citation.ts";
import { firstRefusals, refuse, type Refusal } from "../core/verdict.ts";
import {
  addCalendarDays,
  addHours,
  addMonths,
  ageOn,
  endOfLegalDate,
  legalDateOf,
  startOfLegalDate,
  type LegalDate,
} from "../calendar/legal-date.ts";
import type { WorkCalendar } from "../calendar/working-days.ts";
import { DEFAULT_CARRIED_000_CONFIG, type Carried000Config } from "./carried-config.ts";

/** Who an adaptation centre receives (000 Art. 11(1)(1)-(4)); the number is the subparagraph. */
export type AdaptationCentreCategory =
  | "11.1.1_neglected_or_homeless"
  | "11.1.2_without_parental_care"
  | "11.1.3_referred_to_special_education"
  | "11.1.4_needs_special_social_services";

/**
 * The basis of a placement (000 Art. 11(2)-(3)): a court decree (for 11(1)(3)), a decision of the
 * guardianship body (for 11(1)(1)-(2)), the application of the person who delivered the minor (for
 * 11(1)(4)), or the centre's own act at night, on weekends and holidays or in exceptional cases.
 */
export type AdaptationCentreBasis =
  "court_decree" | "guardianship_decision" | "deliverer_application" | "centre_act";

const BASIS_FOR: Readonly<Record<AdaptationCentreCategory, Exclude<AdaptationCentreBasis, "centre_act">>> = {
  "11.1.1_neglected_or_homeless": "guardianship_decision",
  "11.1.2_without_parental_care": "guardianship_decision",
  "11.1.3_referred_to_special_education": "court_decree",
  "11.1.4_needs_special_social_services": "deliverer_application",
};

/** Local hour (0-23, fractional) of an instant in Almaty. */
export function almatyHour(at: Date): number {
  return (at.getTime() - startOfLegalDate(legalDateOf(at)).getTime()) / 3600_000;
}

/**
 * Validates a placement in an adaptation centre for minors (000 Art. 11, carried: R4.3). Refusals
 * (each with `params.carriedFrom000 = true`):
 * - `minors.adaptation_centre_age` — 18 or over; or, for neglected and homeless children
 *   (11(1)(1)), under 3. The text ties "from three to eighteen" to subparagraph 1 only, so the other
 *   categories have no lower age;
 * - `minors.adaptation_centre_basis` — the basis does not match the category (11(2));
 * - `minors.adaptation_centre_act_not_allowed` — the centre's own act outside night time, weekends and
 *   holidays (the work calendar's days off) without an exceptional case (11(3));
 * - `minors.adaptation_centre_intoxicated`, `minors.adaptation_centre_mental_disorder` — 11(7).
 */
export function validateAdaptationCentrePlacement(
  args: {
    category: AdaptationCentreCategory;
    basis: AdaptationCentreBasis;
    subjectBirthDate: LegalDate;
    placedAt: Date;
    intoxicated: boolean;
    markedMentalDisorderSymptoms: boolean;
    exceptionalCase?: boolean;
  },
  cal: WorkCalendar,
  config: Carried000Config = DEFAULT_CARRIED_000_CONFIG,
): Refusal[] {
  const c = config.adaptationCentre;
  const on = legalDateOf(args.placedAt);
  const age = ageOn(args.subjectBirthDate, on);
  const minAge = args.category === "11.1.1_neglected_or_homeless" ? c.minAge : 0;
  const hour = almatyHour(args.placedAt);
  const night = hour >= c.nightStartHour || hour < c.nightEndHour;
  const actAllowed = night || !cal.isWorkingDay(on) || args.exceptionalCase === true;
  const carried = { carriedFrom000: true };
  return firstRefusals([
    age < minAge || age >= c.ageLimit
      ? refuse(
          "minors.adaptation_centre_age",
          art("000", "11(1)"),
          `The centre receives minors (neglected and homeless children from ${c.minAge}); the child is ${age} (000 Art. 11(1)).`,
          { field: "subjectBirthDate", params: { ...carried, age, minAge, ageLimit: c.ageLimit } },
        )
      : null,
    args.basis !== "centre_act" && args.basis !== BASIS_FOR[args.category]
      ? refuse(
          "minors.adaptation_centre_basis",
          art("000", "11(2)"),
          `This category is placed on the basis of: ${BASIS_FOR[args.category]} (000 Art. 11(2)).`,
          { field: "basis", params: { ...carried, expected: BASIS_FOR[args.category] } },
        )
      : null,
    args.basis === "centre_act" && !actAllowed
      ? refuse(
          "minors.adaptation_centre_act_not_allowed",
          art("000", "11(3)"),
          "The centre's own act is a basis at night, on weekends and holidays or in exceptional cases (000 Art. 11(3)).",
          { field: "basis", params: carried },
        )
      : null,
    args.intoxicated
      ? refuse(
          "minors.adaptation_centre_intoxicated",
          art("000", "11(7)"),
          "Minors in a state of alcoholic, narcotic or toxic intoxication are not placed (000 Art. 11(7)).",
          { field: "intoxicated", params: carried },
        )
      : null,
    args.markedMentalDisorderSymptoms
      ? refuse(
          "minors.adaptation_centre_mental_disorder",
          art("000", "11(7)"),
          "Minors with marked symptoms of mental or behavioural disorders are not placed (000 Art. 11(7)).",
          { field: "markedMentalDisorderSymptoms", params: carried },
        )
      : null,
  ]);
}

/** A duty of the centre's administration with its due instant (000 Art. 11(3), carried). */
export interface AdaptationCentreDuty {
  readonly duty: "prosecutor_written_notice" | "materials_to_guardianship";
  readonly article: Citation;
  readonly dueAt: Date;
  readonly carriedFrom000: true;
}

/**
 * The duties after a placement on the centre's own act (000 Art. 11(3), carried): inform the
 * prosecutor in writing within 24 hours of the placement; present the materials to the guardianship
 * body within three days from the date of placement (calendar days, to the end of the third day).
 * The three-day duty stands in the same paragraph as the centre's act and is read as belonging to it:
 * other bases already come from a decision of the court or the guardianship body, or an application.
 */
export function adaptationCentreDuties(
  args: { placedAt: Date; basis: AdaptationCentreBasis },
  config: Carried000Config = DEFAULT_CARRIED_000_CONFIG,
): AdaptationCentreDuty[] {
  if (args.basis !== "centre_act") return [];
  const c = config.adaptationCentre;
  const article = art("000", "11(3)");
  return [
    {
      duty: "prosecutor_written_notice",
      article,
      dueAt: addHours(args.placedAt, c.prosecutorNoticeHours),
      carriedFrom000: true,
    },
    {
      duty: "materials_to_guardianship",
      article,
      dueAt: endOfLegalDate(addCalendarDays(legalDateOf(args.placedAt), c.guardianshipMaterialsDays)),
      carriedFrom000: true,
    },
  ];
}

/** A closed range of days not counted in the stay: quarantine or in-patient treatment (000 Art. 11(6)). */
export interface ExcludedStayPeriod {
  readonly from: LegalDate;
  readonly until: LegalDate;
  readonly reason: "quarantine" | "hospital";
}

/**
 * The last day a minor may stay in an adaptation centre (000 Art. 11(5)-(6), carried): three months
 * from admission (`addMonths`), prolonged by each day of quarantine declared by the health authority
 * or of in-patient treatment that falls within the stay (days counted once even if periods overlap;
 * days falling within the prolongation prolong it in turn).
 */
export function adaptationCentreStayEnd(
  args: { admittedOn: LegalDate; excluded: readonly ExcludedStayPeriod[] },
  config: Carried000Config = DEFAULT_CARRIED_000_CONFIG,
): { lastDay: LegalDate; excludedDays: number; article: Citation; carriedFrom000: true } {
  const base = addMonths(args.admittedOn, config.adaptationCentre.maxStayMonths);
  const excludedDay = (d: LegalDate) => args.excluded.some((p) => p.from <= d && d <= p.until);
  let excludedDays = 0;
  let lastDay = base;
  // Walk the stay day by day: every excluded day pushes the end one day further.
  for (let d = args.admittedOn; d <= lastDay; d = addCalendarDays(d, 1)) {
    if (excludedDay(d)) {
      excludedDays += 1;
      lastDay = addCalendarDays(base, excludedDays);
    }
  }
  return { lastDay, excludedDays, article: art("000", "11(5)"), carriedFrom000: true };
}
