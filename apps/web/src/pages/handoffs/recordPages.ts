// Whether the reader's menu opens the page of a hand-off's record. The records of domestic violence and
// family support have their pages in the menus of the roles that work them (001 Arts. 10, 11, 72(3)); a
// body told of an incident without such a page (the guardianship body, 22(3)) sees the record's name as
// text rather than a link to "not available". The other records link as before.
import type { RoleId } from "../../api/types.ts";
import { navFor, type NavId } from "../../shell/nav.ts";
import type { HandoffRecordType } from "./handoffsApi.ts";

/** The menu item whose pages show each record type of domestic violence and family support. */
export const RECORD_PAGE_NAV: Readonly<Partial<Record<HandoffRecordType, NavId>>> = {
  dv_incident: "incidents",
  assistance_plan: "familySupport",
  outreach_visit: "mobileGroups",
};

/** True when a user holding `roles` may open the page of a record of `type`. */
export function recordPageOpens(type: HandoffRecordType, roles: readonly RoleId[]): boolean {
  const nav = RECORD_PAGE_NAV[type];
  return nav === undefined || navFor(roles).some((item) => item.id === nav);
}
