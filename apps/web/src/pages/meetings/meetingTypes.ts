// The shapes of the commission meetings' API (001 Art. 79(6), procedure of 79(7) as the system reads
// it) are the contract's (packages/contract/src/commission-meetings.ts); type-only imports.
export type {
  CommissionMeeting as MeetingDetail,
  MeetingDecisionInput,
  MeetingInvitation,
  MeetingInvitationCreate,
  MeetingItem,
  MeetingListItem,
  MeetingMember,
  MeetingPage,
  MeetingSummary,
} from "@aldyn/contract";

/** The body the decision form sends (MeetingDecisionInput, every list given). */
export interface DecisionCreate {
  decision: string;
  text: string;
  votes: { memberId: string; vote: "for" | "against" | "abstain" }[];
  heard: { personId?: string; who?: string; summary: string }[];
  attendedInvitationIds: string[];
  duties: { responsibleBodyId: string; what: string; dueOn: string }[];
}

/** The answer to a new meeting: its id and how many items the ready cases filled its agenda with. */
export interface MeetingCreated {
  id: string;
  items: number;
}
