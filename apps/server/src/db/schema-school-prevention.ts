import type { ColumnType, Generated } from "kysely";

/** Kysely types of db/migrations/0041_school_prevention.sql (the school's prevention council), kept by hand beside the SQL. */
type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
/** A `date` column: read as "YYYY-MM-DD" (the pool's type parser), written as such. */
type DateCol = string;
/** jsonb: read as parsed JSON, written as a JSON string. */
type Json<T> = ColumnType<T, string | undefined, string>;

export interface AttentionRecordTable {
  id: Generated<string>;
  school_body_id: string;
  territory_path: string;
  person_id: string;
  criteria: string[];
  since: DateCol;
  until: DateCol | null;
  closed_reason: string | null;
  absence_days: number | null;
  note: string | null;
  created_by: string;
  created_at: Timestamp;
  closed_by: string | null;
}

export interface AttendanceImportTable {
  id: Generated<string>;
  school_body_id: string;
  file_name: string;
  rows: number;
  imported_at: Timestamp;
  imported_by: string;
}

export interface SchoolAbsenceTable {
  school_body_id: string;
  person_id: string;
  absent_on: DateCol;
  valid_reason: boolean;
  reason: string | null;
  import_id: string;
}

/** A legal representative who took part in a council meeting (001 Art. 78(3)). */
export interface CouncilRepresentative {
  personId?: string;
  fullName: string;
  relation: string;
}

export interface CouncilMeetingTable {
  id: Generated<string>;
  school_body_id: string;
  territory_path: string;
  person_id: string;
  held_on: DateCol;
  minor_present: boolean;
  representatives: Json<CouncilRepresentative[]>;
  members: string;
  criteria: string[];
  outcome: "support_assigned" | "representatives_refused" | "not_needed";
  measure_id: string | null;
  note: string | null;
  created_by: string;
  created_at: Timestamp;
}

export interface SupportPlanStepTable {
  id: Generated<string>;
  measure_id: string;
  seq: number;
  activity: string;
  responsible: string;
  due_on: DateCol;
  done_on: DateCol | null;
  result: string | null;
  created_by: string;
  created_at: Timestamp;
  done_by: string | null;
}

export interface SchoolPreventionTables {
  attention_record: AttentionRecordTable;
  attendance_import: AttendanceImportTable;
  school_absence: SchoolAbsenceTable;
  council_meeting: CouncilMeetingTable;
  support_plan_step: SupportPlanStepTable;
}
