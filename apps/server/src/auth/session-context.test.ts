import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { json, login, makeBody, makeUser, testApp, type TestApp } from "../test/app.ts";
import { tokenHash } from "./tokens.ts";

// The session, its user, body and territory are read in one statement per request (user-queries.ts),
// with the activity mark riding along. Nothing is cached: these tests change the rows directly in
// SQL and expect the very next request to see the change.

let t: TestApp;
let bodyId: string;

beforeAll(async () => {
  t = await testApp();
  bodyId = await makeBody(t.db, "KZ", "system_operator");
  for (const username of ["erin", "frank", "grace", "heidi"])
    await makeUser(t.db, { username, roles: ["auditor"], bodyId });
});
afterAll(async () => t.close());

function hashOf(cookie: string): string {
  return tokenHash(cookie.replace(/^aldyn_session=/, ""));
}

async function lastSeen(cookie: string): Promise<Date> {
  const row = await t.db
    .selectFrom("user_session")
    .select("last_seen_at")
    .where("token_hash", "=", hashOf(cookie))
    .executeTakeFirstOrThrow();
  return new Date(row.last_seen_at);
}

const me = (headers: Record<string, string>) =>
  t.app.inject({ method: "GET", url: "/api/v1/auth/me", headers });

describe("the session of a request (one statement)", () => {
  it("returns the user with body and territory", async () => {
    const s = await login(t.app, "erin");
    const res = await me(s.headers);
    expect(res.statusCode).toBe(200);
    expect(json<{ user: { username: string; body: { id: string } } }>(res).user).toMatchObject({
      username: "erin",
      body: { id: bodyId },
    });
  });

  it("marks activity when the last mark is over a minute old, and leaves a recent mark alone", async () => {
    const s = await login(t.app, "erin");
    const h = hashOf(s.cookie);
    await t.db
      .updateTable("user_session")
      .set({ last_seen_at: sql`now() - interval '5 minutes'` })
      .where("token_hash", "=", h)
      .execute();
    const old = await lastSeen(s.cookie);
    expect((await me(s.headers)).statusCode).toBe(200);
    const marked = await lastSeen(s.cookie);
    expect(marked.getTime()).toBeGreaterThan(old.getTime());
    await t.db
      .updateTable("user_session")
      .set({ last_seen_at: sql`now() - interval '10 seconds'` })
      .where("token_hash", "=", h)
      .execute();
    const recent = await lastSeen(s.cookie);
    expect((await me(s.headers)).statusCode).toBe(200);
    expect((await lastSeen(s.cookie)).getTime()).toBe(recent.getTime());
  });

  it("a session revoked in the database is refused on the very next request, and not marked", async () => {
    const s = await login(t.app, "frank");
    expect((await me(s.headers)).statusCode).toBe(200);
    await t.db
      .updateTable("user_session")
      .set({ revoked_at: sql`now()`, last_seen_at: sql`now() - interval '5 minutes'` })
      .where("token_hash", "=", hashOf(s.cookie))
      .execute();
    const before = await lastSeen(s.cookie);
    const res = await me(s.headers);
    expect(res.statusCode).toBe(401);
    expect(json<{ error: { code: string } }>(res).error.code).toBe("auth.session_expired");
    expect((await lastSeen(s.cookie)).getTime()).toBe(before.getTime());
  });

  it("an expired session is refused, and not marked", async () => {
    const s = await login(t.app, "grace");
    await t.db
      .updateTable("user_session")
      .set({ expires_at: sql`now() - interval '1 second'`, last_seen_at: sql`now() - interval '5 minutes'` })
      .where("token_hash", "=", hashOf(s.cookie))
      .execute();
    const before = await lastSeen(s.cookie);
    expect((await me(s.headers)).statusCode).toBe(401);
    expect((await lastSeen(s.cookie)).getTime()).toBe(before.getTime());
  });

  it("a user deactivated in the database is refused on the very next request", async () => {
    const s = await login(t.app, "heidi");
    expect((await me(s.headers)).statusCode).toBe(200);
    await t.db.updateTable("app_user").set({ active: false }).where("username", "=", "heidi").execute();
    expect((await me(s.headers)).statusCode).toBe(401);
  });

  it("a revoked bearer token is refused on the very next request; a deactivated service account too", async () => {
    const svc = await makeUser(t.db, { username: "svc.one", roles: ["auditor"], bodyId, service: true });
    const token = "service-token-of-the-test-0123456789";
    await t.db
      .insertInto("service_token")
      .values({ token_hash: tokenHash(token), user_id: svc })
      .execute();
    const call = () =>
      t.app.inject({ method: "GET", url: "/api/v1/audit", headers: { authorization: `Bearer ${token}` } });
    expect((await call()).statusCode).toBe(200);
    await t.db.updateTable("app_user").set({ active: false }).where("id", "=", svc).execute();
    expect(json<{ error: { code: string } }>(await call()).error.code).toBe("auth.account_disabled");
    await t.db.updateTable("app_user").set({ active: true }).where("id", "=", svc).execute();
    await t.db
      .updateTable("service_token")
      .set({ revoked_at: sql`now()` })
      .where("token_hash", "=", tokenHash(token))
      .execute();
    const res = await call();
    expect(res.statusCode).toBe(401);
    expect(json<{ error: { code: string } }>(res).error.code).toBe("auth.unauthenticated");
  });
});
