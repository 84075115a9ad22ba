import type { ColumnType, Generated } from "kysely";

/** Kysely types of db/migrations/0007_npm.sql (issue 5), kept by hand beside the SQL. */
type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
/** jsonb: read as parsed JSON, written as a JSON string. */
type Json<T> = ColumnType<T, string | undefined, string>;
/** A date column: "YYYY-MM-DD" (the pool parses date columns as strings). */
type DateCol = string;

/** A member of a visit group as stored (003 pp.8, 9, 19). */
export interface NpmMemberRow {
  participantId: string;
  topicExpert?: boolean;
  conflictOfInterest?: boolean;
  conflictNote?: string;
}

export interface NpmTables {
  npm_participant: {
    id: Generated<string>;
    user_id: string | null;
    full_name: string;
    categories: string[];
    specialisations: Generated<string[]>;
    region_code: string;
    selected_on: DateCol;
    selection_basis: string | null;
    candidate: Json<Record<string, unknown>>;
    certificate_number: string | null;
    certificate_issued_on: DateCol | null;
    termination_ground: string | null;
    termination_on: DateCol | null;
    termination_basis: string | null;
    version: Generated<number>;
    created_at: Timestamp;
  };
  npm_institution: {
    id: Generated<string>;
    name: string;
    kind: string;
    region_code: string;
    address: string;
    capacity: number | null;
    department: string;
    subject_since: DateCol | null;
    last_periodic_visit_before: DateCol | null;
    version: Generated<number>;
    created_at: Timestamp;
  };
  npm_plan: {
    id: Generated<string>;
    title: string;
    period_from: DateCol;
    period_until: DateCol;
    approved_on: DateCol | null;
    approved_by: string | null;
    created_by: string;
    version: Generated<number>;
    created_at: Timestamp;
  };
  npm_plan_visit: {
    id: Generated<string>;
    plan_id: string;
    kind: string;
    form: string;
    topic: string | null;
    from_on: DateCol;
    to_on: DateCol;
    institution_ids: string[];
    group_participant_ids: string[];
    topic_expert_ids: Generated<string[]>;
    council_decision_on_composition: Generated<boolean>;
  };
  npm_visit: {
    id: Generated<string>;
    plan_visit_id: string | null;
    kind: string;
    form: string;
    topic: string | null;
    institution_ids: string[];
    members: Json<NpmMemberRow[]>;
    experts: Json<{ id: string; name: string }[]>;
    representative_name: string | null;
    starts_on: DateCol;
    ends_on: DateCol;
    commissioner_decision: string | null;
    torture_complaint_ids: Generated<string[]>;
    follows_up_recommendation_ids: Generated<string[]>;
    follows_up_interviewees: Generated<boolean>;
    created_by: string;
    version: Generated<number>;
    created_at: Timestamp;
  };
  npm_visit_fact: {
    id: Generated<number>;
    visit_id: string;
    type: string;
    data: Json<Record<string, unknown>>;
    recorded_by: string;
    recorded_at: Timestamp;
  };
  npm_report: {
    visit_id: string;
    findings: string;
    listed_complaint_ids: string[];
    submitted_at: Timestamp;
    submitted_by: string;
  };
  npm_recommendation: {
    id: Generated<string>;
    visit_id: string;
    addressee: string;
    text: string;
    answer: string | null;
    answered_on: DateCol | null;
    status: Generated<string>;
    version: Generated<number>;
    created_at: Timestamp;
  };
  npm_complaint: {
    id: Generated<string>;
    registration_number: string;
    received_at: Timestamp;
    received_by_participant_id: string;
    visit_id: string | null;
    institution_id: string | null;
    complainant_name: string;
    complainant_contact: string | null;
    summary: string;
    registered_at: Timestamp;
    transferred_at: Timestamp | null;
    version: Generated<number>;
    created_at: Timestamp;
  };
}
