import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { FastifyInstance } from "fastify";
import { loadConfig } from "../config.ts";
import { buildApp } from "../http/app.ts";
import { testDatabase, type TestDatabase } from "../test/db.ts";

// Every handler is wrapped to audit refusals (refusals.ts). A handler that returns the reply itself —
// the web app's deep-link fallback returns `reply.sendFile("index.html")` — must pass through: the
// reply is thenable, and treating it as a promise crashed the process on every direct page load.
let tdb: TestDatabase;
let app: FastifyInstance;

beforeAll(async () => {
  tdb = await testDatabase();
  app = await buildApp({
    db: tdb.db,
    pool: tdb.pool,
    config: loadConfig({ DEMO: "false", LOG_LEVEL: "silent" }),
    logger: false,
  });
  app.get("/deep/link", { config: { access: "public" }, schema: { hide: true } }, (_req, reply) =>
    reply.type("text/html").send("<html></html>"),
  );
  await app.ready();
});

afterAll(async () => {
  await app.close();
  await tdb.close();
});

describe("a handler that returns its reply", () => {
  it("is answered, and again, with the process still serving", async () => {
    for (let i = 0; i < 2; i++) {
      const res = await app.inject({ method: "GET", url: "/deep/link" });
      expect(res.statusCode).toBe(200);
      expect(res.body).toBe("<html></html>");
    }
    expect((await app.inject({ method: "GET", url: "/api/health" })).statusCode).toBe(200);
  });
});
