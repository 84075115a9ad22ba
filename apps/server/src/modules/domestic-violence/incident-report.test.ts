import { createHash, randomBytes } from "node:crypto";
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ErrorBody } from "@aldyn/contract";
import {
  caseCounts,
  HOUR,
  incidentBody,
  incidentsWorld,
  record,
  recordVia,
  victimAndChild,
  type IncidentsWorld,
} from "./incidents.fixture.ts";

let w: IncidentsWorld;
beforeAll(async () => {
  w = await incidentsWorld();
}, 120_000);
afterAll(async () => {
  await w?.close();
});

/** A citizen's report of the territory as the public page files it (migration 0029). */
async function report(territoryId: string): Promise<string> {
  const t = await w.t.db
    .selectFrom("territory")
    .select("path")
    .where("id", "=", territoryId)
    .executeTakeFirstOrThrow();
  const receivedAt = new Date(Date.now() - 2 * HOUR);
  const r = await sql<{
    id: string;
  }>`INSERT INTO citizen_report (channel, received_at, territory_path, district_id,
      description, tracking_code_hash, answer_due_at, anonymous)
    VALUES ('web', ${receivedAt}::timestamptz, ${t.path}, ${territoryId}::uuid, 'Screams next door every night',
      ${createHash("sha256").update(randomBytes(16)).digest("hex")}, ${new Date(Date.now() + 20 * 24 * HOUR)}::timestamptz, true)
    RETURNING id`.execute(w.t.db);
  return r.rows[0]!.id;
}

async function factsOf(reportId: string) {
  return w.t.db
    .selectFrom("citizen_report_fact")
    .select(["type", "data"])
    .where("report_id", "=", reportId)
    .orderBy("seq")
    .execute();
}

describe("an incident recorded on a citizen's report (001 Arts. 6(4), 72(3)(1))", () => {
  it("keeps the report and puts the incident on the report's timeline by its id only", async () => {
    const p = await victimAndChild(w);
    const reportId = await report(w.d1.id);
    const created = await record(w, w.dv, incidentBody(p.adult, { citizenReportId: reportId }));
    const row = await w.t.db
      .selectFrom("dv_incident")
      .select("citizen_report_id")
      .where("id", "=", created.id)
      .executeTakeFirstOrThrow();
    expect(row.citizen_report_id).toBe(reportId);
    const facts = await factsOf(reportId);
    expect(facts.map((f) => f.type)).toEqual(["linked_incident"]);
    expect(facts[0]!.data).toEqual({ incidentId: created.id, article: "001 Art. 72(3)(1)" });
  });

  it("refuses an unknown report (400) and a report out of the officer's reach (403), writing nothing", async () => {
    const p = await victimAndChild(w);
    const before = await caseCounts(w);
    const unknown = await recordVia(
      w,
      w.dv,
      incidentBody(p.adult, { citizenReportId: "00000000-0000-4000-8000-000000000000" }),
    );
    expect(unknown.statusCode).toBe(400);
    expect((unknown.json() as ErrorBody).error.field).toBe("citizenReportId");
    const elsewhere = await report(w.otherDistrict.id);
    const far = await recordVia(w, w.dv, incidentBody(p.adult, { citizenReportId: elsewhere }));
    expect(far.statusCode).toBe(403);
    expect(await caseCounts(w)).toEqual(before);
    expect(await factsOf(elsewhere)).toEqual([]);
  });
});
