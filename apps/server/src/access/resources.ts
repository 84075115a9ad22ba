/**
 * What access rules are asked about (issue 2, item 7; REQUIREMENTS R11.1): the kinds of records the
 * system has now and will have. A rule never looks at a record's content, only at its type, where it
 * lies (territory, owning body) and whether it is a confidential part.
 */
export const RESOURCE_TYPES = [
  "person", // a person prone to committing infractions, a minor, a parent (001 Art. 59(2))
  "measure", // an individual preventive measure: official warning, protective order, pedagogical support…
  "register_entry", // preventive registration (001 Art. 59)
  "control_check", // preventive control over a registered person (001 Art. 59(10))
  "family_case", // domestic violence / difficult life situation: victims' data (001 Arts. 54, 72)
  "health_record", // health data: confidential, no role reads it yet
  "minors_case", // a case of the commission on minors' affairs (001 Art. 79)
  // A commission on minors' affairs as established: level, parent, act of establishment and its
  // composition (001 Art. 79(2)-(5)); its members' names and positions are its personal fields.
  // Organisational data like a body, not case data: it holds nothing about a minor.
  "minors_commission",
  "school_record", // a record of a school prevention council (001 Art. 23)
  "public_assistant", // citizens involved in prevention, kept by akimats (001 Arts. 45-47)
  "npm_participant", // the national preventive mechanism (000 Arts. 26-36; 003)
  "npm_institution",
  "npm_plan",
  "npm_visit",
  "npm_complaint",
  "npm_report", // a group's report on its visit, signed by the group (003 pp.27-29)
  "npm_annual_report", // the annual consolidated report prepared by the Council (000 Art. 34)
  "citizen_report", // a report from a citizen or organisation (001 Art. 6(4),(5)); its reporter's contacts are personal
  "handoff", // a record sent by one body to another on a legal ground (001 Art. 39(3)); no personal data of its own
  "aggregate_report", // statistics: no personal fields
  // A place of temporary residence for victims (001 Arts. 10(2)(4), 72(2)): its name, places and
  // occupancy are `read`; its address is its personal field (`read_personal`), kept from the offender.
  "shelter",
  "audit_log",
  "user",
  "body",
  "territory",
] as const;

export type ResourceType = (typeof RESOURCE_TYPES)[number];

export function isResourceType(value: string): value is ResourceType {
  return (RESOURCE_TYPES as readonly string[]).includes(value);
}

/** Case data: records about persons made in the work of prevention (001 Art. 59(6) limits their use). */
export const CASE_TYPES = [
  "person",
  "measure",
  "register_entry",
  "control_check",
  "family_case",
  "health_record",
  "minors_case",
  "school_record",
  "public_assistant",
  "citizen_report",
] as const satisfies readonly ResourceType[];

/** Records of the national preventive mechanism: seen by NPM roles only (000 Art. 35; 003 p.29). */
export const NPM_TYPES = [
  "npm_participant",
  "npm_institution",
  "npm_plan",
  "npm_visit",
  "npm_complaint",
  "npm_report",
  "npm_annual_report",
] as const satisfies readonly ResourceType[];

export function isCaseType(type: ResourceType): boolean {
  return (CASE_TYPES as readonly ResourceType[]).includes(type);
}

export function isNpmType(type: ResourceType): boolean {
  return (NPM_TYPES as readonly ResourceType[]).includes(type);
}

/** Confidential parts that need more than a role (R11.1). */
export type Confidentiality = "victim" | "health" | "npm";

/**
 * One record (or the place a new record would go) as access rules see it.
 * - `territoryPath`: the materialised path of the record's territory (`KZ.ABA.ABA01`); `null` for a
 *   national record, which only country-level actors and roles with national work (NPM) see.
 * - `bodyId`: the body that owns the record, where a rule is limited to the actor's own body.
 * - `parties`: the bodies a party-scoped record (a hand-off) is between; see below.
 * - `overseers`: the bodies above the owning body that coordinate and monitor it; see below.
 * - `confidential`: marks a confidential part on a record of any type; the types `family_case`,
 *   `health_record` and `npm_*` are confidential by themselves and cannot be unmarked.
 */
export interface Resource {
  readonly type: ResourceType;
  readonly territoryPath: string | null;
  readonly bodyId?: string;
  readonly confidential?: Confidentiality;
  /**
   * For a party-scoped type (policy.ts PARTY_SCOPED: a hand-off): the bodies the actor's body must be
   * one of, in place of territory — the sender and receiver to read, only the receiver to act on it.
   * Missing or empty: no one reaches the record (fail closed).
   */
  readonly parties?: readonly string[];
  /**
   * For a record of a body another body coordinates and monitors — a lower commission on minors'
   * affairs (001 Art. 79(6)(4)): the bodies above it (its parent commission, that one's parent, …).
   * Where the rule is body-scoped with oversight (policy.ts OVERSIGHT), these bodies read the record
   * too; they never write it. Missing or empty: only the owning body (fail closed).
   */
  readonly overseers?: readonly string[];
}

/**
 * Every confidentiality barrier a record is behind: the one its type carries plus the one it is
 * marked with. A rule must clear all of them, so marking can only make a record stricter.
 */
export function confidentialityOf(resource: Resource): readonly Confidentiality[] {
  const out: Confidentiality[] = [];
  if (resource.type === "family_case") out.push("victim");
  if (resource.type === "health_record") out.push("health");
  if (isNpmType(resource.type)) out.push("npm");
  if (resource.confidential && !out.includes(resource.confidential)) out.push(resource.confidential);
  return out;
}
