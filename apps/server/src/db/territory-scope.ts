import { sql, type Expression, type SqlBool } from "kysely";
import { territoryLikePattern } from "../access/scope.ts";

/**
 * The territory filter every query applies (R11.1): a record is in scope when its territory path
 * equals the actor's or lies below it — the same rule `can` applies to single records (access/).
 */
export function inTerritory(pathColumn: string, actorPath: string): Expression<SqlBool> {
  return sql<SqlBool>`(${sql.ref(pathColumn)} = ${actorPath} OR ${sql.ref(pathColumn)} LIKE ${territoryLikePattern(actorPath)})`;
}

/**
 * The same rule for a column holding a territory id (person.territory_id): the ids of the actor's
 * territory and those below it, computed once per statement (an init plan), so the planner can AND
 * the column's index into a bitmap with another index (the name search) instead of joining first.
 */
export function inTerritoryIds(idColumn: string, actorPath: string): Expression<SqlBool> {
  return sql<SqlBool>`${sql.ref(idColumn)} = ANY(ARRAY(SELECT id FROM territory WHERE path = ${actorPath} OR path LIKE ${territoryLikePattern(actorPath)}))`;
}
