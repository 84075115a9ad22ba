import { MEASURE_KINDS, rulesFor, type IssuerKind, type MeasureInput, type MeasureKind } from "@aldyn/law";
import { can } from "../../access/can.ts";
import type { Action } from "../../access/actions.ts";
import type { Resource, ResourceType } from "../../access/resources.ts";
import type { Actor, Role } from "../../access/roles.ts";
import { AppError } from "../../errors/app-error.ts";

/** `can(actor, action, record)` or the 403 it decides. */
export function authorizeOn(actor: Actor, action: Action, resource: Resource): void {
  const d = can(actor, action, resource);
  if (!d.allowed) throw new AppError(d.code, d.reason);
}

export function caseResource(type: ResourceType, territoryPath: string, bodyId?: string): Resource {
  return bodyId === undefined ? { type, territoryPath } : { type, territoryPath, bodyId };
}

/**
 * The issuer kind (in the law's terms) a role acts as. The law decides which kind may issue which
 * measure (e.g. 001 Art. 60(1)); the server only says who the user is.
 */
const ROLE_ISSUER: Partial<Record<Role, IssuerKind>> = {
  police_head: "police_head",
  police_inspector_local: "police_district_inspector",
  police_inspector_juvenile: "police_juvenile_inspector",
  police_inspector_dv: "police_domestic_violence_inspector",
  school_council_member: "school_prevention_council",
  minors_commission_secretary: "commission_on_minors",
  family_centre_specialist: "family_support_centre",
};

/**
 * Who took the decision. A user acts as the kind of its role; a judicial act (court, 001 Arts. 61-69,
 * 80-81) is recorded by the body that executes it, so `court` may always be named.
 */
export function issuerKindFor(actor: Actor, requested: string | undefined): IssuerKind {
  const own = ownIssuerKinds(actor);
  if (requested === undefined) {
    const first = own[0];
    if (!first) throw new AppError("access.role", "Your role does not take individual prevention measures.");
    return first;
  }
  if (requested === "court" || (own as string[]).includes(requested)) return requested as IssuerKind;
  throw new AppError("validation.failed", "You may record decisions of your own office or of a court.", {
    field: "issuerKind",
  });
}

const ownIssuerKinds = (actor: Actor): IssuerKind[] =>
  actor.roles.map((r) => ROLE_ISSUER[r]).filter((k): k is IssuerKind => k !== undefined);

/** Whose decision a user records: its own office's (the role's issuer kind) or a court's act. */
export type IssuerChoice = "own" | "court";

/** A kind the user may issue and whose decision it may record for it (`Me.measureKinds`). */
export interface IssuableKind {
  readonly kind: MeasureKind;
  readonly issuers: readonly IssuerChoice[];
}

/**
 * The measure kinds the actor may issue, as `issueMeasure` decides them, for the issue form to offer
 * only those (R11.1): `can(issue_measure)` on a measure of its own body and territory, then the law's
 * competent issuers of each kind (001 Art. 48(2) and each kind's article) for the issuer kind the
 * actor acts as when it names none (`issuerKindFor`), or a court. A kind whose issuers depend on the
 * decision's content (001 Art. 68: the guardianship body for some actions) is offered by its default
 * issuers; the law still answers for the content.
 */
export function issuableKinds(actor: Actor): IssuableKind[] {
  const own = ownIssuerKinds(actor)[0];
  const resource: Resource = { type: "measure", territoryPath: actor.territoryPath, bodyId: actor.bodyId };
  if (own === undefined || !can(actor, "issue_measure", resource).allowed) return [];
  return MEASURE_KINDS.flatMap((kind) => {
    const competent = rulesFor(kind).issuers({ kind, details: {} } as unknown as MeasureInput);
    const issuers: IssuerChoice[] = [
      ...(competent.includes(own) ? (["own"] as const) : []),
      ...(competent.includes("court") ? (["court"] as const) : []),
    ];
    return issuers.length > 0 ? [{ kind, issuers }] : [];
  });
}
