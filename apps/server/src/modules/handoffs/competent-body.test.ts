import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sql } from "kysely";
import { testApp, makeBody, type TestApp } from "../../test/app.ts";
import { findCompetentBody } from "./competent-body.ts";

let t: TestApp;
let region: { code: string; path: string };
let withUnit: { code: string; path: string };
let withoutUnit: { code: string; path: string };

beforeAll(async () => {
  t = await testApp();
  const r = await sql<{ code: string; path: string }>`
    SELECT r.code, r.path FROM territory r
     WHERE r.level = 'region' AND (SELECT count(*) FROM territory d WHERE d.parent_id = r.id) >= 2
     ORDER BY r.code LIMIT 1`.execute(t.db);
  region = r.rows[0]!;
  const d = await sql<{ code: string; path: string }>`
    SELECT d.code, d.path FROM territory d JOIN territory r ON r.id = d.parent_id
     WHERE r.code = ${region.code} ORDER BY d.code LIMIT 2`.execute(t.db);
  [withUnit, withoutUnit] = [d.rows[0]!, d.rows[1]!];
});
afterAll(async () => {
  await t.close();
});

describe("the internal affairs body competent for a place (001 Arts. 13, 39(3))", () => {
  it("is the district's police unit where one covers the place, else the region's department; the database agrees", async () => {
    const department = await makeBody(t.db, region.code, "police_department", "Region police department");
    const unit = await makeBody(t.db, withUnit.code, "police_unit", "District police unit");
    await makeBody(t.db, withUnit.code, "school", "A school of the district");

    expect((await findCompetentBody(t.db, "police_department", withUnit.path))?.id).toBe(unit);
    expect((await findCompetentBody(t.db, "police_department", withoutUnit.path))?.id).toBe(department);
    // Another competence is not served by the police.
    expect(await findCompetentBody(t.db, "guardianship_body", withUnit.path)).toBeNull();

    const inSql = await sql<{ near: string; far: string }>`
      SELECT handoff_competent_body('police_department', ${withUnit.path}) AS near,
             handoff_competent_body('police_department', ${withoutUnit.path}) AS far`.execute(t.db);
    expect(inSql.rows[0]).toEqual({ near: unit, far: department });
  });
});
