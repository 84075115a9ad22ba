import { art } from "../core/citation.ts";
import { firstRefusals, refuse, type Refusal } from "../core/verdict.ts";
import { addCalendarDays, ageOn, type LegalDate } from "../calendar/legal-date.ts";
import type { IssuerKind } from "../measures/kinds.ts";
import { listed, unknownIds, type ListedProvision } from "./listed.ts";
import { REGISTER_MAJORITY_AGE } from "./placement.ts";

/**
 * The activities that individual prevention measures for registered minors take into account
 * (001 Art. 82(2)(1)-(8)), in the order of the text.
 */
export const REHABILITATION_ACTIVITIES: readonly ListedProvision<RehabilitationActivity>[] = [
  listed(
    "82.2.1_social_adaptation_programme",
    art("001", "82(2)(1)"),
    "Social adaptation and rehabilitation programmes: social integration, social skills, vocational guidance",
  ),
  listed(
    "82.2.2_psychological_support",
    art("001", "82(2)(2)"),
    "Psychological support, counselling, individual or group sessions with a psychologist",
  ),
  listed(
    "82.2.3_educational_activities",
    art("001", "82(2)(3)"),
    "Involvement in education, vocational training or additional educational programmes",
  ),
  listed(
    "82.2.4_socially_useful_activities",
    art("001", "82(2)(4)"),
    "Participation in socially useful activities",
  ),
  listed(
    "82.2.5_mentoring",
    art("001", "82(2)(5)"),
    "A mentoring system: an adult mentor accompanies the minor",
  ),
  listed(
    "82.2.6_restricted_adverse_contacts",
    art("001", "82(2)(6)"),
    "Restriction of contact with an adverse environment (persons involving the minor in infractions)",
  ),
  listed(
    "82.2.7_addiction_prevention_programme",
    art("001", "82(2)(7)"),
    "Addiction prevention programmes (psychoactive substances, alcohol, tobacco)",
  ),
  listed("82.2.8_family_counselling", art("001", "82(2)(8)"), "Family counselling and support"),
];

/** An activity of 001 Art. 82(2); the number is the subparagraph. */
export type RehabilitationActivity =
  | "82.2.1_social_adaptation_programme"
  | "82.2.2_psychological_support"
  | "82.2.3_educational_activities"
  | "82.2.4_socially_useful_activities"
  | "82.2.5_mentoring"
  | "82.2.6_restricted_adverse_contacts"
  | "82.2.7_addiction_prevention_programme"
  | "82.2.8_family_counselling";

/** A restriction of 001 Art. 82(3); the number is the subparagraph. */
export type RegisteredMinorRestriction =
  | "82.3.1_designated_places"
  | "82.3.2_travel_without_commission_permission"
  | "82.3.3_contact_with_negative_influence"
  | "82.3.4_alcohol_or_drugs";

/**
 * The restrictions (prohibitions) a judge may establish for a minor on the preventive register
 * (001 Art. 82(3)(1)-(4)). Note (2): permission to travel comes from the commission on minors'
 * affairs, not from the police as for adults under supervision (65(2)(3)).
 */
export const REGISTERED_MINOR_RESTRICTIONS: readonly ListedProvision<RegisteredMinorRestriction>[] = [
  listed(
    "82.3.1_designated_places",
    art("001", "82(3)(1)"),
    "Staying in places within the district (city) designated by internal affairs bodies",
  ),
  listed(
    "82.3.2_travel_without_commission_permission",
    art("001", "82(3)(2)"),
    "Travelling outside the district (city) without the permission of the commission on minors' affairs",
  ),
  listed(
    "82.3.3_contact_with_negative_influence",
    art("001", "82(3)(3)"),
    "Contact with persons exerting a negative influence on the minor",
  ),
  listed(
    "82.3.4_alcohol_or_drugs",
    art("001", "82(3)(4)"),
    "Consuming alcoholic beverages, narcotic drugs, psychotropic substances",
  ),
];

/**
 * Validates restrictions imposed on a registered minor (001 Art. 82(3)). Refusals:
 * - `register.minor_restriction_not_by_judge` — only a judge (court) establishes them;
 * - `register.minor_restriction_no_police_submission` — upon a reasoned submission of the internal
 *   affairs body;
 * - `register.minor_restriction_not_registered` — the minor must be on the preventive register;
 * - `register.minor_restriction_adult` — the person is 18 or more on the date;
 * - `register.minor_restriction_unknown` — an id outside the closed list of 82(3);
 * - `register.minor_restriction_empty` — none chosen ("in full or separately": at least one).
 * The judge may later reduce or supplement the list (82(3), last sentence); a supplement is recorded
 * with the same ids: unlike 65(2) the text does not say "within the limits of this paragraph", but
 * the system keeps the list closed and leaves any other prohibition to the judge's ruling text.
 */
export function validateMinorRestrictions(args: {
  restrictions: readonly string[];
  /**
   * What the ruling does: imposes, changes ("may be reduced or supplemented by the judge", 82(3) last
   * paragraph) or lifts them; a lifting leaves none, so an empty list is allowed only for it.
   */
  kind?: MinorRestrictionRulingKind;
  imposedBy: IssuerKind;
  onSubmissionOfInternalAffairs: boolean;
  subjectOnRegister: boolean;
  subjectBirthDate: LegalDate;
  imposedOn: LegalDate;
}): Refusal[] {
  const article = art("001", "82(3)");
  const unknown = unknownIds(REGISTERED_MINOR_RESTRICTIONS, args.restrictions);
  const age = ageOn(args.subjectBirthDate, args.imposedOn);
  return firstRefusals([
    args.imposedBy === "court"
      ? null
      : refuse(
          "register.minor_restriction_not_by_judge",
          article,
          "Only a judge establishes these restrictions (001 Art. 82(3)).",
          {
            field: "imposedBy",
          },
        ),
    args.onSubmissionOfInternalAffairs
      ? null
      : refuse(
          "register.minor_restriction_no_police_submission",
          article,
          "The judge acts upon a reasoned submission of the internal affairs body (001 Art. 82(3)).",
          { field: "onSubmissionOfInternalAffairs" },
        ),
    args.subjectOnRegister
      ? null
      : refuse(
          "register.minor_restriction_not_registered",
          article,
          "These restrictions apply to a minor registered on the preventive register (001 Art. 82(3)).",
          { field: "subjectOnRegister" },
        ),
    age >= REGISTER_MAJORITY_AGE
      ? refuse(
          "register.minor_restriction_adult",
          article,
          `The person is ${age}: Art. 82(3) concerns minors.`,
          {
            field: "subjectBirthDate",
            params: { age },
          },
        )
      : null,
    unknown.length > 0
      ? refuse(
          "register.minor_restriction_unknown",
          article,
          `Not a restriction of 001 Art. 82(3): ${unknown.join(", ")}.`,
          { field: "restrictions", params: { unknown: unknown.join(",") } },
        )
      : null,
    args.restrictions.length === 0 && args.kind !== "lifted"
      ? refuse(
          "register.minor_restriction_empty",
          article,
          "At least one restriction of 001 Art. 82(3) is chosen.",
          {
            field: "restrictions",
          },
        )
      : null,
  ]);
}

/** What a judge's ruling on a registered minor's restrictions does (001 Art. 82(3)). */
export const MINOR_RESTRICTION_RULING_KINDS = ["imposed", "changed", "lifted"] as const;
export type MinorRestrictionRulingKind = (typeof MINOR_RESTRICTION_RULING_KINDS)[number];

/**
 * Days after which an activity of 82(2) with no check recorded is due for one. The text sets no
 * frequency: the system's reading is a monthly check (30 days), as the control of a registered minor.
 */
export const ACTIVITY_CHECK_DAYS = 30;

/** What a check of an activity found: the minor attends, attends irregularly, or stopped (system reading). */
export const REHABILITATION_CHECK_OUTCOMES = ["attends", "irregular", "stopped"] as const;
export type RehabilitationCheckOutcome = (typeof REHABILITATION_CHECK_OUTCOMES)[number];

/** The day an activity's next check is due: {@link ACTIVITY_CHECK_DAYS} after the last check (or the start). */
export function activityCheckDueOn(a: { from: LegalDate; lastCheckOn: LegalDate | null }): LegalDate {
  const base = a.lastCheckOn !== null && a.lastCheckOn > a.from ? a.lastCheckOn : a.from;
  return addCalendarDays(base, ACTIVITY_CHECK_DAYS);
}

/**
 * The state of a rehabilitation activity of 001 Art. 82(2) on `today`: `ended` once it was ended or its
 * planned end is past; `check_due` when its next check ({@link activityCheckDueOn}) is today or past;
 * else `active` (also before it starts).
 */
export function activityState(
  a: { from: LegalDate; until: LegalDate | null; lastCheckOn: LegalDate | null; endedOn?: LegalDate | null },
  today: LegalDate,
): "active" | "check_due" | "ended" {
  if ((a.endedOn != null && a.endedOn <= today) || (a.until !== null && a.until < today)) return "ended";
  if (a.from > today) return "active";
  return activityCheckDueOn(a) <= today ? "check_due" : "active";
}
