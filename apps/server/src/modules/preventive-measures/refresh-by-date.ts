import type PgBoss from "pg-boss";
import { legalDateOf } from "@aldyn/law";
import { recordAudit, type AuditContext } from "../../audit/record.ts";
import { factOfRow, reviveMeasure } from "./measure-codec.ts";
import type { MeasureDeps } from "./measure-deps.ts";
import { projectMeasure } from "./measure-projection.ts";
import { loadFacts, loadMeasure } from "./measure.queries.ts";

/** The job's name in pg-boss and in the audit log. */
export const REFRESH_MEASURES_JOB = "measures.refresh-by-date";

const SYSTEM: AuditContext = {
  actorId: null,
  actorName: `system:${REFRESH_MEASURES_JOB}`,
  role: null,
  bodyId: null,
  route: null,
  ip: null,
  requestId: null,
};

/**
 * Re-derives the measures whose stored status the date alone has changed — a term that has begun
 * (supervision from release, 001 Art. 64(2)) or has run out (an official warning's 30 days, 001 Art.
 * 51(5); a protective order's, 60(6)) — so the indexed status, the next control date (a term that
 * begins gets its schedule, 001 Art. 59(10)) and the duties are right for worklists and reports.
 * Reads of one measure derive for the moment anyway, and lists bring the stored status to the day
 * (`statusOnDay`). Idempotent: a re-derived measure leaves the selection, and re-deriving writes the
 * same values. The row is locked, so a concurrent fact is serialised. Returns how many it refreshed.
 */
export async function refreshMeasuresByDate(deps: MeasureDeps, batch = 500): Promise<number> {
  const today = legalDateOf(deps.now());
  let refreshed = 0;
  for (const [status, column, op] of [
    ["pending_start", "valid_from", "<="],
    ["active", "valid_until", "<"],
  ] as const) {
    let after = "00000000-0000-0000-0000-000000000000";
    for (;;) {
      // The candidates through the partial index of 0014 first (few, nightly), then ordered by id:
      // asked as one query, the planner walked the primary key over every measure instead (15 s at
      // 1,000,000 persons, 2 December, finding none).
      const due = await deps.db
        .with(
          (w) => w("candidate").materialized(),
          (db) => db.selectFrom("measure").select("id").where("status", "=", status).where(column, op, today),
        )
        .selectFrom("candidate")
        .select("id")
        .where("id", ">", after)
        .orderBy("id")
        .limit(batch)
        .execute();
      if (due.length === 0) break;
      for (const { id } of due) {
        after = id;
        await deps.db.transaction().execute(async (trx) => {
          const locked = await trx
            .selectFrom("measure")
            .select("status")
            .where("id", "=", id)
            .forUpdate()
            .executeTakeFirst();
          if (locked?.status !== status) return; // a fact moved it meanwhile
          const row = await loadMeasure(trx, id);
          const facts = (await loadFacts(trx, id)).map(factOfRow);
          const d = await projectMeasure(trx, deps, row, reviveMeasure(row.input), facts);
          if (d.status === status) return;
          refreshed += 1;
          await recordAudit(trx, SYSTEM, {
            action: `measure.${d.status === "expired" ? "expired" : "started"}`,
            recordType: "measure",
            recordId: id,
          });
        });
      }
    }
  }
  return refreshed;
}

/**
 * Schedules the job daily at 00:02 Almaty time (a term ends at the end of its last day) and runs it
 * once at start, so a server that was down over midnight catches up. Called once after `boss.start()`.
 */
export async function scheduleMeasureJobs(boss: PgBoss, deps: MeasureDeps): Promise<void> {
  await boss.createQueue(REFRESH_MEASURES_JOB);
  await boss.schedule(REFRESH_MEASURES_JOB, "2 0 * * *", {}, { tz: "Asia/Almaty" });
  await boss.work(REFRESH_MEASURES_JOB, async () => {
    await refreshMeasuresByDate(deps);
  });
  await boss.send(REFRESH_MEASURES_JOB, {});
}
