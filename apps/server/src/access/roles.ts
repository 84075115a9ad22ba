/**
 * Roles of Aldyn users (issue 2, item 4). A user belongs to one body (organisation unit) in one
 * territory and holds one or more roles; the role decides what the user may do, the body and its
 * territory decide which records the user sees (REQUIREMENTS R11.1).
 */
export const ROLES = [
  "police_inspector_local", // district police inspector (участковый инспектор полиции)
  "police_inspector_juvenile", // inspector for minors' affairs
  "police_inspector_dv", // inspector for the protection of women from violence
  "police_head", // head of a territorial police body
  "school_council_member", // member of a school prevention council (001 Art. 23(9),(14))
  "minors_commission_secretary", // secretary of a commission on minors' affairs (001 Art. 79)
  "minors_commission_member",
  "family_centre_specialist", // family support centre / mobile group (001 Arts. 54, 72)
  "akimat_officer", // local executive body (public assistants, 001 Arts. 45-47)
  "prosecutor", // supervises, reads within territory
  "analyst", // aggregates only, never personal fields (001 Art. 59(6))
  "npm_participant", // participant of the national preventive mechanism (000 Art. 28)
  "commissioner_representative", // the Commissioner for Human Rights' office / regional representative
  "coordinating_council_member", // NPM Coordinating Council (003 p.6)
  "system_admin", // manages users and bodies, never reads case data
  "auditor", // reads the audit log
  // Bodies that receive reports and hand-offs (001 Art. 39(3): the competent body is told at once).
  "hotline_operator", // takes calls and messages at a contact centre, triages and routes them (001 Art. 71(8))
  "guardianship_officer", // a guardianship (opeka) body: children without care or in danger (001 Art. 22)
  "health_officer", // a local healthcare management body (001 Arts. 25-26)
  "education_officer", // a local education management body (001 Art. 21)
  "body_head", // head of a body other than the police: its inbox, outbox and figures, escalations
  // A member of a mobile group the family support centre organises with education, healthcare and
  // internal affairs bodies: early identification and support of persons (families) (001 Arts. 10(2)(8), 11, 72(2)).
  "mobile_group_member",
] as const;

export type Role = (typeof ROLES)[number];

export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}

/** Territory levels: the Republic, a region or city of republican significance, a district. */
export type TerritoryLevel = "country" | "region" | "district";

/**
 * The acting user as access rules see it. `territoryPath` is a dot-separated materialised path,
 * e.g. `KZ`, `KZ.ABA`, `KZ.ABA.ABA01`; a body sees records whose territory path starts with its own.
 */
export interface Actor {
  readonly userId: string;
  readonly roles: readonly Role[];
  readonly bodyId: string;
  readonly territoryPath: string;
  readonly territoryLevel: TerritoryLevel;
  /** True for service accounts of other agencies' systems (bearer tokens). */
  readonly service?: boolean;
  /**
   * Specific grants to confidential parts beyond what the roles clear (R11.1): victims' data and
   * health data. NPM data cannot be granted to anyone outside the NPM (000 Art. 35; 003 p.29).
   */
  readonly grants?: readonly ConfidentialGrant[];
}

/** A grant that lifts one confidentiality barrier; it never widens role or territory (see can.ts). */
export type ConfidentialGrant = "victim" | "health";
