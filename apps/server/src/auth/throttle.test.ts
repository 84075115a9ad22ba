import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { json, login, makeBody, makeUser, testApp, TEST_PASSWORD, type TestApp } from "../test/app.ts";
import { accountDelaySeconds, THROTTLE } from "./throttle.ts";

let t: TestApp;
let bodyId: string;

beforeAll(async () => {
  t = await testApp();
  bodyId = await makeBody(t.db, "KZ", "system_operator");
});
afterAll(async () => t.close());

const attempt = (username: string, password: string, remoteAddress: string) =>
  t.app.inject({
    method: "POST",
    url: "/api/v1/auth/login",
    payload: { username, password },
    remoteAddress,
  });

/** Failures recorded as if made `secondsAgo` from the given addresses (no waiting in tests); 0: now. */
async function pastFailures(username: string, addresses: string[], secondsAgo = 1) {
  const at = secondsAgo ? { at: new Date(Date.now() - secondsAgo * 1000) } : {};
  await t.db
    .insertInto("login_attempt")
    .values(addresses.map((ip) => ({ username, ip, success: false, ...at })))
    .execute();
}

/** Moves every recorded attempt of the account back in time, as if that much time had passed. */
async function elapse(username: string, seconds: number) {
  await sql`UPDATE login_attempt SET at = at - make_interval(secs => ${seconds})
             WHERE username = ${username}`.execute(t.db);
}

const retryAfter = (res: { headers: Record<string, unknown> }) => Number(res.headers["retry-after"]);

interface NoticeList {
  items: {
    kind: string;
    recordType: string;
    recordId: string;
    code: string;
    read: boolean;
    loginFailures?: { failures: number; addresses: number; firstAt: string; lastAt: string };
  }[];
}

describe("login throttle per account across addresses: a capped progressive delay, never a lock-out", () => {
  it("the wait doubles from 15 s after the fifth failure and stops at 5 minutes", () => {
    expect([4, 5, 6, 7, 8, 9, 10, 40, 1000].map(accountDelaySeconds)).toEqual([
      0, 15, 30, 60, 120, 240, 300, 300, 300,
    ]);
  });

  it("five failures from five addresses delay the sixth attempt from a sixth address, right password or not; after the wait it logs in", async () => {
    const id = await makeUser(t.db, { username: "spray1", roles: ["auditor"], bodyId });
    for (let i = 1; i <= 5; i++)
      expect((await attempt("spray1", `bad-${i}`, `10.1.0.${i}`)).statusCode).toBe(401);
    const early = await attempt("spray1", TEST_PASSWORD, "10.1.0.99");
    expect(early.statusCode).toBe(429);
    expect(json<{ error: { code: string } }>(early).error.code).toBe("auth.throttled");
    expect(retryAfter(early)).toBeGreaterThan(10);
    expect(retryAfter(early)).toBeLessThanOrEqual(15);
    // Refused attempts do not count: asking again does not make the wait longer.
    const again = await attempt("spray1", "bad-x", "10.1.0.98");
    expect(retryAfter(again)).toBeLessThanOrEqual(retryAfter(early));
    await elapse("spray1", 16);
    const ok = await attempt("spray1", TEST_PASSWORD, "10.1.0.99");
    expect(ok.statusCode).toBe(200);
    expect(json<{ user: { id: string } }>(ok).user.id).toBe(id);
    // The success ends the streak: the next mistake is a plain 401, not a wait.
    expect((await attempt("spray1", "bad-after", "10.1.0.99")).statusCode).toBe(401);
  });

  it("however many failures, the wait is at most 5 minutes and then an attempt goes through", async () => {
    await makeUser(t.db, { username: "spray2", roles: ["auditor"], bodyId });
    await pastFailures(
      "spray2",
      Array.from({ length: 60 }, (_, i) => `10.2.${Math.floor(i / 10)}.${i % 10}`),
    );
    const held = await attempt("spray2", TEST_PASSWORD, "10.2.9.9");
    expect(held.statusCode).toBe(429);
    expect(retryAfter(held)).toBeGreaterThan(THROTTLE.maxDelaySeconds - 10);
    expect(retryAfter(held)).toBeLessThanOrEqual(THROTTLE.maxDelaySeconds);
    await elapse("spray2", THROTTLE.maxDelaySeconds + 1);
    expect((await attempt("spray2", TEST_PASSWORD, "10.2.9.9")).statusCode).toBe(200);
  });

  it("strangers' failures do not delay the owner at an address the account has logged in from", async () => {
    await makeUser(t.db, { username: "owner3", roles: ["auditor"], bodyId });
    expect((await attempt("owner3", TEST_PASSWORD, "10.3.0.1")).statusCode).toBe(200);
    await pastFailures(
      "owner3",
      ["10.3.1.1", "10.3.1.2", "10.3.1.3", "10.3.1.4", "10.3.1.5", "10.3.1.6", "10.3.1.7"],
      0,
    );
    expect((await attempt("owner3", TEST_PASSWORD, "10.3.0.99")).statusCode).toBe(429);
    expect((await attempt("owner3", TEST_PASSWORD, "10.3.0.1")).statusCode).toBe(200);
    // The familiar address is still judged on its own failures.
    await pastFailures("owner3", ["10.3.0.1", "10.3.0.1", "10.3.0.1", "10.3.0.1", "10.3.0.1"], 0);
    expect((await attempt("owner3", TEST_PASSWORD, "10.3.0.1")).statusCode).toBe(429);
  });

  it("parallel attempts cannot share one free slot: of six at once only one is checked", async () => {
    await makeUser(t.db, { username: "spray4", roles: ["auditor"], bodyId });
    await pastFailures("spray4", ["10.4.0.1", "10.4.0.2", "10.4.0.3", "10.4.0.4", "10.4.0.5"], 20);
    const codes = (
      await Promise.all(Array.from({ length: 6 }, (_, i) => attempt("spray4", `bad-${i}`, `10.4.1.${i}`)))
    ).map((r) => r.statusCode);
    expect(codes.filter((c) => c === 401)).toHaveLength(1);
    expect(codes.filter((c) => c === 429)).toHaveLength(5);
  });

  it("an unknown username is delayed the same way (no hint that it does not exist) and notifies no one", async () => {
    const notices = async () => (await t.db.selectFrom("notification").select("id").execute()).length;
    const before = await notices();
    for (let i = 1; i <= 5; i++)
      expect((await attempt("nobody.here", `bad-${i}`, `10.5.0.${i}`)).statusCode).toBe(401);
    expect((await attempt("nobody.here", "bad-6", "10.5.0.6")).statusCode).toBe(429);
    expect(await notices()).toBe(before);
  });
});

describe("the owner is told about failed log-ins to the account, once per streak", () => {
  it("at the fifth failure the user gets one notice (N failures, M addresses, first and last), refreshed later, with an outbox and an audit row", async () => {
    const id = await makeUser(t.db, { username: "told6", roles: ["auditor"], bodyId });
    const addresses = ["10.6.0.1", "10.6.0.2", "10.6.0.3", "10.6.0.1"];
    for (const [i, ip] of addresses.entries()) await attempt("told6", `bad-${i}`, ip);
    const count = async () =>
      (await t.db.selectFrom("notification").selectAll().where("user_id", "=", id).execute()).length;
    expect(await count()).toBe(0); // four failures: below the threshold
    await attempt("told6", "bad-4", "10.6.0.2");
    expect(await count()).toBe(1);
    await elapse("told6", 16);
    expect((await attempt("told6", "bad-5", "10.6.0.4")).statusCode).toBe(401);
    expect(await count()).toBe(1); // not one per attempt

    const notice = await t.db
      .selectFrom("notification")
      .selectAll()
      .where("user_id", "=", id)
      .executeTakeFirstOrThrow();
    expect(
      await t.db
        .selectFrom("notification_outbox")
        .selectAll()
        .where("notification_id", "=", notice.id)
        .execute(),
    ).toHaveLength(1);
    const audits = await t.db
      .selectFrom("audit_log")
      .select(["record_id", "ip"])
      .where("action", "=", "auth.login_failures_notice")
      .where("record_id", "=", id)
      .execute();
    expect(audits).toEqual([{ record_id: id, ip: "10.6.0.2" }]);

    await elapse("told6", 31);
    const s = await login(t.app, "told6");
    const list = json<NoticeList>(
      await t.app.inject({ method: "GET", url: "/api/v1/notifications", headers: s.headers }),
    );
    expect(list.items).toHaveLength(1);
    const item = list.items[0]!;
    expect(item).toMatchObject({
      kind: "login_failures",
      recordType: "user",
      recordId: id,
      code: "auth.login_failures",
      read: false,
      loginFailures: { failures: 6, addresses: 4 },
    });
    expect(Date.parse(item.loginFailures!.firstAt)).toBeLessThan(Date.parse(item.loginFailures!.lastAt));
  });

  it("a new streak after the owner has logged in is told again, even on the same day", async () => {
    const id = await makeUser(t.db, { username: "told7", roles: ["auditor"], bodyId });
    await pastFailures("told7", ["10.7.0.1", "10.7.0.2", "10.7.0.3", "10.7.0.4"], 400);
    await attempt("told7", "bad-a", "10.7.0.5");
    await elapse("told7", 16);
    const s = await login(t.app, "told7");
    await t.app.inject({ method: "POST", url: "/api/v1/notifications/read-all", headers: s.headers });
    // Four failures after the successful log-in, then a fifth: a new streak crosses the threshold.
    await pastFailures("told7", ["10.7.1.1", "10.7.1.2", "10.7.1.3", "10.7.1.4"], 0);
    await attempt("told7", "bad-b", "10.7.1.5");
    const rows = await t.db.selectFrom("notification").selectAll().where("user_id", "=", id).execute();
    expect(rows).toHaveLength(1);
    expect(rows[0]!.read_at).toBeNull();
    const details = (rows[0] as unknown as { details: { failures: number; addresses: number } }).details;
    expect(details).toMatchObject({ failures: 5, addresses: 5 });
  });
});
