import type { ColumnType, Generated } from "kysely";

/**
 * Kysely types of db/migrations/0034_families_and_incidents.sql (families and incidents of domestic
 * violence, 001 Arts. 54, 72), kept by hand beside the SQL.
 */
type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
/** A date column: read and written as YYYY-MM-DD (pool.ts parses dates as text). */
type DateColumn = ColumnType<string, string, string>;

export type FamilyRelationColumn = "victim" | "offender" | "child" | "parent" | "spouse" | "other";
export type DvIncidentPersonRoleColumn = "victim" | "child_victim" | "child_present" | "offender";

export interface FamilyTable {
  id: Generated<string>;
  territory_id: string;
  label: string;
  created_at: Timestamp;
  created_by: string;
  created_body_id: string;
  version: Generated<number>;
}

export interface FamilyMemberTable {
  family_id: string;
  person_id: string;
  relation: FamilyRelationColumn;
  since: DateColumn;
  until: DateColumn | null;
}

export interface DvIncidentTable {
  id: Generated<string>;
  family_id: string;
  territory_id: string;
  body_id: string;
  recorded_by: string;
  occurred_at: Timestamp;
  reported_at: Timestamp;
  place: string;
  forms: string[];
  children_present: boolean;
  children_present_count: number | null;
  injury_recorded: boolean;
  injury: string | null;
  immediate_response: string;
  offender_person_id: string | null;
  citizen_report_id: string | null;
  repeat_number: number;
  notify_due_at: Timestamp;
  version: Generated<number>;
  created_at: Timestamp;
}

export interface DvIncidentPersonTable {
  incident_id: string;
  person_id: string;
  role: DvIncidentPersonRoleColumn;
}

export interface DvIncidentEventTable {
  id: Generated<number>;
  incident_id: string;
  seq: number;
  type: string;
  at: Timestamp;
  note: string | null;
  measure_id: string | null;
  recorded_by: string;
  recorded_at: Timestamp;
}

export interface DvIncidentMeasureTable {
  incident_id: string;
  measure_id: string;
  linked_at: Timestamp;
}

export interface FamilyMeasureTable {
  family_id: string;
  measure_id: string;
  linked_at: Timestamp;
}

export interface PersonConfidentialCaseTable {
  person_id: string;
  barrier: "victim" | "health";
  article: string;
  record_type: "dv_incident" | "family" | "victim_record" | "shelter_stay" | "outreach_visit";
  record_id: string;
  marked_at: Timestamp;
}

export interface FamiliesTables {
  family: FamilyTable;
  family_member: FamilyMemberTable;
  dv_incident: DvIncidentTable;
  dv_incident_person: DvIncidentPersonTable;
  dv_incident_event: DvIncidentEventTable;
  dv_incident_measure: DvIncidentMeasureTable;
  family_measure: FamilyMeasureTable;
  person_confidential_case: PersonConfidentialCaseTable;
}
