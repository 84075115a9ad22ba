import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { login, makeBody, makeUser, testApp, type TestApp } from "../test/app.ts";

// API answers carry personal data and session secrets (the CSRF token): no browser cache or shared
// proxy may keep them (R11). Static files of the web app are outside /api/ and stay cacheable.
let t: TestApp;

beforeAll(async () => {
  t = await testApp();
  const bodyId = await makeBody(t.db, "KZ", "system_operator");
  await makeUser(t.db, { username: "cachy", roles: ["auditor"], bodyId });
});
afterAll(async () => t.close());

describe("Cache-Control on API responses", () => {
  it("every /api/ answer — success, refusal, unknown route, log-in — is no-store", async () => {
    const s = await login(t.app, "cachy");
    const answers = [
      await t.app.inject({ method: "GET", url: "/api/v1/auth/me", headers: s.headers }),
      await t.app.inject({ method: "GET", url: "/api/v1/audit", headers: s.headers }),
      await t.app.inject({ method: "GET", url: "/api/v1/audit" }),
      await t.app.inject({ method: "GET", url: "/api/v1/no-such-thing", headers: s.headers }),
      await t.app.inject({ method: "GET", url: "/api/health" }),
      await t.app.inject({
        method: "POST",
        url: "/api/v1/auth/login",
        payload: { username: "cachy", password: "Wrong-password-1!" },
      }),
    ];
    expect(answers.map((r) => r.statusCode)).toEqual([200, 200, 401, 404, 200, 401]);
    for (const r of answers) expect(r.headers["cache-control"]).toBe("no-store");
  });

  it("paths outside /api/ are left to the static file server's own caching", async () => {
    const r = await t.app.inject({ method: "GET", url: "/assets/app.js" });
    expect(r.headers["cache-control"]).toBeUndefined();
  });
});
