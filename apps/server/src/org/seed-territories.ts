import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { sql } from "kysely";
import type { Db } from "../db/pool.ts";

interface Name {
  kk: string;
  ru: string;
  en: string;
}
interface SeedDistrict {
  code: string;
  name: Name;
  population?: number | null;
}
interface SeedRegion {
  code: string;
  kind: "region" | "city";
  name: Name;
  population?: number | null;
  lat?: number | null;
  lon?: number | null;
  districts: SeedDistrict[];
}
export interface TerritorySeed {
  country: { code: string; name: Name };
  regions: SeedRegion[];
}

export const TERRITORIES_FILE = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  "../../../../db/seed/territories.json",
);

export function loadTerritorySeed(file = TERRITORIES_FILE): TerritorySeed {
  return JSON.parse(readFileSync(file, "utf8")) as TerritorySeed;
}

/**
 * Loads the Republic, its regions and cities and their districts (R1.4). Idempotent: rows are
 * matched by code and their names refreshed, so a corrected seed file updates a running database.
 */
export async function seedTerritories(db: Db, seed: TerritorySeed = loadTerritorySeed()): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const upsert = async (row: {
      code: string;
      path: string;
      level: "country" | "region" | "district";
      parent_id: string | null;
      name: Name;
      kind: string | null;
      population: number | null | undefined;
      lat?: number | null | undefined;
      lon?: number | null | undefined;
    }): Promise<string> => {
      const r = await trx
        .insertInto("territory")
        .values({
          code: row.code,
          path: row.path,
          level: row.level,
          parent_id: row.parent_id,
          name_kk: row.name.kk,
          name_ru: row.name.ru,
          name_en: row.name.en,
          kind: row.kind,
          population_thousands: row.population == null ? null : String(row.population),
          lat: row.lat ?? null,
          lon: row.lon ?? null,
        })
        .onConflict((oc) =>
          oc.column("code").doUpdateSet({
            name_kk: sql`excluded.name_kk`,
            name_ru: sql`excluded.name_ru`,
            name_en: sql`excluded.name_en`,
            population_thousands: sql`excluded.population_thousands`,
            lat: sql`excluded.lat`,
            lon: sql`excluded.lon`,
          }),
        )
        .returning("id")
        .executeTakeFirstOrThrow();
      return r.id;
    };
    const countryId = await upsert({
      code: seed.country.code,
      path: seed.country.code,
      level: "country",
      parent_id: null,
      name: seed.country.name,
      kind: "country",
      population: null,
    });
    for (const region of seed.regions) {
      const regionPath = `${seed.country.code}.${region.code}`;
      const regionId = await upsert({
        code: region.code,
        path: regionPath,
        level: "region",
        parent_id: countryId,
        name: region.name,
        kind: region.kind,
        population: region.population,
        lat: region.lat,
        lon: region.lon,
      });
      for (const d of region.districts) {
        await upsert({
          code: d.code,
          path: `${regionPath}.${d.code}`,
          level: "district",
          parent_id: regionId,
          name: d.name,
          kind: "district",
          population: d.population,
        });
      }
    }
  });
}
