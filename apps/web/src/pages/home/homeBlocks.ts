import type { RoleId } from "../../api/types.ts";
import { navFor } from "../../shell/nav.ts";
import type { Today } from "./todayApi.ts";

/**
 * The blocks of a user's home page, from their roles and what GET /today returned (null parts are
 * what the role may not read, apps/server/src/access/policy.ts). The server decides every count;
 * this only chooses which blocks to draw.
 */
export type HomeBlock =
  | "checks"
  | "duties"
  | "triage"
  | "dvIncidents"
  | "centreWork"
  | "mobileGroup"
  | "dvAssessment"
  | "juvenile"
  | "schoolCouncil"
  | "commission"
  | "schoolAnalysis"
  | "handoffs"
  | "inbox"
  | "npm"
  | "accounts"
  | "audit"
  | "summary"
  | "workload"
  | "national"
  | "role";

/** Roles that read aggregate reports of their territory (policy.ts: aggregate_report read). */
const SUMMARY_READERS: readonly RoleId[] = [
  "police_inspector_local",
  "police_inspector_juvenile",
  "police_inspector_dv",
  "police_head",
  "school_council_member",
  "minors_commission_secretary",
  "minors_commission_member",
  "family_centre_specialist",
  "akimat_officer",
  "prosecutor",
  "analyst",
  "hotline_operator",
  "guardianship_officer",
  "health_officer",
  "education_officer",
  "body_head",
  "mobile_group_member",
];

/** Roles that triage citizens' reports (policy.ts: citizen_report case work; 001 Art. 71(8)). */
const TRIAGE_ROLES: readonly RoleId[] = ["hotline_operator"];

/**
 * The domestic-violence and family-support work each role keeps (001 Arts. 10, 11, 72): the DV
 * inspector's notifications (72(3)(2)), the centre's plans, stays and notices (10(2), 55), a mobile
 * group's visits (11(1)); the region's akimat prepares the six-monthly assessment (72(4)).
 */
const DV_INSPECTORS: readonly RoleId[] = ["police_inspector_dv"];
const CENTRE_ROLES: readonly RoleId[] = ["family_centre_specialist"];
const MOBILE_GROUP_ROLES: readonly RoleId[] = ["mobile_group_member"];
const ASSESSMENT_PREPARERS: readonly RoleId[] = ["akimat_officer"];

/**
 * The minors' work (001 Arts. 21(10), 78, 79, 82): the juvenile inspector's registered minors, the
 * school council's pupils and supports, the commission's cases and meetings (its secretary and
 * members, the chair among them), the education body's quarterly analysis of the schools.
 */
const JUVENILE_INSPECTORS: readonly RoleId[] = ["police_inspector_juvenile"];
const SCHOOL_COUNCIL: readonly RoleId[] = ["school_council_member"];
const COMMISSION_ROLES: readonly RoleId[] = ["minors_commission_secretary", "minors_commission_member"];
const EDUCATION_BODY: readonly RoleId[] = ["education_officer"];

/** Roles that take the territory's statistics away (aggregate_report export): they compare officials. */
const WORKLOAD_READERS: readonly RoleId[] = ["police_head", "prosecutor", "analyst"];

export function homeBlocks(roles: readonly RoleId[], today: Today, level: string): HomeBlock[] {
  const any = (list: readonly RoleId[]) => roles.some((r) => list.includes(r));
  const out: HomeBlock[] = [];
  if (today.checks) out.push("checks");
  if (today.duties) out.push("duties");
  if (any(TRIAGE_ROLES)) out.push("triage");
  if (any(DV_INSPECTORS)) out.push("dvIncidents");
  if (any(CENTRE_ROLES)) out.push("centreWork");
  if (any(MOBILE_GROUP_ROLES)) out.push("mobileGroup");
  if (any(ASSESSMENT_PREPARERS) && level === "region") out.push("dvAssessment");
  if (any(JUVENILE_INSPECTORS)) out.push("juvenile");
  if (any(SCHOOL_COUNCIL)) out.push("schoolCouncil");
  if (any(COMMISSION_ROLES)) out.push("commission");
  if (any(EDUCATION_BODY)) out.push("schoolAnalysis");
  // A body that receives or sends hand-offs has them in its menu (shell/nav.ts, by policy.ts).
  if (navFor(roles).some((i) => i.id === "handoffs")) out.push("handoffs");
  if (today.npm) out.push("npm");
  if (today.accounts) out.push("accounts");
  if (today.audit) out.push("audit");
  out.push("inbox");
  if (any(SUMMARY_READERS)) out.push("summary");
  if (any(WORKLOAD_READERS)) out.push("workload");
  // The national figures are for national readers (can(): aggregate_report at the country root).
  if (any(SUMMARY_READERS) && level === "country") out.push("national");
  out.push("role");
  return out;
}
