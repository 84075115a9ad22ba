import type { ColumnType, Generated } from "kysely";

/** Kysely types of db/migrations/0035_family_support.sql (the family support centre), kept by hand beside the SQL. */
type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
/** A `date` column: read as "YYYY-MM-DD" (the pool's type parser), written as such. */
type DateCol = string;
/** jsonb: read as parsed JSON, written as a JSON string. */
type Json<T> = ColumnType<T, string | undefined, string>;

export interface VictimRecordTable {
  id: Generated<string>;
  centre_body_id: string;
  territory_path: string;
  person_id: string;
  family_id: string | null;
  opened_on: DateCol;
  source: "incident" | "report" | "mobile_group" | "self" | "other";
  incident_id: string | null;
  closed_on: DateCol | null;
  closed_reason: string | null;
  recorded_by: string;
  version: Generated<number>;
  created_at: Timestamp;
}

export interface AssistancePlanStepTable {
  id: Generated<string>;
  measure_id: string;
  seq: number;
  area: string;
  title: string;
  responsible_body_id: string;
  due_on: DateCol;
  handoff_id: string | null;
  state: Generated<"open" | "done" | "not_done" | "cancelled">;
  created_by: string;
  created_at: Timestamp;
}

export interface AssistancePlanStepFactTable {
  step_id: string;
  seq: number;
  type: "progress" | "done" | "not_done" | "cancelled";
  at: Timestamp;
  note: string | null;
  handoff_id: string | null;
  recorded_by: string;
  recorded_at: Timestamp;
}

export interface AssistancePlanAssessmentTable {
  measure_id: string;
  outcome: "achieved" | "partly_achieved" | "not_achieved";
  assessment: string;
  at: Timestamp;
  recorded_by: string;
  recorded_at: Timestamp;
}

export interface FamilyServiceTable {
  id: Generated<string>;
  centre_body_id: string;
  territory_path: string;
  person_id: string;
  family_id: string | null;
  delivered_on: DateCol;
  area: string;
  plan_step_id: string | null;
  note: string | null;
  recorded_by: string;
  created_at: Timestamp;
}

export interface ShelterTable {
  id: Generated<string>;
  centre_body_id: string;
  territory_path: string;
  name: string;
  address: string;
  places: number;
  active: Generated<boolean>;
  created_by: string;
  created_at: Timestamp;
}

export interface ShelterStayTable {
  id: Generated<string>;
  shelter_id: string;
  person_id: string;
  family_id: string | null;
  incident_id: string | null;
  admitted_on: DateCol;
  planned_until: DateCol;
  departed_on: DateCol | null;
  state: Generated<"staying" | "departed">;
  recorded_by: string;
  version: Generated<number>;
  created_at: Timestamp;
}

export interface ShelterStayFactTable {
  stay_id: string;
  seq: number;
  type: "admitted" | "extended" | "extension_refused" | "departed";
  at: Timestamp;
  data: Json<Record<string, unknown>>;
  recorded_by: string;
  recorded_at: Timestamp;
}

export interface FamilySupportTables {
  victim_record: VictimRecordTable;
  assistance_plan_step: AssistancePlanStepTable;
  assistance_plan_step_fact: AssistancePlanStepFactTable;
  assistance_plan_assessment: AssistancePlanAssessmentTable;
  family_service: FamilyServiceTable;
  shelter: ShelterTable;
  shelter_stay: ShelterStayTable;
  shelter_stay_fact: ShelterStayFactTable;
}
