import type pg from "pg";
import type { District } from "./persons.ts";
import type { Issuer } from "./measures.ts";
import { uuidOf } from "./prng.ts";

export interface World {
  generator: Issuer;
  districts: District[];
  /** Issuer of the measures of persons living in a district: the district's synthetic police body. */
  issuerOf: (districtId: string) => Issuer;
}

/**
 * Synthetic rows are told apart by their author: a body named "synthetic" at the country level and an
 * inactive user `synthetic.generator` (nobody can log in as it) create every person, measure and fact.
 * Each district gets a synthetic police body; the demo inspector's district uses the demo police body
 * instead, so the demo users' worklists ("my due checks") show synthetic work.
 */
export async function prepareWorld(pool: pg.Pool): Promise<World> {
  const country = await pool.query<{ id: string }>("SELECT id FROM territory WHERE level = 'country'");
  const demo = await pool.query<{ body_id: string; territory_id: string; type: string }>(
    `SELECT u.body_id, b.territory_id, b.type FROM app_user u JOIN body b ON b.id = u.body_id
     WHERE u.username = 'inspector'`,
  );
  const rootId = uuidOf("synthetic:body:root");
  const userId = uuidOf("synthetic:user");
  const bodyType = demo.rows[0]?.type ?? "police_district";
  await pool.query(
    `INSERT INTO body (id, name_kk, name_ru, name_en, type, territory_id)
     VALUES ($1, 'synthetic', 'synthetic', 'synthetic', 'police_department', $2) ON CONFLICT (id) DO NOTHING`,
    [rootId, country.rows[0]!.id],
  );
  await pool.query(
    `INSERT INTO app_user (id, username, full_name, body_id, roles, active, service)
     VALUES ($1, 'synthetic.generator', 'synthetic', $2, ARRAY['police_inspector_local'], false, true)
     ON CONFLICT (id) DO NOTHING`,
    [userId, rootId],
  );
  const rows = await pool.query<{ id: string; path: string; name_en: string; w: string }>(
    `SELECT d.id, d.path, d.name_en,
            coalesce(d.population_thousands, r.population_thousands / count(*) OVER (PARTITION BY r.id), 1) AS w
     FROM territory d JOIN territory r ON r.id = d.parent_id WHERE d.level = 'district' ORDER BY d.code`,
  );
  const issuers = new Map<string, Issuer>();
  for (const d of rows.rows) {
    const bodyId =
      d.id === demo.rows[0]?.territory_id ? demo.rows[0].body_id : uuidOf(`synthetic:body:${d.id}`);
    if (bodyId !== demo.rows[0]?.body_id)
      await pool.query(
        `INSERT INTO body (id, name_kk, name_ru, name_en, type, territory_id, parent_id)
         VALUES ($1, $2, $2, $2, $3, $4, $5) ON CONFLICT (id) DO NOTHING`,
        [bodyId, `synthetic: police of ${d.name_en}`, bodyType, d.id, rootId],
      );
    issuers.set(d.id, { bodyId, userId });
  }
  return {
    generator: { bodyId: rootId, userId },
    districts: rows.rows.map((d) => ({ id: d.id, path: d.path, weight: Number(d.w) })),
    issuerOf: (id) => issuers.get(id)!,
  };
}
