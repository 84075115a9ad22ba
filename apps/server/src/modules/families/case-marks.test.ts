import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  incidentBody,
  incidentsWorld,
  record,
  victimAndChild,
  type IncidentsWorld,
} from "../domestic-violence/incidents.fixture.ts";

let w: IncidentsWorld;
beforeAll(async () => {
  w = await incidentsWorld();
}, 120_000);
afterAll(async () => {
  await w?.close();
});

async function overviewBarriers(personId: string): Promise<string[]> {
  const r = await w.t.db
    .selectFrom("person_overview")
    .select("barriers")
    .where("person_id", "=", personId)
    .executeTakeFirstOrThrow();
  return r.barriers;
}

describe("a victim named by a family case (001 Art. 83(2); migration 0034)", () => {
  it("has a confidential card in the persons list at once and after the list's whole rebuild", async () => {
    const p = await victimAndChild(w);
    expect(await overviewBarriers(p.adult)).toEqual([]);
    await record(w, w.dv, incidentBody(p.adult, { offenderPersonId: p.offender }));
    expect(await overviewBarriers(p.adult)).toEqual(["victim"]);
    expect(await overviewBarriers(p.offender)).toEqual([]);
    const fn = await sql<{ b: string[] }>`SELECT person_confidential_barriers(${p.adult}::uuid) AS b`.execute(
      w.t.db,
    );
    expect(fn.rows[0]!.b).toEqual(["victim"]);
    // The rebuild the synthetic loader runs reads the case marks as the triggers do.
    await sql`SELECT person_overview_rebuild()`.execute(w.t.tdb.owner.db);
    expect(await overviewBarriers(p.adult)).toEqual(["victim"]);
    expect(await overviewBarriers(p.offender)).toEqual([]);
  });

  it("lends its mark to the record a victim's record is merged into (one human, R1.1)", async () => {
    const p = await victimAndChild(w);
    await record(w, w.dv, incidentBody(p.adult));
    await sql`UPDATE person SET merged_into = ${p.child}::uuid WHERE id = ${p.adult}::uuid`.execute(
      w.t.tdb.owner.db,
    );
    const fn = await sql<{ b: string[] }>`SELECT person_confidential_barriers(${p.child}::uuid) AS b`.execute(
      w.t.db,
    );
    expect(fn.rows[0]!.b).toEqual(["victim"]);
  });
});
