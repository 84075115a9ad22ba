/**
 * Who may become a public assistant: the application of 001 Art. 45(2), the checks of 45(3) and the
 * five exclusions of 45(5); every failed ground is returned at once with its article, because the
 * refusal must state its reasons in writing (45(3)) and the applicant may reapply once they are
 * eliminated (45(6)).
 */
import { addCalendarDays, addYears, ageOn, dateOfAge, type LegalDate } from "../calendar/legal-date.ts";
import { art } from "../core/citation.ts";
import { firstRefusals, refuse, type Refusal } from "../core/verdict.ts";

/** The age of majority (Civil Code: full legal capacity at eighteen) — 001 Art. 45(5)(1). */
export const AGE_OF_MAJORITY = 18;

/** Legal capacity as a court may have limited it (001 Art. 45(5)(5)). */
export type LegalCapacity = "full" | "partially_incapacitated" | "incapacitated";

/** An administrative penalty imposed on the applicant (001 Art. 45(5)(4)). */
export interface AdministrativePenaltyRecord {
  readonly imposedOn: LegalDate;
  /** Imposed by a court (not by an out-of-court body). */
  readonly byCourt: boolean;
  /** For an intentional infraction. */
  readonly intentional: boolean;
}

/**
 * An application to take part in prevention (001 Art. 45(2)) with the results of the law
 * enforcement body's checks against the records (45(3)).
 */
export interface PublicAssistantApplicant {
  /** The day the application reached the law enforcement body (45(2)-(3)). */
  readonly appliedOn: LegalDate;
  readonly birthDate: LegalDate;
  /** Only a citizen of the Republic of Kazakhstan may apply (001 Arts. 1(13), 45(2)). */
  readonly citizenOfKazakhstan: boolean;
  /** A copy of the citizen's identity document is attached (45(2)). */
  readonly identityDocumentCopyAttached: boolean;
  readonly underPreTrialInvestigation: boolean;
  readonly onPreventiveRegister: boolean;
  readonly administrativePenalties: readonly AdministrativePenaltyRecord[];
  readonly onNarcologicalRecord: boolean;
  readonly onPsychoneurologicalRecord: boolean;
  readonly legalCapacity: LegalCapacity;
}

/** The result of screening an application (001 Art. 45(3), (5)). */
export interface PublicAssistantScreening {
  /** True when no ground of refusal applies: the body files the petition with the akimat (45(3)). */
  readonly eligible: boolean;
  /** Every ground of refusal, each with its article; `params.reapplyFrom` where the date is known (45(6)). */
  readonly refusals: readonly Refusal[];
}

/**
 * The intentional court penalties that fall "within one year prior to the submission of the
 * application" (001 Art. 45(5)(4)). The year is counted back from the application day; a penalty
 * imposed on the same calendar date one year earlier is still within it (the year runs to the end of
 * its anniversary), the next day it is not — see docs/public-assistants.md.
 */
export function penaltiesWithinYear(a: PublicAssistantApplicant): AdministrativePenaltyRecord[] {
  const windowFrom = addYears(a.appliedOn, -1);
  return a.administrativePenalties.filter(
    (p) => p.byCourt && p.intentional && p.imposedOn >= windowFrom && p.imposedOn <= a.appliedOn,
  );
}

function underAge(a: PublicAssistantApplicant): Refusal | null {
  const age = ageOn(a.birthDate, a.appliedOn);
  if (age >= AGE_OF_MAJORITY) return null;
  return refuse(
    "public_assistant.under_age_of_majority",
    art("001", "45(5)(1)"),
    `A citizen who has not reached the age of majority (${AGE_OF_MAJORITY}) may not take part in prevention (001 Art. 45(5)(1)).`,
    { field: "birthDate", params: { age, reapplyFrom: dateOfAge(a.birthDate, AGE_OF_MAJORITY) } },
  );
}

function recentPenalty(a: PublicAssistantApplicant): Refusal | null {
  const latest = penaltiesWithinYear(a)
    .map((p) => p.imposedOn)
    .sort()
    .at(-1);
  if (latest === undefined) return null;
  return refuse(
    "public_assistant.court_administrative_penalty_within_year",
    art("001", "45(5)(4)"),
    `A court imposed an administrative penalty for an intentional infraction on ${latest}, within one year before the application (001 Art. 45(5)(4)).`,
    {
      field: "administrativePenalties",
      params: { imposedOn: latest, reapplyFrom: addCalendarDays(addYears(latest, 1), 1) },
    },
  );
}

/**
 * Screens an application (001 Art. 45(2), (3), (5)): the admissibility of the application — a citizen
 * of Kazakhstan, with a copy of the identity document — and the five exclusions: (1) not of age,
 * (2) under pre-trial investigation, (3) on a preventive register, (4) a court's administrative
 * penalty for an intentional infraction within one year before the application, (5) on narcological
 * or psychoneurological records, or declared incapacitated or partially incapacitated by a court.
 * Returns every failed ground, not only the first.
 */
export function screenPublicAssistantApplicant(a: PublicAssistantApplicant): PublicAssistantScreening {
  const refusals = firstRefusals([
    a.citizenOfKazakhstan
      ? null
      : refuse(
          "public_assistant.not_a_citizen",
          art("001", "45(2)"),
          "Only a citizen of the Republic of Kazakhstan may apply to take part in prevention (001 Arts. 1(13), 45(2)).",
          { field: "citizenOfKazakhstan" },
        ),
    a.identityDocumentCopyAttached
      ? null
      : refuse(
          "public_assistant.identity_document_missing",
          art("001", "45(2)"),
          "The application must attach a copy of the citizen's identity document (001 Art. 45(2)).",
          { field: "identityDocumentCopyAttached" },
        ),
    underAge(a),
    a.underPreTrialInvestigation
      ? refuse(
          "public_assistant.under_pre_trial_investigation",
          art("001", "45(5)(2)"),
          "A citizen against whom a pre-trial investigation is being conducted may not take part in prevention (001 Art. 45(5)(2)).",
          { field: "underPreTrialInvestigation" },
        )
      : null,
    a.onPreventiveRegister
      ? refuse(
          "public_assistant.on_preventive_register",
          art("001", "45(5)(3)"),
          "A citizen on a preventive register may not take part in prevention (001 Art. 45(5)(3)).",
          { field: "onPreventiveRegister" },
        )
      : null,
    recentPenalty(a),
    a.onNarcologicalRecord || a.onPsychoneurologicalRecord
      ? refuse(
          "public_assistant.narcological_or_psychoneurological_record",
          art("001", "45(5)(5)"),
          "A citizen on the records of a narcological or psychoneurological dispensary may not take part in prevention (001 Art. 45(5)(5)).",
          {
            field: a.onNarcologicalRecord ? "onNarcologicalRecord" : "onPsychoneurologicalRecord",
            params: {
              narcological: a.onNarcologicalRecord,
              psychoneurological: a.onPsychoneurologicalRecord,
            },
          },
        )
      : null,
    a.legalCapacity === "full"
      ? null
      : refuse(
          "public_assistant.legally_incapacitated",
          art("001", "45(5)(5)"),
          "A citizen declared by a court legally incapacitated or partially incapacitated may not take part in prevention (001 Art. 45(5)(5)).",
          { field: "legalCapacity", params: { legalCapacity: a.legalCapacity } },
        ),
  ]);
  return { eligible: refusals.length === 0, refusals };
}
