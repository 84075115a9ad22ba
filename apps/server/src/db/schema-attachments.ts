import type { ColumnType, Generated } from "kysely";

/** Kysely types of db/migrations/0005_attachments.sql and 0029 (a report's files), kept by hand beside the SQL. */
type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;

export type AttachmentRecordType = "person" | "measure" | "register_entry" | "citizen_report";
export type AttachmentMediaType = "application/pdf" | "image/jpeg" | "image/png" | "video/mp4";

export interface AttachmentTable {
  id: Generated<string>;
  record_type: AttachmentRecordType;
  record_id: string;
  file_name: string;
  media_type: AttachmentMediaType;
  size_bytes: number;
  sha256: string;
  storage_key: string;
  /** Null only for a file the reporter sent with a report from the public page (migration 0029). */
  uploaded_by: string | null;
  uploaded_at: Timestamp;
}

export interface AttachmentsTables {
  attachment: AttachmentTable;
}
