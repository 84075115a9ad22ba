import type { ColumnType, Generated } from "kysely";

/** Kysely types of db/migrations/0040_commission_meetings.sql (meetings of the commissions on minors' affairs). */
type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
/** A `date` column: read as "YYYY-MM-DD" (the pool's type parser), written as such. */
type DateCol = string;

export type MeetingState = "planned" | "held" | "cancelled";
export type MeetingItemKind = "case" | "report_heard" | "other";
export type MeetingVoteValue = "for" | "against" | "abstain";
export type InvitationRole = "minor" | "legal_representative" | "other";
export type InvitationChannel = "hand" | "post" | "sms" | "phone" | "email";

export interface CommissionMeetingTable {
  id: Generated<string>;
  commission_body_id: string;
  year: number;
  number: number;
  scheduled_at: Timestamp;
  place: string;
  state: Generated<MeetingState>;
  opened_at: Timestamp | null;
  closed_at: Timestamp | null;
  chair_signed_at: Timestamp | null;
  chair_signed_by: string | null;
  secretary_signed_at: Timestamp | null;
  secretary_signed_by: string | null;
  created_by: string;
  created_at: Generated<Date>;
  version: Generated<number>;
}

export interface MeetingAttendanceTable {
  meeting_id: string;
  member_id: string;
  present: boolean;
  absence_reason: string | null;
}

export interface MeetingItemTable {
  id: Generated<string>;
  meeting_id: string;
  seq: number;
  kind: MeetingItemKind;
  case_id: string | null;
  title: string;
  reporting_body_id: string | null;
  decision: string | null;
  decision_text: string | null;
  article: string | null;
  decided_at: Timestamp | null;
  decided_by: string | null;
  created_at: Generated<Date>;
}

export interface MeetingVoteTable {
  item_id: string;
  member_id: string;
  vote: MeetingVoteValue;
  recorded_by: string;
  recorded_at: Generated<Date>;
}

export interface MeetingDissentTable {
  item_id: string;
  member_id: string;
  text: string;
  recorded_by: string;
  recorded_at: Generated<Date>;
}

export interface MeetingInvitationTable {
  id: Generated<string>;
  meeting_id: string;
  item_id: string;
  person_id: string;
  role: InvitationRole;
  channel: InvitationChannel;
  sent_on: DateCol;
  delivered_on: DateCol | null;
  attended: boolean | null;
  heard: Generated<boolean>;
  created_by: string;
  created_at: Generated<Date>;
}

export interface MeetingHeardTable {
  id: Generated<string>;
  item_id: string;
  seq: number;
  person_id: string | null;
  who: string;
  body_id: string | null;
  summary: string;
}

export interface DecisionDutyTable {
  id: Generated<string>;
  item_id: string;
  seq: number;
  responsible_body_id: string;
  what: string;
  due_on: DateCol;
  handoff_id: string | null;
}

export interface CommissionMeetingsTables {
  commission_meeting: CommissionMeetingTable;
  meeting_attendance: MeetingAttendanceTable;
  meeting_item: MeetingItemTable;
  meeting_vote: MeetingVoteTable;
  meeting_dissent: MeetingDissentTable;
  meeting_invitation: MeetingInvitationTable;
  meeting_heard: MeetingHeardTable;
  decision_duty: DecisionDutyTable;
}
