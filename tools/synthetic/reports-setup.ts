import type pg from "pg";
import type { District } from "./persons.ts";
import { uuidOf } from "./prng.ts";
import { prepareWorld } from "./setup.ts";

/** Body types a report's hand-offs go to, by the level their synthetic body sits at. */
export const DISTRICT_BODY_TYPES = [
  "police_department",
  "minors_commission",
  "guardianship_body",
  "education_department",
  "family_support_centre",
] as const;
export const REGION_BODY_TYPES = ["prosecutor_office", "healthcare_department", "contact_centre"] as const;

export interface ReportDistrict extends District {
  /** The region's path and code (the registration number's series, migration 0029). */
  readonly regionPath: string;
  readonly series: string;
}

export interface ReportWorld {
  readonly userId: string;
  readonly districts: ReportDistrict[];
  /** The receiving body of a type for a district: the district's own, else its region's. */
  readonly bodies: Record<string, Record<string, string>>;
}

const NAMES: Record<string, string> = {
  minors_commission: "commission on minors' affairs",
  guardianship_body: "guardianship body",
  education_department: "education department",
  family_support_centre: "family support centre",
  prosecutor_office: "prosecutor's office",
  healthcare_department: "healthcare department",
  contact_centre: "contact centre",
};

/**
 * The bodies the synthetic reports are received, triaged and routed by (R6): over the national seed's
 * districts (prepareWorld: the synthetic police of each district, the demo police body in the demo
 * inspector's district), a body of each type the routing table names (@aldyn/law routeReport) — a
 * commission, a guardianship body, an education department and a family support centre per district,
 * a prosecutor's office, a healthcare department and a contact centre (the hotline, 001 Art. 71(8))
 * per region. Where a body of the type already covers the place (the demo region's bodies), it is
 * used instead, so the demo users' inboxes hold synthetic hand-offs; the others are named "synthetic:
 * …" under the country-level synthetic body. Idempotent (ids derived from the place and type).
 */
export async function prepareReportWorld(pool: pg.Pool): Promise<ReportWorld> {
  const world = await prepareWorld(pool);
  const rootId = world.generator.bodyId;
  const rows = await pool.query<{ id: string; path: string; region_id: string; region_path: string }>(
    `SELECT d.id, d.path, r.id AS region_id, r.path AS region_path
     FROM territory d JOIN territory r ON r.id = d.parent_id WHERE d.level = 'district' ORDER BY d.code`,
  );
  const weight = new Map(world.districts.map((d) => [d.id, d.weight]));
  const existing = await pool.query<{ id: string; type: string; territory_id: string }>(
    `SELECT DISTINCT ON (b.type, b.territory_id) b.id, b.type, b.territory_id FROM body b
     WHERE b.type = ANY($1) ORDER BY b.type, b.territory_id, b.created_at, b.id`,
    [[...DISTRICT_BODY_TYPES, ...REGION_BODY_TYPES]],
  );
  const at = new Map(existing.rows.map((b) => [`${b.type}@${b.territory_id}`, b.id]));
  const ensure = async (type: string, territoryId: string, place: string): Promise<string> => {
    const had = at.get(`${type}@${territoryId}`);
    if (had) return had;
    const id = uuidOf(`synthetic:body:${type}:${territoryId}`);
    const name = `synthetic: ${NAMES[type] ?? type} of ${place}`;
    await pool.query(
      `INSERT INTO body (id, name_kk, name_ru, name_en, type, territory_id, parent_id)
       VALUES ($1, $2, $2, $2, $3, $4, $5) ON CONFLICT (id) DO NOTHING`,
      [id, name, type, territoryId, rootId],
    );
    at.set(`${type}@${territoryId}`, id);
    return id;
  };
  const bodies: Record<string, Record<string, string>> = {};
  const districts: ReportDistrict[] = [];
  for (const d of rows.rows) {
    const own: Record<string, string> = { police_department: world.issuerOf(d.id).bodyId };
    for (const type of DISTRICT_BODY_TYPES)
      if (type !== "police_department") own[type] = await ensure(type, d.id, d.path);
    for (const type of REGION_BODY_TYPES) own[type] = await ensure(type, d.region_id, d.region_path);
    // Types the routing may name that the synthetic world does not keep (an organisation of healthcare,
    // an akimat) go to the nearest keeper of the same task.
    own.healthcare_org = own.healthcare_department!;
    own.akimat = own.family_support_centre!;
    own.police_unit = own.police_department!;
    bodies[d.id] = own;
    const series = d.region_path.split(".")[1] ?? "KZ";
    districts.push({
      id: d.id,
      path: d.path,
      weight: weight.get(d.id) ?? 1,
      regionPath: d.region_path,
      series,
    });
  }
  return { userId: world.generator.userId, districts, bodies };
}
