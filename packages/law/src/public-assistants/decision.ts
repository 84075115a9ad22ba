/**
 * The akimat's decision on the petition to register a public assistant (001 Art. 45(4)) and removal
 * from the register on the grounds of 45(7)-(8).
 */
import { legalDateOf, type LegalDate } from "../calendar/legal-date.ts";
import { addWorkingDays, workingDaysDeadline, type WorkCalendar } from "../calendar/working-days.ts";
import { art, type Citation } from "../core/citation.ts";
import { allow, refuse, type Verdict } from "../core/verdict.ts";

/** "Within seven working days" — the akimat's term to consider the petition (001 Art. 45(4)). */
export const PETITION_DECISION_WORKING_DAYS = 7;

/** The akimat's deadline on a petition (001 Art. 45(4)). */
export interface PetitionDeadline {
  readonly article: Citation;
  /** The last day of the term: the 7th working day after the day the petition was received. */
  readonly dueDate: LegalDate;
  /** 23:59:59.999 Almaty time of `dueDate`. */
  readonly dueBy: Date;
}

/**
 * The day by which the local executive body must consider the law enforcement body's petition,
 * register the citizen as a public assistant and inform the body in writing: seven working days
 * after it received the petition (001 Art. 45(4)); the day of receipt is not counted. The law
 * enforcement body's own check (45(3)) has no term in the text, so none is scheduled.
 */
export function petitionDecisionDeadline(petitionReceivedAt: Date, cal: WorkCalendar): PetitionDeadline {
  return {
    article: art("001", "45(4)"),
    dueDate: addWorkingDays(legalDateOf(petitionReceivedAt), PETITION_DECISION_WORKING_DAYS, cal),
    dueBy: workingDaysDeadline(petitionReceivedAt, PETITION_DECISION_WORKING_DAYS, cal),
  };
}

/** Where a petition stands at an instant (001 Art. 45(4)). */
export interface PetitionStatus extends PetitionDeadline {
  readonly state: "pending" | "overdue" | "decided_in_time" | "decided_late";
}

/**
 * The state of a petition at an instant `at` (001 Art. 45(4)): pending until decided, overdue once
 * `dueBy` has passed without a decision, and when decided, whether in time. A decision recorded after
 * `at` is not yet known.
 */
export function petitionStatus(
  petitionReceivedAt: Date,
  decidedAt: Date | null,
  at: Date,
  cal: WorkCalendar,
): PetitionStatus {
  const d = petitionDecisionDeadline(petitionReceivedAt, cal);
  const decided = decidedAt !== null && decidedAt <= at ? decidedAt : null;
  if (decided !== null) return { ...d, state: decided <= d.dueBy ? "decided_in_time" : "decided_late" };
  return { ...d, state: at > d.dueBy ? "overdue" : "pending" };
}

/** The grounds for ending a public assistant's participation, each with its provision (001 Art. 45(7)). */
export const PUBLIC_ASSISTANT_TERMINATION_GROUNDS = {
  /** A statement of unwillingness to continue (45(7)(1)). */
  unwillingness_statement: art("001", "45(7)(1)"),
  /** Being subjected to criminal liability (45(7)(2)). */
  criminal_liability: art("001", "45(7)(2)"),
  /** A court's administrative penalty for an intentional infraction (45(7)(3)). */
  court_administrative_penalty: art("001", "45(7)(3)"),
  /** Relocation for permanent residence outside Kazakhstan (45(7)(4)). */
  permanent_residence_abroad: art("001", "45(7)(4)"),
  /** A mental or behavioural disorder, incl. from psychoactive substances, or an illness dangerous to others on the health authority's list (45(7)(5)). */
  precluding_illness: art("001", "45(7)(5)"),
  /** Death (45(7)(5)). */
  death: art("001", "45(7)(5)"),
} as const;

/** A ground of 001 Art. 45(7). */
export type PublicAssistantTerminationGround = keyof typeof PUBLIC_ASSISTANT_TERMINATION_GROUNDS;

/** True for an identifier of a ground of 001 Art. 45(7). */
export function isPublicAssistantTerminationGround(value: string): value is PublicAssistantTerminationGround {
  return Object.hasOwn(PUBLIC_ASSISTANT_TERMINATION_GROUNDS, value);
}

/** A proposed removal from the register of public assistants (001 Art. 45(8)). */
export interface PublicAssistantRemoval {
  readonly ground: string;
  /** The relevant law enforcement body recommended the removal (45(8)). */
  readonly recommendedByLawEnforcement: boolean;
  /** Who decides: the local executive body of the district or city (45(8)). */
  readonly decidedBy: "local_executive_body" | "law_enforcement_body" | "other";
}

/**
 * Checks a removal from the register of public assistants (001 Art. 45(7)-(8)): the ground must be
 * one of 45(7); the local executive body removes, upon the recommendation of the law enforcement body.
 * Codes: `public_assistant.unknown_termination_ground`, `public_assistant.removal_not_by_akimat`,
 * `public_assistant.removal_without_recommendation`.
 */
export function checkPublicAssistantRemoval(
  r: PublicAssistantRemoval,
): Verdict<{ ground: PublicAssistantTerminationGround; article: Citation }> {
  if (!isPublicAssistantTerminationGround(r.ground))
    return refuse(
      "public_assistant.unknown_termination_ground",
      art("001", "45(7)"),
      `"${r.ground}" is not a ground for ending participation listed in 001 Art. 45(7).`,
      { field: "ground" },
    );
  if (r.decidedBy !== "local_executive_body")
    return refuse(
      "public_assistant.removal_not_by_akimat",
      art("001", "45(8)"),
      "Only the local executive body of the district (city) removes a citizen from the register of public assistants (001 Art. 45(8)).",
      { field: "decidedBy" },
    );
  if (!r.recommendedByLawEnforcement)
    return refuse(
      "public_assistant.removal_without_recommendation",
      art("001", "45(8)"),
      "Removal from the register of public assistants is made upon the recommendation of the law enforcement body (001 Art. 45(8)).",
      { field: "recommendedByLawEnforcement" },
    );
  return allow({ ground: r.ground, article: PUBLIC_ASSISTANT_TERMINATION_GROUNDS[r.ground] });
}
