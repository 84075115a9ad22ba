import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { randomBytes } from "node:crypto";
import type { Config } from "../config.ts";
import { openDatabase } from "../db/open-database.ts";
import { connect, type DbHandle } from "../db/pool.ts";
import { seedTerritories } from "../org/seed-territories.ts";
import { DEMO_USERS, seedDemo, seedFirstAdmin } from "../demo/seed-demo.ts";
import { firstAdminNotice, writeOwnerOnly } from "../auth/first-password.ts";
import { startAuditSealer } from "../audit/chain.ts";
import { startAuditAnchoring } from "../audit/anchors.ts";
import { startJobs } from "../jobs/boss.ts";
import { measureDeps } from "../modules/preventive-measures/measure-deps.ts";
import { sendReminders } from "../modules/notifications/send-reminders.ts";

type Say = (line: string) => void;

/** What runs once per server, however many HTTP processes serve it: the database and its upkeep. */
export interface Services {
  /** The application's connection (aldyn_app), which the HTTP processes connect to. */
  readonly appUrl: string;
  /** This process's pool: the seeding, the jobs, the audit sealer and anchoring. */
  readonly handle: DbHandle;
  /** Stops the sealer and the jobs (before the last request is answered). */
  stopBackground(): Promise<void>;
  /** After the last request: the last anchor, the pool, the embedded cluster last. */
  stop(): Promise<void>;
  /** The lines told once the server listens: the demo logins or where the first password is. */
  notice(): string[];
}

/**
 * Opens the database (the embedded cluster, or DATABASE_URL) and migrates as the owner, seeds the
 * territories and, on a first start, the demo data or the first administrator, whose password is
 * written once, here, to a 0600 file (R11); then starts the audit sealer, the anchoring of the chain
 * outside the database (R11.2), the job queue and the first reminders. `poolSize`: this process's
 * connections (all 20 when it also serves requests; a few when HTTP workers have their own).
 * On failure everything started so far is stopped, the embedded cluster last.
 */
export async function startServices(config: Config, poolSize: number, say: Say): Promise<Services> {
  // Migrations as the owner; the application connects as aldyn_app (db/open-database.ts, migration 0020).
  const opened = await openDatabase(config);
  const { appUrl, embedded } = opened;
  const h = connect(appUrl, poolSize, config.auditReadsSynchronous ? "all-sync" : "reads-async");
  let stopSealer: (() => Promise<void>) | undefined;
  let stopAnchoring: (() => Promise<void>) | undefined;
  let stopJobs: (() => Promise<void>) | undefined;
  let background: Promise<void> | undefined;
  const stopBackground = () =>
    (background ??= (async () => {
      await stopSealer?.().catch(() => {});
      await stopJobs?.().catch(() => {});
    })());
  const stop = async () => {
    await stopBackground();
    // After the last request: seal and anchor the chain's head outside the database (R11.2).
    await stopAnchoring?.().catch(() => {});
    await h.close().catch(() => {});
    await embedded?.stop().catch(() => {});
  };
  const secretFile = path.resolve(config.dataDir, config.demo ? "demo-password" : "first-admin-password");
  try {
    if (opened.applied.length) say(`migrations applied: ${opened.applied.length}`);
    await seedTerritories(h.db);
    const users = await h.db
      .selectFrom("app_user")
      .select((eb) => eb.fn.countAll<number>().as("n"))
      .executeTakeFirstOrThrow();
    if (Number(users.n) === 0) {
      // Made on this machine at first start, never in the repository.
      const password = `Demo-${randomBytes(6).toString("base64url")}-2026`;
      if (config.demo) await seedDemo(h.db, password, process.env.DEMO_REGION);
      else await seedFirstAdmin(h.db, password);
      writeOwnerOnly(secretFile, password);
      say(config.demo ? "demo data loaded" : "first administrator created");
    }
    stopSealer = startAuditSealer(h.db);
    stopAnchoring = startAuditAnchoring(h.db, config.auditAnchors, {
      onError: (e) => process.stderr.write(`audit anchor not written: ${e.message}\n`),
    });
    stopJobs = await startJobs(appUrl, h.db, measureDeps({ db: h.db, config }));
    // Reminders are current from the first minute, not only after the first scheduled run.
    await sendReminders(h.db, new Date());
  } catch (e) {
    await stop();
    throw e;
  }
  return {
    appUrl,
    handle: h,
    stopBackground,
    stop,
    notice() {
      if (!existsSync(secretFile)) return [];
      if (!config.demo) return [firstAdminNotice(secretFile)];
      const pw = readFileSync(secretFile, "utf8").trim();
      return [
        `\nDemo mode. Every demo user's password: ${pw}`,
        `Logins: ${DEMO_USERS.map((u) => `${u.username} (${u.role})`).join(", ")}`,
      ];
    },
  };
}
