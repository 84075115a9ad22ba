import PgBoss from "pg-boss";
import pg from "pg";
import { APP_ROLE } from "./roles.ts";

/** The schema of the job queue (jobs/boss.ts). */
export const JOB_SCHEMA = "pgboss";

/**
 * Installs or upgrades pg-boss's schema as the owner, then lets aldyn_app use it (migration 0020).
 * pg-boss creates its schema itself on first start, but CREATE SCHEMA needs the right to create in
 * the database, which the application does not have; its tables are then the owner's, with the
 * application's rights to read and write them (the default privileges of 0020 cover the partitions
 * pg-boss adds per queue). Creating and deleting a queue are DDL (a partition of pgboss.job), so
 * pg-boss's two functions for it run as their owner. Idempotent; run after every migration, since a
 * pg-boss upgrade may replace those functions.
 */
export async function prepareJobSchema(ownerUrl: string): Promise<void> {
  const boss = new PgBoss({
    connectionString: ownerUrl,
    schema: JOB_SCHEMA,
    max: 1,
    supervise: false,
    schedule: false,
    application_name: "aldyn-migrate",
  });
  boss.on("error", () => {});
  await boss.start();
  await boss.stop({ graceful: false, wait: true });
  const c = new pg.Client({ connectionString: ownerUrl });
  await c.connect();
  try {
    const pinned = "SECURITY DEFINER SET search_path = pg_catalog, pg_temp";
    await c.query(`BEGIN;
      GRANT USAGE ON SCHEMA ${JOB_SCHEMA} TO ${APP_ROLE};
      GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA ${JOB_SCHEMA} TO ${APP_ROLE};
      GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA ${JOB_SCHEMA} TO ${APP_ROLE};
      ALTER FUNCTION ${JOB_SCHEMA}.create_queue(text, json) ${pinned};
      ALTER FUNCTION ${JOB_SCHEMA}.delete_queue(text) ${pinned};
      REVOKE EXECUTE ON FUNCTION ${JOB_SCHEMA}.create_queue(text, json), ${JOB_SCHEMA}.delete_queue(text) FROM PUBLIC;
      GRANT EXECUTE ON FUNCTION ${JOB_SCHEMA}.create_queue(text, json), ${JOB_SCHEMA}.delete_queue(text) TO ${APP_ROLE};
      COMMIT`);
  } catch (e) {
    await c.query("ROLLBACK").catch(() => {});
    throw e;
  } finally {
    await c.end();
  }
}
