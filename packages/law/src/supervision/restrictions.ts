import { art } from "../core/citation.ts";
import { firstRefusals, refuse, type Refusal } from "../core/verdict.ts";
import type { IssuerKind } from "../measures/kinds.ts";
import { listed, unknownIds, type ListedProvision } from "../register/listed.ts";

/** A restriction (prohibition) of administrative supervision (001 Art. 65(2)(1)-(5)); the number is the subparagraph. */
export type SupervisionRestriction =
  | "65.2.1_leaving_dwelling_at_set_times"
  | "65.2.2_being_in_set_places"
  | "65.2.3_travel_outside_district"
  | "65.2.4_contact_with_minors"
  | "65.2.5_alcohol_or_drugs";

/**
 * The closed list of restrictions of administrative supervision with article and label, applied "in
 * full or separately" (001 Art. 65(2)); a judge may reduce or supplement the list "but within the
 * limits of the restrictions provided for by this paragraph" — so nothing outside these five. The ids
 * are the same strings as the measures module's list of the measure's details.
 */
export const SUPERVISION_RESTRICTIONS: readonly ListedProvision<SupervisionRestriction>[] = [
  listed(
    "65.2.1_leaving_dwelling_at_set_times",
    art("001", "65(2)(1)"),
    "Leaving the dwelling at times specified by the internal affairs bodies",
  ),
  listed(
    "65.2.2_being_in_set_places",
    art("001", "65(2)(2)"),
    "Being in places specified by the internal affairs bodies in the district (city)",
  ),
  listed(
    "65.2.3_travel_outside_district",
    art("001", "65(2)(3)"),
    "Travelling outside the district (city) without the permission of the supervising internal affairs bodies",
  ),
  listed(
    "65.2.4_contact_with_minors",
    art("001", "65(2)(4)"),
    "Searching for, visiting, phoning or otherwise communicating with minors without the consent of their parents or legal representatives",
  ),
  listed(
    "65.2.5_alcohol_or_drugs",
    art("001", "65(2)(5)"),
    "Consuming alcoholic beverages, narcotic drugs, psychotropic substances or their analogues",
  ),
];

/** Who submits the establishment of supervision to the court (001 Art. 65(1)(1)-(2)). */
export type SupervisionSubmitter = "penitentiary_institution_head" | "internal_affairs_head";

/**
 * Validates the establishment (or a modification of the restrictions) of administrative supervision
 * (001 Arts. 64(1)-(2), 65(1)-(2)). Refusals:
 * - `supervision.not_by_judge` — established only by a judge's ruling in a court hearing (64(1), 65(1));
 * - `supervision.submitter_not_competent` — on a submission of the head of the penitentiary institution
 *   or of the head of the internal affairs body (65(1)(1)-(2));
 * - `supervision.not_sentenced_to_imprisonment` — only persons sentenced to imprisonment (64(2));
 * - `supervision.restriction_unknown` — a restriction outside the list of 65(2);
 * - `supervision.restrictions_empty` — none chosen: supervision is observation over persons "in respect
 *   of whom restrictions … have been established" (64(1)), applied "in full or separately" (65(2)), so
 *   at least one.
 */
export function validateSupervisionEstablishment(args: {
  establishedBy: IssuerKind;
  submittedBy: string;
  sentencedToImprisonment: boolean;
  restrictions: readonly string[];
}): Refusal[] {
  const unknown = unknownIds(SUPERVISION_RESTRICTIONS, args.restrictions);
  const submitters: readonly string[] = ["penitentiary_institution_head", "internal_affairs_head"];
  return firstRefusals([
    args.establishedBy === "court"
      ? null
      : refuse(
          "supervision.not_by_judge",
          art("001", "64(1)"),
          "Administrative supervision is established by a judge's ruling in a court hearing (001 Arts. 64(1), 65(1)).",
          { field: "establishedBy" },
        ),
    submitters.includes(args.submittedBy)
      ? null
      : refuse(
          "supervision.submitter_not_competent",
          art("001", "65(1)"),
          "The court acts on a submission of the head of the penitentiary institution or of the head of the internal affairs body (001 Art. 65(1)).",
          { field: "submittedBy" },
        ),
    args.sentencedToImprisonment
      ? null
      : refuse(
          "supervision.not_sentenced_to_imprisonment",
          art("001", "64(2)"),
          "Administrative supervision concerns persons sentenced to imprisonment (001 Art. 64(2)).",
          { field: "sentencedToImprisonment" },
        ),
    unknown.length > 0
      ? refuse(
          "supervision.restriction_unknown",
          art("001", "65(2)"),
          `Not a restriction of 001 Art. 65(2) (the judge stays within its limits): ${unknown.join(", ")}.`,
          { field: "restrictions", params: { unknown: unknown.join(",") } },
        )
      : null,
    args.restrictions.length === 0
      ? refuse(
          "supervision.restrictions_empty",
          art("001", "65(2)"),
          "At least one restriction of 001 Art. 65(2) is established (001 Arts. 64(1), 65(2)).",
          { field: "restrictions" },
        )
      : null,
  ]);
}
