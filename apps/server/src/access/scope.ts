import type { Action } from "./actions.ts";
import { can } from "./can.ts";
import { BODY_SCOPED, NPM_ROLES, OVERSIGHT, OVERSIGHT_ACTIONS, PERMISSIONS } from "./policy.ts";
import type { Resource, ResourceType } from "./resources.ts";
import type { Actor } from "./roles.ts";
import { escapeLike, isNational } from "./territory.ts";

/**
 * Helpers for queries (issue 2, item 7: "the same scope enforced in every query"). They use the very
 * primitives `can` uses (territory.ts), so a list never shows a row `can` would refuse by territory.
 */

/**
 * Which territories the actor's queries may return. `national` says whether rows with a null
 * territory belong in the result too: for a national actor always; below that, only for a type an
 * NPM role of the actor may read (NPM work is national). Without a type, never (fail closed).
 */
export type TerritoryScope = { kind: "all" } | { kind: "prefix"; path: string; national: boolean };

export function territoryScope(actor: Actor, type?: ResourceType, action: Action = "read"): TerritoryScope {
  if (isNational(actor)) return { kind: "all" };
  const national =
    type !== undefined &&
    actor.roles.some((r) => NPM_ROLES.includes(r) && (PERMISSIONS[r][type]?.includes(action) ?? false));
  return { kind: "prefix", path: actor.territoryPath, national };
}

/**
 * The scope as SQL-ready values for `(path = $equals OR path LIKE $like)` plus `OR path IS NULL` when
 * `national`. `like` is `KZ.ABA.%` with `\`, `%` and `_` of the path escaped (PostgreSQL's default
 * LIKE escape is `\`), so a code with `_` cannot widen the match.
 */
export type TerritoryFilter =
  { kind: "all" } | { kind: "prefix"; equals: string; like: string; national: boolean };

export function territoryFilter(actor: Actor, type?: ResourceType, action: Action = "read"): TerritoryFilter {
  const scope = territoryScope(actor, type, action);
  if (scope.kind === "all") return scope;
  return {
    kind: "prefix",
    equals: scope.path,
    like: territoryLikePattern(scope.path),
    national: scope.national,
  };
}

/** `KZ.ABA` → `KZ.ABA.%`: the rows below a path (pair it with equality for the path itself). */
export function territoryLikePattern(path: string): string {
  return `${escapeLike(path)}.%`;
}

/**
 * The body a query must also be limited to, or `null`: when every role of the actor that may do
 * `action` on `type` is body-scoped (policy.ts BODY_SCOPED), rows of other bodies are out of scope.
 */
export function bodyRestriction(actor: Actor, type: ResourceType, action: Action = "read"): string | null {
  const allowing = actor.roles.filter((r) => PERMISSIONS[r][type]?.includes(action) ?? false);
  if (allowing.length === 0) return actor.bodyId;
  const scoped = allowing.every((r) => BODY_SCOPED.some((b) => b.role === r && b.type === type));
  return scoped ? actor.bodyId : null;
}

/** A body and the body directly above it: a commission and its parent commission (001 Art. 79(6)(4)). */
export interface BodyLink {
  readonly bodyId: string;
  readonly parentBodyId: string | null;
}

/**
 * The bodies above `bodyId` in `links`, nearest first: what a record of that body carries as
 * Resource.overseers. A loop in the links (bad data) ends the walk instead of running forever.
 */
export function overseersOf(bodyId: string, links: readonly BodyLink[]): string[] {
  const parent = new Map(links.map((l) => [l.bodyId, l.parentBodyId]));
  const out: string[] = [];
  let at = parent.get(bodyId) ?? null;
  while (at !== null && at !== bodyId && !out.includes(at)) {
    out.push(at);
    at = parent.get(at) ?? null;
  }
  return out;
}

/**
 * The bodies a query of `type` must be limited to, or `null` when territory alone decides — the
 * companion of `bodyRestriction` for types with oversight (policy.ts OVERSIGHT): the actor's own body
 * and, for a read by a role that oversees, every body below it in `links` (the lower commissions and
 * theirs, 001 Art. 79(6)(4)). The same answer, row by row, as `can` with `overseersOf` on the record.
 */
export function reachableBodies(
  actor: Actor,
  type: ResourceType,
  links: readonly BodyLink[],
  action: Action = "read",
): string[] | null {
  const own = bodyRestriction(actor, type, action);
  if (own === null) return null;
  const allowing = actor.roles.filter((r) => PERMISSIONS[r][type]?.includes(action) ?? false);
  const overseeing =
    OVERSIGHT_ACTIONS.includes(action) &&
    allowing.some((r) => OVERSIGHT.some((o) => o.role === r && o.type === type));
  if (!overseeing) return [own];
  return [own, ...links.filter((l) => overseersOf(l.bodyId, links).includes(own)).map((l) => l.bodyId)];
}

/** May the actor see the personal fields of this record? The same answer as `can(…, "read_personal")`. */
export function canSeePersonalFields(actor: Actor, resource: Resource): boolean {
  return can(actor, "read_personal", resource).allowed;
}

/** The record with its personal fields replaced by `null` when withheld. */
export type Redacted<T, K extends keyof T> = { [P in keyof T]: P extends K ? T[P] | null : T[P] };

/**
 * Withholds personal fields the actor may not see (001 Art. 59(6); 001 Art. 83(2)). The decision is
 * made for the given record, never for the actor in general: a user who may see personal fields of
 * one type (an NPM council member, of participants) may not see them on another (of complainants).
 * Returns a copy; the record is not changed.
 */
export function redactPersonal<T extends object, K extends keyof T>(
  actor: Actor,
  resource: Resource,
  record: T,
  personalFields: readonly K[],
): Redacted<T, K> {
  // A plain copy typed loosely while fields are nulled; the result type says which may be null.
  const out = { ...record } as Record<PropertyKey, unknown>;
  if (!canSeePersonalFields(actor, resource)) {
    for (const field of personalFields) {
      if (Object.hasOwn(out, field)) out[field] = null;
    }
  }
  return out as Redacted<T, K>;
}
