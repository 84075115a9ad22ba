import type { ColumnType, Generated } from "kysely";

/**
 * Kysely types of db/migrations/0039_minors_commissions.sql (commissions on minors' affairs, their
 * composition and their cases; 001 Art. 79), kept by hand beside the SQL.
 */
type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
/** A `date` column: read as "YYYY-MM-DD" (the pool's type parser), written as such. */
type DateCol = string;
/** A nullable column the database defaults to null: optional on insert. */
type NullableDefault<T> = ColumnType<T | null, T | null | undefined, T | null>;

export type CommissionLevelCol = "interdepartmental" | "region" | "city" | "district" | "settlement";
export type CommissionMemberRoleCol = "chair" | "deputy_chair" | "member" | "secretary";
export type MinorsCaseStateCol = "gathering" | "ready" | "scheduled" | "decided" | "closed";
export type MinorsCaseSourceCol =
  "handoff" | "school_refusal" | "release_notice" | "returned_minor" | "police_materials" | "report" | "own";
export type MinorsCasePersonRoleCol = "minor" | "legal_representative" | "parent" | "other";
export type MinorsCaseMaterialKindCol = "handoff" | "measure" | "note" | "attachment" | "report";
export type MinorsCaseEventTypeCol =
  "opened" | "material_added" | "ready" | "scheduled" | "decided" | "returned" | "closed";

export interface MinorsCommissionTable {
  body_id: string;
  level: CommissionLevelCol;
  parent_body_id: NullableDefault<string>;
  settlement_name: NullableDefault<string>;
  established_on: DateCol;
  established_by: string;
  maslikhat_approval: NullableDefault<string>;
  created_by: NullableDefault<string>;
  created_at: Timestamp;
  version: Generated<number>;
}

export interface CommissionMemberTable {
  id: Generated<string>;
  commission_body_id: string;
  user_id: NullableDefault<string>;
  full_name: string;
  position: string;
  role: CommissionMemberRoleCol;
  /** One of the law's COMMISSION_REPRESENTS (001 Art. 79(5)). */
  represents: string;
  represents_body_id: NullableDefault<string>;
  chair_is_deputy_akim: Generated<boolean>;
  since: DateCol;
  until: NullableDefault<DateCol>;
  ended_on: NullableDefault<DateCol>;
  ended_reason: NullableDefault<string>;
  created_by: NullableDefault<string>;
  created_at: Timestamp;
}

export interface MinorsCaseTable {
  id: Generated<string>;
  commission_body_id: string;
  territory_id: string;
  territory_path: string;
  number: string;
  subject: "minor" | "parents";
  minor_person_id: string;
  summary: NullableDefault<string>;
  source: MinorsCaseSourceCol;
  state: ColumnType<MinorsCaseStateCol, MinorsCaseStateCol | undefined, MinorsCaseStateCol>;
  urgent: Generated<boolean>;
  opened_on: DateCol;
  opened_by: string;
  ready_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
  closed_on: NullableDefault<DateCol>;
  closed_reason: NullableDefault<string>;
  version: Generated<number>;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface MinorsCasePersonTable {
  case_id: string;
  person_id: string;
  role: MinorsCasePersonRoleCol;
}

export interface MinorsCaseMaterialTable {
  id: Generated<string>;
  case_id: string;
  seq: number;
  kind: MinorsCaseMaterialKindCol;
  handoff_id: NullableDefault<string>;
  measure_id: NullableDefault<string>;
  attachment_id: NullableDefault<string>;
  title: string;
  note: NullableDefault<string>;
  received_on: DateCol;
  added_by: string;
  added_at: Timestamp;
}

export interface MinorsCaseEventTable {
  id: Generated<string>;
  case_id: string;
  seq: number;
  type: MinorsCaseEventTypeCol;
  at: Timestamp;
  note: NullableDefault<string>;
  by: NullableDefault<string>;
}

export interface MinorsCommissionsTables {
  minors_commission: MinorsCommissionTable;
  commission_member: CommissionMemberTable;
  minors_case: MinorsCaseTable;
  minors_case_person: MinorsCasePersonTable;
  minors_case_material: MinorsCaseMaterialTable;
  minors_case_event: MinorsCaseEventTable;
}
