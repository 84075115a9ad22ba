import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { json, login, makeBody, makeUser, testApp, type LoggedIn, type TestApp } from "../test/app.ts";

let t: TestApp;
let s: LoggedIn;
let territoryId: string;

const count = async () =>
  Number(
    (
      await t.db
        .selectFrom("body")
        .select((eb) => eb.fn.countAll<number>().as("n"))
        .executeTakeFirstOrThrow()
    ).n,
  );

beforeAll(async () => {
  t = await testApp();
  const bodyId = await makeBody(t.db, "KZ", "system_operator");
  await makeUser(t.db, { username: "admin1", roles: ["system_admin"], bodyId });
  s = await login(t.app, "admin1");
  territoryId = (
    await t.db.selectFrom("territory").select("id").where("level", "=", "country").executeTakeFirstOrThrow()
  ).id;
});
afterAll(async () => t.close());

const valid = () => ({ name: { kk: "Органы", ru: "Орган", en: "Body" }, type: "akimat", territoryId });

describe("bad input gets a clear 4xx with a stable code and writes nothing", () => {
  it("malformed JSON → 400 request.malformed_json", async () => {
    const before = await count();
    const r = await t.app.inject({
      method: "POST",
      url: "/api/v1/bodies",
      headers: { ...s.headers, "content-type": "application/json" },
      payload: "{not json",
    });
    expect(r.statusCode).toBe(400);
    expect(json<{ error: { code: string; requestId: string } }>(r).error.code).toBe("request.malformed_json");
    expect(await count()).toBe(before);
  });

  it("unknown field → 400 validation.failed naming the field", async () => {
    const before = await count();
    const r = await t.app.inject({
      method: "POST",
      url: "/api/v1/bodies",
      headers: s.headers,
      payload: { ...valid(), extra: 1 },
    });
    expect(r.statusCode).toBe(400);
    const e = json<{ error: { code: string; details: { field: string; code: string }[] } }>(r).error;
    expect(e.code).toBe("validation.failed");
    expect(e.details[0]!.code).toBe("unrecognized_keys");
    expect(await count()).toBe(before);
  });

  it("a missing required field names it", async () => {
    const r = await t.app.inject({
      method: "POST",
      url: "/api/v1/bodies",
      headers: s.headers,
      payload: { ...valid(), name: { kk: "a", ru: "b" } },
    });
    expect(r.statusCode).toBe(400);
    expect(json<{ error: { field: string } }>(r).error.field).toBe("body.name.en");
  });

  it("oversized body → 413 request.too_large", async () => {
    const r = await t.app.inject({
      method: "POST",
      url: "/api/v1/bodies",
      headers: s.headers,
      payload: { ...valid(), pad: "x".repeat(1_100_000) },
    });
    expect(r.statusCode).toBe(413);
    expect(json<{ error: { code: string } }>(r).error.code).toBe("request.too_large");
  });

  it("wrong content type → 415 request.unsupported_media_type", async () => {
    const r = await t.app.inject({
      method: "POST",
      url: "/api/v1/bodies",
      headers: { ...s.headers, "content-type": "text/plain" },
      payload: "hello",
    });
    expect(r.statusCode).toBe(415);
    expect(json<{ error: { code: string } }>(r).error.code).toBe("request.unsupported_media_type");
  });

  it("missing session → 401 auth.unauthenticated", async () => {
    const before = await count();
    const r = await t.app.inject({ method: "POST", url: "/api/v1/bodies", payload: valid() });
    expect(r.statusCode).toBe(401);
    expect(json<{ error: { code: string } }>(r).error.code).toBe("auth.unauthenticated");
    expect(await count()).toBe(before);
  });

  it("unknown endpoint → 404 not_found", async () => {
    const r = await t.app.inject({ method: "GET", url: "/api/v1/nothing-here" });
    expect(r.statusCode).toBe(404);
    expect(json<{ error: { code: string } }>(r).error.code).toBe("not_found");
  });

  it("a stale edit loses with 409 conflict.stale_version", async () => {
    const created = json<{ id: string; version: number }>(
      await t.app.inject({ method: "POST", url: "/api/v1/bodies", headers: s.headers, payload: valid() }),
    );
    const first = await t.app.inject({
      method: "PATCH",
      url: `/api/v1/bodies/${created.id}`,
      headers: s.headers,
      payload: { type: "school", version: created.version },
    });
    expect(first.statusCode).toBe(200);
    const second = await t.app.inject({
      method: "PATCH",
      url: `/api/v1/bodies/${created.id}`,
      headers: s.headers,
      payload: { type: "court", version: created.version },
    });
    expect(second.statusCode).toBe(409);
    expect(json<{ error: { code: string } }>(second).error.code).toBe("conflict.stale_version");
  });
});

describe("Idempotency-Key", () => {
  it("a retried POST returns the first result and creates one record", async () => {
    const before = await count();
    const headers = { ...s.headers, "idempotency-key": "create-body-0001" };
    const a = await t.app.inject({ method: "POST", url: "/api/v1/bodies", headers, payload: valid() });
    const b = await t.app.inject({ method: "POST", url: "/api/v1/bodies", headers, payload: valid() });
    expect(a.statusCode).toBe(201);
    expect(b.statusCode).toBe(201);
    expect(json<{ id: string }>(b).id).toBe(json<{ id: string }>(a).id);
    expect(b.headers["idempotent-replay"]).toBe("true");
    expect(await count()).toBe(before + 1);
  });
});

describe("health and OpenAPI", () => {
  it("/api/health reports the database and migrations", async () => {
    const r = await t.app.inject({ method: "GET", url: "/api/health" });
    expect(r.statusCode).toBe(200);
    expect(json<{ status: string; database: boolean; migrations: { pending: number } }>(r)).toMatchObject({
      status: "ok",
      database: true,
      migrations: { pending: 0 },
    });
  });

  it("/api/docs/json is generated from the contract", async () => {
    const r = await t.app.inject({ method: "GET", url: "/api/docs/json" });
    expect(r.statusCode).toBe(200);
    const doc = json<{ openapi: string; paths: Record<string, unknown> }>(r);
    expect(doc.openapi).toMatch(/^3\./);
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining(["/api/v1/auth/login", "/api/v1/bodies", "/api/v1/users", "/api/v1/audit"]),
    );
  });
});

describe("single sign-on seam", () => {
  it("answers 404 auth.oidc_not_configured when OIDC is not configured", async () => {
    const r = await t.app.inject({ method: "GET", url: "/api/v1/auth/oidc/login" });
    expect(r.statusCode).toBe(404);
    expect(json<{ error: { code: string } }>(r).error.code).toBe("auth.oidc_not_configured");
  });
});
