import type { Action } from "./actions.ts";
import type { Decision, DenialCode } from "./can.ts";
import type { Confidentiality, ResourceType } from "./resources.ts";
import type { ConfidentialGrant, Role } from "./roles.ts";

/**
 * The test oracle for the access matrix: the rules of issue 2 item 7 written out a second time, by
 * hand and in a different shape from policy.ts / can.ts (per-role statements instead of a table,
 * path segments instead of string prefixes). It imports types only — never `can` or `policy`.
 */

export const ORACLE_NPM_ROLES: readonly Role[] = [
  "npm_participant",
  "commissioner_representative",
  "coordinating_council_member",
];
const POLICE_ROLES: readonly Role[] = [
  "police_inspector_local",
  "police_inspector_juvenile",
  "police_inspector_dv",
  "police_head",
];
const PROSECUTOR_READS: readonly ResourceType[] = [
  "person",
  "measure",
  "register_entry",
  "control_check",
  "family_case",
  "minors_case",
  "school_record",
  "public_assistant",
];
const WORK: readonly Action[] = ["read", "read_personal", "create", "update"];
/** Officials of bodies where a citizen may report in person (001 Art. 6(4)): they enter the report. */
const REPORT_TAKERS: readonly Role[] = [
  ...POLICE_ROLES,
  "school_council_member",
  "minors_commission_secretary",
  "family_centre_specialist",
  "akimat_officer",
  "guardianship_officer",
  "health_officer",
  "education_officer",
  "mobile_group_member",
];
/** Roles of bodies that send or receive hand-offs (001 Art. 39(3)): they read and act on them. */
const HANDOFF_PARTIES: readonly Role[] = [...REPORT_TAKERS, "hotline_operator", "prosecutor", "body_head"];
/** Roles added for reports and hand-offs, whose only other work is reading their figures. */
const REPORT_BODY_ROLES: readonly Role[] = [
  "hotline_operator",
  "guardianship_officer",
  "health_officer",
  "education_officer",
  "body_head",
];
/** Roles reading only their own body's reports (taken by it, handed to or from it). */
const REPORT_BODY_ROLES_SCOPED: readonly Role[] = [
  "school_council_member",
  "minors_commission_secretary",
  "family_centre_specialist",
  "akimat_officer",
  "guardianship_officer",
  "health_officer",
  "education_officer",
  "body_head",
  "mobile_group_member",
];
/** Roles cleared for victims' data by their task (001 Arts. 11, 72). */
const VICTIM_ROLES: readonly Role[] = [
  "police_inspector_dv",
  "family_centre_specialist",
  "mobile_group_member",
];
/** The secretary and members of a commission on minors' affairs (001 Art. 79(4)). */
const COMMISSION: readonly Role[] = ["minors_commission_secretary", "minors_commission_member"];
const has = <T>(list: readonly T[], x: T): boolean => list.includes(x);

/** Does the role's work include this action on this type? (Territory and secrecy come later.) */
export function covers(role: Role, action: Action, type: ResourceType): boolean {
  // Bodies and territories are reference data every user reads; only administrators manage bodies.
  if (type === "body" || type === "territory") {
    return action === "read" || (role === "system_admin" && type === "body" && action === "manage");
  }
  if (type === "health_record") return false; // health data need a grant; no role reads them by task
  // A hand-off is read and acknowledged, accepted, declined or answered; never created on its own.
  if (type === "handoff") return has(HANDOFF_PARTIES, role) && (action === "read" || action === "update");
  if (type === "citizen_report") {
    // 001 Arts. 71(8), 39(3): the contact centre's operator triages, routes and answers reports.
    if (role === "hotline_operator") return has(WORK, action);
    if (has(REPORT_TAKERS, role))
      return action === "read" || action === "read_personal" || action === "create";
    if (role === "prosecutor") return action === "read" || action === "read_personal";
    return role === "body_head" && action === "read";
  }
  // A commission as established and its composition (001 Art. 79(2)-(5)): the akimat establishes it
  // and forms it, as an administrator may record it; its secretary keeps the composition; its
  // members and the prosecutor read it.
  if (type === "minors_commission") {
    if (role === "akimat_officer" || role === "system_admin") return has(WORK, action);
    if (role === "minors_commission_secretary")
      return action === "read" || action === "read_personal" || action === "update";
    if (role === "minors_commission_member" || role === "prosecutor")
      return action === "read" || action === "read_personal";
    return false;
  }
  // Triage links the persons a report concerns (R6.3): the operator finds and reads them.
  if (role === "hotline_operator" && type === "person")
    return action === "read" || action === "read_personal";
  if (has(REPORT_BODY_ROLES, role)) return type === "aggregate_report" && action === "read";
  // A shelter's name, places and occupancy are read by those who bring victims to it or supervise
  // it; its address only by the centre that keeps it and the DV inspector; only the centre keeps it
  // (001 Arts. 10(2)(4), 72(2), 83(2)).
  if (type === "shelter") {
    if (role === "family_centre_specialist") return has(WORK, action);
    if (role === "police_inspector_dv") return action === "read" || action === "read_personal";
    const readers: readonly Role[] = [...POLICE_ROLES, "akimat_officer", "prosecutor", "mobile_group_member"];
    return has(readers, role) && action === "read";
  }
  if (role === "mobile_group_member") {
    // 001 Arts. 11, 72(2): early identification and support of families; it finds the persons.
    if (type === "family_case") return has(WORK, action);
    if (type === "person") return action === "read" || action === "read_personal";
    return type === "aggregate_report" && action === "read";
  }
  const npmType = type.startsWith("npm_");
  if (has(POLICE_ROLES, role)) {
    if (npmType) return false;
    // 001 Art. 72(3)(1): any officer responds and records an incident; the DV inspector works them.
    if (type === "family_case")
      return role === "police_inspector_dv" ? has(WORK, action) : action === "read" || action === "create";
    if (type === "aggregate_report")
      return action === "read" || (role === "police_head" && action === "export");
    if (type === "measure") return has(WORK, action) || action === "issue_measure" || action === "sign";
    if (type === "control_check") return has(WORK, action) || action === "record_check";
    return (type === "person" || type === "register_entry") && has(WORK, action);
  }
  switch (role) {
    case "school_council_member":
      if (type === "school_record") return has(WORK, action);
      // 001 Art. 78(3): it identifies its pupils among persons, and enters one not yet on record.
      if (type === "person") return action === "read" || action === "read_personal" || action === "create";
      if (type === "measure") return has(WORK, action) || action === "issue_measure" || action === "sign";
      return type === "aggregate_report" && action === "read";
    case "minors_commission_secretary":
      if (type === "minors_case") return has(WORK, action) || action === "sign";
      if (type === "person") return has(WORK, action);
      if (type === "measure") return has(WORK, action) || action === "issue_measure" || action === "sign";
      return type === "aggregate_report" && action === "read";
    case "minors_commission_member":
      if (type === "minors_case" || type === "person" || type === "measure") {
        return action === "read" || action === "read_personal";
      }
      return type === "aggregate_report" && action === "read";
    case "family_centre_specialist":
      // 001 Arts. 54-55: the centre registers persons in difficult life situations and plans assistance.
      if (type === "family_case" || type === "person") return has(WORK, action);
      // 001 Arts. 54, 55: its registrations and plans are measures it issues and signs.
      if (type === "measure") return has(WORK, action) || action === "issue_measure" || action === "sign";
      return type === "aggregate_report" && action === "read";
    case "akimat_officer":
      if (type === "public_assistant") return has(WORK, action);
      return type === "aggregate_report" && action === "read";
    case "prosecutor":
      if (has(PROSECUTOR_READS, type)) return action === "read" || action === "read_personal";
      return type === "aggregate_report" && (action === "read" || action === "export");
    case "analyst":
      return type === "aggregate_report" && (action === "read" || action === "export");
    case "system_admin":
      if (type === "user") return action === "read" || action === "read_personal" || action === "manage";
      return false;
    case "auditor":
      return type === "audit_log" && (action === "read" || action === "read_personal" || action === "verify");
    case "npm_participant":
      if (type === "npm_visit" || type === "npm_complaint") return has(WORK, action);
      if (type === "npm_report") return has(WORK, action) || action === "sign";
      // 000 Art. 34(1): participants hold the visit reports, so they may draft the annual report.
      if (type === "npm_annual_report") return action === "read" || action === "create";
      return (
        (type === "npm_participant" || type === "npm_institution" || type === "npm_plan") && action === "read"
      );
    case "commissioner_representative":
      if (type === "npm_institution") return action === "read" || action === "create" || action === "update";
      if (type === "npm_report") return action === "read" || action === "read_personal";
      // 000 Arts. 34(3), 36(2): the office records sending, posting and answers; never drafts or approves.
      if (type === "npm_annual_report") return action === "read" || action === "update";
      return npmType && has(WORK, action);
    case "coordinating_council_member":
      if (type === "npm_plan") return has(WORK, action) || action === "approve";
      if (type === "npm_report") return action === "read" || action === "approve";
      // 000 Art. 34(1), (3): the Council prepares (drafts) and approves the annual report.
      if (type === "npm_annual_report")
        return action === "read" || action === "create" || action === "approve";
      if (type === "npm_participant") return action === "read" || action === "read_personal";
      return npmType && action === "read";
    default:
      return false;
  }
}

/** Path containment by segments (not by string prefix, as can.ts does). */
export function segmentsWithin(actorPath: string, recordPath: string): boolean {
  const a = actorPath.split(".");
  const r = recordPath.split(".");
  return r.length >= a.length && a.every((seg, i) => r[i] === seg);
}

export interface OracleActor {
  readonly role: Role;
  readonly level: "country" | "region" | "district";
  readonly path: string;
  readonly service: boolean;
  readonly grants: readonly ConfidentialGrant[];
}

export interface OracleCase {
  readonly action: Action;
  readonly type: ResourceType;
  readonly confidential: Confidentiality | undefined;
  /** Whether the record lies in the actor's territory, as the case generator knows it. */
  readonly within: boolean | "national_record";
  readonly sameBody: boolean;
  /** Whether the actor's body is one of the record's parties (a hand-off's sender or receiver). */
  readonly party: boolean;
  /** Whether the actor's body is above the record's owning body (a parent commission, 79(6)(4)). */
  readonly overseen: boolean;
}

export type Expectation = { allowed: true } | { allowed: false; code: DenialCode };

/** Whether the actor is national: at country level and at the root of the tree. */
export function oracleNational(a: { level: string; path: string }): boolean {
  return a.level === "country" && a.path.split(".").length === 1;
}

function no(code: DenialCode): Expectation {
  return { allowed: false, code };
}

/** The expected decision for an actor holding exactly one role. */
export function expectOne(a: OracleActor, c: OracleCase): Expectation {
  if (a.service && (c.action === "manage" || c.action === "sign" || c.action === "approve"))
    return no("access.role");
  if (!covers(a.role, c.action, c.type)) {
    return c.action === "read_personal" && covers(a.role, "read", c.type)
      ? no("access.personal_fields")
      : no("access.role");
  }
  const npmRole = has(ORACLE_NPM_ROLES, a.role);
  // A hand-off is reached by its parties wherever they are, by no one else, national or not.
  const reach =
    c.type === "handoff"
      ? c.party
      : oracleNational(a) || (c.within === "national_record" ? npmRole : c.within);
  if (!reach) return no("access.territory");
  // A school council keeps its own school's records and measures (001 Arts. 23(9), 78(3)).
  if (
    a.role === "school_council_member" &&
    (c.type === "measure" || c.type === "school_record") &&
    !c.sameBody
  )
    return no("access.territory");
  // A commission works its own cases and composition; a commission above reads the lower ones' and
  // writes none of them (001 Art. 79(6)(4)).
  if (
    has(COMMISSION, a.role) &&
    (c.type === "minors_case" || c.type === "minors_commission") &&
    !c.sameBody
  ) {
    const reads = c.action === "read" || c.action === "read_personal";
    if (!(reads && c.overseen)) return no("access.territory");
  }
  // A centre keeps its own shelters only.
  if (a.role === "family_centre_specialist" && c.type === "shelter" && !c.sameBody)
    return no("access.territory");
  // A report is read by the bodies it concerns (taken by, handed to or from), not the whole territory.
  if (c.type === "citizen_report" && has(REPORT_BODY_ROLES_SCOPED, a.role) && !c.sameBody)
    return no("access.territory");
  if ((c.type.startsWith("npm_") || c.confidential === "npm") && !npmRole) return no("access.confidential");
  const victimCleared = has(VICTIM_ROLES, a.role) || a.grants.includes("victim");
  if ((c.type === "family_case" || c.confidential === "victim") && !victimCleared)
    return no("access.confidential");
  if ((c.type === "health_record" || c.confidential === "health") && !a.grants.includes("health")) {
    return no("access.confidential");
  }
  return { allowed: true };
}

/**
 * Whether a marked part (behind `barrier`) of a record is shown to an actor holding `roles`
 * (confidentiality.ts `withheldParts`), stated from the single-role oracle above: some role of the
 * actor may read personal fields of the record with the barrier on it — or the actor wrote the
 * record (001 Art. 60(1), (4)) and some role may still read its personal fields without the barrier.
 */
export function expectPartShown(
  a: Omit<OracleActor, "role"> & { readonly roles: readonly Role[] },
  c: Omit<OracleCase, "action" | "confidential">,
  barrier: "victim" | "health",
  author: boolean,
): boolean {
  const reads = (confidential: Confidentiality | undefined) =>
    a.roles.some(
      (role) => expectOne({ ...a, role }, { ...c, action: "read_personal", confidential }).allowed,
    );
  return author ? reads(undefined) : reads(barrier);
}

/** A LIKE matcher (default escape `\`) to check the SQL patterns of scope.ts without a database. */
export function sqlLike(value: string, pattern: string): boolean {
  let re = "";
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i] ?? "";
    if (ch === "\\") re += escapeRe(pattern[++i] ?? "");
    else if (ch === "%") re += "[\\s\\S]*";
    else if (ch === "_") re += "[\\s\\S]";
    else re += escapeRe(ch);
  }
  return new RegExp(`^${re}$`).test(value);
}

function escapeRe(ch: string): string {
  return ch.replace(/[.*+?^${}()|[\]\\/-]/g, "\\$&");
}

/** Whether can()'s decision is the oracle's: the same verdict and, for a denial, the same code. */
export function sameDecision(got: Decision, want: Expectation): boolean {
  if (got.allowed !== want.allowed) return false;
  return got.allowed || want.allowed || got.code === want.code;
}

/** A decision as a failing test prints it. */
export function showDecision(d: { allowed: boolean; code?: string }): string {
  return d.allowed ? "allowed" : `denied ${d.code ?? ""}`;
}
