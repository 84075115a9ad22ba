import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadConfig, parseTrustProxy } from "../config.ts";
import { buildApp } from "../http/app.ts";
import { makeBody, makeUser, testApp, TEST_PASSWORD, type TestApp } from "../test/app.ts";

// Who the client is decides the login throttle's and the rate limit's key and the audit's address
// (R11): a client must not be able to choose it with X-Forwarded-For.
let t: TestApp;
let bodyId: string;
const apps: FastifyInstance[] = [];

/** Another API on the same database with its own configuration (production, as deployed). */
async function appWith(env: Record<string, string>): Promise<FastifyInstance> {
  const config = loadConfig({ NODE_ENV: "production", DEMO: "false", LOG_LEVEL: "silent", ...env });
  const app = await buildApp({ db: t.db, pool: t.tdb.pool, config, logger: false });
  await app.ready();
  apps.push(app);
  return app;
}

beforeAll(async () => {
  t = await testApp();
  bodyId = await makeBody(t.db, "KZ", "system_operator");
});
afterAll(async () => {
  for (const app of apps) await app.close();
  await t.close();
});

const logIn = (app: FastifyInstance, username: string, remoteAddress: string, forwarded?: string) =>
  app.inject({
    method: "POST",
    url: "/api/v1/auth/login",
    payload: { username, password: TEST_PASSWORD },
    remoteAddress,
    headers: forwarded ? { "x-forwarded-for": forwarded } : {},
  });

async function loginAuditAddress(userId: string): Promise<string | null> {
  const rows = await t.db
    .selectFrom("audit_log")
    .select("ip")
    .where("action", "=", "auth.login")
    .where("actor_id", "=", userId)
    .execute();
  expect(rows).toHaveLength(1);
  return rows[0]!.ip;
}

describe("TRUST_PROXY", () => {
  it("unset or empty trusts no proxy; takes addresses, CIDRs and presets, or a hop count; refuses anything else at start", () => {
    expect(parseTrustProxy(undefined)).toBe(false);
    expect(parseTrustProxy(" ")).toBe(false);
    expect(parseTrustProxy("127.0.0.1, 10.0.0.0/8,::1,fd00::/8,loopback")).toEqual([
      "127.0.0.1",
      "10.0.0.0/8",
      "::1",
      "fd00::/8",
      "loopback",
    ]);
    expect(parseTrustProxy("2")).toEqual({ hops: 2 });
    for (const bad of ["true", "0", "10.0.0.0/33", "proxy.local", "10.0.0.1/8/2"])
      expect(() => loadConfig({ TRUST_PROXY: bad }), bad).toThrow(/TRUST_PROXY/);
  });

  it("unset, in production: a forged X-Forwarded-For changes neither the audit's address nor the login throttle's", async () => {
    const app = await appWith({});
    const id = await makeUser(t.db, { username: "xff1", roles: ["auditor"], bodyId });
    expect((await logIn(app, "xff1", "10.20.0.1", "203.0.113.9")).statusCode).toBe(200);
    expect(await loginAuditAddress(id)).toBe("10.20.0.1");
    const attempts = await t.db
      .selectFrom("login_attempt")
      .select("ip")
      .where("username", "=", "xff1")
      .execute();
    expect(attempts).toEqual([{ ip: "10.20.0.1" }]);

    // Twenty failures from one socket, each claiming another address: the twenty-first is throttled.
    for (let i = 0; i < 20; i++) {
      const r = await app.inject({
        method: "POST",
        url: "/api/v1/auth/login",
        payload: { username: `xff-ghost-${i}`, password: "wrong-password-1A!" },
        remoteAddress: "10.20.0.3",
        headers: { "x-forwarded-for": `198.51.100.${i}` },
      });
      expect(r.statusCode).toBe(401);
    }
    const next = await app.inject({
      method: "POST",
      url: "/api/v1/auth/login",
      payload: { username: "xff1", password: TEST_PASSWORD },
      remoteAddress: "10.20.0.3",
      headers: { "x-forwarded-for": "198.51.100.250" },
    });
    expect(next.statusCode).toBe(429);
    expect(next.json<{ error: { code: string } }>().error.code).toBe("auth.throttled");
  });

  it("unset, in production: a forged X-Forwarded-For does not escape the rate limit", async () => {
    const app = await appWith({ RATE_LIMIT_PER_MINUTE: "3" });
    const health = (forwarded: string) =>
      app.inject({
        method: "GET",
        url: "/api/health",
        remoteAddress: "10.20.0.4",
        headers: { "x-forwarded-for": forwarded },
      });
    for (let i = 1; i <= 3; i++) expect((await health(`198.51.100.${i}`)).statusCode).not.toBe(429);
    expect((await health("198.51.100.4")).statusCode).toBe(429);
  });

  it("TRUST_PROXY=127.0.0.1: a request through that proxy is the forwarded client's; from anywhere else the header is ignored", async () => {
    const app = await appWith({ TRUST_PROXY: "127.0.0.1", RATE_LIMIT_PER_MINUTE: "3" });
    const viaProxy = await makeUser(t.db, { username: "xff2", roles: ["auditor"], bodyId });
    expect((await logIn(app, "xff2", "127.0.0.1", "203.0.113.7")).statusCode).toBe(200);
    expect(await loginAuditAddress(viaProxy)).toBe("203.0.113.7");
    const direct = await makeUser(t.db, { username: "xff3", roles: ["auditor"], bodyId });
    expect((await logIn(app, "xff3", "10.20.0.5", "203.0.113.8")).statusCode).toBe(200);
    expect(await loginAuditAddress(direct)).toBe("10.20.0.5");

    // The rate limit counts each forwarded client on its own behind the proxy.
    const health = (forwarded: string) =>
      app.inject({
        method: "GET",
        url: "/api/health",
        remoteAddress: "127.0.0.1",
        headers: { "x-forwarded-for": forwarded },
      });
    for (let i = 0; i < 3; i++) expect((await health("203.0.113.20")).statusCode).not.toBe(429);
    expect((await health("203.0.113.20")).statusCode).toBe(429);
    expect((await health("203.0.113.21")).statusCode).not.toBe(429);
  });

  it("TRUST_PROXY=1: the one proxy in front names the client; addresses further left are the client's to invent", async () => {
    const app = await appWith({ TRUST_PROXY: "1" });
    const id = await makeUser(t.db, { username: "xff4", roles: ["auditor"], bodyId });
    expect((await logIn(app, "xff4", "10.20.0.6", "198.51.100.77, 203.0.113.30")).statusCode).toBe(200);
    expect(await loginAuditAddress(id)).toBe("203.0.113.30");
  });
});
