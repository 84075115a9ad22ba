import { art, type Citation } from "../core/citation.ts";
import type { IssuerKind } from "../measures/kinds.ts";
import { REGISTER_GROUNDS, type RegisterGround } from "./grounds.ts";

/**
 * Who a register ground may concern (001 Art. 59(2)-(3)):
 * `any` — any person; `minor` — only a minor (59(2)(8)-(15) speak of "minors");
 * `parent` — only a parent or legal representative of a minor (59(2)(7)).
 */
export type RegisterGroundSubject = "any" | "minor" | "parent";

/** What the law says about one ground of placement on the preventive register (001 Art. 59(2)-(3)). */
export interface RegisterGroundInfo {
  readonly ground: RegisterGround;
  readonly article: Citation;
  /** Plain-English label, in the words of the (translated) text. */
  readonly label: string;
  readonly subject: RegisterGroundSubject;
  /**
   * The only bodies that may place a person on this ground, or null where the law says only
   * "authorized state bodies" (59(2)) and leaves the choice to the body's own competence.
   */
  readonly placedOnlyBy: readonly IssuerKind[] | null;
}

function g(
  ground: RegisterGround,
  ref: string,
  label: string,
  subject: RegisterGroundSubject = "any",
  placedOnlyBy: readonly IssuerKind[] | null = null,
): RegisterGroundInfo {
  return { ground, article: art("001", ref), label, subject, placedOnlyBy };
}

/**
 * Every ground of placement with its article, label and subject (001 Art. 59(2)(1)-(15), 59(3)).
 * Subparagraphs 8-15 speak of minors. Subparagraph 9 says only "graduates of special educational
 * organizations …" without the word "minor"; those organisations take minors aged 11-18 (Arts. 80(1),
 * 81(2)) and the subparagraph stands in the minors' block, so it is treated as minors-only (a choice,
 * see docs/register.md).
 */
export const REGISTER_GROUND_INFO: Readonly<Record<RegisterGround, RegisterGroundInfo>> = {
  "59.2.1_protective_order": g(
    "59.2.1_protective_order",
    "59(2)(1)",
    "A person against whom a protective order has been issued",
  ),
  "59.2.2_special_conduct_requirements": g(
    "59.2.2_special_conduct_requirements",
    "59(2)(2)",
    "A person for whom special requirements for conduct have been established",
  ),
  "59.2.3_parole": g("59.2.3_parole", "59(2)(3)", "A person paroled from serving a sentence of imprisonment"),
  "59.2.4_administrative_supervision": g(
    "59.2.4_administrative_supervision",
    "59(2)(4)",
    "A person for whom administrative supervision has been established",
  ),
  "59.2.5_official_warning": g(
    "59.2.5_official_warning",
    "59(2)(5)",
    "A person against whom an official warning has been issued",
  ),
  "59.2.6_non_custodial_punishment": g(
    "59.2.6_non_custodial_punishment",
    "59(2)(6)",
    "A person to whom a punishment not related to isolation from society or another measure of criminal-law influence has been applied",
  ),
  "59.2.7_parent_failing_duties": g(
    "59.2.7_parent_failing_duties",
    "59(2)(7)",
    "A parent or legal representative of a minor who fails to fulfil the duties of raising, educating or supporting the minor, or negatively influences the minor's behaviour",
    "parent",
  ),
  "59.2.8_neglected_or_homeless_minor": g(
    "59.2.8_neglected_or_homeless_minor",
    "59(2)(8)",
    "A neglected or homeless minor",
    "minor",
  ),
  "59.2.9_special_institution_graduate": g(
    "59.2.9_special_institution_graduate",
    "59(2)(9)",
    "A graduate of a special educational organisation or of an educational organisation with a special detention regime",
    "minor",
  ),
  "59.2.10_minor_substance_abuse": g(
    "59.2.10_minor_substance_abuse",
    "59(2)(10)",
    "A minor abusing alcohol, narcotic drugs, psychotropic or other potent substances",
    "minor",
  ),
  "59.2.11_educational_influence": g(
    "59.2.11_educational_influence",
    "59(2)(11)",
    "A minor to whom measures of educational influence have been applied",
    "minor",
  ),
  "59.2.12_minor_released_from_penitentiary": g(
    "59.2.12_minor_released_from_penitentiary",
    "59(2)(12)",
    "A minor released from an institution of the penal execution (penitentiary) system",
    "minor",
  ),
  "59.2.13_minor_released_from_liability": g(
    "59.2.13_minor_released_from_liability",
    "59(2)(13)",
    "A minor released from criminal liability or punishment on the grounds of Art. 35(1)(3),(4),(9),(10),(12) or Art. 36 of the Criminal Procedure Code, including by amnesty or pardon",
    "minor",
  ),
  "59.2.14_minor_below_age_of_responsibility": g(
    "59.2.14_minor_below_age_of_responsibility",
    "59(2)(14)",
    "A minor who committed an act with the elements of a criminal infraction but is not criminally liable for not having reached the age of criminal responsibility or for mental retardation not associated with a mental disorder",
    "minor",
  ),
  "59.2.15_minor_suspect_non_custodial": g(
    "59.2.15_minor_suspect_non_custodial",
    "59(2)(15)",
    "A minor accused or suspected of a criminal infraction for whom a preventive measure not related to detention on remand has been chosen",
    "minor",
  ),
  "59.3_economic_infraction": g(
    "59.3_economic_infraction",
    "59(3)",
    "A person who has committed an economic infraction",
    "any",
    ["economic_investigation_service"],
  ),
};

/** The grounds that concern only minors: 001 Art. 59(2)(8)-(15). */
export const MINORS_ONLY_REGISTER_GROUNDS: readonly RegisterGround[] = REGISTER_GROUNDS.filter(
  (ground) => REGISTER_GROUND_INFO[ground].subject === "minor",
);

/** The grounds that concern only parents and legal representatives of minors: 001 Art. 59(2)(7). */
export const PARENTS_ONLY_REGISTER_GROUNDS: readonly RegisterGround[] = REGISTER_GROUNDS.filter(
  (ground) => REGISTER_GROUND_INFO[ground].subject === "parent",
);

/** True when the ground concerns only minors (001 Art. 59(2)(8)-(15)). */
export function isMinorsOnlyGround(ground: RegisterGround): boolean {
  return REGISTER_GROUND_INFO[ground].subject === "minor";
}

/** True for a known register ground identifier (001 Art. 59(2)-(3)). */
export function isRegisterGround(value: string): value is RegisterGround {
  return (REGISTER_GROUNDS as readonly string[]).includes(value);
}
