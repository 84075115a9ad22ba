import { describe, expect, it } from "vitest";
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import pg from "pg";
import { startEmbeddedDatabase } from "./embedded.ts";

const fixture = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../test/fixtures/hold-db.ts");

describe("embedded PostgreSQL lifecycle", () => {
  it("a second instance on the same data directory is refused; after kill -9 the next start recovers", async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "aldyn-life-"));
    try {
      const child = spawn(process.execPath, ["--import", "tsx", fixture, dir], {
        stdio: ["ignore", "pipe", "inherit"],
      });
      await new Promise<void>((resolve, reject) => {
        child.stdout!.on("data", (b: Buffer) => b.toString().includes("READY") && resolve());
        child.on("exit", (code) => reject(new Error(`fixture exited ${code}`)));
      });
      await expect(startEmbeddedDatabase({ dataDir: dir })).rejects.toThrow(/Another Aldyn instance/);
      child.kill("SIGKILL");
      await new Promise((r) => child.once("exit", r));
      const db = await startEmbeddedDatabase({ dataDir: dir });
      const c = new pg.Client({ connectionString: db.url });
      await c.connect();
      const { rows } = await c.query<{ n: number }>("SELECT n FROM survivor");
      await c.end();
      await db.stop();
      expect(rows).toEqual([{ n: 42 }]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);
});
