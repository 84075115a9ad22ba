import { sql, type Kysely } from "kysely";
import { can } from "../../access/can.ts";
import { PERMISSIONS, REPORT_BODY_SCOPED_ROLES } from "../../access/policy.ts";
import type { Database } from "../../db/schema.ts";
import type { Action } from "../../access/actions.ts";
import type { Actor } from "../../access/roles.ts";
import { AppError } from "../../errors/app-error.ts";

/**
 * Who may do what with a citizen's report: `can()` on the report's territory (R11.1). The report's
 * territory is its region until triage names the district, so the contact centre of the region
 * (hotline_operator, region level) sees every new report and a district's officials see it once it is
 * placed in their district. Working on a report (triage, routing, the answer) is `update`; the
 * reporter's name and contacts are personal data (`read_personal`). Bodies other than the police,
 * the contact centre and the prosecutor read only the reports that concern them — taken by them or
 * handed to or from them (policy.ts REPORT_BODY_SCOPED_ROLES; 001 Arts. 39(3), 83(2)): `concernsMe`
 * says whether this report does (reportConcernsBody).
 */
export function reportResource(actor: Actor, territoryPath: string, concernsMe = false) {
  return {
    type: "citizen_report" as const,
    territoryPath,
    ...(concernsMe ? { bodyId: actor.bodyId } : {}),
  };
}

/** `can(actor, action, report in territoryPath)` or the 403 it decides. */
export function authorizeReport(
  actor: Actor,
  action: Action,
  territoryPath: string,
  concernsMe = false,
): void {
  const d = can(actor, action, reportResource(actor, territoryPath, concernsMe));
  if (!d.allowed) throw new AppError(d.code, d.reason);
}

export function mayReport(actor: Actor, action: Action, territoryPath: string, concernsMe = false): boolean {
  return can(actor, action, reportResource(actor, territoryPath, concernsMe)).allowed;
}

/** The report concerns the body: the body took it, or a hand-off about it went to or from the body. */
export function concernsBodySql(reportAlias: string, bodyId: string) {
  return sql`(${sql.ref(reportAlias + ".taken_by_body_id")} = ${bodyId}::uuid OR EXISTS (
    SELECT 1 FROM handoff h WHERE h.record_type = 'citizen_report' AND h.record_id = ${sql.ref(reportAlias + ".id")}
       AND (h.receiver_body_id = ${bodyId}::uuid OR h.sender_body_id = ${bodyId}::uuid)))`;
}

/** Does the report concern the body (taken by it, handed to or from it)? */
export async function reportConcernsBody(
  db: Kysely<Database>,
  reportId: string,
  bodyId: string,
): Promise<boolean> {
  const r = await sql<{ yes: boolean }>`SELECT ${concernsBodySql("r", bodyId)} AS yes
    FROM citizen_report r WHERE r.id = ${reportId}::uuid`.execute(db);
  return r.rows[0]?.yes === true;
}

/** Do all the actor's roles that read reports read only those of their own body? */
export function readsOnlyOwnBodyReports(actor: Actor): boolean {
  const readers = actor.roles.filter((r) => PERMISSIONS[r].citizen_report?.includes("read"));
  return readers.length > 0 && readers.every((r) => REPORT_BODY_SCOPED_ROLES.includes(r));
}

/** The reporter's fields a full read shows; the audit row of the read lists them (R11.2). */
export const REPORTER_FIELDS = [
  "reporterName",
  "reporterPhone",
  "reporterEmail",
  "callbackConsent",
  "callAt",
] as const;
