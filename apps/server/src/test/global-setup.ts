import { mkdtempSync, rmSync } from "node:fs";
import { createHmac, randomBytes } from "node:crypto";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import type { TestProject } from "vitest/node";
import { startEmbeddedDatabase } from "../db/embedded.ts";
import { ensureDatabase } from "../db/ensure-database.ts";
import { connect, withDatabase } from "../db/pool.ts";
import { migrate } from "../db/migrate.ts";
import { prepareJobSchema } from "../db/job-schema.ts";
import { enableAppLogin } from "../db/roles.ts";
import { seedTerritories } from "../org/seed-territories.ts";

declare module "vitest" {
  export interface ProvidedContext {
    pgAdminUrl: string;
    pgTemplate: string;
    /** The password of aldyn_app, the role every test file's app and fixtures connect as (test/db.ts). */
    pgAppPassword: string;
  }
}

/**
 * One PostgreSQL for the whole run: the embedded one in a temporary folder, or DATABASE_URL's
 * server. A template database gets the migrations and the territory seed once; every test file then
 * makes its own database from it (test/db.ts), so files run in parallel without touching each other.
 * The migrations run as the cluster's superuser, the owner; the tests connect as aldyn_app (migration
 * 0020), so the whole suite proves the application works with the application's rights only.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const runId = `${process.pid}_${Date.now().toString(36)}`;
  const template = `aldyn_tpl_${runId}`;
  let adminUrl: string;
  let stop: () => Promise<void> = async () => {};
  let appPassword = "";
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
    await prepareJobSchema(withDatabase(adminUrl, template));
    // Roles are cluster-wide: on a shared server every run must set the same password (a random one
    // would lock a parallel run out), so it is derived from the superuser's URL; an embedded cluster
    // is this run's alone.
    appPassword = process.env.DATABASE_URL
      ? createHmac("sha256", "aldyn test login of aldyn_app").update(adminUrl).digest("base64url")
      : randomBytes(18).toString("base64url");
    await enableAppLogin(adminUrl, appPassword);
  } catch (e) {
    await stop(); // never leave a cluster running behind a failed setup
    throw e;
  }
  project.provide("pgAdminUrl", adminUrl);
  project.provide("pgTemplate", template);
  project.provide("pgAppPassword", appPassword);
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
