import type { RoleId } from "../api/types.ts";

/**
 * Navigation by role, in one place. A later module adds its item to NAV_ITEMS (in menu order), its
 * route to router.tsx, and its id to the roles that use it below; the Record type makes every
 * role be listed.
 */
export const NAV_ITEMS = [
  { id: "home", path: "/", labelKey: "nav.home" },
  { id: "users", path: "/users", labelKey: "nav.users" },
  { id: "bodies", path: "/bodies", labelKey: "nav.bodies" },
  { id: "audit", path: "/audit", labelKey: "nav.audit" },
] as const;

export type NavItem = (typeof NAV_ITEMS)[number];
export type NavId = NavItem["id"];

// Case-work roles share the home dashboard until their modules add worklists.
const CASE_WORK: readonly NavId[] = ["home"];

export const NAV_BY_ROLE: Record<RoleId, readonly NavId[]> = {
  police_inspector_local: CASE_WORK,
  police_inspector_juvenile: CASE_WORK,
  police_inspector_dv: CASE_WORK,
  police_head: CASE_WORK,
  school_council_member: CASE_WORK,
  minors_commission_secretary: CASE_WORK,
  minors_commission_member: CASE_WORK,
  family_centre_specialist: CASE_WORK,
  akimat_officer: CASE_WORK,
  prosecutor: CASE_WORK,
  analyst: CASE_WORK,
  npm_participant: CASE_WORK,
  commissioner_representative: CASE_WORK,
  coordinating_council_member: CASE_WORK,
  system_admin: ["users", "bodies"],
  auditor: ["audit"],
};

/** The menu of a user holding `roles`: the union of their roles' items, in menu order. */
export function navFor(roles: readonly RoleId[]): NavItem[] {
  const allowed = new Set(roles.flatMap((role) => NAV_BY_ROLE[role] ?? []));
  return NAV_ITEMS.filter((item) => allowed.has(item.id));
}
