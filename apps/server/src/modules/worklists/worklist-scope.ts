import { sql, type Expression, type SqlBool } from "kysely";
import { can } from "../../access/can.ts";
import type { Actor } from "../../access/roles.ts";
import { inTerritory } from "../../db/territory-scope.ts";

export type WorklistScope = "mine" | "district" | "region";

/**
 * The rows a worklist may show (R11.1): always within the actor's territory (the same rule `can`
 * applies to one record); `mine` further limits to what the actor or the actor's body issued or
 * placed. `district` and `region` are the actor's territory: a district inspector asking for the
 * region still sees only the district.
 */
export function scopeFilter(
  actor: Actor,
  scope: WorklistScope,
  cols: { path: string; body: string; user: string },
): Expression<SqlBool> {
  const territory = inTerritory(cols.path, actor.territoryPath);
  if (scope !== "mine") return territory;
  return sql<SqlBool>`(${territory} AND (${sql.ref(cols.body)} = ${actor.bodyId} OR ${sql.ref(cols.user)} = ${actor.userId}))`;
}

/** A person's name for a reader who may see personal fields of persons there (001 Art. 59(6)), else null. */
export function visibleName(
  actor: Actor,
  territoryPath: string,
  row: { last_name_cyr: string | null; first_name_cyr: string | null },
): string | null {
  if (row.last_name_cyr === null) return null;
  if (!can(actor, "read_personal", { type: "person", territoryPath }).allowed) return null;
  return `${row.last_name_cyr} ${row.first_name_cyr ?? ""}`.trim();
}

export type WorkStatus = "overdue" | "due" | "upcoming";

/** Status of a control check due on a date, decided when read (no job needed). */
export function checkStatus(dueOn: string, today: string): WorkStatus {
  return dueOn < today ? "overdue" : dueOn === today ? "due" : "upcoming";
}
