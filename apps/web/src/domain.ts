// The closed lists the screens offer (roles, body types). The contract holds them as zod values;
// the web app repeats them as plain constants so the bundle carries no zod, and the checks below
// fail compilation if the contract gains a value the web app does not list.
import type { BodyType, RoleId } from "./api/types.ts";

export const ROLES = [
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
  "npm_participant",
  "commissioner_representative",
  "coordinating_council_member",
  "system_admin",
  "auditor",
  "hotline_operator",
  "guardianship_officer",
  "health_officer",
  "education_officer",
  "body_head",
  "mobile_group_member",
] as const satisfies readonly RoleId[];

export const BODY_TYPE_LIST = [
  "ministry",
  "police_department",
  "police_unit",
  "prosecutor_office",
  "court",
  "akimat",
  "education_department",
  "school",
  "special_education_org",
  "special_regime_org",
  "adaptation_centre",
  "family_support_centre",
  "healthcare_org",
  "place_of_detention",
  "minors_commission",
  "commissioner_office",
  "coordinating_council",
  "economic_investigation",
  "system_operator",
  "guardianship_body",
  "healthcare_department",
  "contact_centre",
] as const satisfies readonly BodyType[];

type Exhaustive<Missing> = [Missing] extends [never] ? true : { missing: Missing };
export const rolesComplete: Exhaustive<Exclude<RoleId, (typeof ROLES)[number]>> = true;
export const bodyTypesComplete: Exhaustive<Exclude<BodyType, (typeof BODY_TYPE_LIST)[number]>> = true;
