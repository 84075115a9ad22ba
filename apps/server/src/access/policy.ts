import type { Action } from "./actions.ts";
import type { ResourceType } from "./resources.ts";
import type { Role } from "./roles.ts";

/**
 * What each role's work needs (issue 2, item 7; R11.1), as data `can` reads. A role gets only the
 * actions on the types its task in prevention needs: information on preventive registration may be
 * used exclusively for the tasks of prevention (001 Art. 59(6)), and private life, personal and
 * family secrets are not disclosed (001 Art. 83(2)). Territory and confidentiality are checked on top
 * of this table, in `can.ts`.
 */
export type Permissions = Readonly<Partial<Record<ResourceType, readonly Action[]>>>;

const READ: readonly Action[] = ["read"];
const READ_PERSONAL: readonly Action[] = ["read", "read_personal"];
const CASE_WORK: readonly Action[] = ["read", "read_personal", "create", "update"];

/**
 * The annual consolidated report (000 Art. 34): `create` is drafting — opening the year's draft and
 * changing its text until the Council approves it; `update` is what happens to the approved report
 * afterwards (sent, posted, received and answered by state bodies, 34(3), 36(2)).
 */
const ANNUAL_DRAFTING: readonly Action[] = ["read", "create"];

/** Bodies and territories are the organisation's reference data, not case data: every user reads them. */
const REFERENCE: Permissions = { body: READ, territory: READ };

/** Police prevention work: persons, measures, preventive registration and control (001 Art. 59). */
const POLICE: Permissions = {
  ...REFERENCE,
  person: CASE_WORK,
  measure: [...CASE_WORK, "issue_measure", "sign"],
  register_entry: CASE_WORK,
  control_check: [...CASE_WORK, "record_check"],
  aggregate_report: READ,
};

export const PERMISSIONS: Readonly<Record<Role, Permissions>> = {
  police_inspector_local: POLICE,
  police_inspector_juvenile: POLICE,
  // Protection from domestic violence is this inspector's task (001 Art. 72(3)), so victims' data too.
  police_inspector_dv: { ...POLICE, family_case: READ_PERSONAL },
  police_head: { ...POLICE, aggregate_report: ["read", "export"] },
  // Records of the school and the pedagogical support it gives (001 Art. 23(3),(9),(14)); its measures
  // only — see BODY_SCOPED.
  school_council_member: {
    ...REFERENCE,
    school_record: CASE_WORK,
    measure: [...CASE_WORK, "issue_measure", "sign"],
    aggregate_report: READ,
  },
  // The commission considers materials on minors and applies measures (001 Art. 79(6)(9),(10)); the
  // secretary keeps the records (001 Art. 79(4)), members read them.
  minors_commission_secretary: {
    ...REFERENCE,
    minors_case: [...CASE_WORK, "sign"],
    person: CASE_WORK,
    measure: [...CASE_WORK, "issue_measure", "sign"],
    aggregate_report: READ,
  },
  minors_commission_member: {
    ...REFERENCE,
    minors_case: READ_PERSONAL,
    person: READ_PERSONAL,
    measure: READ_PERSONAL,
    aggregate_report: READ,
  },
  // Support of persons (families) in difficult life situations and victims (001 Arts. 54, 72(2),(6)).
  family_centre_specialist: {
    ...REFERENCE,
    family_case: CASE_WORK,
    person: CASE_WORK,
    // Registration of persons (families) in difficult life situations and their assistance plans are
    // individual prevention measures the centre takes itself (001 Arts. 48(3), 54, 55).
    measure: CASE_WORK,
    aggregate_report: READ,
  },
  // Citizens involved in prevention (001 Arts. 45-47).
  akimat_officer: { ...REFERENCE, public_assistant: CASE_WORK, aggregate_report: READ },
  // Supervision reads and never writes. family_case is listed, but its victim barrier still needs a
  // grant; health_record is not (no one reads it yet); NPM data never (000 Art. 35; 003 p.29).
  prosecutor: {
    ...REFERENCE,
    person: READ_PERSONAL,
    measure: READ_PERSONAL,
    register_entry: READ_PERSONAL,
    control_check: READ_PERSONAL,
    family_case: READ_PERSONAL,
    minors_case: READ_PERSONAL,
    school_record: READ_PERSONAL,
    public_assistant: READ_PERSONAL,
    aggregate_report: ["read", "export"],
  },
  // Statistics only: never a person, never a personal field (001 Art. 59(6)).
  analyst: { ...REFERENCE, aggregate_report: ["read", "export"] },
  // NPM participants visit, receive complaints (003 p.12) and sign the group's report (003 p.27).
  // They hold the visit reports the annual report is made from, so they may draft it too (000 Art. 34(1)).
  npm_participant: {
    ...REFERENCE,
    npm_participant: READ,
    npm_institution: READ,
    npm_plan: READ,
    npm_visit: CASE_WORK,
    npm_complaint: CASE_WORK,
    npm_report: [...CASE_WORK, "sign"],
    npm_annual_report: ANNUAL_DRAFTING,
  },
  // The Commissioner's representative accompanies and coordinates visits (003 p.14).
  commissioner_representative: {
    ...REFERENCE,
    npm_participant: CASE_WORK,
    npm_institution: ["read", "create", "update"],
    npm_plan: CASE_WORK,
    npm_visit: CASE_WORK,
    npm_complaint: CASE_WORK,
    npm_report: READ_PERSONAL,
    // The report is posted on the Commissioner's website and the state bodies answer the Commissioner
    // (000 Arts. 34(3), 36(2)): the office records those, and neither drafts nor approves the report.
    npm_annual_report: ["read", "update"],
  },
  // The Coordinating Council forms groups, approves plans (003 pp.5-6) and receives reports (003
  // p.27); complainants' personal data stay with participants and the representative.
  coordinating_council_member: {
    ...REFERENCE,
    npm_participant: READ_PERSONAL,
    npm_institution: READ,
    npm_plan: [...CASE_WORK, "approve"],
    npm_visit: READ,
    npm_complaint: READ,
    npm_report: ["read", "approve"],
    // The Council prepares the annual consolidated report and approves it (000 Art. 34(1), (3)).
    npm_annual_report: [...ANNUAL_DRAFTING, "approve"],
  },
  // Administration of users and bodies; never case data, NPM data or the audit log.
  system_admin: { user: ["read", "read_personal", "manage"], body: ["read", "manage"], territory: READ },
  // The audit log names who read what, so its reader sees those names; no case data.
  auditor: { ...REFERENCE, audit_log: ["read", "read_personal", "verify"] },
};

/** Roles of the national preventive mechanism: the only ones past the NPM barrier; their work is national. */
export const NPM_ROLES: readonly Role[] = [
  "npm_participant",
  "commissioner_representative",
  "coordinating_council_member",
];

/** Roles cleared for victims' data by their task (001 Art. 72); anyone else needs a `victim` grant. */
export const VICTIM_CLEARED_ROLES: readonly Role[] = ["police_inspector_dv", "family_centre_specialist"];

/**
 * Rules limited to the actor's own body: a school council sees the measures its school gave
 * (pedagogical support), not the police's or the commission's measures in the same district.
 */
export const BODY_SCOPED: ReadonlyArray<{ readonly role: Role; readonly type: ResourceType }> = [
  { role: "school_council_member", type: "measure" },
];
