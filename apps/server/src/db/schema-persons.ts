import type { ColumnType, Generated } from "kysely";

/** Kysely types of db/migrations/0003_persons.sql (issue 4 item 1), kept by hand beside the SQL. */
type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
/** A column PostgreSQL computes (GENERATED ALWAYS … STORED): read, never written. */
type Computed<T> = ColumnType<T, never, never>;
/** jsonb: read as parsed JSON, written as a JSON string. */
type Json<T> = ColumnType<T, string | undefined, string>;

export interface PersonContactRow {
  kind: "phone" | "email" | "other";
  value: string;
  note?: string | null;
}

export interface PersonTable {
  id: Generated<string>;
  iin: string | null;
  no_iin_reason: string | null;
  last_name_cyr: string;
  first_name_cyr: string;
  middle_name_cyr: string | null;
  last_name_lat: string | null;
  first_name_lat: string | null;
  middle_name_lat: string | null;
  /** "YYYY-MM-DD" (the pool parses date columns as strings). */
  birth_date: string;
  sex: "male" | "female";
  citizenship: Generated<string>;
  registered_address: string | null;
  registered_territory_id: string | null;
  registered_lat: number | null;
  registered_lon: number | null;
  actual_address: string;
  territory_id: string;
  actual_lat: number | null;
  actual_lon: number | null;
  contacts: Json<PersonContactRow[]>;
  version: Generated<number>;
  merged_into: string | null;
  created_by: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
  search_name: Computed<string>;
  name_key: Computed<string>;
  /** Beginnings (2-6 letters) of the search key's words (migration 0015). */
  search_prefixes: Computed<string[]>;
}

export interface PersonDocumentTable {
  id: Generated<string>;
  person_id: string;
  kind: string;
  number: string;
  issued_by: string | null;
  issued_on: string | null;
  valid_until: string | null;
  created_at: Timestamp;
}

export interface PersonLinkTable {
  id: Generated<string>;
  minor_id: string;
  representative_id: string;
  kind: string;
  since: string | null;
  until: string | null;
  note: string | null;
  created_by: string | null;
  created_at: Timestamp;
}

export interface PersonMergeTable {
  id: Generated<string>;
  kept_id: string;
  merged_id: string;
  reason: string | null;
  documents_moved: number;
  links_moved: number;
  merged_by: string | null;
  merged_at: Timestamp;
}

/**
 * The persons list's projection (db/migrations/0027_person_overview.sql): written only by its
 * triggers and person_overview_rebuild(), read by modules/persons/list-persons.ts.
 */
export interface PersonOverviewTable {
  person_id: string;
  territory_id: string;
  last_name_cyr: string;
  first_name_cyr: string;
  birth_date: string;
  last_measure_kind: string | null;
  last_measure_at: Date | null;
  measure_kind_bits: number;
  register_grounds: string[];
  register_off_days: string[];
  register_until: string | null;
  responsible_user_id: string | null;
  barriers: string[];
}

export interface PersonsTables {
  person: PersonTable;
  person_document: PersonDocumentTable;
  person_link: PersonLinkTable;
  person_merge: PersonMergeTable;
  person_overview: PersonOverviewTable;
}
