import type PgBoss from "pg-boss";
import { sql } from "kysely";
import type { Db } from "../db/pool.ts";

export const PURGE_IDEMPOTENCY_JOB = "purge-idempotency-keys";

/**
 * How long a stored answer is kept for a retry. The web app retries within seconds and another
 * agency's system within hours; a stored answer holds the record it returned (personal data), so it
 * is kept no longer than that (R11.2: personal data kept only as long as its purpose needs).
 */
export const IDEMPOTENCY_RETENTION_HOURS = 24;

/** Deletes keys older than the retention, in batches so no statement holds many rows; returns how many. */
export async function purgeIdempotencyKeys(db: Db, now: Date, batch = 10_000): Promise<number> {
  const before = new Date(now.getTime() - IDEMPOTENCY_RETENTION_HOURS * 3600_000);
  let total = 0;
  for (;;) {
    const r = await sql`
      DELETE FROM idempotency_key WHERE (user_id, key) IN (
        SELECT user_id, key FROM idempotency_key WHERE created_at < ${before} LIMIT ${batch})`.execute(db);
    const n = Number(r.numAffectedRows ?? 0);
    total += n;
    if (n < batch) return total;
  }
}

/** Hourly, so the table holds about a day of keys whatever the traffic. */
export async function scheduleIdempotencyPurge(boss: PgBoss, db: Db): Promise<void> {
  await boss.createQueue(PURGE_IDEMPOTENCY_JOB);
  await boss.schedule(PURGE_IDEMPOTENCY_JOB, "17 * * * *", {}, { tz: "Asia/Almaty" });
  await boss.work(PURGE_IDEMPOTENCY_JOB, async () => {
    await purgeIdempotencyKeys(db, new Date());
  });
}
