import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { login, testApp, type TestApp } from "../test/app.ts";
import { seedDemo } from "./seed-demo.ts";
import { populateFamiliesDemo } from "./demo-families.ts";

// The demo's families, incidents, centre, mobile group and assessment pack (demo-families.ts): each
// new demo role has work on its first screen, and the records behave as the app's own (hand-offs,
// marks, repeat numbers, audit rows), read through the API as the demo users read them.
const PASSWORD = "Demo-test-Passw0rd-2026";
let t: TestApp;

const count = async (query: string, params: unknown[] = []): Promise<number> =>
  Number((await t.tdb.pool.query<{ n: string }>(query, params)).rows[0]!.n);

async function get<T>(username: string, url: string, status = 200): Promise<T> {
  const who = await login(t.app, username, PASSWORD);
  const res = await t.app.inject({ method: "GET", url: `/api/v1${url}`, headers: who.headers });
  expect(res.statusCode, `${username} ${url}: ${res.body}`).toBe(status);
  return res.json() as T;
}

beforeAll(async () => {
  t = await testApp();
  await seedDemo(t.db, PASSWORD, undefined, { persons: 300 });
}, 180_000);
afterAll(async () => {
  await t.close();
});

describe("demo: incidents of domestic violence (001 Art. 72)", () => {
  it("records a family's repeat incidents, children present, a child victim and one injury", async () => {
    expect(await count("SELECT count(*) AS n FROM dv_incident")).toBeGreaterThanOrEqual(10);
    expect(await count("SELECT count(DISTINCT family_id) AS n FROM dv_incident")).toBeGreaterThanOrEqual(8);
    expect(await count("SELECT max(repeat_number) AS n FROM dv_incident")).toBe(3);
    expect(await count("SELECT count(*) AS n FROM dv_incident WHERE children_present")).toBeGreaterThan(0);
    expect(await count("SELECT count(*) AS n FROM dv_incident_person WHERE role = 'child_victim'")).toBe(1);
    expect(await count("SELECT count(*) AS n FROM dv_incident WHERE injury IS NOT NULL")).toBe(1);
    expect(
      await count("SELECT count(*) AS n FROM dv_incident_event WHERE type = 'belongings_removal_secured'"),
    ).toBe(1);
    // Written as the DV inspector, with the audit row of each.
    expect(
      await count(`SELECT count(*) AS n FROM audit_log a JOIN app_user u ON u.id = a.actor_id
        WHERE a.action = 'dv_incident.create' AND u.username = 'dv.inspector'`),
    ).toBe(await count("SELECT count(*) AS n FROM dv_incident"));
  });

  it("gives the DV inspector notifications overdue and pending (72(3)(2)) and the month's incidents", async () => {
    const s = await get<{ notifyOverdue: number; notifyPending: number; incidentsThisMonth: number }>(
      "dv.inspector",
      "/dv-incidents/summary",
    );
    expect(s.notifyOverdue + s.notifyPending).toBeGreaterThan(0);
    expect(s.incidentsThisMonth).toBeGreaterThan(0);
    const all = await get<{ items: unknown[] }>("dv.inspector", "/dv-incidents?filter=all&pageSize=50");
    expect(all.items.length).toBeGreaterThanOrEqual(10);
  });

  it("told the centre, guardianship and the commission; the older notices acknowledged in time", async () => {
    const told = await t.tdb.pool.query<{ type: string; state: string; n: string }>(
      `SELECT b.type, h.state, count(*) AS n FROM handoff h JOIN body b ON b.id = h.receiver_body_id
       WHERE h.record_type = 'dv_incident' GROUP BY 1, 2`,
    );
    const types = new Set(told.rows.map((r) => r.type));
    for (const type of ["family_support_centre", "guardianship_body", "healthcare_department"])
      expect(types, type).toContain(type);
    expect(told.rows.some((r) => r.state === "sent")).toBe(true);
    expect(told.rows.some((r) => r.state === "accepted")).toBe(true);
  });
});

describe("demo: the family support centre (001 Arts. 10(2), 54, 55, 72(2))", () => {
  it("has plan steps due and overdue, stays ending and past their term, and notices to accept", async () => {
    const w = await get<{ counts: Record<string, number> }>("family.centre", "/family-support/worklist");
    expect(w.counts.stepsOverdue).toBeGreaterThan(0);
    expect(w.counts.staysEnding).toBeGreaterThan(0);
    expect(w.counts.staysOverdue).toBeGreaterThan(0);
    expect(w.counts.incidentNotices).toBeGreaterThan(0);
  });

  it("registered families and opened two plans, one step with another body as a hand-off", async () => {
    expect(
      await count("SELECT count(*) AS n FROM measure WHERE kind = 'difficult_life_situation_registration'"),
    ).toBeGreaterThanOrEqual(4);
    expect(await count("SELECT count(DISTINCT measure_id) AS n FROM assistance_plan_step")).toBe(2);
    expect(
      await count(`SELECT count(*) AS n FROM assistance_plan_step s JOIN measure m ON m.id = s.measure_id
        WHERE m.kind <> 'social_adaptation_plan'`),
    ).toBe(0);
    expect(
      await count("SELECT count(*) AS n FROM handoff WHERE record_type = 'assistance_plan'"),
    ).toBeGreaterThanOrEqual(2);
    // The district's akimat has its plan steps to do.
    const inbox = await get<{ items: { ground: string }[] }>("akimat", "/handoffs/inbox");
    expect(inbox.items.some((h) => h.ground === "assistance_plan.step")).toBe(true);
  });

  it("keeps a shelter of 12 places whose address only the centre and the DV inspector read (72(2); 83(2))", async () => {
    type Shelters = { items: { name: string; places: number; address: string | null }[] };
    const own = await get<Shelters>("family.centre", "/family-support/shelters");
    expect(own.items).toHaveLength(1);
    expect(own.items[0]!.places).toBe(12);
    expect(own.items[0]!.address).not.toBeNull();
    expect(
      (await get<Shelters>("dv.inspector", "/family-support/shelters")).items[0]!.address,
    ).not.toBeNull();
    expect(await count("SELECT count(*) AS n FROM shelter_stay_fact WHERE type = 'extension_refused'")).toBe(
      1,
    );
    expect(await count("SELECT count(*) AS n FROM shelter_stay WHERE departed_on IS NOT NULL")).toBe(1);
  });
});

describe("demo: the mobile group and the assessment (001 Arts. 10(2)(8), 11, 72(4))", () => {
  it("gives mobile.group its group, complete, with three visits that informed the police and referred to the centre", async () => {
    const groups = await get<{ items: { id: string; composition: { complete: boolean } }[] }>(
      "mobile.group",
      "/mobile-groups",
    );
    expect(groups.items).toHaveLength(1);
    expect(groups.items[0]!.composition.complete).toBe(true);
    expect(await count("SELECT count(*) AS n FROM outreach_visit")).toBe(3);
    const grounds = await t.tdb.pool.query<{ ground: string }>(
      "SELECT DISTINCT ground FROM handoff WHERE record_type = 'outreach_visit' ORDER BY 1",
    );
    expect(grounds.rows.map((r) => r.ground)).toEqual([
      "difficult_life_situation.inform_centre",
      "mobile_group.inform",
    ]);
  });

  it("gives akimat.region the half-year's pack in draft", async () => {
    const packs = await get<{ items: { status: string }[] }>("akimat.region", "/dv-assessments");
    expect(packs.items.map((p) => p.status)).toEqual(["draft"]);
  });

  it("withholds a victim from the school council (R11.1; 001 Art. 83(2))", async () => {
    const victim = await t.tdb.pool.query<{ person_id: string }>(
      "SELECT person_id FROM dv_incident_person WHERE role = 'victim' ORDER BY person_id LIMIT 1",
    );
    const who = await login(t.app, "school", PASSWORD);
    const res = await t.app.inject({
      method: "GET",
      url: `/api/v1/persons/${victim.rows[0]!.person_id}`,
      headers: who.headers,
    });
    expect(res.statusCode).toBe(403);
    expect((res.json() as { error: { code: string } }).error.code).toBe("access.confidential");
  });

  it("writes nothing on a second run", async () => {
    const before = await count("SELECT count(*) AS n FROM dv_incident");
    expect(await t.db.transaction().execute((trx) => populateFamiliesDemo(trx, new Date()))).toEqual({
      families: 0,
      incidents: 0,
    });
    expect(await count("SELECT count(*) AS n FROM dv_incident")).toBe(before);
  });
});
