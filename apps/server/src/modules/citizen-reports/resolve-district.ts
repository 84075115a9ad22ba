import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

/** A ring of [lon, lat] points; a polygon is its outer ring and its holes. */
type Ring = readonly (readonly [number, number])[];
type Polygon = readonly Ring[];

interface District {
  /** The project's district code, or null for a polygon with none (Baikonur). */
  readonly code: string | null;
  readonly region: string;
  readonly polygons: readonly Polygon[];
  /** [minLon, minLat, maxLon, maxLat]: most districts are ruled out by it alone. */
  readonly bbox: readonly [number, number, number, number];
}

interface GeoFeature {
  properties: { code: string | null; region: string };
  geometry:
    | { type: "Polygon"; coordinates: [number, number][][] }
    | { type: "MultiPolygon"; coordinates: [number, number][][][] };
}

/** Where a point lies: the district's code (null where the map has no project district) and the region's. */
export interface ResolvedPlace {
  readonly districtCode: string | null;
  readonly regionCode: string;
}

const GEO_FILE = path.join(path.dirname(fileURLToPath(import.meta.url)), "geo", "kz-adm2.geojson");

function bboxOf(polygons: readonly Polygon[]): [number, number, number, number] {
  let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const p of polygons)
    for (const [x, y] of p[0] ?? []) {
      x0 = Math.min(x0, x);
      y0 = Math.min(y0, y);
      x1 = Math.max(x1, x);
      y1 = Math.max(y1, y);
    }
  return [x0, y0, x1, y1];
}

/**
 * Even-odd ray casting over every ring of the polygon: crossing a hole's edge toggles the answer
 * back, so a point in a hole is outside. A point exactly on an edge may go either way (the map is
 * accurate to ~100 m anyway; geo/README.md).
 */
function inPolygon(lon: number, lat: number, polygon: Polygon): boolean {
  let inside = false;
  for (const ring of polygon) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const [xi, yi] = ring[i]!;
      const [xj, yj] = ring[j]!;
      if (yi > lat !== yj > lat && lon < ((xj - xi) * (lat - yi)) / (yj - yi) + xi) inside = !inside;
    }
  }
  return inside;
}

/** The districts of the map, parsed from a GeoJSON FeatureCollection (geo/kz-adm2.geojson). */
export class DistrictMap {
  private readonly districts: readonly District[];

  constructor(geojson: { features: readonly GeoFeature[] }) {
    this.districts = geojson.features.map((f) => {
      const polygons: Polygon[] =
        f.geometry.type === "Polygon" ? [f.geometry.coordinates] : f.geometry.coordinates;
      return { code: f.properties.code, region: f.properties.region, polygons, bbox: bboxOf(polygons) };
    });
  }

  static fromFile(file = GEO_FILE): DistrictMap {
    return new DistrictMap(JSON.parse(readFileSync(file, "utf8")) as { features: GeoFeature[] });
  }

  get size(): number {
    return this.districts.length;
  }

  /** The district the point (WGS 84) lies in, or null outside Kazakhstan's districts. */
  resolve(lat: number, lon: number): ResolvedPlace | null {
    if (!Number.isFinite(lat) || !Number.isFinite(lon)) return null;
    for (const d of this.districts) {
      const [x0, y0, x1, y1] = d.bbox;
      if (lon < x0 || lon > x1 || lat < y0 || lat > y1) continue;
      if (d.polygons.some((p) => inPolygon(lon, lat, p)))
        return { districtCode: d.code, regionCode: d.region };
    }
    return null;
  }
}

let shared: DistrictMap | null = null;

/**
 * The district a reported point lies in (R6: a report's location resolved to a district), by
 * point-in-polygon on the district boundaries copied into geo/ (geokz, CC BY 4.0; geo/README.md).
 * The map (650 KB) is read once, on first use, and kept: it never changes while the server runs.
 */
export function resolveDistrict(lat: number, lon: number): ResolvedPlace | null {
  shared ??= DistrictMap.fromFile();
  return shared.resolve(lat, lon);
}
