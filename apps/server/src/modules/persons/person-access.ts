import type { FastifyRequest } from "fastify";
import { can } from "../../access/can.ts";
import type { Action } from "../../access/actions.ts";
import type { Resource } from "../../access/resources.ts";
import type { Actor } from "../../access/roles.ts";
import { canSeePersonalFields } from "../../access/scope.ts";
import type { AuditContext } from "../../audit/record.ts";
import { AppError } from "../../errors/app-error.ts";
import { auditContext, requireAuth } from "../../http/request-context.ts";

/** Who acts in a persons use case: the access rules' actor and the audit context of the request. */
export interface PersonCtx {
  readonly actor: Actor;
  readonly userId: string;
  readonly audit: AuditContext;
}

export function personCtx(req: FastifyRequest): PersonCtx {
  const auth = requireAuth(req);
  return { actor: auth.actor, userId: auth.user.id, audit: auditContext(req) };
}

export function personResource(territoryPath: string): Resource {
  return { type: "person", territoryPath };
}

/** `can(actor, action, person in territoryPath)` or the 403 it decides. */
export function authorizePerson(actor: Actor, action: Action, territoryPath: string): void {
  const d = can(actor, action, personResource(territoryPath));
  if (!d.allowed) throw new AppError(d.code, d.reason);
}

export function seesPersonal(actor: Actor, territoryPath: string): boolean {
  return canSeePersonalFields(actor, personResource(territoryPath));
}

/** Personal fields a full read shows; the audit row of the read lists them (R11.2). */
export const PERSON_PERSONAL_FIELDS = [
  "iin",
  "lastNameCyr",
  "firstNameCyr",
  "middleNameCyr",
  "lastNameLat",
  "firstNameLat",
  "middleNameLat",
  "birthDate",
  "sex",
  "citizenship",
  "registeredAddress",
  "actualAddress",
  "contacts",
  "documents",
] as const;

/** Personal fields a list (search hit, duplicate, linked person) shows. */
export const PERSON_SUMMARY_FIELDS = [
  "iin",
  "lastNameCyr",
  "firstNameCyr",
  "middleNameCyr",
  "lastNameLat",
  "firstNameLat",
  "middleNameLat",
  "birthDate",
  "sex",
] as const;
