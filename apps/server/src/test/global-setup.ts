import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import type { TestProject } from "vitest/node";
import { startEmbeddedDatabase } from "../db/embedded.ts";
import { ensureDatabase } from "../db/ensure-database.ts";
import { connect, withDatabase } from "../db/pool.ts";
import { migrate } from "../db/migrate.ts";
import { seedTerritories } from "../org/seed-territories.ts";

declare module "vitest" {
  export interface ProvidedContext {
    pgAdminUrl: string;
    pgTemplate: string;
  }
}

/**
 * One PostgreSQL for the whole run: the embedded one in a temporary folder, or DATABASE_URL's
 * server. A template database gets the migrations and the territory seed once; every test file then
 * makes its own database from it (test/db.ts), so files run in parallel without touching each other.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const runId = `${process.pid}_${Date.now().toString(36)}`;
  const template = `aldyn_tpl_${runId}`;
  let adminUrl: string;
  let stop: () => Promise<void> = async () => {};
  if (process.env.DATABASE_URL) {
    adminUrl = process.env.DATABASE_URL;
  } else {
    const dir = mkdtempSync(path.join(os.tmpdir(), "aldyn-test-"));
    const embedded = await startEmbeddedDatabase({ dataDir: dir, ephemeral: true });
    adminUrl = embedded.url;
    stop = async () => {
      await embedded.stop();
      rmSync(dir, { recursive: true, force: true });
    };
  }
  try {
    await ensureDatabase(adminUrl, template);
    const h = connect(withDatabase(adminUrl, template), 2);
    try {
      await migrate(h.pool);
      await seedTerritories(h.db);
    } finally {
      await h.close();
    }
  } catch (e) {
    await stop(); // never leave a cluster running behind a failed setup
    throw e;
  }
  project.provide("pgAdminUrl", adminUrl);
  project.provide("pgTemplate", template);
  return async () => {
    const c = new pg.Client({ connectionString: adminUrl });
    await c.connect();
    try {
      const { rows } = await c.query<{ datname: string }>(
        "SELECT datname FROM pg_database WHERE datname LIKE $1",
        [`aldyn_%${runId}%`],
      );
      for (const r of rows) await c.query(`DROP DATABASE IF EXISTS "${r.datname}" WITH (FORCE)`);
    } finally {
      await c.end();
    }
    await stop();
  };
}
