import type { PublicTerritories } from "@aldyn/contract";
import type { Db } from "../../db/pool.ts";

/**
 * The regions and their districts for the public form (R6): ids, codes and names in the three
 * languages — public facts, no bodies, no figures. In the order of their codes.
 */
export async function publicTerritories(db: Db): Promise<PublicTerritories> {
  const rows = await db
    .selectFrom("territory")
    .select(["id", "code", "level", "parent_id", "name_kk", "name_ru", "name_en"])
    .where("level", "in", ["region", "district"])
    .orderBy("code")
    .execute();
  const regions = rows
    .filter((r) => r.level === "region")
    .map((r) => ({
      id: r.id,
      code: r.code,
      name: { kk: r.name_kk, ru: r.name_ru, en: r.name_en },
      districts: rows
        .filter((d) => d.level === "district" && d.parent_id === r.id)
        .map((d) => ({ id: d.id, code: d.code, name: { kk: d.name_kk, ru: d.name_ru, en: d.name_en } })),
    }));
  return { regions };
}
