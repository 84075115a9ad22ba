import type { ColumnType, Generated } from "kysely";

/** Kysely types of db/migrations/0028_handoffs.sql (hand-offs between bodies), kept by hand beside the SQL. */
type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
/** jsonb: read as parsed JSON, written as a JSON string. */
type Json<T> = ColumnType<T, string | undefined, string>;

export type HandoffStateColumn = "sent" | "received" | "accepted" | "declined" | "answered";

export interface HandoffTable {
  id: Generated<string>;
  ground: string;
  article: string;
  clock: string | null;
  sender_body_id: string;
  receiver_body_id: string;
  record_type:
    | "citizen_report"
    | "person"
    | "measure"
    | "register_entry"
    | "dv_incident"
    | "assistance_plan"
    | "outreach_visit";
  record_id: string;
  territory_path: string;
  event_at: Timestamp;
  sent_at: Timestamp;
  due_at: Timestamp;
  state: Generated<HandoffStateColumn>;
  received_at: Timestamp | null;
  received_by: string | null;
  accepted_at: Timestamp | null;
  declined_at: Timestamp | null;
  decline_reason: string | null;
  answered_at: Timestamp | null;
  outcome: string | null;
  rerouted_from_id: string | null;
  sent_by: string | null;
  overdue_notified_at: Timestamp | null;
  version: Generated<number>;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface HandoffFactTable {
  id: Generated<number>;
  handoff_id: string;
  seq: number;
  type: HandoffStateColumn;
  at: Timestamp;
  data: Json<Record<string, unknown>>;
  recorded_by: string | null;
  recorded_at: Timestamp;
}

export interface HandoffNoticeOutboxTable {
  id: Generated<number>;
  handoff_id: string;
  receiver_body_id: string;
  channel: "email" | "sms";
  text: string;
  status: Generated<"pending" | "sent" | "failed">;
  attempts: Generated<number>;
  created_at: Timestamp;
  sent_at: Timestamp | null;
}

export interface HandoffsTables {
  handoff: HandoffTable;
  handoff_fact: HandoffFactTable;
  handoff_notice_outbox: HandoffNoticeOutboxTable;
}
