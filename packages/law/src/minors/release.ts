import { art, type Citation } from "../core/citation.ts";
import { allow, refuse, type Verdict } from "../core/verdict.ts";
import { addCalendarDays, dateOfAge, legalDateOf, type LegalDate } from "../calendar/legal-date.ts";
import { listed, type ListedProvision } from "../register/listed.ts";
import { almatyHour } from "./adaptation-centre.ts";
import { DEFAULT_CARRIED_000_CONFIG, type Carried000Config } from "./carried-config.ts";
import type { SpecialInstitutionKind } from "./institutions.ts";

/** A ground of release from a special educational or special-regime organisation (000 Art. 14-1(1)-(2)). */
export type SpecialInstitutionReleaseGround =
  | "term_expired"
  | "majority"
  | "court_early_release"
  | "referred_to_special_regime"
  | "circumstances_preclude_stay";

/** A ground of release from an adaptation centre (000 Art. 14-1(3)). */
export type AdaptationCentreReleaseGround =
  | "transferred_to_parents"
  | "placed_in_special_institution"
  | "placed_in_childrens_home"
  | "court_decree_in_force"
  | "circumstances_preclude_stay";

/** Release grounds of a special educational organisation (000 Art. 14-1(1)(1)-(5), carried). */
export const SPECIAL_EDUCATION_RELEASE_GROUNDS: readonly ListedProvision<SpecialInstitutionReleaseGround>[] =
  [
    listed(
      "term_expired",
      art("000", "14-1(1)(1)"),
      "Expiry of the term set by the court, on the day it expires",
    ),
    listed("majority", art("000", "14-1(1)(2)"), "Early release on the day of majority"),
    listed(
      "court_early_release",
      art("000", "14-1(1)(3)"),
      "Early release by the court, on the day the decision is received (the next day if received after the working day)",
    ),
    listed(
      "referred_to_special_regime",
      art("000", "14-1(1)(4)"),
      "Referral to an organisation with a special regime",
    ),
    listed(
      "circumstances_preclude_stay",
      art("000", "14-1(1)(5)"),
      "Circumstances under which the minor cannot stay there",
    ),
  ];

/** Release grounds of an organisation with a special regime (000 Art. 14-1(2)(1)-(4), carried). */
export const SPECIAL_REGIME_RELEASE_GROUNDS: readonly ListedProvision<SpecialInstitutionReleaseGround>[] = [
  listed("term_expired", art("000", "14-1(2)(1)"), "Expiry of the term set by the court"),
  listed("majority", art("000", "14-1(2)(2)"), "Early release on attaining majority"),
  listed("court_early_release", art("000", "14-1(2)(3)"), "Early release by the court"),
  listed(
    "circumstances_preclude_stay",
    art("000", "14-1(2)(4)"),
    "Circumstances under which the minor cannot stay there",
  ),
];

/** Release grounds of an adaptation centre (000 Art. 14-1(3)(1)-(5), carried). */
export const ADAPTATION_CENTRE_RELEASE_GROUNDS: readonly ListedProvision<AdaptationCentreReleaseGround>[] = [
  listed(
    "transferred_to_parents",
    art("000", "14-1(3)(1)"),
    "Parents or other legal representatives identified and the minor transferred to them",
  ),
  listed(
    "placed_in_special_institution",
    art("000", "14-1(3)(2)"),
    "Placement in a special educational organisation or an organisation with a special regime",
  ),
  listed(
    "placed_in_childrens_home",
    art("000", "14-1(3)(3)"),
    "Placement in a children's home (boarding school)",
  ),
  listed("court_decree_in_force", art("000", "14-1(3)(4)"), "A court decree entering into legal force"),
  listed(
    "circumstances_preclude_stay",
    art("000", "14-1(3)(5)"),
    "Circumstances under which the minor cannot stay there",
  ),
];

/** What fixes the release day on each ground (000 Art. 14-1(1)). */
export type ReleaseDayInput =
  | { readonly ground: "term_expired"; readonly termEnd: LegalDate }
  | { readonly ground: "majority"; readonly subjectBirthDate: LegalDate }
  | { readonly ground: "court_early_release"; readonly decisionReceivedAt: Date }
  | {
      readonly ground: "referred_to_special_regime" | "circumstances_preclude_stay";
      readonly eventOn: LegalDate;
    };

/**
 * The day of release from a special institution (000 Art. 14-1, carried): on the day the court's term
 * expires; on the day of majority; on the day the court's early-release decision is received, or the
 * next day when received "after a working day is over" (at or after `release.workingDayEndHour`,
 * POLICY 18:00 local time); on the day of the event for the other grounds (the text gives no day).
 * Only 14-1(1) (special educational organisations) states the days; they are applied to the special
 * regime (14-1(2)) as well. Refusals: `minors.release_ground_not_applicable` (referral to a special
 * regime is a ground only from a special educational organisation), `minors.release_on_majority_disabled`
 * (the carried majority rule switched off in the configuration).
 */
export function specialInstitutionReleaseDay(
  kind: SpecialInstitutionKind,
  input: ReleaseDayInput,
  config: Carried000Config = DEFAULT_CARRIED_000_CONFIG,
): Verdict<{ releaseOn: LegalDate; article: Citation; carriedFrom000: true }> {
  const list =
    kind === "special_educational_organisation"
      ? SPECIAL_EDUCATION_RELEASE_GROUNDS
      : SPECIAL_REGIME_RELEASE_GROUNDS;
  const ground = list.find((g) => g.id === input.ground);
  if (!ground) {
    return refuse(
      "minors.release_ground_not_applicable",
      art("000", "14-1(2)"),
      "Referral to a special regime is a ground of release only from a special educational organisation (000 Art. 14-1).",
      { field: "ground", params: { carriedFrom000: true } },
    );
  }
  if (input.ground === "majority" && !config.release.onMajority) {
    return refuse(
      "minors.release_on_majority_disabled",
      ground.article,
      "Release on majority (000 Art. 14-1, carried) is switched off in this deployment's configuration.",
      { field: "ground", params: { carriedFrom000: true } },
    );
  }
  const done = (releaseOn: LegalDate) =>
    allow({ releaseOn, article: ground.article, carriedFrom000: true as const });
  switch (input.ground) {
    case "term_expired":
      return done(input.termEnd);
    case "majority":
      return done(dateOfAge(input.subjectBirthDate, 18));
    case "court_early_release": {
      const day = legalDateOf(input.decisionReceivedAt);
      const late = almatyHour(input.decisionReceivedAt) >= config.release.workingDayEndHour;
      return done(late ? addCalendarDays(day, 1) : day);
    }
    default:
      return done(input.eventOn);
  }
}
