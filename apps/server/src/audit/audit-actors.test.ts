import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { UserChoice } from "@aldyn/contract";
import { login, makeBody, makeUser, territories, testApp, type LoggedIn, type TestApp } from "../test/app.ts";

let t: TestApp;
let national: LoggedIn;
let regional: LoggedIn;
let cop: LoggedIn;

beforeAll(async () => {
  t = await testApp();
  const terr = await territories(t.db);
  const ministry = await makeBody(t.db, "KZ", "ministry", "Audit service");
  const here = await makeBody(t.db, terr.d1, "police_unit", "District police");
  const there = await makeBody(t.db, terr.otherDistrict, "police_unit", "Other region police");
  const regionBody = await makeBody(t.db, terr.region, "prosecutor_office", "Regional audit");
  await makeUser(t.db, { username: "auditor-kz", roles: ["auditor"], bodyId: ministry });
  await makeUser(t.db, { username: "auditor-region", roles: ["auditor"], bodyId: regionBody });
  await makeUser(t.db, { username: "cop-here", roles: ["police_inspector_local"], bodyId: here });
  await makeUser(t.db, { username: "cop-there", roles: ["police_inspector_local"], bodyId: there });
  national = await login(t.app, "auditor-kz");
  regional = await login(t.app, "auditor-region");
  cop = await login(t.app, "cop-here");
});
afterAll(async () => t.close());

async function actors(who: LoggedIn, q: string): Promise<string[]> {
  const res = await t.app.inject({ method: "GET", url: `/api/v1/audit/actors?q=${q}`, headers: who.headers });
  expect(res.statusCode, res.body).toBe(200);
  return (res.json() as { items: UserChoice[] }).items.map((u) => u.username);
}

describe("the audit's actor is picked by name or login, not by a UUID (R11.2)", () => {
  it("a national auditor finds any user; a regional one those of the region's bodies", async () => {
    expect(await actors(national, "cop")).toEqual(["cop-here", "cop-there"]);
    expect(await actors(regional, "cop")).toEqual(["cop-here"]);
    expect(await actors(national, "User%20cop-t")).toEqual(["cop-there"]);
  });

  it("is the auditor's: others get 403", async () => {
    const res = await t.app.inject({ method: "GET", url: "/api/v1/audit/actors", headers: cop.headers });
    expect(res.statusCode).toBe(403);
  });
});
