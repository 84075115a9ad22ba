import { sql, type Expression, type SqlBool } from "kysely";
import { territoryLikePattern } from "../access/scope.ts";

/**
 * The territory filter every query applies (R11.1): a record is in scope when its territory path
 * equals the actor's or lies below it — the same rule `can` applies to single records (access/).
 */
export function inTerritory(pathColumn: string, actorPath: string): Expression<SqlBool> {
  return sql<SqlBool>`(${sql.ref(pathColumn)} = ${actorPath} OR ${sql.ref(pathColumn)} LIKE ${territoryLikePattern(actorPath)})`;
}
