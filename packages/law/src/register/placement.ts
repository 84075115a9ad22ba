import { art } from "../core/citation.ts";
import { firstRefusals, refuse, type Refusal } from "../core/verdict.ts";
import { ageOn, type LegalDate } from "../calendar/legal-date.ts";
import type { IssuerKind } from "../measures/kinds.ts";
import { DEFAULT_LAW_CONFIG, type LawConfig } from "../versions/law-version.ts";
import type { RegisterGround } from "./grounds.ts";
import { REGISTER_GROUND_INFO } from "./ground-info.ts";

/** Age of majority: the register's minors' grounds end at eighteen (001 Art. 59(8)(4)). */
export const REGISTER_MAJORITY_AGE = 18;

/** A proposed placement on the preventive register (001 Art. 59(2)-(4)). */
export interface RegisterPlacement {
  readonly ground: RegisterGround;
  readonly subjectBirthDate: LegalDate;
  readonly placedOn: LegalDate;
  readonly placedBy: IssuerKind;
  /** The person (or the legal representative) was explained rights, duties and liability (001 Art. 59(4)). */
  readonly rightsExplained: boolean;
  /** For 59(2)(7): the subject is a parent or legal representative of a minor. */
  readonly subjectIsParentOrLegalRepresentative?: boolean;
}

/**
 * Validates a placement on the preventive register (001 Art. 59(2)-(4)). Returns every refusal at
 * once (empty array: allowed):
 * - `register.placed_before_birth` — a placement date before the subject's birth;
 * - `register.law_not_in_force` — the placement predates 001 (001 Art. 85(1)); earlier records are
 *   governed by the law then in force and are imported, not placed;
 * - `register.ground_minors_only` — a minors-only ground (59(2)(8)-(15)) for a person of 18 or more;
 * - `register.ground_parents_only` — 59(2)(7) for someone not a parent or legal representative;
 * - `register.placed_by_not_competent` — 59(3) by anyone but the economic investigation service;
 * - `register.rights_not_explained` — rights, duties and liability not explained (59(4)).
 */
export function validatePlacement(p: RegisterPlacement, config: LawConfig = DEFAULT_LAW_CONFIG): Refusal[] {
  const info = REGISTER_GROUND_INFO[p.ground];
  const age = ageOn(p.subjectBirthDate, p.placedOn);
  return firstRefusals([
    p.placedOn < p.subjectBirthDate
      ? refuse(
          "register.placed_before_birth",
          info.article,
          "A person cannot be placed on the register before birth.",
          {
            field: "placedOn",
          },
        )
      : null,
    p.placedOn < config.commencement001
      ? refuse(
          "register.law_not_in_force",
          art("001", "85(1)"),
          `Placement on ${p.placedOn} predates the entry into force of 001 on ${config.commencement001} (001 Art. 85(1)).`,
          { field: "placedOn", params: { commencement: config.commencement001 } },
        )
      : null,
    info.subject === "minor" && age >= REGISTER_MAJORITY_AGE
      ? refuse(
          "register.ground_minors_only",
          info.article,
          `This ground (${info.article}) concerns only minors; the person is ${age} on the placement date.`,
          { field: "ground", params: { age } },
        )
      : null,
    info.subject === "parent" && p.subjectIsParentOrLegalRepresentative !== true
      ? refuse(
          "register.ground_parents_only",
          info.article,
          `This ground (${info.article}) concerns only parents and legal representatives of minors.`,
          { field: "ground" },
        )
      : null,
    info.placedOnlyBy !== null && !info.placedOnlyBy.includes(p.placedBy)
      ? refuse(
          "register.placed_by_not_competent",
          info.article,
          `Only the economic investigation service places persons on the register for economic infractions (${info.article}).`,
          { field: "placedBy" },
        )
      : null,
    p.rightsExplained
      ? null
      : refuse(
          "register.rights_not_explained",
          art("001", "59(4)"),
          "At placement the person (or legal representative) must be explained rights, duties and liability (001 Art. 59(4)).",
          { field: "rightsExplained" },
        ),
  ]);
}
