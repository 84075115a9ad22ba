import type { Kysely } from "kysely";
import type { Database } from "../../db/schema.ts";
import { AppError } from "../../errors/app-error.ts";
import { resolveDistrict, type ResolvedPlace } from "./resolve-district.ts";

/** Where the reporter says it happened: a district, a region, a point, or several of them. */
export interface PlaceInput {
  readonly regionId?: string | undefined;
  readonly districtId?: string | undefined;
  readonly lat?: number | undefined;
  readonly lon?: number | undefined;
}

/** The report's place in the territory tree: whose triage queue it is in (R11.1). */
export interface ReportPlace {
  readonly territoryPath: string;
  readonly districtId: string | null;
}

interface TerritoryRow {
  id: string;
  code: string;
  path: string;
  level: "country" | "region" | "district";
  parent_id: string | null;
}

function invalid(field: string, message: string, code = "invalid_value"): AppError {
  return new AppError("validation.failed", `${field}: ${message}`, {
    field,
    details: [{ field, code, message }],
  });
}

async function territoryBy(
  db: Kysely<Database>,
  column: "id" | "code",
  value: string,
): Promise<TerritoryRow | undefined> {
  return db
    .selectFrom("territory")
    .select(["id", "code", "path", "level", "parent_id"])
    .where(column, "=", value)
    .executeTakeFirst();
}

/** The district of a resolved point as the database knows it, if the map's code is one of its. */
async function districtOf(
  db: Kysely<Database>,
  place: ResolvedPlace | null,
): Promise<TerritoryRow | undefined> {
  if (!place?.districtCode) return undefined;
  const row = await territoryBy(db, "code", place.districtCode);
  return row?.level === "district" ? row : undefined;
}

/**
 * Places a report (R6: its location resolved to a district). A district chosen by the reporter wins;
 * a point on the map finds its district by point-in-polygon (resolve-district.ts) and refines a chosen
 * region when it lies in it; a region alone, or nothing (the bot's reports without a location: the
 * configured region, else the Republic), leaves the district to triage. An unknown district or region,
 * a district outside the chosen region, or a point outside Kazakhstan with nothing else is a 400.
 */
export async function resolveReportPlace(
  db: Kysely<Database>,
  input: PlaceInput,
  fallbackRegionCode?: string,
): Promise<ReportPlace> {
  if (input.districtId) {
    const d = await territoryBy(db, "id", input.districtId);
    if (d?.level !== "district") throw invalid("districtId", "is not a district.");
    if (input.regionId && d.parent_id !== input.regionId)
      throw invalid("districtId", "is not a district of the chosen region.");
    return { territoryPath: d.path, districtId: d.id };
  }
  const point =
    input.lat !== undefined && input.lon !== undefined ? resolveDistrict(input.lat, input.lon) : null;
  if (input.regionId) {
    const r = await territoryBy(db, "id", input.regionId);
    if (r?.level !== "region") throw invalid("regionId", "is not a region.");
    const d = point?.regionCode === r.code ? await districtOf(db, point) : undefined;
    return d ? { territoryPath: d.path, districtId: d.id } : { territoryPath: r.path, districtId: null };
  }
  if (input.lat !== undefined) {
    if (!point) throw invalid("lat", "the point is outside Kazakhstan.", "outside_kazakhstan");
    const d = await districtOf(db, point);
    if (d) return { territoryPath: d.path, districtId: d.id };
    const r = await territoryBy(db, "code", point.regionCode);
    if (r) return { territoryPath: r.path, districtId: null };
  }
  const fallback = fallbackRegionCode ? await territoryBy(db, "code", fallbackRegionCode) : undefined;
  return { territoryPath: fallback?.path ?? "KZ", districtId: null };
}
