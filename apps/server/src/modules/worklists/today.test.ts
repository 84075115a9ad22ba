import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DueChecksPage, DueDutiesPage, Measure, Today } from "@aldyn/contract";
import {
  addFact,
  getJson,
  HOUR,
  issue,
  measuresWorld,
  newPerson,
  warningBody,
  type MeasuresWorld,
  morningDaysAgo,
} from "../preventive-measures/measures.fixture.ts";
import { login, makeBody, makeUser, territories, type LoggedIn } from "../../test/app.ts";
import { AUDIT_COUNT_CAP } from "./today-oversight.ts";

let w: MeasuresWorld;
let cop1b: LoggedIn; // a second inspector of district 1's police body
let admin: LoggedIn; // administrator of the region
let otherAdmin: LoggedIn; // administrator of another region
let auditor: LoggedIn; // national auditor
let otherAuditor: LoggedIn; // auditor of another region

/** A warning served 16 days ago: its check and its register entry's check are overdue (001 Art. 51(6)). */
async function served(who: LoggedIn, district: string): Promise<Measure> {
  const personId = await newPerson(w, who, { districtId: district });
  const issuedAt = morningDaysAgo(16);
  const m = await issue(w, who, warningBody(personId, issuedAt));
  return addFact(w, who, m, {
    type: "served",
    at: new Date(issuedAt.getTime() + HOUR).toISOString(),
    channel: "in_person",
  });
}

async function today(who: LoggedIn): Promise<Today> {
  const res = await getJson(w, who, "/api/v1/today");
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as Today;
}

beforeAll(async () => {
  w = await measuresWorld();
  const db = w.t.db;
  const cop1 = await db
    .selectFrom("app_user")
    .select("body_id")
    .where("username", "=", "cop1")
    .executeTakeFirstOrThrow();
  await makeUser(db, { username: "cop1b", roles: ["police_inspector_local"], bodyId: cop1.body_id });
  cop1b = await login(w.t.app, "cop1b");
  const terr = await territories(db);
  const operator = await makeBody(db, terr.region, "system_operator", "Region operator");
  const farOperator = await makeBody(db, terr.otherRegion, "system_operator", "Other operator");
  const ministry = await makeBody(db, "KZ", "ministry", "Ministry");
  const farMinistry = await makeBody(db, terr.otherRegion, "ministry", "Other region office");
  await makeBody(db, terr.d2, "akimat", "An akimat nobody uses yet");
  await makeUser(db, { username: "admin", roles: ["system_admin"], bodyId: operator });
  await makeUser(db, { username: "far.admin", roles: ["system_admin"], bodyId: farOperator });
  await makeUser(db, { username: "auditor", roles: ["auditor"], bodyId: ministry });
  await makeUser(db, { username: "far.auditor", roles: ["auditor"], bodyId: farMinistry });
  // Accounts needing attention in the region: a temporary password, a deactivated account, and one
  // whose password someone is guessing.
  await makeUser(db, {
    username: "newcomer",
    roles: ["police_inspector_local"],
    bodyId: cop1.body_id,
    mustChange: true,
  });
  await makeUser(db, {
    username: "gone",
    roles: ["police_inspector_local"],
    bodyId: cop1.body_id,
    active: false,
  });
  await makeUser(db, { username: "target", roles: ["police_inspector_local"], bodyId: cop1.body_id });
  admin = await login(w.t.app, "admin");
  otherAdmin = await login(w.t.app, "far.admin");
  auditor = await login(w.t.app, "auditor");
  otherAuditor = await login(w.t.app, "far.auditor");
  for (let i = 0; i < 5; i++) {
    const res = await w.t.app.inject({
      method: "POST",
      url: "/api/v1/auth/login",
      payload: { username: "target", password: `wrong-${i}` },
    });
    expect(res.statusCode).toBe(401);
  }
  await served(w.as.cop1, w.d1.id);
  await served(cop1b, w.d1.id);
  await served(w.as.cop2, w.d2.id);
});
afterAll(async () => w.close());

describe("today's checks and duties (R11.1)", () => {
  it("counts mine, my body's and my territory's, and never another district's", async () => {
    // One served warning each: cop1 and cop1b in district 1, cop2 in district 2. What one warning
    // counts (its check and its register entry's) is the worklist's business; the scopes are ours.
    const cop1 = (await today(w.as.cop1)).checks!;
    const one = cop1.mine.overdue;
    expect(one).toBeGreaterThan(0);
    expect(cop1.body.overdue).toBe(2 * one);
    expect(cop1.territory.overdue).toBe(2 * one);
    const cop2 = (await today(w.as.cop2)).checks!;
    expect([cop2.mine.overdue, cop2.body.overdue, cop2.territory.overdue]).toEqual([one, one, one]);
    const head = (await today(w.head)).checks!;
    expect([head.mine.overdue, head.body.overdue, head.territory.overdue]).toEqual([0, 0, 3 * one]);
    expect((await today(w.as.prosecutor)).checks?.territory.overdue).toBe(3 * one);
  });

  it("says what the worklist then shows, scope by scope, for the coming week", async () => {
    for (const who of [w.as.cop1, w.head, w.as.prosecutor]) {
      const t = await today(who);
      for (const [part, scope] of [
        ["mine", "mine"],
        ["body", "body"],
        ["territory", "region"],
      ] as const) {
        const q = `scope=${scope}&withinDays=${t.upcomingDays}&pageSize=1`;
        const checks = (await getJson(w, who, `/api/v1/worklists/checks?${q}`)).json() as DueChecksPage;
        const duties = (await getJson(w, who, `/api/v1/worklists/duties?${q}`)).json() as DueDutiesPage;
        expect(t.checks?.[part]).toEqual(checks.counts);
        expect(t.duties?.[part]).toEqual(duties.counts);
      }
    }
  });

  it("leaves out what the role may not read: null, not zero", async () => {
    const analyst = await today(w.as.analyst);
    expect(analyst).toMatchObject({ checks: null, duties: null, npm: null, accounts: null, audit: null });
    expect(analyst.inbox.unread).toBe(0);
    // A family centre reads measures (their duties) but not control checks (policy.ts).
    const family = await today(w.as.family);
    expect(family.checks).toBeNull();
    expect(family.duties).not.toBeNull();
    expect(family.duties?.mine).toEqual({ overdue: 0, due: 0, upcoming: 0 });
    const cop = await today(w.as.cop1);
    expect(cop).toMatchObject({ npm: null, accounts: null, audit: null });
  });

  it("counts the user's own unread reminders only", async () => {
    const ids = await w.t.db.selectFrom("app_user").select(["id", "username"]).execute();
    const idOf = (u: string) => ids.find((x) => x.username === u)!.id;
    const measure = await w.t.db.selectFrom("measure").select("id").executeTakeFirstOrThrow();
    let day = 0;
    const reminder = (userId: string, read: boolean) => ({
      user_id: userId,
      kind: "check_overdue" as const,
      record_type: "measure" as const,
      record_id: measure.id,
      code: "control_check",
      article: null,
      due_on: `2026-01-${String(++day).padStart(2, "0")}`,
      read_at: read ? new Date() : null,
    });
    await w.t.db
      .insertInto("notification")
      .values([
        reminder(idOf("cop1"), false),
        reminder(idOf("cop1"), false),
        reminder(idOf("cop1"), true),
        reminder(idOf("cop2"), false),
      ])
      .execute();
    expect((await today(w.as.cop1)).inbox.unread).toBe(2);
    expect((await today(w.as.cop2)).inbox.unread).toBe(1);
  });

  it("needs a session", async () => {
    const res = await w.t.app.inject({ method: "GET", url: "/api/v1/today" });
    expect(res.statusCode).toBe(401);
  });
});

describe("today's accounts and audit log", () => {
  it("an administrator sees the accounts of the region needing attention; another region's sees none of them", async () => {
    const mine = await today(admin);
    expect(mine).toMatchObject({ checks: null, duties: null, npm: null, audit: null });
    expect(mine.accounts).toMatchObject({
      mustChangePassword: 1,
      inactive: 1,
      failedLogins: 5,
      accountsWithFailures: 1,
      accountsThrottled: 1,
      bodiesWithoutUsers: 1, // the akimat; every other body of the region has an active account
    });
    const far = await today(otherAdmin);
    expect(far.accounts).toMatchObject({
      mustChangePassword: 0,
      inactive: 0,
      failedLogins: 0,
      accountsWithFailures: 0,
      accountsThrottled: 0,
      bodiesWithoutUsers: 0,
    });
  });

  it("an auditor sees today's rows, refusals and exports of the territory's bodies", async () => {
    // A refusal (an analyst asks for a worklist) and an export (an inspector downloads one).
    expect((await getJson(w, w.as.analyst, "/api/v1/worklists/checks")).statusCode).toBe(403);
    expect((await getJson(w, w.as.cop1, "/api/v1/worklists/checks.csv?scope=mine")).statusCode).toBe(200);
    const national = await today(auditor);
    expect(national).toMatchObject({ checks: null, duties: null, npm: null, accounts: null });
    expect(national.audit!.cap).toBe(AUDIT_COUNT_CAP);
    expect(national.audit!.rowsToday).toBeGreaterThan(10);
    expect(national.audit!.refusalsToday).toBeGreaterThanOrEqual(1);
    expect(national.audit!.exportsToday).toBeGreaterThanOrEqual(1);
    const far = await today(otherAuditor);
    expect(far.audit).toMatchObject({ refusalsToday: 0, exportsToday: 0 });
    expect(far.audit!.rowsToday).toBeLessThan(national.audit!.rowsToday);
  });
});
