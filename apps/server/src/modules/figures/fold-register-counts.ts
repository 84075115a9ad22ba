import type PgBoss from "pg-boss";
import { sql } from "kysely";
import { addCalendarDays, legalDateOf } from "@aldyn/law";
import type { Db } from "../../db/pool.ts";

export const FOLD_REGISTER_COUNTS_JOB = "figures.fold-register-counts";

/**
 * Folds the register summary's kept stocks (migration 0025) through yesterday (Asia/Almaty): each
 * territory's past days become one row, so a summary reads one row per counter and the day's events.
 * Never through today: a summary asked for today must still see today's events apart. Returns the
 * number of rows written.
 */
export async function foldRegisterCounts(db: Db, now: Date): Promise<number> {
  const through = addCalendarDays(legalDateOf(now), -1);
  const r = await sql<{ n: number }>`SELECT register_count_fold(${through}::date) AS n`.execute(db);
  return r.rows[0]?.n ?? 0;
}

/** Nightly, after midnight in Almaty (the day the summary counts changes then). */
export async function scheduleRegisterCountFold(boss: PgBoss, db: Db): Promise<void> {
  await boss.createQueue(FOLD_REGISTER_COUNTS_JOB);
  await boss.schedule(FOLD_REGISTER_COUNTS_JOB, "20 0 * * *", {}, { tz: "Asia/Almaty" });
  await boss.work(FOLD_REGISTER_COUNTS_JOB, async () => {
    await foldRegisterCounts(db, new Date());
  });
}
