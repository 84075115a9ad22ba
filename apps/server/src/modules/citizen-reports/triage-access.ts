import { can } from "../../access/can.ts";
import type { Action } from "../../access/actions.ts";
import type { Actor } from "../../access/roles.ts";
import { AppError } from "../../errors/app-error.ts";

/**
 * Who may do what with a citizen's report: `can()` on the report's territory (R11.1). The report's
 * territory is its region until triage names the district, so the contact centre of the region
 * (hotline_operator, region level) sees every new report and a district's officials see it once it is
 * placed in their district. Working on a report (triage, routing, the answer) is `update`; the
 * reporter's name and contacts are personal data (`read_personal`).
 */
export function reportResource(territoryPath: string) {
  return { type: "citizen_report" as const, territoryPath };
}

/** `can(actor, action, report in territoryPath)` or the 403 it decides. */
export function authorizeReport(actor: Actor, action: Action, territoryPath: string): void {
  const d = can(actor, action, reportResource(territoryPath));
  if (!d.allowed) throw new AppError(d.code, d.reason);
}

export function mayReport(actor: Actor, action: Action, territoryPath: string): boolean {
  return can(actor, action, reportResource(territoryPath)).allowed;
}

/** The reporter's fields a full read shows; the audit row of the read lists them (R11.2). */
export const REPORTER_FIELDS = [
  "reporterName",
  "reporterPhone",
  "reporterEmail",
  "callbackConsent",
  "callAt",
] as const;
