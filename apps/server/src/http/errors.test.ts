import { Writable } from "node:stream";
import Fastify, { type FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { json, login, makeBody, makeUser, testApp, type LoggedIn, type TestApp } from "../test/app.ts";
import { installErrorHandler } from "./error-handler.ts";

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

interface Refusal {
  error: {
    code: string;
    field?: string;
    message: string;
    details: { field: string; code: string; message: string }[];
  };
}

describe("text and free-form objects the database cannot take are a 400 naming the field (R11)", () => {
  it.each([
    ["NUL", "Орган\u0000"],
    ["a lone surrogate", "Орган\uD800"],
    ["an escape sequence", "\u001B[2JОрган"],
  ])("%s in a body's name → invalid_characters at body.name.kk, nothing written", async (_, kk) => {
    const before = await count();
    const r = await t.app.inject({
      method: "POST",
      url: "/api/v1/bodies",
      headers: s.headers,
      payload: { ...valid(), name: { kk, ru: "Орган", en: "Body" } },
    });
    expect(r.statusCode).toBe(400);
    const e = json<Refusal>(r).error;
    expect(e.code).toBe("validation.failed");
    expect(e.field).toBe("body.name.kk");
    expect(e.details[0]).toMatchObject({ field: "body.name.kk", code: "invalid_characters" });
    expect(e.message).toMatch(/\(U\+[0-9A-F]{4}\) at position \d+/);
    expect(await count()).toBe(before);
  });

  it("a measure's details nested 10,000 deep → 400 too_deep, before anything walks it", async () => {
    const deep = '{"a":'.repeat(10_000) + "1" + "}".repeat(10_000);
    const body = JSON.stringify({
      kind: "official_warning",
      personId: "0b6f3a52-6a8e-4f43-9a55-3a3f1f0c2b11",
      issuedAt: "2026-04-10T10:00:00+05:00",
      details: "DEEP",
    }).replace('"DEEP"', deep);
    const r = await t.app.inject({
      method: "POST",
      url: "/api/v1/measures",
      headers: { ...s.headers, "content-type": "application/json" },
      payload: body,
    });
    expect(r.statusCode).toBe(400);
    const e = json<Refusal>(r).error;
    expect(e.details[0]).toMatchObject({ field: "body.details.a.a.a.a.a.a.a.a", code: "too_deep" });
  });

  it("NUL in a search term → 400 at querystring.q; a date of year 0000 → out_of_range", async () => {
    const q = await t.app.inject({ method: "GET", url: "/api/v1/bodies?q=ab%00c", headers: s.headers });
    expect(q.statusCode).toBe(400);
    expect(json<Refusal>(q).error.details[0]).toMatchObject({
      field: "querystring.q",
      code: "invalid_characters",
    });
    const d = await t.app.inject({
      method: "GET",
      url: "/api/v1/audit?from=0000-01-01T00:00:00%2B05:00",
      headers: s.headers,
    });
    expect(d.statusCode).toBe(400);
    expect(json<Refusal>(d).error.details[0]).toMatchObject({
      field: "querystring.from",
      code: "out_of_range",
    });
  });
});

describe("invalid input that reaches PostgreSQL, or overflows the stack, is a 400 that quotes nothing (R11)", () => {
  let app: FastifyInstance;
  const logged: string[] = [];
  const SECRET = "880101400123";

  beforeAll(async () => {
    const stream = new Writable({
      write(chunk: Buffer, _enc, done) {
        logged.push(chunk.toString());
        done();
      },
    });
    app = Fastify({ logger: { level: "info", stream } });
    installErrorHandler(app);
    app.get<{ Querystring: { sql: string } }>("/sql", async (req) => {
      // The value travels as a parameter, as the use cases send it: the database's message quotes it.
      await t.tdb.pool.query(req.query.sql, [SECRET]);
      return { ok: true };
    });
    const recurse = (n: number): number => recurse(n + 1) + 1;
    app.get("/recurse", async () => ({ n: recurse(0) }));
    await app.ready();
  });
  afterAll(async () => app.close());

  const sqlAnswer = (sql: string) => app.inject({ method: "GET", url: "/sql", query: { sql } });

  it.each([
    [
      "22021 character not in repertoire",
      "SELECT $1::text || convert_from('\\x00'::bytea, 'UTF8')",
      "invalid_characters",
    ],
    ["22P02 invalid text representation", "SELECT ($1::text || 'x')::uuid", "invalid_format"],
    ["22007 invalid datetime format", "SELECT ($1::text || 'x')::date", "invalid_format"],
    ["22008 datetime field overflow", "SELECT '0000-01-01'::date, $1::text", "out_of_range"],
    ["22003 numeric value out of range", "SELECT ($1::text || '0')::int", "out_of_range"],
    ["2201B invalid regular expression", "SELECT $1::text ~ '('", "invalid_format"],
  ])("%s → 400 with a stable detail code", async (_, sql, code) => {
    logged.length = 0;
    const r = await sqlAnswer(sql);
    expect(r.statusCode, r.body).toBe(400);
    const e = json<Refusal>(r).error;
    expect(e.code).toBe("validation.failed");
    expect(e.details[0]).toMatchObject({ field: "request", code });
    expect(r.body).not.toContain(SECRET);
    expect(r.body).not.toMatch(/SELECT|syntax|uuid|::/i);
    expect(logged.join("")).not.toContain(SECRET);
  });

  it("a stack overflow → 400 too_deep, not a 500", async () => {
    const r = await app.inject({ method: "GET", url: "/recurse" });
    expect(r.statusCode).toBe(400);
    expect(json<Refusal>(r).error.details[0]).toMatchObject({ code: "too_deep" });
  });

  it("any other database error stays a masked 500, and its log carries the SQLSTATE, not the value", async () => {
    logged.length = 0;
    const r = await sqlAnswer("SELECT $1::text, 1 / (SELECT count(*) FROM territory WHERE false)");
    expect(r.statusCode).toBe(500);
    expect(json<Refusal>(r).error.code).toBe("internal");
    const log = logged.join("");
    expect(log).toContain('"sqlState":"22012"');
    expect(log).not.toContain("division by zero");
    expect(log).not.toContain(SECRET);
  });
});
