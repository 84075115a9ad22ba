import { sql } from "kysely";
import type PgBoss from "pg-boss";
import type { Db } from "../db/pool.ts";

export const ENSURE_PARTITIONS_JOB = "ensure-time-partitions";

/** How many calendar years ahead yearly partitions must exist (docs/scaling.md). */
export const YEARS_AHEAD = 2;

/** The calendar year in Asia/Almaty, where the partitions' years begin (migration 0009). */
export function almatyYear(now: Date): number {
  return Number(new Intl.DateTimeFormat("en", { timeZone: "Asia/Almaty", year: "numeric" }).format(now));
}

/**
 * Creates the yearly partitions of audit_log, measure_fact and register_fact that are missing from this
 * year to YEARS_AHEAD years ahead, so rows never pile up in the default partition once 0009's range
 * (to 2035) runs out. Idempotent: returns how many partitions it created.
 */
export async function ensureTimePartitions(db: Db, now: Date): Promise<number> {
  const year = almatyYear(now);
  const before = await partitionCount(db);
  await sql`SELECT ensure_time_partitions(${year}::int, ${year + YEARS_AHEAD}::int)`.execute(db);
  return (await partitionCount(db)) - before;
}

async function partitionCount(db: Db): Promise<number> {
  const { rows } = await sql<{ n: string }>`
    SELECT count(*) AS n FROM pg_inherits
    WHERE inhparent IN ('audit_log'::regclass, 'measure_fact'::regclass, 'register_fact'::regclass)`.execute(
    db,
  );
  return Number(rows[0]?.n ?? 0);
}

/** Monthly run (and once at start) so a missed month is caught long before the year turns. */
export async function scheduleTimePartitions(boss: PgBoss, db: Db): Promise<void> {
  await boss.createQueue(ENSURE_PARTITIONS_JOB);
  await boss.schedule(ENSURE_PARTITIONS_JOB, "0 3 1 * *", {}, { tz: "Asia/Almaty" });
  await boss.work(ENSURE_PARTITIONS_JOB, async () => {
    await ensureTimePartitions(db, new Date());
  });
  await ensureTimePartitions(db, new Date());
}
