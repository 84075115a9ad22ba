import { can } from "../../access/can.ts";
import type { Action } from "../../access/actions.ts";
import type { Actor } from "../../access/roles.ts";
import { AppError } from "../../errors/app-error.ts";

/**
 * Mobile groups and their outreach visits are family cases (001 Arts. 11, 72(2)): `family_case` in the
 * group's territory, behind the victim barrier by type (001 Art. 83(2)) — read by the DV inspector,
 * the centre's specialist and the mobile group's members (policy.ts), no one else without a grant.
 */
export function familyCase(territoryPath: string) {
  return { type: "family_case" as const, territoryPath };
}

/** `can(actor, action, family case in territoryPath)` or the 403 it decides. */
export function authorizeFamilyCase(actor: Actor, action: Action, territoryPath: string): void {
  const d = can(actor, action, familyCase(territoryPath));
  if (!d.allowed) throw new AppError(d.code, d.reason);
}

export function mayFamilyCase(actor: Actor, action: Action, territoryPath: string): boolean {
  return can(actor, action, familyCase(territoryPath)).allowed;
}

/** The centre organises mobile groups (001 Art. 10(2)(8)). */
export const ORGANISER_ARTICLE = "001 Art. 10(2)(8)";
/** A group identifies early and organises support; it informs of violence (001 Art. 11(1),(2)). */
export const VISIT_ARTICLE = "001 Art. 11(1)";
