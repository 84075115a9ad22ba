import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Measure, Workload } from "@aldyn/contract";
import {
  addFact,
  DAY,
  getJson,
  HOUR,
  issue,
  measuresWorld,
  newPerson,
  warningBody,
  type MeasuresWorld,
} from "../preventive-measures/measures.fixture.ts";
import type { ErrorJson } from "../persons/persons.fixture.ts";
import type { LoggedIn } from "../../test/app.ts";

let w: MeasuresWorld;

/** A warning served `daysAgo` days ago, with the register entry its service places (001 Art. 59(2)). */
async function served(who: LoggedIn, district: string, daysAgo: number): Promise<Measure> {
  const personId = await newPerson(w, who, { districtId: district });
  const issuedAt = new Date(Date.now() - daysAgo * DAY);
  const m = await issue(w, who, warningBody(personId, issuedAt));
  return addFact(w, who, m, {
    type: "served",
    at: new Date(issuedAt.getTime() + HOUR).toISOString(),
    channel: "in_person",
  });
}

async function workload(who: LoggedIn, query = ""): Promise<Workload> {
  const res = await getJson(w, who, `/api/v1/figures/workload${query}`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as Workload;
}

beforeAll(async () => {
  w = await measuresWorld();
  // cop1: two warnings, checks overdue; cop2 (the other district): one, served yesterday, not yet due.
  await served(w.as.cop1, w.d1.id, 16);
  await served(w.as.cop1, w.d1.id, 16);
  await served(w.as.cop2, w.d2.id, 1);
});
afterAll(async () => w.close());

describe("workload per official (R3; 001 Arts. 59(10), 51(6))", () => {
  it("lists each official of the region with open entries, running measures and checks, the most overdue first", async () => {
    const r = await workload(w.head);
    expect(r.officials).toBe(2);
    expect(r.items.map((i) => i.userId)).toEqual([w.userIds.cop1, w.userIds.cop2]);
    const [cop1, cop2] = r.items;
    expect(cop1).toMatchObject({ fullName: "User cop1", runningMeasures: 2 });
    expect(cop1!.body.en).toBe("District 1 police");
    expect(cop1!.activeEntries).toBe(2);
    expect(cop1!.overdueChecks).toBe(4); // both measures' checks and both entries'
    expect(cop2).toMatchObject({ runningMeasures: 1, activeEntries: 1, overdueChecks: 0 });
    // Prosecutors and analysts read it too; the counts are the same.
    expect((await workload(w.as.prosecutor)).items).toEqual(r.items);
    expect((await workload(w.as.analyst)).items).toEqual(r.items);
  });

  it("`limit` cuts the list after the most overdue; the number of officials stays", async () => {
    const r = await workload(w.head, "?limit=1");
    expect(r.officials).toBe(2);
    expect(r.items.map((i) => i.userId)).toEqual([w.userIds.cop1]);
    const bad = await getJson(w, w.head, "/api/v1/figures/workload?limit=0");
    expect(bad.statusCode).toBe(400);
  });

  it("a role without the territory's statistics to take away is refused with access.role", async () => {
    for (const who of [w.as.cop1, w.as.family]) {
      const res = await getJson(w, who, "/api/v1/figures/workload");
      expect(res.statusCode).toBe(403);
      expect((res.json() as ErrorJson).error.code).toBe("access.role");
    }
  });

  it("the officials' names are read with an audit row", async () => {
    await workload(w.head);
    const rows = await w.t.db
      .selectFrom("audit_log")
      .select(["action", "record_type", "fields"])
      .where("action", "=", "figures.workload")
      .execute();
    expect(rows.length).toBeGreaterThan(0);
    expect(rows[0]).toMatchObject({ record_type: "user", fields: ["full_name"] });
  });
});
