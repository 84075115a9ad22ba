import PgBoss from "pg-boss";
import type { Db } from "../db/pool.ts";
import type { MeasureDeps } from "../modules/preventive-measures/measure-deps.ts";
import { scheduleMeasureJobs } from "../modules/preventive-measures/refresh-by-date.ts";
import { scheduleRegisterJobs } from "../modules/preventive-register/close-due-entries.ts";
import { SEND_REMINDERS_JOB, sendReminders } from "../modules/notifications/send-reminders.ts";
import { scheduleTimePartitions } from "./time-partitions.ts";
import { scheduleIdempotencyPurge } from "../http/idempotency-retention.ts";
import { scheduleRegisterCountFold } from "../modules/figures/fold-register-counts.ts";
import { scheduleHandoffSweep } from "../modules/handoffs/overdue-sweep.ts";

/**
 * The job queue (pg-boss, in the same database): the daily sweeps that re-derive measures whose term
 * began or ran out and close register entries ended by dates (001 Arts. 51(5), 59(8), 64(2)), the reminder sweep every 15 minutes and the monthly upkeep of the yearly
 * partitions (migration 0009), and the hourly purge of idempotency keys past their day (idempotency-retention.ts), and the nightly fold of the register summary's counts (fold-register-counts.ts), and every five minutes the escalation of hand-offs not acknowledged in time (modules/handoffs/overdue-sweep.ts).
 * Schedules are stored in the
 * database, so several server instances run each job once. Returns a stop function.
 */
export async function startJobs(url: string, db: Db, measureDeps: MeasureDeps): Promise<() => Promise<void>> {
  const boss = new PgBoss({ connectionString: url, schema: "pgboss", application_name: "aldyn-jobs" });
  boss.on("error", () => {}); // a failed job is retried by pg-boss; the error is in its tables
  await boss.start();
  await scheduleMeasureJobs(boss, measureDeps);
  await scheduleRegisterJobs(boss, measureDeps);
  await scheduleTimePartitions(boss, db);
  await scheduleIdempotencyPurge(boss, db);
  await scheduleRegisterCountFold(boss, db);
  await scheduleHandoffSweep(boss, db);
  await boss.createQueue(SEND_REMINDERS_JOB);
  await boss.schedule(SEND_REMINDERS_JOB, "*/15 * * * *", {}, { tz: "Asia/Almaty" });
  await boss.work(SEND_REMINDERS_JOB, async () => {
    await sendReminders(db, new Date());
  });
  return async () => {
    await boss.stop({ graceful: true, timeout: 10_000 });
  };
}
