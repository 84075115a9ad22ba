import type { ColumnType, Generated } from "kysely";

/**
 * Kysely types of db/migrations/0036_mobile_groups.sql (mobile groups, outreach visits, the six-monthly
 * assessment pack), kept by hand beside the SQL.
 */
type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
/** A `date` column: read as "YYYY-MM-DD" (the pool's type parser), written as such. */
type DateCol = string;
/** jsonb: read as parsed JSON, written as a JSON string. */
type Json<T> = ColumnType<T, string | undefined, string>;

export interface MobileGroupTable {
  id: Generated<string>;
  organiser_body_id: string;
  territory_id: string;
  territory_path: string;
  name: string;
  formed_on: DateCol;
  dissolved_on: ColumnType<DateCol | null, DateCol | null | undefined, DateCol | null>;
  created_by: string;
  created_at: Timestamp;
  version: Generated<number>;
}

export interface MobileGroupMemberTable {
  id: Generated<string>;
  group_id: string;
  user_id: string | null;
  body_id: string;
  full_name: string;
  since: DateCol;
  until: DateCol | null;
  created_by: string;
  created_at: Timestamp;
}

export interface OutreachVisitTable {
  id: Generated<string>;
  group_id: string;
  territory_path: string;
  visited_on: DateCol;
  place: string;
  family_id: string | null;
  findings: string;
  signs_of_violence: boolean;
  recorded_by: string;
  recorded_body_id: string;
  created_at: Timestamp;
}

export interface OutreachVisitPersonTable {
  visit_id: string;
  person_id: string;
  role: "identified" | "victim" | "child";
}

/** The figures an approved pack keeps: the law's figure codes and their counts, and when counted. */
export interface FrozenFigures {
  readonly counts: Record<string, number>;
  readonly at: string;
}

export interface DvAssessmentPackTable {
  id: Generated<string>;
  region_territory_id: string;
  region_path: string;
  year: number;
  half: number;
  status: Generated<"draft" | "approved">;
  figures: Json<FrozenFigures | null> | null;
  conclusions: Generated<string>;
  meeting_on: DateCol | null;
  prepared_by: string;
  prepared_body_id: string;
  approved_by: string | null;
  approved_at: Timestamp | null;
  version: Generated<number>;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface MobileGroupsTables {
  mobile_group: MobileGroupTable;
  mobile_group_member: MobileGroupMemberTable;
  outreach_visit: OutreachVisitTable;
  outreach_visit_person: OutreachVisitPersonTable;
  dv_assessment_pack: DvAssessmentPackTable;
}
