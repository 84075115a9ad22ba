import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadConfig } from "../config.ts";
import { testDatabase, type TestDatabase } from "../test/db.ts";
import { buildApp } from "./app.ts";

// Request lines are off the hot path (R12 fast path): at the default level only a server error or a
// slow request is logged, every request at debug — and never a query string (no personal data, R11).

let tdb: TestDatabase;
beforeAll(async () => {
  tdb = await testDatabase();
});
afterAll(async () => tdb.close());

async function linesOf(level: string, urls: readonly string[]): Promise<Record<string, unknown>[]> {
  const lines: string[] = [];
  const app = await buildApp({
    db: tdb.db,
    pool: tdb.pool,
    config: loadConfig({ DEMO: "false", LOG_LEVEL: level }),
    logStream: { write: (l: string) => void lines.push(l) },
  });
  app.get("/api/v1/test-fails", { config: { access: "public" } }, async () => {
    throw new Error("boom");
  });
  await app.ready();
  for (const url of urls) await app.inject({ method: "GET", url });
  await app.close();
  return lines.map((l) => JSON.parse(l) as Record<string, unknown>);
}

const completed = (lines: Record<string, unknown>[]) => lines.filter((l) => l.msg === "request completed");

describe("request logging", () => {
  it("at info: a quiet request writes no line, a server error writes one without its query string", async () => {
    const lines = await linesOf("info", [
      "/api/health?iin=900101300123",
      "/api/v1/test-fails?iin=900101300123",
    ]);
    const done = completed(lines);
    expect(done).toHaveLength(1);
    expect(done[0]).toMatchObject({
      req: { method: "GET", path: "/api/v1/test-fails" },
      res: { status: 500 },
    });
    expect(lines.some((l) => l.msg === "incoming request")).toBe(false);
    expect(JSON.stringify(lines)).not.toContain("900101300123");
  });

  it("at debug: every request writes its line", async () => {
    const done = completed(await linesOf("debug", ["/api/health", "/api/health?x=1"]));
    expect(done.map((l) => (l.res as { status: number }).status)).toEqual([200, 200]);
    expect(done.every((l) => typeof l.responseTime === "number")).toBe(true);
  });
});
