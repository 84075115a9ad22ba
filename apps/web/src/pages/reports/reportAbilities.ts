// What a role may do with reports from citizens, from the server's policy (apps/server/src/access/
// policy.ts, citizen_report): the server decides every request; these only hide buttons it would refuse.
import type { RoleId } from "../../api/types.ts";

/** The roles of bodies that take a report in person (001 Art. 71(8)) and the hotline (CASE_WORK). */
const REPORT_TAKERS: readonly RoleId[] = [
  "hotline_operator",
  "police_inspector_local",
  "police_inspector_juvenile",
  "police_inspector_dv",
  "police_head",
  "school_council_member",
  "minors_commission_secretary",
  "family_centre_specialist",
  "akimat_officer",
  "guardianship_officer",
  "health_officer",
  "education_officer",
];

/** Whether the user takes reports (the "new report" form). */
export const canTakeReports = (roles: readonly RoleId[]) => roles.some((r) => REPORT_TAKERS.includes(r));

/** Whether the user answers the hotline: only the contact centre's operator enters calls. */
export const takesCalls = (roles: readonly RoleId[]) => roles.includes("hotline_operator");
