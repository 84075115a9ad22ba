import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { json, login, makeBody, makeUser, testApp, TEST_PASSWORD, type TestApp } from "../test/app.ts";

let t: TestApp;
let bodyId: string;

beforeAll(async () => {
  t = await testApp();
  bodyId = await makeBody(t.db, "KZ", "system_operator");
  await makeUser(t.db, { username: "alice", roles: ["system_admin"], bodyId });
  await makeUser(t.db, { username: "bob", roles: ["auditor"], bodyId });
  await makeUser(t.db, { username: "carol", roles: ["auditor"], bodyId, mustChange: true });
  await makeUser(t.db, { username: "dave", roles: ["auditor"], bodyId, active: false });
});
afterAll(async () => t.close());

describe("login and sessions", () => {
  it("logs in, sets an httpOnly SameSite=Strict cookie and returns the user with body and territory", async () => {
    const res = await t.app.inject({
      method: "POST",
      url: "/api/v1/auth/login",
      payload: { username: "alice", password: TEST_PASSWORD },
    });
    expect(res.statusCode).toBe(200);
    const c = res.cookies.find((x) => x.name === "aldyn_session")!;
    expect(c.httpOnly).toBe(true);
    expect(c.sameSite).toBe("Strict");
    const body = json<{
      user: { username: string; roles: string[]; territory: { level: string } };
      csrfToken: string;
    }>(res);
    expect(body.user.username).toBe("alice");
    expect(body.user.roles).toEqual(["system_admin"]);
    expect(body.user.territory.level).toBe("country");
    expect(body.csrfToken.length).toBeGreaterThan(20);
    const me = await t.app.inject({
      method: "GET",
      url: "/api/v1/auth/me",
      headers: { cookie: `aldyn_session=${c.value}` },
    });
    expect(me.statusCode).toBe(200);
  });

  it("refuses a wrong password with 401 auth.invalid_credentials and an unknown user the same way", async () => {
    for (const username of ["alice", "nobody"]) {
      const res = await t.app.inject({
        method: "POST",
        url: "/api/v1/auth/login",
        payload: { username, password: "wrong-password-1A!" },
        remoteAddress: "10.9.9.9",
      });
      expect(res.statusCode).toBe(401);
      expect(json<{ error: { code: string } }>(res).error.code).toBe("auth.invalid_credentials");
    }
  });

  it("throttles an account after five failures: the sixth attempt is 429 with Retry-After, even with the right password", async () => {
    await makeUser(t.db, { username: "victim", roles: ["auditor"], bodyId });
    for (let i = 0; i < 5; i++) {
      const r = await t.app.inject({
        method: "POST",
        url: "/api/v1/auth/login",
        payload: { username: "victim", password: `bad-${i}` },
        remoteAddress: `10.0.0.${i + 1}`,
      });
      expect(r.statusCode).toBe(401);
    }
    const sixth = await t.app.inject({
      method: "POST",
      url: "/api/v1/auth/login",
      payload: { username: "victim", password: TEST_PASSWORD },
      remoteAddress: "10.0.0.99",
    });
    expect(sixth.statusCode).toBe(429);
    expect(json<{ error: { code: string; message: string } }>(sixth).error.code).toBe("auth.throttled");
    expect(json<{ error: { message: string } }>(sixth).error.message).toMatch(/Try again in \d+ second/);
    expect(Number(sixth.headers["retry-after"])).toBeGreaterThan(0);
  });

  it("throttles an address after twenty failures across accounts", async () => {
    for (let i = 0; i < 20; i++) {
      await t.app.inject({
        method: "POST",
        url: "/api/v1/auth/login",
        payload: { username: `ghost${i}`, password: "x" },
        remoteAddress: "10.7.7.7",
      });
    }
    const r = await t.app.inject({
      method: "POST",
      url: "/api/v1/auth/login",
      payload: { username: "bob", password: TEST_PASSWORD },
      remoteAddress: "10.7.7.7",
    });
    expect(r.statusCode).toBe(429);
  });

  it("refuses a disabled account with 403", async () => {
    const r = await t.app.inject({
      method: "POST",
      url: "/api/v1/auth/login",
      payload: { username: "dave", password: TEST_PASSWORD },
    });
    expect(r.statusCode).toBe(403);
    expect(json<{ error: { code: string } }>(r).error.code).toBe("auth.account_disabled");
  });

  it("requires the CSRF token on unsafe methods and changes nothing without it", async () => {
    const s = await login(t.app, "bob");
    const noCsrf = await t.app.inject({
      method: "POST",
      url: "/api/v1/auth/logout",
      headers: { cookie: s.cookie },
    });
    expect(noCsrf.statusCode).toBe(403);
    expect(json<{ error: { code: string } }>(noCsrf).error.code).toBe("auth.csrf");
    const still = await t.app.inject({
      method: "GET",
      url: "/api/v1/auth/me",
      headers: { cookie: s.cookie },
    });
    expect(still.statusCode).toBe(200);
    const out = await t.app.inject({ method: "POST", url: "/api/v1/auth/logout", headers: s.headers });
    expect(out.statusCode).toBe(204);
    const after = await t.app.inject({
      method: "GET",
      url: "/api/v1/auth/me",
      headers: { cookie: s.cookie },
    });
    expect(after.statusCode).toBe(401);
    expect(json<{ error: { code: string } }>(after).error.code).toBe("auth.session_expired");
  });

  it("logs out everywhere: every session of the user ends", async () => {
    const a = await login(t.app, "bob");
    const b = await login(t.app, "bob");
    expect(
      (await t.app.inject({ method: "POST", url: "/api/v1/auth/logout-everywhere", headers: a.headers }))
        .statusCode,
    ).toBe(204);
    expect(
      (await t.app.inject({ method: "GET", url: "/api/v1/auth/me", headers: { cookie: b.cookie } }))
        .statusCode,
    ).toBe(401);
  });

  it("a user who must change the password can do only that, under the password policy", async () => {
    const s = await login(t.app, "carol");
    const blocked = await t.app.inject({ method: "GET", url: "/api/v1/audit", headers: s.headers });
    expect(blocked.statusCode).toBe(403);
    expect(json<{ error: { code: string } }>(blocked).error.code).toBe("auth.password_change_required");
    const weak = await t.app.inject({
      method: "POST",
      url: "/api/v1/auth/change-password",
      headers: s.headers,
      payload: { currentPassword: TEST_PASSWORD, newPassword: "short" },
    });
    expect(weak.statusCode).toBe(422);
    expect(json<{ error: { code: string; field: string } }>(weak).error).toMatchObject({
      code: "auth.password_too_short",
      field: "newPassword",
    });
    const ok = await t.app.inject({
      method: "POST",
      url: "/api/v1/auth/change-password",
      headers: s.headers,
      payload: { currentPassword: TEST_PASSWORD, newPassword: "Brand-New-Secret-42" },
    });
    expect(ok.statusCode).toBe(204);
    const now = await t.app.inject({ method: "GET", url: "/api/v1/audit", headers: s.headers });
    expect(now.statusCode).toBe(200);
  });

  it("the policy refuses well-known passwords wherever a password is set, with the rule's code and the field; nothing is written", async () => {
    const bob = await login(t.app, "bob");
    const change = (newPassword: string, currentPassword = TEST_PASSWORD) =>
      t.app.inject({
        method: "POST",
        url: "/api/v1/auth/change-password",
        headers: bob.headers,
        payload: { currentPassword, newPassword },
      });
    const common = await change("P@ssw0rd!2026");
    expect(common.statusCode).toBe(422);
    expect(json<{ error: { code: string; field: string } }>(common).error).toMatchObject({
      code: "auth.password_common",
      field: "newPassword",
    });
    const same = await change(TEST_PASSWORD);
    expect(json<{ error: { code: string } }>(same).error.code).toBe("auth.password_unchanged");

    const admin = await login(t.app, "alice");
    const created = await t.app.inject({
      method: "POST",
      url: "/api/v1/users",
      headers: admin.headers,
      payload: { username: "erin", fullName: "Erin", bodyId, roles: ["auditor"], password: "Qwerty123456!" },
    });
    expect(created.statusCode).toBe(422);
    expect(json<{ error: { code: string; field: string } }>(created).error).toMatchObject({
      code: "auth.password_common",
      field: "password",
    });
    const erin = await t.db.selectFrom("app_user").select("id").where("username", "=", "erin").execute();
    expect(erin).toHaveLength(0);
    const bobId = (
      await t.db.selectFrom("app_user").select("id").where("username", "=", "bob").executeTakeFirstOrThrow()
    ).id;
    const reset = await t.app.inject({
      method: "POST",
      url: `/api/v1/users/${bobId}/reset-password`,
      headers: admin.headers,
      payload: { password: "Bob-Tall-Steppe-9" },
    });
    expect(json<{ error: { code: string } }>(reset).error.code).toBe("auth.password_contains_username");
    expect((await login(t.app, "bob")).csrf.length).toBeGreaterThan(0); // the old password still works
  });

  it("service accounts authenticate with a bearer token, need no CSRF and cannot log in with a password", async () => {
    const admin = await login(t.app, "alice");
    const created = await t.app.inject({
      method: "POST",
      url: "/api/v1/users",
      headers: admin.headers,
      payload: { username: "svc.court", fullName: "Court system", bodyId, roles: ["auditor"], service: true },
    });
    expect(created.statusCode).toBe(201);
    const id = json<{ id: string }>(created).id;
    const tok = await t.app.inject({
      method: "POST",
      url: `/api/v1/users/${id}/service-token`,
      headers: admin.headers,
    });
    expect(tok.statusCode).toBe(201);
    const token = json<{ token: string }>(tok).token;
    const res = await t.app.inject({
      method: "POST",
      url: "/api/v1/audit/verify",
      headers: { authorization: `Bearer ${token}` },
    });
    expect(res.statusCode).toBe(200);
    const bad = await t.app.inject({
      method: "GET",
      url: "/api/v1/audit",
      headers: { authorization: "Bearer nope" },
    });
    expect(bad.statusCode).toBe(401);
  });

  it("every login is audited", async () => {
    const rows = await t.db
      .selectFrom("audit_log")
      .select("action")
      .where("action", "=", "auth.login")
      .execute();
    expect(rows.length).toBeGreaterThan(3);
  });
});
