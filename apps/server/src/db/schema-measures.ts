import type { ColumnType, Generated } from "kysely";

/** Kysely types of db/migrations/0004_measures_register.sql (issue 4 items 2-5), kept by hand beside the SQL. */
type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
/** jsonb: read as parsed JSON, written as a JSON string. */
type Json<T> = ColumnType<T, string | undefined, string>;
/** A date column: "YYYY-MM-DD" (the pool parses date columns as strings). */
type DateCol = string;

export interface MeasureTable {
  id: Generated<string>;
  kind: string;
  person_id: string | null;
  issuer_body_id: string;
  issuer_user_id: string;
  issuer_kind: string;
  territory_path: string;
  input: Json<Record<string, unknown>>;
  law_version: string;
  issued_at: Timestamp;
  status: string;
  valid_from: DateCol | null;
  valid_until: DateCol | null;
  next_control_due: DateCol | null;
  register_ground: string | null;
  violations: Generated<number>;
  version: Generated<number>;
  created_at: Timestamp;
  updated_at: Timestamp;
  /** "seq/year" in the issuing body's register, given by a trigger at insert (migration 0026). */
  registration_number: Generated<string | null>;
  /** The citizen's report the measure was taken on (001 Art. 49(1)(1); migration 0030). */
  ground_report_id: ColumnType<string | null, string | null | undefined, string | null>;
}

export interface MeasureFactTable {
  id: Generated<string>;
  measure_id: string;
  seq: number;
  type: string;
  at: Timestamp;
  data: Json<Record<string, unknown>>;
  recorded_by: string | null;
  recorded_at: Timestamp;
}

export interface MeasureDutyTable {
  measure_id: string;
  code: string;
  article: string;
  due_at: Timestamp | null;
  done_at: Timestamp | null;
  liability: Generated<boolean>;
  territory_path: string;
  issuer_body_id: string;
  issuer_user_id: string;
}

export interface RegisterEntryTable {
  id: Generated<string>;
  person_id: string;
  ground: string;
  territory_path: string;
  placed_on: DateCol;
  placed_by_body: string;
  placed_by_user: string;
  placed_by_kind: string;
  rights_explained: boolean;
  status: string;
  last_day: DateCol | null;
  auto_end_on: DateCol | null;
  control_frequency: Json<Record<string, unknown> | null> | null;
  likelihood_level: string | null;
  likelihood_rationale: Json<Record<string, unknown> | null> | null;
  next_control_due: DateCol | null;
  version: Generated<number>;
  created_at: Timestamp;
  updated_at: Timestamp;
  /** "seq/year" in the placing body's register, given by a trigger at insert (migration 0026). */
  registration_number: Generated<string | null>;
}

export interface RegisterEntryMeasureTable {
  entry_id: string;
  measure_id: string;
  linked_at: Timestamp;
}

export interface RegisterFactTable {
  id: Generated<string>;
  entry_id: string;
  seq: number;
  type: string;
  on: DateCol;
  data: Json<Record<string, unknown>>;
  recorded_by: string | null;
  recorded_at: Timestamp;
}

/** Kept counts of the register summary, by territory path, counter and day (migration 0025). */
export interface RegisterCountTable {
  territory_path: string;
  counter: string;
  day: string;
  key: string;
  n: number;
}

/** The day through which the register summary's stocks are folded (migration 0025). */
export interface RegisterCountFoldTable {
  folded_through: string;
  one: Generated<boolean>;
}

/** The last registration number a body gave in a year, per series (migration 0026). */
export interface RegistrationCounterTable {
  body_id: string;
  year: number;
  series: "measure" | "register_entry";
  last_number: number;
}

export interface MeasuresTables {
  registration_counter: RegistrationCounterTable;
  register_count: RegisterCountTable;
  register_count_fold: RegisterCountFoldTable;
  measure: MeasureTable;
  measure_fact: MeasureFactTable;
  measure_duty: MeasureDutyTable;
  register_entry: RegisterEntryTable;
  register_entry_measure: RegisterEntryMeasureTable;
  register_fact: RegisterFactTable;
}
