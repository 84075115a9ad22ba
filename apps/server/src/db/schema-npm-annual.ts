import type { ColumnType, Generated } from "kysely";

/** Kysely types of db/migrations/0008_npm_annual.sql (issue 5 item 7), kept by hand beside the SQL. */
type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
/** A date column: "YYYY-MM-DD" (the pool parses date columns as strings). */
type DateCol = string;
/** numeric: pg returns it as a string so no precision is lost; written as a number or a string. */
type Numeric = ColumnType<string, string | number, string | number>;

export interface NpmAnnualTables {
  npm_visit_cost: {
    id: Generated<string>;
    visit_id: string;
    item: string;
    amount_kzt: Numeric;
    recorded_by: string;
    created_at: Timestamp;
  };
  npm_annual_report: {
    year: number;
    legislation_suggestions: Generated<string[]>;
    recommendation_ids: Generated<string[]>;
    approved_on: DateCol | null;
    approved_by: string | null;
    sent_to_bodies_on: DateCol | null;
    posted_on: DateCol | null;
    created_by: string;
    version: Generated<number>;
    created_at: Timestamp;
  };
  npm_annual_report_recipient: {
    id: Generated<string>;
    year: number;
    body_name: string;
    received_on: DateCol;
    answered_on: DateCol | null;
    version: Generated<number>;
    created_at: Timestamp;
  };
}
