import type { RoleId } from "../api/types.ts";

/**
 * Navigation by role, in one place. A later module adds its item to NAV_ITEMS (in menu order), its
 * route to router.tsx, and its id to the roles that use it below; the Record type makes every
 * role be listed.
 */
export const NAV_ITEMS = [
  { id: "home", path: "/", labelKey: "nav.home" },
  { id: "worklists", path: "/worklists", labelKey: "nav.worklists" },
  { id: "juvenile", path: "/juvenile", labelKey: "juvenile.nav" },
  { id: "persons", path: "/persons", labelKey: "nav.persons" },
  { id: "incidents", path: "/incidents", labelKey: "incidents.nav" },
  { id: "families", path: "/families", labelKey: "families.nav" },
  { id: "reports", path: "/reports", labelKey: "report.nav" },
  { id: "handoffs", path: "/handoffs", labelKey: "handoff.nav" },
  { id: "warningCopies", path: "/warning-copies", labelKey: "handoff.navCopies" },
  { id: "handoffFigures", path: "/figures/handoffs", labelKey: "handoffFigures.nav" },
  { id: "familySupport", path: "/family-support", labelKey: "familySupport.nav" },
  { id: "mobileGroups", path: "/mobile-groups", labelKey: "mobileGroups.nav" },
  { id: "dvAssessments", path: "/dv-assessments", labelKey: "dvAssessment.nav" },
  { id: "minorsCases", path: "/minors-cases", labelKey: "minorsCases.nav" },
  { id: "meetings", path: "/meetings", labelKey: "meetings.nav" },
  { id: "commissions", path: "/commissions", labelKey: "commissions.nav" },
  { id: "school", path: "/school", labelKey: "school.nav" },
  { id: "schoolAnalysis", path: "/school-analysis", labelKey: "schoolAnalysis.nav" },
  { id: "npmCoverage", path: "/npm/coverage", labelKey: "nav.npmCoverage" },
  { id: "npmInstitutions", path: "/npm/institutions", labelKey: "nav.npmInstitutions" },
  { id: "npmPlans", path: "/npm/plans", labelKey: "nav.npmPlans" },
  { id: "npmVisits", path: "/npm/visits", labelKey: "nav.npmVisits" },
  { id: "npmParticipants", path: "/npm/participants", labelKey: "nav.npmParticipants" },
  { id: "npmAnnual", path: "/npm/annual", labelKey: "npm.annual.nav" },
  { id: "users", path: "/users", labelKey: "nav.users" },
  { id: "bodies", path: "/bodies", labelKey: "nav.bodies" },
  { id: "audit", path: "/audit", labelKey: "nav.audit" },
] as const;

export type NavItem = (typeof NAV_ITEMS)[number];
export type NavId = NavItem["id"];

// Every role has the home dashboard; those who read persons (policy.ts: police, the commission on
// minors, family centres, prosecutors) also get the persons register.
const PERSONS: readonly NavId[] = ["home", "persons"];
// A body that receives and sends hand-offs (policy.ts: handoff read/update) has its inbox and outbox.
// Every body that takes reports from citizens in person, the hotline, the prosecutor and the heads
// (policy.ts: citizen_report) has the reports of its territory (R6; 001 Arts. 6(4), 71(8)).
const BODY: readonly NavId[] = ["home", "reports", "handoffs"];
const PERSONS_BODY: readonly NavId[] = ["home", "persons", "reports", "handoffs"];
// Police do the control checks and keep the duties (001 Art. 59(10)): their worklists first.
// They respond to reports of domestic violence and record the incidents of families (001 Art. 72(3)).
const POLICE: readonly NavId[] = [
  "home",
  "worklists",
  "persons",
  "incidents",
  "families",
  "reports",
  "handoffs",
];
// NPM data is confidential (000 Art. 35; 003 p.29): only the three NPM roles see these items.
const NPM: readonly NavId[] = [
  "home",
  "npmCoverage",
  "npmInstitutions",
  "npmPlans",
  "npmVisits",
  "npmParticipants",
  "npmAnnual",
];

export const NAV_BY_ROLE: Record<RoleId, readonly NavId[]> = {
  police_inspector_local: POLICE,
  // The district's minors on the register: restrictions and rehabilitation (001 Art. 82).
  police_inspector_juvenile: [...POLICE, "juvenile"],
  police_inspector_dv: POLICE,
  // Heads, prosecutors and analysts read the figures of hand-offs and reports (aggregate_report, R8).
  police_head: [...POLICE, "handoffFigures", "dvAssessments"],
  // The council finds its pupils among persons (001 Art. 78(3)); victims' cards stay withheld.
  // Its pupils, attendance, meetings and supports (001 Art. 78); its own quarter's analysis (21(10)).
  school_council_member: [...PERSONS_BODY, "school", "schoolAnalysis"],
  // The commission's cases, meetings and composition (001 Art. 79): the secretary keeps them, the
  // members (the chair among them) read the materials, vote and sign.
  minors_commission_secretary: [...PERSONS_BODY, "minorsCases", "meetings", "commissions"],
  minors_commission_member: [...PERSONS, "minorsCases", "meetings", "commissions"],
  // The centre is told of every incident and supports the families (001 Arts. 10(2), 72(2)-(3)).
  family_centre_specialist: [...PERSONS_BODY, "familySupport", "mobileGroups", "incidents", "families"],
  // The region's akimat prepares the commission's six-monthly assessment (001 Art. 72(4),(7)).
  // It also establishes the commissions on minors' affairs and their composition (001 Art. 79(2),(3)).
  akimat_officer: [...BODY, "dvAssessments", "commissions"],
  // The prosecutor receives the copies of official warnings within 24 hours (001 Art. 51(3)).
  prosecutor: [...PERSONS_BODY, "warningCopies", "handoffFigures", "dvAssessments"],
  analyst: ["home", "handoffFigures", "dvAssessments"],
  npm_participant: NPM,
  commissioner_representative: NPM,
  coordinating_council_member: NPM,
  // Every role has a home page of its day's work (pages/home): administrators and auditors too.
  system_admin: ["home", "users", "bodies"],
  auditor: ["home", "audit"],
  // Bodies that take reports and receive hand-offs (001 Art. 39(3)); their screens add their items.
  hotline_operator: BODY,
  guardianship_officer: BODY,
  health_officer: BODY,
  // The education management body analyses the schools' prevention work quarterly (001 Art. 21(10)).
  education_officer: [...BODY, "schoolAnalysis"],
  body_head: [...BODY, "handoffFigures", "dvAssessments"],
  // A mobile group finds the persons it visits and sends what it finds (001 Arts. 11, 72(2)).
  mobile_group_member: [...PERSONS_BODY, "mobileGroups", "families"],
};

/** The menu of a user holding `roles`: the union of their roles' items, in menu order. */
export function navFor(roles: readonly RoleId[]): NavItem[] {
  const allowed = new Set(roles.flatMap((role) => NAV_BY_ROLE[role] ?? []));
  return NAV_ITEMS.filter((item) => allowed.has(item.id));
}
