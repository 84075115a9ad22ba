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

/**
 * The same rule as `inTerritory`, written as one range of the path index (`~>=~ path AND ~<~ path/`,
 * the text_pattern_ops order) with the exact rule checked on what the range returns. `inTerritory`'s
 * OR becomes a BitmapOr, which always visits the table; a single range lets a covering index answer
 * alone (index-only scan) — used by the reports that count a whole region (migration 0017).
 * '/' is the character after '.', so the range holds the path, the paths below it and nothing that
 * the exact check would not then drop (a sibling such as `KZ.ABA-1` is outside the rule).
 */
export function inTerritoryRange(pathColumn: string, actorPath: string): Expression<SqlBool> {
  const col = sql.ref(pathColumn);
  const below = `${actorPath}.`;
  return sql<SqlBool>`(${col} ~>=~ ${actorPath} AND ${col} ~<~ ${`${actorPath}/`}
    AND (${col} = ${actorPath} OR substr(${col}, 1, ${below.length}) = ${below}))`;
}
