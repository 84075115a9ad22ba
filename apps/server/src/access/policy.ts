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

/**
 * A report from a citizen taken in person by an official of the body (001 Art. 6(4)): the official
 * enters it and reads it with the reporter's contacts, which are personal data; triage and routing
 * are the contact centre's work (CASE_WORK of the hotline operator).
 */
const REPORT_TAKING: readonly Action[] = ["read", "read_personal", "create"];
/**
 * A hand-off between bodies (001 Art. 39(3)): read it and acknowledge, accept, decline or answer it.
 * Hand-offs are created by the use case of the record they concern, never on their own. Which
 * hand-offs an actor reaches is decided by the actor's body being a party (PARTY_SCOPED), not territory.
 */
const HANDOFF_WORK: readonly Action[] = ["read", "update"];
/** What every body that takes reports in person and sends or receives hand-offs gets. */
const REPORTS_AND_HANDOFFS: Permissions = { citizen_report: REPORT_TAKING, handoff: HANDOFF_WORK };

/** Police prevention work: persons, measures, preventive registration and control (001 Art. 59). */
const POLICE: Permissions = {
  ...REFERENCE,
  person: CASE_WORK,
  measure: [...CASE_WORK, "issue_measure", "sign"],
  register_entry: CASE_WORK,
  control_check: [...CASE_WORK, "record_check"],
  aggregate_report: READ,
  // Internal affairs bodies take and act on reports of infractions (001 Arts. 6(4), 13).
  ...REPORTS_AND_HANDOFFS,
  // Every police officer responds to a report of domestic violence at once (001 Art. 72(3)(1)) and
  // records the incident; the victim barrier still withholds what it has written (R11.1). Which
  // shelters have places is known to them; where a shelter is, is not (001 Art. 83(2)).
  family_case: ["read", "create"],
  shelter: READ,
};

/**
 * A body told of reports within its competence (001 Art. 39(3)): guardianship (Art. 22), healthcare
 * management (Art. 25), education management (Art. 21). It takes reports in person, works its
 * hand-offs and reads its territory's figures; persons and measures stay with the bodies that keep them.
 */
const COMPETENT_BODY: Permissions = { ...REFERENCE, ...REPORTS_AND_HANDOFFS, aggregate_report: READ };

export const PERMISSIONS: Readonly<Record<Role, Permissions>> = {
  police_inspector_local: POLICE,
  police_inspector_juvenile: POLICE,
  // Protection from domestic violence is this inspector's task (001 Art. 72(3)), so victims' data
  // too: the inspector records and follows incidents and may bring a victim to a shelter of the
  // territory (001 Arts. 10(2)(4), 72(2)), so knows its address.
  police_inspector_dv: { ...POLICE, family_case: CASE_WORK, shelter: READ_PERSONAL },
  police_head: { ...POLICE, aggregate_report: ["read", "export"] },
  // Records of the school and the pedagogical support it gives (001 Art. 23(3),(9),(14)); its measures
  // only — see BODY_SCOPED.
  // It identifies its pupils among persons to give them pedagogical support (001 Art. 78(3)) and
  // enters a pupil not yet on record when its attendance is imported (78(2)(4)); it changes no one's
  // card, and a victim's card stays behind the victim barrier. Its school records are its own school's
  // (BODY_SCOPED); the education management body reads only their figures (001 Art. 21(10)).
  school_council_member: {
    ...REFERENCE,
    person: ["read", "read_personal", "create"],
    school_record: CASE_WORK,
    measure: [...CASE_WORK, "issue_measure", "sign"],
    aggregate_report: READ,
    ...REPORTS_AND_HANDOFFS,
  },
  // The commission considers materials on minors and applies measures (001 Art. 79(6)(9),(10)); the
  // secretary keeps the records (001 Art. 79(4)), members read them. Both work their own commission
  // only and read the lower commissions' it coordinates and monitors (79(6)(4); BODY_SCOPED, OVERSIGHT).
  // The secretary keeps the composition (adds and ends members); establishing a commission is the
  // akimat's (79(2),(3)).
  minors_commission_secretary: {
    ...REFERENCE,
    minors_case: [...CASE_WORK, "sign"],
    minors_commission: ["read", "read_personal", "update"],
    person: CASE_WORK,
    measure: [...CASE_WORK, "issue_measure", "sign"],
    aggregate_report: READ,
    ...REPORTS_AND_HANDOFFS,
  },
  minors_commission_member: {
    ...REFERENCE,
    minors_case: READ_PERSONAL,
    minors_commission: READ_PERSONAL,
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
    // individual prevention measures the centre takes and signs itself (001 Arts. 48(3), 54, 55).
    measure: [...CASE_WORK, "issue_measure", "sign"],
    // The centre's own places of temporary residence (001 Arts. 10(2)(4), 72(2)); see BODY_SCOPED.
    shelter: CASE_WORK,
    aggregate_report: READ,
    ...REPORTS_AND_HANDOFFS,
  },
  // Citizens involved in prevention (001 Arts. 45-47). The local executive body establishes mobile
  // groups and the places of temporary residence are its territory's (001 Art. 72(2)): it reads which
  // there are and how full, not where.
  // District and city akimats establish commissions on minors' affairs, settlement ones too, and form
  // their composition (001 Art. 79(2),(3)); the commissions' cases stay with the commissions.
  akimat_officer: {
    ...REFERENCE,
    public_assistant: CASE_WORK,
    minors_commission: CASE_WORK,
    shelter: READ,
    aggregate_report: READ,
    ...REPORTS_AND_HANDOFFS,
  },
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
    minors_commission: READ_PERSONAL,
    school_record: READ_PERSONAL,
    public_assistant: READ_PERSONAL,
    // Supervision reads the shelters and their occupancy; their addresses stay with the centre and
    // the DV inspector (001 Art. 83(2)).
    shelter: READ,
    aggregate_report: ["read", "export"],
    // Reports of rights violations reach the prosecutor (001 Art. 12); the office receives hand-offs
    // (a copy of an official warning, 001 Art. 51(3)) and acknowledges them — an act, not a write.
    citizen_report: READ_PERSONAL,
    handoff: HANDOFF_WORK,
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
  // Administration of users and bodies; never case data, NPM data or the audit log. A commission on
  // minors' affairs is a body with its composition (001 Art. 79(2)-(4)): the administrator records it
  // and links its members to their user accounts, as the akimat does.
  system_admin: {
    user: ["read", "read_personal", "manage"],
    body: ["read", "manage"],
    territory: READ,
    minors_commission: CASE_WORK,
  },
  // The audit log names who read what, so its reader sees those names; no case data.
  auditor: { ...REFERENCE, audit_log: ["read", "read_personal", "verify"] },
  // A contact centre's operator (a "hotline", 001 Art. 71(8)) takes calls and messages, triages and
  // routes reports to the competent bodies (001 Art. 39(3)) and answers the reporter (001 Art. 6(4)).
  hotline_operator: {
    ...REFERENCE,
    citizen_report: CASE_WORK,
    // Triage links the persons a report concerns (R6.3): the operator finds them by name or IIN.
    person: READ_PERSONAL,
    handoff: HANDOFF_WORK,
    aggregate_report: READ,
  },
  guardianship_officer: COMPETENT_BODY,
  health_officer: COMPETENT_BODY,
  education_officer: COMPETENT_BODY,
  // The head of a body other than the police reads its inbox, outbox and figures and receives
  // escalations of overdue hand-offs; reports without the reporter's contacts.
  body_head: { ...REFERENCE, citizen_report: READ, handoff: HANDOFF_WORK, aggregate_report: READ },
  // A mobile group identifies persons (families) in difficult life situations early and organises
  // their support (001 Art. 11(1)), visits them with the centre, education, healthcare and internal
  // affairs bodies (001 Art. 10(2)(8)) and informs the police and other bodies of violence it finds
  // (001 Art. 11(2)): its records are case records of families, behind the victim barrier its task
  // clears; it finds the persons it visits, takes reports in person and sends hand-offs.
  mobile_group_member: {
    ...REFERENCE,
    family_case: CASE_WORK,
    person: READ_PERSONAL,
    shelter: READ,
    aggregate_report: READ,
    ...REPORTS_AND_HANDOFFS,
  },
};

/** Roles of the national preventive mechanism: the only ones past the NPM barrier; their work is national. */
export const NPM_ROLES: readonly Role[] = [
  "npm_participant",
  "commissioner_representative",
  "coordinating_council_member",
];

/** Roles cleared for victims' data by their task (001 Art. 72); anyone else needs a `victim` grant. */
export const VICTIM_CLEARED_ROLES: readonly Role[] = [
  "police_inspector_dv",
  "family_centre_specialist",
  "mobile_group_member", // 001 Arts. 11, 72(2)
];

/** Roles that read only the reports their own body took or was handed (BODY_SCOPED below). */
export const REPORT_BODY_SCOPED_ROLES: readonly Role[] = [
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

/** Roles of a commission on minors' affairs (001 Art. 79(4)). */
export const COMMISSION_ROLES: readonly Role[] = ["minors_commission_secretary", "minors_commission_member"];

/**
 * Rules limited to the actor's own body: a school council sees the measures its school gave
 * (pedagogical support), not the police's or the commission's measures in the same district.
 */
export const BODY_SCOPED: ReadonlyArray<{ readonly role: Role; readonly type: ResourceType }> = [
  { role: "school_council_member", type: "measure" },
  // A school prevention council keeps its own school's records: its pupils requiring increased
  // attention, attendance, council meetings, support plans (001 Arts. 23(9),(14), 78(3)).
  { role: "school_council_member", type: "school_record" },
  // A commission's secretary and members work their own commission's cases and composition (001 Art.
  // 79(4),(6)(9)); the commissions above it read them (OVERSIGHT).
  ...COMMISSION_ROLES.flatMap((role) => [
    { role, type: "minors_case" as const },
    { role, type: "minors_commission" as const },
  ]),
  // A family support centre keeps its own places of temporary residence (001 Art. 10(2)(4)).
  { role: "family_centre_specialist", type: "shelter" },
  // A citizen's report is read by the body that took it and the bodies it was handed to or from
  // (001 Art. 39(3)), not by every body of the territory: the reporter's contacts and what they
  // report are personal data (001 Art. 83(2)). The police (offences are theirs to know, 001 Art. 13),
  // the contact centre and the prosecutor read their territory's reports.
  ...REPORT_BODY_SCOPED_ROLES.map((role) => ({ role, type: "citizen_report" as const })),
];

/**
 * Types reached through the actor's body being a party to the record, instead of territory: a
 * hand-off crosses territories (a district's school to the region's commission, a region's contact
 * centre to a district's police), and only its sender and receiver see it (001 Art. 39(3)). The
 * caller names the parties (Resource.parties): the sender and receiver to read, the receiver to act.
 */
export const PARTY_SCOPED: readonly ResourceType[] = ["handoff"];

/**
 * Body-scoped rules whose record a body above the owner also reads (Resource.overseers): a commission
 * coordinates and monitors the lower commissions (001 Art. 79(6)(4)), so its secretary and members
 * read their cases and composition — only read; each commission writes its own.
 */
export const OVERSIGHT: ReadonlyArray<{ readonly role: Role; readonly type: ResourceType }> =
  COMMISSION_ROLES.flatMap((role) => [
    { role, type: "minors_case" as const },
    { role, type: "minors_commission" as const },
  ]);

/** The actions a body above reaches through oversight (OVERSIGHT): reading, never writing. */
export const OVERSIGHT_ACTIONS: readonly Action[] = ["read", "read_personal"];
