import type PgBoss from "pg-boss";
import { legalDateOf } from "@aldyn/law";
import { recordAudit, type AuditContext } from "../../audit/record.ts";
import type { MeasureDeps } from "../preventive-measures/measure-deps.ts";
import { refreshEntry } from "./register-entry-state.ts";

/** The job's name in pg-boss and in the audit log. */
export const CLOSE_DUE_ENTRIES_JOB = "register.close-due-entries";

const SYSTEM: AuditContext = {
  actorId: null,
  actorName: `system:${CLOSE_DUE_ENTRIES_JOB}`,
  role: null,
  bodyId: null,
  route: null,
  ip: null,
  requestId: null,
};

/**
 * Brings the stored projection of entries that ended by dates alone — the 18th birthday on a
 * minors-only ground (001 Art. 59(8)(4)) or the expiry of the measures (59(8)(2)) — in line with the
 * law. Reads never depend on it (they derive the state for the day); it keeps the indexed status
 * column, and so reports and counts, right. Idempotent: an entry already closed is not selected again,
 * and re-deriving twice writes the same values. Returns how many entries it closed.
 */
export async function closeDueEntries(deps: MeasureDeps, batch = 500): Promise<number> {
  const today = legalDateOf(deps.now());
  let closed = 0;
  let after = "00000000-0000-0000-0000-000000000000";
  for (;;) {
    const due = await deps.db
      .selectFrom("register_entry")
      .select("id")
      .where("status", "=", "active")
      .where("auto_end_on", "<=", today)
      .where("id", ">", after)
      .orderBy("id")
      .limit(batch)
      .execute();
    if (due.length === 0) return closed;
    for (const { id } of due) {
      after = id;
      await deps.db.transaction().execute(async (trx) => {
        const s = await refreshEntry(trx, deps, id);
        if (s.status === "active") return;
        closed += 1;
        await recordAudit(trx, SYSTEM, {
          action: "register_entry.auto_terminated",
          recordType: "register_entry",
          recordId: id,
        });
      });
    }
  }
}

/**
 * Schedules the job daily at 00:05 Almaty time (a minor's entry ends on the birthday itself). The
 * process that owns pg-boss calls this once after `boss.start()`.
 */
export async function scheduleRegisterJobs(boss: PgBoss, deps: MeasureDeps): Promise<void> {
  await boss.createQueue(CLOSE_DUE_ENTRIES_JOB);
  await boss.schedule(CLOSE_DUE_ENTRIES_JOB, "5 0 * * *", {}, { tz: "Asia/Almaty" });
  await boss.work(CLOSE_DUE_ENTRIES_JOB, async () => {
    await closeDueEntries(deps);
  });
}
