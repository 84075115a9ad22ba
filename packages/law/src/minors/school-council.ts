import { art } from "../core/citation.ts";
import { firstRefusals, refuse, type Refusal } from "../core/verdict.ts";
import { unknownIds } from "../register/listed.ts";
import { PEDAGOGICAL_SUPPORT_CRITERION_INFO } from "./pedagogical-support.ts";

/**
 * The meeting of a school's prevention council on a pupil (001 Arts. 23(14), 78(3),(4)): "The issue of
 * assigning pedagogical support to minors requiring special attention shall be considered at a meeting
 * of prevention council of the educational organization with the participation of the minor and his/her
 * legal representatives" (78(3)); "In the event of refusal by the legal representatives of pedagogical
 * support for the minor, the educational organization shall transfer the information to the commission
 * on minors' affairs" (78(4)).
 */

/** What the council's meeting came to: support assigned, refused by the representatives, or not needed. */
export const COUNCIL_MEETING_OUTCOMES = [
  "support_assigned",
  "representatives_refused",
  "not_needed",
] as const;
export type CouncilMeetingOutcome = (typeof COUNCIL_MEETING_OUTCOMES)[number];

/** True for an outcome of a council's meeting. */
export function isCouncilMeetingOutcome(value: string): value is CouncilMeetingOutcome {
  return (COUNCIL_MEETING_OUTCOMES as readonly string[]).includes(value);
}

/**
 * Checks a council's meeting before it is recorded. Refusals:
 * - `school_council.minor_absent` — assigning support is considered "with the participation of the
 *   minor" (78(3));
 * - `school_council.representatives_absent` — "and his/her legal representatives" (78(3)): at least
 *   one present; a refusal (78(4)) is theirs, so it too is recorded only with one present;
 * - `school_council.criteria_required` — support is for the minors of 78(2): at least one criterion;
 * - `school_council.criterion_unknown` — an id outside the closed list of 78(2).
 * The participation rules bind the outcomes that assign support or record its refusal; a council that
 * finds support not needed assigns nothing to the family, so it may meet without them (the system's
 * reading: 78(3) names the participation for "the issue of assigning").
 */
export function checkCouncilMeeting(input: {
  minorPresent: boolean;
  representativesPresent: number;
  criteria: readonly string[];
  outcome: CouncilMeetingOutcome;
}): Refusal[] {
  const unknown = unknownIds(PEDAGOGICAL_SUPPORT_CRITERION_INFO, input.criteria);
  const participation = input.outcome !== "not_needed";
  return firstRefusals([
    input.minorPresent || !participation
      ? null
      : refuse(
          "school_council.minor_absent",
          art("001", "78(3)"),
          "Pedagogical support is considered with the participation of the minor.",
          { field: "minorPresent" },
        ),
    input.representativesPresent > 0 || !participation
      ? null
      : refuse(
          "school_council.representatives_absent",
          art("001", "78(3)"),
          "Pedagogical support is considered with the participation of the minor's legal representatives.",
          { field: "representatives" },
        ),
    input.criteria.length > 0
      ? null
      : refuse(
          "school_council.criteria_required",
          art("001", "78(2)"),
          "At least one criterion of 001 Art. 78(2) that applies to the minor is chosen.",
          { field: "criteria" },
        ),
    unknown.length > 0
      ? refuse(
          "school_council.criterion_unknown",
          art("001", "78(2)"),
          `Not a criterion of 001 Art. 78(2): ${unknown.join(", ")}.`,
          {
            field: "criteria",
            params: { unknown: unknown.join(",") },
          },
        )
      : null,
  ]);
}

/** Whether an outcome sends the information to the commission on minors' affairs (001 Art. 78(4)). */
export function outcomeRefersToCommission(outcome: CouncilMeetingOutcome): boolean {
  return outcome === "representatives_refused";
}
