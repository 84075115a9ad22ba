import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { login, testApp, type TestApp } from "../test/app.ts";
import { seedDemo } from "./seed-demo.ts";
import { populateMinorsDemo } from "./demo-minors.ts";

// The demo's commissions, school council, cases, meetings and registered minor (demo-minors.ts): each
// role of the work with minors has work on its first screen, read through the API as the demo users
// read it, and the records are the app's own (states, hand-offs, audit rows).
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
  await seedDemo(t.db, PASSWORD, undefined, { persons: 1200 });
}, 240_000);
afterAll(async () => {
  await t.close();
});

describe("demo: commissions on minors' affairs (001 Art. 79)", () => {
  it("registers the region's commission over the two districts', the first with a full composition", async () => {
    expect(await count("SELECT count(*) AS n FROM minors_commission")).toBe(3);
    expect(await count("SELECT count(*) AS n FROM minors_commission WHERE parent_body_id IS NOT NULL")).toBe(
      2,
    );
    const full = await get<{
      gaps: unknown;
      members: { userId: string | null; role: string; active: boolean }[];
    }>("commission.secretary", `/minors-commissions/${await bodyOf("commission.secretary")}`);
    expect(full.gaps).toMatchObject({ missingRoles: [], missingBodies: [] });
    expect(
      full.members
        .filter((m) => m.userId !== null)
        .map((m) => m.role)
        .sort(),
    ).toEqual(["chair", "member", "secretary"]);
    // The region's commission reads the lower commissions' figures (79(6)(4)).
    const tree = await get<{ items: unknown[] }>("commission.member", "/minors-commissions");
    expect(tree.items.length).toBeGreaterThan(0);
  });

  it("gives the secretary cases in every state, a hand-off to open and the next meeting", async () => {
    const states = await t.tdb.pool.query<{ state: string }>("SELECT DISTINCT state FROM minors_case");
    expect(states.rows.map((r) => r.state).sort()).toEqual([
      "closed",
      "decided",
      "gathering",
      "ready",
      "scheduled",
    ]);
    const inbox = await get<{ items: { handoff: { ground: string } }[] }>(
      "commission.secretary",
      "/minors-cases/inbox",
    );
    expect(inbox.items.map((i) => i.handoff.ground)).toContain("pedagogical_support.refusal_referral");
    const s = await get<{ nextMeeting: unknown; invitationsUndelivered: number }>(
      "commission.secretary",
      "/commission-meetings/summary",
    );
    expect(s.nextMeeting).not.toBeNull();
    expect(s.invitationsUndelivered).toBeGreaterThan(0);
    const cases = await get<{ items: unknown[] }>("commission.member", "/minors-cases");
    expect(cases.items.length).toBeGreaterThanOrEqual(6);
  });

  it("holds a meeting whose protocol both signed, its duties sent as hand-offs", async () => {
    expect(
      await count(`SELECT count(*) AS n FROM commission_meeting
        WHERE chair_signed_at IS NOT NULL AND secretary_signed_at IS NOT NULL`),
    ).toBe(1);
    expect(
      await count("SELECT count(*) AS n FROM handoff WHERE ground = 'minors_commission.decision_duty'"),
    ).toBe(2);
    expect(
      await count(`SELECT count(*) AS n FROM audit_log a JOIN app_user u ON u.id = a.actor_id
        WHERE u.username = 'commission.chair'`),
    ).toBeGreaterThan(0);
  });
});

describe("demo: the school's prevention council and the registered minor (001 Arts. 78, 82)", () => {
  it("gives the school pupils meeting 78(2)(4), two supports with an overdue step and a refusal referred", async () => {
    const s = await get<{
      criterionMet: number;
      supportsActive: number;
      stepsOverdue: number;
      refusalsReferred: number;
    }>("school", "/school-prevention/summary");
    expect(s.supportsActive).toBeGreaterThanOrEqual(2);
    expect(s.stepsOverdue).toBeGreaterThan(0);
    expect(s.refusalsReferred).toBe(1);
    const met = await get<{ items: unknown[] }>("school", "/school-prevention/pupils?filter=attention");
    expect(met.items.length).toBe(3);
  });

  it("gives the juvenile inspector a minor with restrictions and an activity whose check is due", async () => {
    const w = await get<{ items: { restrictions: unknown[] }[] }>(
      "juvenile",
      "/juvenile/worklist?filter=check_due",
    );
    expect(w.items.length).toBeGreaterThan(0);
    expect(await count("SELECT count(*) AS n FROM rehabilitation_activity")).toBe(2);
  });

  it("writes nothing twice", async () => {
    expect((await populateMinorsDemo(t.db as never, new Date())).cases).toBe(0);
  });
});

async function bodyOf(username: string): Promise<string> {
  const r = await t.tdb.pool.query<{ body_id: string }>("SELECT body_id FROM app_user WHERE username = $1", [
    username,
  ]);
  return r.rows[0]!.body_id;
}
