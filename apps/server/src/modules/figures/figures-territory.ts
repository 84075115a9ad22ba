import type { TerritoryRef } from "@aldyn/contract";
import { can } from "../../access/can.ts";
import type { Actor } from "../../access/roles.ts";
import type { Db } from "../../db/pool.ts";
import { AppError } from "../../errors/app-error.ts";

export interface TerritoryRow {
  readonly id: string;
  readonly code: string;
  readonly path: string;
  readonly level: string;
  readonly name_kk: string;
  readonly name_ru: string;
  readonly name_en: string;
}

export function territoryRef(t: TerritoryRow): TerritoryRef {
  return {
    code: t.code,
    path: t.path,
    level: t.level,
    name: { kk: t.name_kk, ru: t.name_ru, en: t.name_en },
  };
}

const COLUMNS = ["id", "code", "path", "level", "name_kk", "name_ru", "name_en"] as const;

/**
 * The territory a report is asked for, by code (default: the actor's own), after `can` allows an
 * aggregate report there (R11.1): a district body reads its district, a region body its region, a
 * national body any; roles without statistics (NPM, administration) are refused whatever the place.
 * An unknown code is bad input (400), checked after the role so it tells nothing to a refused role.
 */
export async function reportTerritory(db: Db, actor: Actor, code: string | undefined): Promise<TerritoryRow> {
  const byRole = can(actor, "read", { type: "aggregate_report", territoryPath: actor.territoryPath });
  if (!byRole.allowed) throw new AppError(byRole.code, byRole.reason);
  const q = db.selectFrom("territory").select(COLUMNS);
  const t = await (
    code === undefined ? q.where("path", "=", actor.territoryPath) : q.where("code", "=", code)
  ).executeTakeFirst();
  if (!t) {
    throw new AppError("validation.failed", `territory: no territory has the code ${code ?? ""}.`, {
      field: "territory",
    });
  }
  const d = can(actor, "read", { type: "aggregate_report", territoryPath: t.path });
  if (!d.allowed) throw new AppError(d.code, d.reason);
  return t;
}

/** The territories one level below `parent` (districts of a region, regions of the country). */
export async function childTerritories(db: Db, parent: TerritoryRow): Promise<TerritoryRow[]> {
  return db
    .selectFrom("territory")
    .select(COLUMNS)
    .where("parent_id", "=", parent.id)
    .orderBy("code")
    .execute();
}

/** The path of the part of `parentPath` one level down that holds `path` (`KZ.ABA.ABA01` in `KZ` → `KZ.ABA`). */
export function partPath(parentPath: string, path: string): string | null {
  const depth = parentPath.split(".").length + 1;
  const segs = path.split(".");
  return segs.length >= depth ? segs.slice(0, depth).join(".") : null;
}
