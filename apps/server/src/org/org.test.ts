import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { json, login, makeBody, makeUser, territories, testApp, type TestApp } from "../test/app.ts";
import { seedDemo, DEMO_USERS } from "../demo/seed-demo.ts";
import { ROLES } from "../access/roles.ts";

let t: TestApp;
let terr: Awaited<ReturnType<typeof territories>>;
let regionBody: string;
let otherRegionBody: string;

beforeAll(async () => {
  t = await testApp();
  terr = await territories(t.db);
  const national = await makeBody(t.db, "KZ", "system_operator");
  regionBody = await makeBody(t.db, terr.region, "police_department", "Region police");
  otherRegionBody = await makeBody(t.db, terr.otherRegion, "police_department", "Other police");
  await makeUser(t.db, { username: "national.admin", roles: ["system_admin"], bodyId: national });
  await makeUser(t.db, { username: "region.admin", roles: ["system_admin"], bodyId: regionBody });
  await makeUser(t.db, { username: "region.cop", roles: ["police_inspector_local"], bodyId: regionBody });
  await makeUser(t.db, { username: "far.cop", roles: ["police_inspector_local"], bodyId: otherRegionBody });
});
afterAll(async () => t.close());

describe("territories", () => {
  it("ships 17 regions and 3 cities of republican significance with districts, named in kk/ru/en", async () => {
    const s = await login(t.app, "region.cop");
    const all = json<{ items: { level: string; name: { kk: string; ru: string; en: string } }[] }>(
      await t.app.inject({ method: "GET", url: "/api/v1/territories", headers: s.headers }),
    ).items;
    expect(all.filter((x) => x.level === "region")).toHaveLength(20);
    expect(all.filter((x) => x.level === "district").length).toBeGreaterThan(150);
    expect(all.every((x) => x.name.kk && x.name.ru && x.name.en)).toBe(true);
  });
});

describe("administration within territory", () => {
  it("a regional administrator sees and manages only the users of the region", async () => {
    const s = await login(t.app, "region.admin");
    const list = json<{ items: { username: string }[] }>(
      await t.app.inject({ method: "GET", url: "/api/v1/users", headers: s.headers }),
    );
    const names = list.items.map((u) => u.username);
    expect(names).toContain("region.cop");
    expect(names).not.toContain("far.cop");
    expect(names).not.toContain("national.admin");
    const outside = await t.app.inject({
      method: "POST",
      url: "/api/v1/users",
      headers: s.headers,
      payload: {
        username: "intruder",
        fullName: "X",
        bodyId: otherRegionBody,
        roles: ["police_inspector_local"],
        password: "Long-Enough-Pass-1",
      },
    });
    expect(outside.statusCode).toBe(403);
    expect(json<{ error: { code: string } }>(outside).error.code).toBe("access.territory");
  });

  it("a national administrator creates a user who must change the password at first login", async () => {
    const s = await login(t.app, "national.admin");
    const r = await t.app.inject({
      method: "POST",
      url: "/api/v1/users",
      headers: s.headers,
      payload: {
        username: "new.cop",
        fullName: "Жаңа Инспектор",
        bodyId: regionBody,
        roles: ["police_inspector_local"],
        password: "Long-Enough-Pass-1",
      },
    });
    expect(r.statusCode).toBe(201);
    expect(json<{ mustChangePassword: boolean }>(r).mustChangePassword).toBe(true);
    const dup = await t.app.inject({
      method: "POST",
      url: "/api/v1/users",
      headers: s.headers,
      payload: {
        username: "new.cop",
        fullName: "Again",
        bodyId: regionBody,
        roles: ["police_inspector_local"],
        password: "Long-Enough-Pass-1",
      },
    });
    expect(dup.statusCode).toBe(409);
    const audit = await t.db
      .selectFrom("audit_log")
      .selectAll()
      .where("action", "=", "user.create")
      .execute();
    expect(audit).toHaveLength(1);
  });

  it("an inspector cannot manage users (role), and an administrator cannot read the audit log", async () => {
    const cop = await login(t.app, "region.cop");
    expect(
      (await t.app.inject({ method: "GET", url: "/api/v1/users", headers: cop.headers })).statusCode,
    ).toBe(403);
    const admin = await login(t.app, "national.admin");
    expect(
      (await t.app.inject({ method: "GET", url: "/api/v1/audit", headers: admin.headers })).statusCode,
    ).toBe(403);
  });
});

describe("demo data", () => {
  it("one region with two districts, populated with bodies, and one user per role", async () => {
    const t2 = await testApp();
    try {
      await seedDemo(t2.db, "Demo-Password-2026!");
      const users = await t2.db.selectFrom("app_user").select(["roles"]).execute();
      const roles = new Set(users.flatMap((u) => u.roles));
      expect([...roles].sort()).toEqual([...ROLES].sort());
      expect(users.length).toBe(DEMO_USERS.length);
      const bodies = await t2.db.selectFrom("body").select("type").execute();
      expect(new Set(bodies.map((b) => b.type)).size).toBeGreaterThanOrEqual(14);
      const s = await login(t2.app, "inspector", "Demo-Password-2026!");
      expect(s.csrf).toBeTruthy();
    } finally {
      await t2.close();
    }
    // A password hash per demo user (argon2id, deliberately slow): the time grows with the roles.
  }, 120_000);
});
