import { sql, type Expression, type SqlBool } from "kysely";
import type { WorklistExportQuery, WorklistScope } from "@aldyn/contract";
import { can } from "../../access/can.ts";
import type { Actor } from "../../access/roles.ts";
import { pathWithin } from "../../access/territory.ts";
import type { Db } from "../../db/pool.ts";
import { inTerritoryRange } from "../../db/territory-scope.ts";
import { AppError } from "../../errors/app-error.ts";

export type { WorklistScope };

/** The rows a worklist shows, resolved from the query and the actor. */
export interface ResolvedScope {
  /** The territory shown: the actor's own or, narrowed, one inside it. */
  readonly path: string;
  /** Its depth in the tree (KZ = 1, a region 2, a district 3): per-territory counts group one below. */
  readonly depth: number;
  /** Whether the shown territory has territories below it (a region or the Republic). */
  readonly hasChildren: boolean;
  /** `mine`: issued/placed by this user; `body`: by the actor's body; null: anyone's. */
  readonly issuer: { readonly userId: string } | { readonly bodyId: string } | null;
}

/**
 * Resolves the scope of a worklist (R11.1; issue 4 item 4). The territory is the actor's, narrowed to
 * `territoryId` when given — refused with 403 `access.territory` when that lies outside the actor's
 * territory, as `can` refuses a single record there. `district` means one district: the actor's own,
 * or for a region-level actor the district named by `territoryId` (400 without it, rather than the
 * whole region under a district's name). `region` is the actor's whole territory: for a district
 * inspector that is the district, never wider.
 */
export async function resolveScope(
  db: Db,
  actor: Actor,
  q: Pick<WorklistExportQuery, "scope" | "territoryId">,
): Promise<ResolvedScope> {
  let path = actor.territoryPath;
  let level: string = actor.territoryLevel;
  if (q.territoryId !== undefined) {
    const t = await db
      .selectFrom("territory")
      .select(["path", "level"])
      .where("id", "=", q.territoryId)
      .executeTakeFirst();
    if (!t) throw new AppError("validation.failed", "No such territory.", { field: "territoryId" });
    if (!pathWithin(actor.territoryPath, t.path)) {
      throw new AppError("access.territory", "The territory lies outside your own.", {
        field: "territoryId",
      });
    }
    path = t.path;
    level = t.level;
  }
  if (q.scope === "district" && level !== "district") {
    throw new AppError("validation.failed", "Choose the district to show (territoryId).", {
      field: "territoryId",
    });
  }
  const issuer =
    q.scope === "mine" ? { userId: actor.userId } : q.scope === "body" ? { bodyId: actor.bodyId } : null;
  return { path, depth: path.split(".").length, hasChildren: level !== "district", issuer };
}

/**
 * The filter of a resolved scope over a table's territory path and issuer columns. The territory
 * filter is the one every query applies (`inTerritory`, here in its range form), on the shown territory — itself checked to
 * lie inside the actor's.
 */
export function scopeFilter(
  scope: ResolvedScope,
  cols: { path: string; body: string; user: string },
): Expression<SqlBool> {
  // The range form: a region's list is then read from the covering indexes of migration 0017 alone.
  const territory = inTerritoryRange(cols.path, scope.path);
  if (scope.issuer === null) return territory;
  if ("userId" in scope.issuer) {
    return sql<SqlBool>`(${territory} AND ${sql.ref(cols.user)} = ${scope.issuer.userId})`;
  }
  return sql<SqlBool>`(${territory} AND ${sql.ref(cols.body)} = ${scope.issuer.bodyId})`;
}

/**
 * The territory one level below the shown one that a row's path falls in (`KZ.ABA.ABA01.X` under
 * `KZ.ABA` → `KZ.ABA.ABA01`); a row at the shown level itself keeps its own path.
 */
export function childTerritory(pathColumn: string, scope: ResolvedScope) {
  return sql<string>`array_to_string((string_to_array(${sql.ref(pathColumn)}, '.'))[1:${sql.lit(scope.depth + 1)}], '.')`;
}

/** Whether the reader may see personal fields of persons there, their names (001 Art. 59(6)). */
export function seesName(actor: Actor, territoryPath: string): boolean {
  return can(actor, "read_personal", { type: "person", territoryPath }).allowed;
}

/** A person's name for a reader who may see personal fields of persons there (001 Art. 59(6)), else null. */
export function visibleName(
  actor: Actor,
  territoryPath: string,
  row: { last_name_cyr: string | null; first_name_cyr: string | null },
): string | null {
  if (row.last_name_cyr === null) return null;
  if (!seesName(actor, territoryPath)) return null;
  return `${row.last_name_cyr} ${row.first_name_cyr ?? ""}`.trim();
}

export type WorkStatus = "overdue" | "due" | "upcoming";

/** Status of a control check due on a date, decided when read (no job needed). */
export function checkStatus(dueOn: string, today: string): WorkStatus {
  return dueOn < today ? "overdue" : dueOn === today ? "due" : "upcoming";
}
