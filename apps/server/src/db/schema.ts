import type { ColumnType, Generated } from "kysely";
import type { PersonsTables } from "./schema-persons.ts";
import type { NotificationsTables } from "./schema-notifications.ts";
import type { MeasuresTables } from "./schema-measures.ts";
import type { AttachmentsTables } from "./schema-attachments.ts";
import type { NpmTables } from "./schema-npm.ts";
import type { NpmAnnualTables } from "./schema-npm-annual.ts";
import type { CitizenReportsTables } from "./schema-citizen-reports.ts";
import type { HandoffsTables } from "./schema-handoffs.ts";
import type { FamiliesTables } from "./schema-families.ts";
import type { FamilySupportTables } from "./schema-family-support.ts";
import type { MobileGroupsTables } from "./schema-mobile-groups.ts";
import type { CommissionMeetingsTables } from "./schema-commission-meetings.ts";
import type { RegisteredMinorsTables } from "./schema-registered-minors.ts";
import type { SchoolPreventionTables } from "./schema-school-prevention.ts";
import type { MinorsCommissionsTables } from "./schema-minors-commissions.ts";

/**
 * Kysely types of the schema in db/migrations. Kept by hand beside the SQL: a migration that adds a
 * column adds it here in the same commit (the typecheck then finds every query that must change).
 */
type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;

export interface TerritoryTable {
  id: Generated<string>;
  code: string;
  path: string;
  level: "country" | "region" | "district";
  parent_id: string | null;
  name_kk: string;
  name_ru: string;
  name_en: string;
  kind: string | null;
  population_thousands: string | null;
  lat: number | null;
  lon: number | null;
}

export interface BodyTable {
  id: Generated<string>;
  name_kk: string;
  name_ru: string;
  name_en: string;
  type: string;
  territory_id: string;
  parent_id: string | null;
  version: Generated<number>;
  created_at: Timestamp;
}

export interface AppUserTable {
  id: Generated<string>;
  username: string;
  full_name: string;
  body_id: string;
  roles: string[];
  password_hash: string | null;
  must_change_password: Generated<boolean>;
  active: Generated<boolean>;
  service: Generated<boolean>;
  oidc_subject: string | null;
  version: Generated<number>;
  created_at: Timestamp;
  password_changed_at: Timestamp | null;
}

export interface UserSessionTable {
  token_hash: string;
  user_id: string;
  csrf_token: string;
  created_at: Timestamp;
  last_seen_at: Timestamp;
  expires_at: Timestamp;
  revoked_at: Timestamp | null;
  ip: string | null;
}

export interface ServiceTokenTable {
  token_hash: string;
  user_id: string;
  created_at: Timestamp;
  revoked_at: Timestamp | null;
}

export interface LoginAttemptTable {
  id: Generated<number>;
  username: string;
  ip: string;
  at: Timestamp;
  success: boolean;
}

export interface IdempotencyKeyTable {
  user_id: string;
  key: string;
  route: string;
  status: number;
  request_hash: string | null;
  response: string | null;
  created_at: Timestamp;
}

export interface AuditLogTable {
  id: Generated<number>;
  at: Timestamp;
  actor_id: string | null;
  actor_name: string | null;
  role: string | null;
  body_id: string | null;
  action: string;
  record_type: string | null;
  record_id: string | null;
  fields: Generated<string[]>;
  route: string | null;
  ip: string | null;
  request_id: string | null;
  chain_seq: number | null;
  prev_hash: string | null;
  hash: string | null;
}

export interface Database
  extends
    PersonsTables,
    MeasuresTables,
    AttachmentsTables,
    NotificationsTables,
    NpmTables,
    NpmAnnualTables,
    CitizenReportsTables,
    HandoffsTables,
    FamiliesTables,
    FamilySupportTables,
    RegisteredMinorsTables,
    MobileGroupsTables,
    SchoolPreventionTables,
    MinorsCommissionsTables,
    CommissionMeetingsTables {
  territory: TerritoryTable;
  body: BodyTable;
  app_user: AppUserTable;
  user_session: UserSessionTable;
  service_token: ServiceTokenTable;
  login_attempt: LoginAttemptTable;
  idempotency_key: IdempotencyKeyTable;
  audit_log: AuditLogTable;
}
