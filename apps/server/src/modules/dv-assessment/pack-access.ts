import { sql, type Kysely } from "kysely";
import { HUMAN_ONLY_ACTIONS } from "../../access/actions.ts";
import { can } from "../../access/can.ts";
import type { Actor } from "../../access/roles.ts";
import type { Database } from "../../db/schema.ts";
import { AppError } from "../../errors/app-error.ts";

/** The commission's assessment every six months (001 Art. 72(4)). */
export const ASSESSMENT_ARTICLE = "001 Art. 72(4)";

/** A region's pack as access rules see it: aggregate figures of the region (no personal fields). */
function packResource(regionPath: string) {
  return { type: "aggregate_report" as const, territoryPath: regionPath };
}

/** Reading a pack: aggregate_report read in the region (the commission, the prosecutor, analysts, heads). */
export function authorizePackRead(actor: Actor, regionPath: string): void {
  const d = can(actor, "read", packResource(regionPath));
  if (!d.allowed) throw new AppError(d.code, d.reason);
}

/**
 * Preparing and approving a pack: the local executive body of the region organises the regional
 * interdepartmental commission (001 Arts. 9, 72(4)), so an akimat officer at the region's level
 * prepares it and records the commission's approval; a district's officer or another role may not.
 */
export function mayPreparePack(actor: Actor, regionPath: string): boolean {
  return (
    actor.roles.includes("akimat_officer") &&
    actor.territoryLevel === "region" &&
    actor.territoryPath === regionPath &&
    can(actor, "read", packResource(regionPath)).allowed
  );
}

/**
 * Recording the commission's approval is an act of its officials: a service account of another
 * system may open and fill a draft but not approve it (access/actions.ts HUMAN_ONLY_ACTIONS).
 */
export function authorizePackApproval(actor: Actor, regionPath: string): void {
  authorizePackWrite(actor, regionPath);
  if (actor.service && HUMAN_ONLY_ACTIONS.includes("approve"))
    throw new AppError("access.role", "A service account may not approve the pack.", { field: "status" });
}

export function authorizePackWrite(actor: Actor, regionPath: string): void {
  if (!mayPreparePack(actor, regionPath))
    throw new AppError(
      "dv_assessment.not_region_akimat",
      "The assessment pack is prepared by the region's local executive body for its commission.",
      { field: "regionId", article: ASSESSMENT_ARTICLE },
    );
}

export interface Region {
  readonly id: string;
  readonly path: string;
  readonly name: { kk: string; ru: string; en: string };
}

/**
 * The region a request is about: the one named, or the actor's own (a district's actor belongs to its
 * region's). A national actor must name one; a territory that is not a region is a 400.
 */
export async function regionOf(db: Kysely<Database>, actor: Actor, regionId?: string): Promise<Region> {
  const r = await sql<{
    id: string;
    path: string;
    level: string;
    name_kk: string;
    name_ru: string;
    name_en: string;
  }>`
    SELECT id, path, level, name_kk, name_ru, name_en FROM territory
     WHERE ${
       regionId
         ? sql`id = ${regionId}::uuid`
         : sql`path = ${actor.territoryPath.split(".").slice(0, 2).join(".")}`
     }`.execute(db);
  const t = r.rows[0];
  if (!t || t.level !== "region")
    throw new AppError("validation.failed", "Name a region (or a city of republican significance).", {
      field: "regionId",
    });
  return { id: t.id, path: t.path, name: { kk: t.name_kk, ru: t.name_ru, en: t.name_en } };
}
