import type { RoleId } from "../api/types.ts";

// What a user may do on case screens, from the server's policy (apps/server/src/access/policy.ts).
// The server decides every request; these only hide buttons that would be refused.
const PERSON_WRITERS: readonly RoleId[] = [
  "police_inspector_local",
  "police_inspector_juvenile",
  "police_inspector_dv",
  "police_head",
  "minors_commission_secretary",
  "family_centre_specialist",
];
const MEASURE_ISSUERS: readonly RoleId[] = [
  "police_inspector_local",
  "police_inspector_juvenile",
  "police_inspector_dv",
  "police_head",
  "school_council_member",
  "minors_commission_secretary",
];
const CHECK_RECORDERS: readonly RoleId[] = [
  "police_inspector_local",
  "police_inspector_juvenile",
  "police_inspector_dv",
  "police_head",
];

const any = (roles: readonly RoleId[], allowed: readonly RoleId[]) => roles.some((r) => allowed.includes(r));

export const canEditPersons = (roles: readonly RoleId[]) => any(roles, PERSON_WRITERS);
export const canIssueMeasures = (roles: readonly RoleId[]) => any(roles, MEASURE_ISSUERS);
export const canRecordChecks = (roles: readonly RoleId[]) => any(roles, CHECK_RECORDERS);
