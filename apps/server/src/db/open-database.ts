import { mkdirSync } from "node:fs";
import path from "node:path";
import { resolveDatabase } from "./database-url.ts";
import type { EmbeddedDatabase } from "./embedded.ts";
import { ensureDatabase } from "./ensure-database.ts";
import { migrate, migrationStatus } from "./migrate.ts";
import { prepareJobSchema } from "./job-schema.ts";
import { connect, withDatabase } from "./pool.ts";
import { APP_ROLE, appPassword, appUrlOf, enableAppLogin, privilegeProblem, roleFacts } from "./roles.ts";

export interface DatabaseSettings {
  readonly databaseUrl: string | undefined;
  readonly databaseOwnerUrl: string | undefined;
  readonly dataDir: string;
  readonly production: boolean;
}

export interface OpenedDatabase {
  /** The application's connection: aldyn_app, never a superuser or the tables' owner. */
  readonly appUrl: string;
  readonly embedded: EmbeddedDatabase | null;
  /** Migrations applied at this start. */
  readonly applied: string[];
}

/** Where the migrations run and where the application connects. */
interface Plan {
  readonly ownerUrl: string | null;
  readonly appUrl: string;
  /** aldyn_app is given LOGIN with this password by the owner (embedded, or derived outside production). */
  readonly appPassword: string | null;
}

/**
 * Migrates as the owner and returns the application's connection (migration 0020; ARCHITECTURE.md
 * "Database roles"):
 * - embedded: the process holds the cluster's superuser; after migrating it gives aldyn_app LOGIN
 *   with a password generated into DATA_DIR/pg-app-secret (0600) and the application connects so;
 * - DATABASE_URL as aldyn_app (or a login that is a member of it): the application's connection;
 *   migrations run through DATABASE_OWNER_URL, and without it a pending migration stops the start;
 * - DATABASE_URL as a superuser or the owner (what a developer or the test suite gives): migrations
 *   run through it (or DATABASE_OWNER_URL) and the application connects as aldyn_app on the same
 *   server, given LOGIN as in embedded mode. In production (NODE_ENV=production) that is refused:
 *   the operator gives the application its own login, so the owner's credentials are on no server.
 */
export async function openDatabase(s: DatabaseSettings): Promise<OpenedDatabase> {
  const { url, embedded } = await resolveDatabase({
    databaseUrl: s.databaseUrl,
    dataDir: s.dataDir,
    log: () => {},
  });
  try {
    const plan = embedded ? await embeddedPlan(url, s) : await serverPlan(url, s);
    let applied: string[] = [];
    if (plan.ownerUrl) {
      applied = await migrateAsOwner(plan.ownerUrl);
      if (plan.appPassword) await enableAppLogin(plan.ownerUrl, plan.appPassword);
    } else {
      const h = connect(plan.appUrl, 1);
      const status = await migrationStatus(h.pool).finally(() => h.close());
      if (status.pending > 0)
        throw new Error(
          `${status.pending} migration(s) pending and DATABASE_URL (${APP_ROLE}) may not apply them: ` +
            "set DATABASE_OWNER_URL to the owner's connection, or run `npm run db:migrate` with it first.",
        );
    }
    const problem = privilegeProblem(await roleFacts(plan.appUrl));
    if (problem)
      throw new Error(
        `the application's database connection is not least-privileged: ${problem}. ` +
          `Set DATABASE_URL to the ${APP_ROLE} login and DATABASE_OWNER_URL to the owner's (README, Configuration).`,
      );
    return { appUrl: plan.appUrl, embedded, applied };
  } catch (e) {
    await embedded?.stop().catch(() => {});
    throw e;
  }
}

async function embeddedPlan(clusterUrl: string, s: DatabaseSettings): Promise<Plan> {
  await ensureDatabase(clusterUrl, "aldyn");
  const ownerUrl = withDatabase(clusterUrl, "aldyn");
  const password = appPassword(path.resolve(s.dataDir, "pg-app-secret"));
  return { ownerUrl, appUrl: appUrlOf(ownerUrl, password), appPassword: password };
}

async function serverPlan(url: string, s: DatabaseSettings): Promise<Plan> {
  const facts = await roleFacts(url);
  // A role that is neither privileged nor the application's, on a database without tables yet, is
  // the owner-to-be: without DATABASE_OWNER_URL it runs the migrations, as before 0020.
  const isOwner = privilegeProblem(facts) !== null || (!facts.isApp && !s.databaseOwnerUrl);
  if (!isOwner) return { ownerUrl: s.databaseOwnerUrl ?? null, appUrl: url, appPassword: null };
  if (s.production)
    throw new Error(
      `DATABASE_URL connects as ${facts.role}${facts.superuser ? ", a superuser" : ", the tables' owner"}: ` +
        `in production the application must connect as ${APP_ROLE}. Give ${APP_ROLE} a login ` +
        `(ALTER ROLE ${APP_ROLE} LOGIN PASSWORD '…'), set DATABASE_URL to it and DATABASE_OWNER_URL to the owner's connection.`,
    );
  mkdirSync(s.dataDir, { recursive: true });
  const password = appPassword(path.resolve(s.dataDir, "pg-app-secret"));
  return { ownerUrl: s.databaseOwnerUrl ?? url, appUrl: appUrlOf(url, password), appPassword: password };
}

/** Applies pending migrations and installs or upgrades the job queue's schema, as the owner. */
export async function migrateAsOwner(ownerUrl: string): Promise<string[]> {
  const h = connect(ownerUrl, 2);
  let applied: string[];
  try {
    applied = await migrate(h.pool);
  } finally {
    await h.close();
  }
  await prepareJobSchema(ownerUrl);
  return applied;
}
