import type { Actor } from "./roles.ts";

/**
 * Territory primitives shared by `can` (one record) and `scope` (queries), so both apply exactly the
 * same rule (R11.1): a body sees its own territory and everything below it.
 */

/**
 * A national actor: at country level, at the root of the territory tree. Both must hold — an actor
 * whose level says "country" but whose path lies below the root is treated by its path (fail closed).
 */
export function isNational(actor: Actor): boolean {
  return actor.territoryLevel === "country" && !actor.territoryPath.includes(".");
}

/**
 * Whether a non-null record path lies in the actor's territory: equal to it or below it. The `"."` is
 * part of the prefix so `KZ.ABA` never sees its look-alike neighbour `KZ.ABA1`.
 */
export function pathWithin(actorPath: string, recordPath: string): boolean {
  return recordPath === actorPath || recordPath.startsWith(actorPath + ".");
}

/**
 * Whether a record in `recordPath` lies in the actor's reach. A national record (`null`) is reached
 * by national actors, and by actors whose role works nationally when `nationalWork` is true.
 */
export function inReach(actor: Actor, recordPath: string | null, nationalWork: boolean): boolean {
  if (isNational(actor)) return true;
  if (recordPath === null) return nationalWork;
  return pathWithin(actor.territoryPath, recordPath);
}

/**
 * Escapes a string for a SQL `LIKE` pattern with the default escape character `\` (PostgreSQL):
 * a territory code holding `_` or `%` must not act as a wildcard and widen the scope.
 */
export function escapeLike(value: string): string {
  return value.replace(/[\\%_]/g, "\\$&");
}
