import type { ColumnType, Generated } from "kysely";

/**
 * Kysely types of db/migrations/0042_registered_minors.sql (minors on the preventive register: the
 * judge's restrictions of 001 Art. 82(3), the rehabilitation activities of 82(2) and their checks),
 * kept by hand beside the SQL.
 */
type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
/** A `date` column: read as "YYYY-MM-DD" (the pool's type parser), written as such. */
type DateCol = string;
type NullableDate = ColumnType<DateCol | null, DateCol | null | undefined, DateCol | null>;

export interface MinorRestrictionTable {
  id: Generated<string>;
  register_entry_id: string;
  seq: number;
  kind: "imposed" | "changed" | "lifted";
  restrictions: string[];
  court: string;
  ruling_number: string;
  ruling_on: DateCol;
  police_submission_on: DateCol;
  note: string | null;
  recorded_by: string;
  recorded_at: Timestamp;
}

export interface RehabilitationActivityTable {
  id: Generated<string>;
  register_entry_id: string;
  activity: string;
  provider: string;
  provider_body_id: string | null;
  from_on: DateCol;
  until_on: DateCol | null;
  duties: string;
  last_check_on: NullableDate;
  ended_on: NullableDate;
  ended_reason: ColumnType<string | null, string | null | undefined, string | null>;
  recorded_by: string;
  created_at: Timestamp;
}

export interface RehabilitationCheckTable {
  id: Generated<string>;
  activity_id: string;
  checked_on: DateCol;
  outcome: "attends" | "irregular" | "stopped";
  note: string | null;
  recorded_by: string;
  recorded_at: Timestamp;
}

export interface RegisteredMinorsTables {
  minor_restriction: MinorRestrictionTable;
  rehabilitation_activity: RehabilitationActivityTable;
  rehabilitation_check: RehabilitationCheckTable;
}
