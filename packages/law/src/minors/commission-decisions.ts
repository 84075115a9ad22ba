import { art, type Citation } from "../core/citation.ts";
import { firstRefusals, refuse, type Refusal } from "../core/verdict.ts";
import type { LegalDate } from "../calendar/legal-date.ts";
import type { ListedProvision } from "../register/listed.ts";

/**
 * How a commission on minors' affairs decides (001 Art. 79(6)(9), (7)). "The procedure for the
 * establishment and operation of the commissions … shall be determined by the authorized body in the
 * field of child rights protection" (79(7)): that procedure is not among the texts the system holds,
 * so quorum, voting and invitations below are the SYSTEM'S READING, kept as a setting to be replaced
 * by the authorised body's rules.
 */

/**
 * The system's reading of 79(7): a meeting is quorate when MORE THAN `quorumShare` of the voting
 * members (chairperson, deputy, members — not the secretary) holding office on the day are present;
 * a decision takes a majority of the votes of the voting members present, and on a tie the
 * chairperson's vote decides.
 */
export const COMMISSION_RULES = {
  quorumShare: 0.5,
  tieBreak: "chair",
  article: art("001", "79(7)"),
  systemReading: true,
} as const;

/** Quorum of a meeting (system reading of 001 Art. 79(7), {@link COMMISSION_RULES}). */
export function quorumOf(votingMembers: number, present: number): { quorate: boolean; needed: number } {
  const needed = Math.floor(votingMembers * COMMISSION_RULES.quorumShare) + 1;
  return { quorate: votingMembers > 0 && present >= needed, needed };
}

/** A decision a commission records on an item of its meeting (closed list). */
export type CommissionDecision =
  | "protect_rights"
  | "refer_family_support"
  | "recommend_pedagogical_support"
  | "psychological_assistance"
  | "employment_living_arrangements"
  | "warning_to_parents"
  | "administrative_penalty_parents"
  | "inform_guardianship"
  | "petition_special_education"
  | "rehabilitation_activities"
  | "no_measures"
  | "postponed"
  | "request_materials";

/** One decision of the closed list, with its basis. */
export interface CommissionDecisionInfo extends ListedProvision<CommissionDecision> {
  /** Other provisions the decision rests on (the measure's own article). */
  readonly related: readonly Citation[];
  /** A procedural decision of the system's reading (79(7)), not a measure of the law. */
  readonly systemReading: boolean;
  /** Where the case goes once the protocol is signed: decided, or back to be heard again. */
  readonly caseStateAfter: "decided" | "ready" | "gathering";
}

function decision(
  id: CommissionDecision,
  article: Citation,
  label: string,
  related: readonly Citation[] = [],
  caseStateAfter: CommissionDecisionInfo["caseStateAfter"] = "decided",
): CommissionDecisionInfo {
  return { id, article, label, related, systemReading: caseStateAfter !== "decided", caseStateAfter };
}

/**
 * The decisions of a commission on a case (closed list), each with the provision of 001 it rests on:
 * the commission's competence of 79(6) and, where it is the organ of a measure of another article,
 * that article. The commission itself does not send a minor to a special educational organisation:
 * "the decision … shall be made by a court upon application of the body performing guardianship or
 * trusteeship functions, or by an internal affairs body" (80(2); 22(6)); it proposes that application.
 * Nor does it impose an administrative penalty under 001: 53 refers to the Code on Administrative
 * Infractions, whose procedure the commission follows (79(6)(9) "in accordance with the procedure
 * established by the legislation"). `postponed` and `request_materials` are the system's reading of
 * 79(7): the case returns to the next agenda or to gathering.
 */
export const COMMISSION_DECISIONS: readonly CommissionDecisionInfo[] = [
  decision(
    "protect_rights",
    art("001", "79(6)(1)"),
    "Measures to protect and restore the minor's rights and eliminate the causes and conditions of the behaviour",
  ),
  decision(
    "refer_family_support",
    art("001", "79(6)(10)"),
    "Refer the family to the family support centre (a minor in a difficult life situation)",
    [art("001", "54")],
  ),
  decision(
    "recommend_pedagogical_support",
    art("001", "79(6)(1)"),
    "Recommend pedagogical support by the educational organisation",
    [art("001", "78")],
  ),
  decision(
    "psychological_assistance",
    art("001", "79(6)(1)"),
    "Provide psychological assistance to the minor",
    [art("001", "69")],
  ),
  decision(
    "employment_living_arrangements",
    art("001", "79(6)(8)"),
    "Arrange the employment and living of a minor released or returned from a special organisation",
  ),
  decision(
    "warning_to_parents",
    art("001", "79(6)(9)"),
    "Warn the parents (legal representatives) who fail their duties of upbringing, education or maintenance",
  ),
  decision(
    "administrative_penalty_parents",
    art("001", "79(6)(9)"),
    "Administrative penalty on the parents (legal representatives) under the Code on Administrative Infractions",
    [art("001", "53")],
  ),
  decision(
    "inform_guardianship",
    art("001", "79(6)(1)"),
    "Inform the guardianship or trusteeship body to protect the minor",
    [art("001", "22")],
  ),
  decision(
    "petition_special_education",
    art("001", "79(6)(9)"),
    "Propose that the guardianship body or the internal affairs body apply to the court to send the minor to a special educational organisation",
    [art("001", "80(2)")],
  ),
  decision(
    "rehabilitation_activities",
    art("001", "79(6)(10)"),
    "Rehabilitation activities for the minor (mentor, programmes, family counselling)",
    [art("001", "82(2)")],
  ),
  decision("no_measures", art("001", "79(6)(9)"), "Materials considered: no measures needed"),
  decision("postponed", art("001", "79(7)"), "Consideration postponed to the next meeting", [], "ready"),
  decision(
    "request_materials",
    art("001", "79(7)"),
    "Further materials requested before consideration",
    [],
    "gathering",
  ),
];

/** True for a decision of the closed list. */
export function isCommissionDecision(value: string): value is CommissionDecision {
  return COMMISSION_DECISIONS.some((d) => d.id === value);
}

/** The decision's entry of the closed list, or undefined for an unknown id. */
export function commissionDecisionInfo(id: string): CommissionDecisionInfo | undefined {
  return COMMISSION_DECISIONS.find((d) => d.id === id);
}

/** The decisions that do not need the minor and a representative invited (system reading of 79(7)). */
export const DECISIONS_WITHOUT_INVITATION: readonly CommissionDecision[] = ["postponed", "request_materials"];

export type CommissionVote = "for" | "against" | "abstain";

/**
 * Whether votes adopt a decision (system reading of 001 Art. 79(7)): more "for" than half of
 * `presentVoters` (default: the votes cast — a present member who does not vote counts as not "for");
 * on an exact tie the chairperson's vote decides ({@link COMMISSION_RULES}.tieBreak).
 */
export function decisionAdopted(
  votes: readonly { memberId: string; vote: CommissionVote }[],
  chairMemberId: string | null,
  presentVoters: number = votes.length,
): boolean {
  const forCount = votes.filter((v) => v.vote === "for").length;
  if (forCount * 2 > presentVoters) return true;
  if (forCount * 2 < presentVoters || presentVoters === 0) return false;
  return chairMemberId !== null && votes.some((v) => v.memberId === chairMemberId && v.vote === "for");
}

/** A follow-up duty of a decision: who does what by when (sent as a hand-off once the protocol is signed). */
export interface DecisionDutyInput {
  readonly dueOn: LegalDate;
  readonly responsibleBodyId: string | null;
  readonly what: string;
}

/**
 * Checks a decision on a meeting's item before it is recorded. Refusals (each with `field`):
 * - `minors_commission.decision_unknown` — not of the closed list {@link COMMISSION_DECISIONS};
 * - `minors_commission.no_quorum` — the meeting is not quorate (system reading of 79(7));
 * - `minors_commission.minor_not_invited`, `.representative_not_invited` — materials on a minor are
 *   considered (79(6)(9)) with the minor and at least one legal representative invited and the
 *   invitation's delivery recorded (system reading of the procedure of 79(7); not for `postponed`
 *   and `request_materials`);
 * - `minors_commission.not_a_member` — a vote by someone who is not a voting member holding office on
 *   the meeting day (`memberIdsOfCommission`: the active chairperson, deputy and members);
 * - `minors_commission.voter_absent` — a vote by a member not present;
 * - `minors_commission.vote_twice` — two votes of one member;
 * - `minors_commission.not_adopted` — the votes do not adopt it ({@link decisionAdopted});
 * - `minors_commission.duty_incomplete` — a duty without a responsible body or without what to do;
 * - `minors_commission.duty_due_past` — a duty due before the meeting day.
 */
export function checkDecision(input: {
  decision: string;
  quorate: boolean;
  itemConcernsMinor: boolean;
  minorInvitedDelivered: boolean;
  representativeInvitedDelivered: boolean;
  votes: readonly { memberId: string; vote: CommissionVote }[];
  memberIdsOfCommission: readonly string[];
  presentMemberIds: readonly string[];
  duties: readonly DecisionDutyInput[];
  meetingDay: LegalDate;
  /** The active chairperson's member id, whose vote decides a tie. */
  chairMemberId?: string | null;
}): Refusal[] {
  const procedure = COMMISSION_RULES.article;
  const info = commissionDecisionInfo(input.decision);
  const invitationNeeded =
    input.itemConcernsMinor && !(DECISIONS_WITHOUT_INVITATION as readonly string[]).includes(input.decision);
  const members = new Set(input.memberIdsOfCommission);
  const present = new Set(input.presentMemberIds);
  const outsiders = input.votes.filter((v) => !members.has(v.memberId)).map((v) => v.memberId);
  const absent = input.votes
    .filter((v) => members.has(v.memberId) && !present.has(v.memberId))
    .map((v) => v.memberId);
  const ids = input.votes.map((v) => v.memberId);
  const twice = [...new Set(ids.filter((id, i) => ids.indexOf(id) !== i))];
  const presentVoters = input.memberIdsOfCommission.filter((id) => present.has(id)).length;
  const votesValid = outsiders.length === 0 && absent.length === 0 && twice.length === 0;
  const incomplete = input.duties.findIndex((d) => d.responsibleBodyId === null || d.what.trim() === "");
  const past = input.duties.findIndex((d) => d.dueOn < input.meetingDay);
  return firstRefusals([
    info
      ? null
      : refuse(
          "minors_commission.decision_unknown",
          art("001", "79(6)"),
          `Not a decision of the list: ${input.decision}.`,
          {
            field: "decision",
          },
        ),
    input.quorate
      ? null
      : refuse(
          "minors_commission.no_quorum",
          procedure,
          "The meeting has no quorum: more than half of the voting members must be present.",
          {
            field: "attendance",
          },
        ),
    invitationNeeded && !input.minorInvitedDelivered
      ? refuse(
          "minors_commission.minor_not_invited",
          art("001", "79(6)(9)"),
          "The minor was not invited with the delivery of the invitation recorded.",
          { field: "invitations" },
        )
      : null,
    invitationNeeded && !input.representativeInvitedDelivered
      ? refuse(
          "minors_commission.representative_not_invited",
          art("001", "79(6)(9)"),
          "No legal representative of the minor was invited with the delivery of the invitation recorded.",
          { field: "invitations" },
        )
      : null,
    outsiders.length > 0
      ? refuse(
          "minors_commission.not_a_member",
          procedure,
          "Only the commission's voting members holding office vote.",
          {
            field: "votes",
            params: { memberIds: outsiders.join(",") },
          },
        )
      : null,
    absent.length > 0
      ? refuse("minors_commission.voter_absent", procedure, "Only members present at the meeting vote.", {
          field: "votes",
          params: { memberIds: absent.join(",") },
        })
      : null,
    twice.length > 0
      ? refuse("minors_commission.vote_twice", procedure, "A member votes once on an item.", {
          field: "votes",
          params: { memberIds: twice.join(",") },
        })
      : null,
    votesValid && info && !decisionAdopted(input.votes, input.chairMemberId ?? null, presentVoters)
      ? refuse(
          "minors_commission.not_adopted",
          procedure,
          "The decision takes a majority of the votes of the members present (on a tie, the chairperson's vote decides).",
          {
            field: "votes",
            params: { for: input.votes.filter((v) => v.vote === "for").length, present: presentVoters },
          },
        )
      : null,
    incomplete >= 0
      ? refuse(
          "minors_commission.duty_incomplete",
          art("001", "79(6)(1)"),
          "A duty names the responsible body and what it does.",
          {
            field: `duties.${incomplete}`,
          },
        )
      : null,
    past >= 0
      ? refuse(
          "minors_commission.duty_due_past",
          art("001", "79(6)(1)"),
          "A duty is not due before the meeting day.",
          {
            field: `duties.${past}.dueOn`,
            params: { meetingDay: input.meetingDay },
          },
        )
      : null,
  ]);
}
