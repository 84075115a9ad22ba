import type { ColumnType, Generated } from "kysely";

/** Kysely types of db/migrations/0029_citizen_reports.sql (R6), kept by hand beside the SQL. */
type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
/** jsonb: read as parsed JSON, written as a JSON string. */
type Json<T> = ColumnType<T, string | undefined, string>;

export type CitizenReportChannel = "web" | "hotline" | "messenger" | "in_person";
export type CitizenReportStatus = "received" | "triaged" | "routed" | "answered" | "closed";

export interface CitizenReportCounterTable {
  series: string;
  year: number;
  last_number: number;
}

export interface CitizenReportTable {
  id: Generated<string>;
  /** "<region code>-<seq>/<year>", given by a trigger at insert. */
  registration_number: Generated<string>;
  channel: CitizenReportChannel;
  received_at: Timestamp;
  occurred_at: Timestamp | null;
  taken_by_body_id: string | null;
  territory_path: string;
  district_id: string | null;
  location_text: string | null;
  lat: number | null;
  lon: number | null;
  description: string;
  reporter_name: string | null;
  reporter_phone: string | null;
  reporter_email: string | null;
  anonymous: Generated<boolean>;
  callback_consent: Generated<boolean>;
  call_at: Timestamp | null;
  messenger_chat_id: string | null;
  messenger_file_ids: Generated<string[]>;
  tracking_code_hash: string;
  category: string | null;
  urgency: "immediate" | "urgent" | "routine" | null;
  flags: Generated<string[]>;
  status: Generated<CitizenReportStatus>;
  answer_due_at: Timestamp;
  answered_at: Timestamp | null;
  lock_user_id: string | null;
  lock_expires_at: Timestamp | null;
  duplicate_of_id: string | null;
  created_by: string | null;
  version: Generated<number>;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface CitizenReportFactTable {
  id: Generated<string>;
  report_id: string;
  seq: number;
  type: string;
  at: Timestamp;
  data: Json<Record<string, unknown>>;
  recorded_by: string | null;
  recorded_at: Timestamp;
}

export interface CitizenReportPersonTable {
  report_id: string;
  person_id: string;
  role: Generated<"concerned" | "subject" | "victim" | "minor" | "reporter" | "witness">;
  linked_by: string | null;
  linked_at: Timestamp;
}

export interface MessengerUpdateTable {
  update_id: string | number;
  received_at: Timestamp;
  report_id: string | null;
}

export interface MessengerOutboxTable {
  id: Generated<string>;
  channel: Generated<"telegram">;
  chat_id: string;
  report_id: string | null;
  kind: "filed" | "added" | "help" | "refused" | "answer";
  text: string | null;
  status: Generated<"pending" | "sent" | "failed">;
  attempts: Generated<number>;
  created_at: Timestamp;
  sent_at: Timestamp | null;
}

export interface CitizenReportsTables {
  citizen_report_counter: CitizenReportCounterTable;
  citizen_report: CitizenReportTable;
  citizen_report_fact: CitizenReportFactTable;
  citizen_report_person: CitizenReportPersonTable;
  messenger_update: MessengerUpdateTable;
  messenger_outbox: MessengerOutboxTable;
}
