import { can } from "../../access/can.ts";
import { CONFIDENTIALITY_ARTICLE, withheldParts, type WithheldPart } from "../../access/confidentiality.ts";
import type { Resource } from "../../access/resources.ts";
import type { Actor } from "../../access/roles.ts";
import { AppError } from "../../errors/app-error.ts";

/**
 * Access to family cases — families, incidents of domestic violence and the records that point to them
 * (R11.1): the access resource `family_case`, confidential by type behind the victim barrier (001 Art.
 * 83(2)); cleared by the roles whose task it is (the DV inspector, the family support centre, the
 * mobile group, 001 Arts. 10, 11, 72) or a victim grant. An incident's injury is health data as well.
 */
export function familyCaseResource(territoryPath: string): Resource {
  return { type: "family_case", territoryPath };
}

/**
 * May the actor write a new family case record here? Its role and territory decide. The victim barrier
 * guards what a record tells a reader, not the writing: every police officer responds to a report of
 * domestic violence at once and records it (001 Art. 72(3)(1)); what they wrote is shown back only as
 * far as they may read it.
 */
export function authorizeCaseCreate(actor: Actor, territoryPath: string): void {
  const d = can(actor, "create", familyCaseResource(territoryPath));
  if (!d.allowed && d.code !== "access.confidential") throw new AppError(d.code, d.reason);
}

/** Whether {@link authorizeCaseCreate} lets the actor write here. */
export function mayCreateCase(actor: Actor, territoryPath: string): boolean {
  const d = can(actor, "create", familyCaseResource(territoryPath));
  return d.allowed || d.code === "access.confidential";
}

/** `update` of a case (an event, a member, a linked measure): role, territory and the victim barrier. */
export function authorizeCaseUpdate(actor: Actor, territoryPath: string): void {
  const d = can(actor, "update", familyCaseResource(territoryPath));
  if (!d.allowed) throw new AppError(d.code, d.reason);
}

/**
 * Opening one case record: read and personal fields, behind the victim barrier — 403 (`access.role`,
 * `access.territory`, `access.personal_fields` or `access.confidential` with the article) otherwise.
 */
export function authorizeCaseRead(actor: Actor, territoryPath: string): void {
  const resource = familyCaseResource(territoryPath);
  for (const action of ["read", "read_personal"] as const) {
    const d = can(actor, action, resource);
    if (!d.allowed)
      throw new AppError(
        d.code,
        d.reason,
        d.code === "access.confidential" ? { article: CONFIDENTIALITY_ARTICLE } : {},
      );
  }
}

/**
 * How a list shows a case row to the actor: whole, or withheld (a `*` marker with the barrier and
 * article) when the actor's role may list family cases but not clear the victim barrier. Null when
 * the role may not list them at all (the list is then a 403 before any row is read).
 */
export function caseRowWithheld(actor: Actor, territoryPath: string): WithheldPart[] {
  return withheldParts(actor, familyCaseResource(territoryPath), [
    { field: "*", barrier: "victim", article: CONFIDENTIALITY_ARTICLE },
  ]);
}

/** A list of family cases needs `read` of the type in the actor's territory; the barrier withholds rows. */
export function authorizeCaseList(actor: Actor): void {
  const d = can(actor, "read", familyCaseResource(actor.territoryPath));
  if (!d.allowed && d.code !== "access.confidential") throw new AppError(d.code, d.reason);
}

/**
 * The injury's description (health data, 001 Art. 83(2)): shown to a health grant, and to the officer
 * who wrote it (withheldParts' author's exception).
 */
export function injuryWithheld(
  actor: Actor,
  territoryPath: string,
  authoredByActor: boolean,
): WithheldPart[] {
  return withheldParts(
    actor,
    familyCaseResource(territoryPath),
    [{ field: "injury", barrier: "health", article: CONFIDENTIALITY_ARTICLE }],
    { authoredByActor },
  );
}
