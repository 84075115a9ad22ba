import { sql, type Kysely } from "kysely";
import type { ReportLock } from "@aldyn/contract";
import type { Database } from "../../db/schema.ts";
import { recordAudit } from "../../audit/record.ts";
import { AppError } from "../../errors/app-error.ts";
import type { ActCtx } from "../preventive-measures/measure-deps.ts";
import { authorizeReport } from "./triage-access.ts";
import { LOCK_MINUTES, type TriageDeps } from "./triage-deps.ts";
import { loadReport, type ReportRow } from "./triage.queries.ts";

/**
 * One official works on a report at a time (R6): taking the report holds it for LOCK_MINUTES,
 * renewed by taking it again; a lapsed hold is nobody's. While someone else holds it, every write on
 * it is a 409 `report.locked_by_other` naming until when — two operators triaging or routing the same
 * report would tell the same bodies twice (001 Art. 39(3)).
 */
export function heldByOther(row: ReportRow, userId: string, now: Date): boolean {
  return (
    row.lock_user_id !== null &&
    row.lock_user_id !== userId &&
    row.lock_expires_at !== null &&
    new Date(row.lock_expires_at).getTime() > now.getTime()
  );
}

function refuseHeldByOther(row: ReportRow, userId: string, now: Date): void {
  if (heldByOther(row, userId, now))
    throw new AppError(
      "report.locked_by_other",
      `Another official is working on this report until ${new Date(row.lock_expires_at!).toISOString()}.`,
      { field: "lock" },
    );
}

/**
 * The report a write works on, row-locked for the caller's transaction: 404, 403 (`update` in its
 * territory), 409 while another official holds it, 409 `conflict.stale_version` when the writer saw an
 * older version.
 */
export async function reportForWrite(
  trx: Kysely<Database>,
  deps: TriageDeps,
  ctx: ActCtx,
  id: string,
  version?: number,
): Promise<ReportRow> {
  const row = await loadReport(trx, id, true);
  authorizeReport(ctx.actor, "update", row.territory_path);
  refuseHeldByOther(row, ctx.userId, deps.now());
  if (version !== undefined && version !== row.version)
    throw new AppError("conflict.stale_version", "The report changed since it was read; reload it.", {
      field: "version",
    });
  return row;
}

/** The lock as the reader sees it: null when nobody holds the report now. */
export async function lockView(
  db: Kysely<Database>,
  row: Pick<ReportRow, "lock_user_id" | "lock_expires_at">,
  userId: string,
  now: Date,
): Promise<ReportLock | null> {
  if (!row.lock_user_id || !row.lock_expires_at) return null;
  if (new Date(row.lock_expires_at).getTime() <= now.getTime()) return null;
  const u = await db
    .selectFrom("app_user")
    .select("full_name")
    .where("id", "=", row.lock_user_id)
    .executeTakeFirst();
  return {
    userId: row.lock_user_id,
    userName: u?.full_name ?? "",
    expiresAt: new Date(row.lock_expires_at).toISOString(),
    mine: row.lock_user_id === userId,
  };
}

/** Takes the report, or renews the user's own hold, for LOCK_MINUTES from now. */
export async function takeReportLock(deps: TriageDeps, ctx: ActCtx, id: string): Promise<ReportLock> {
  const now = deps.now();
  const expires = new Date(now.getTime() + LOCK_MINUTES * 60_000);
  await deps.db.transaction().execute(async (trx) => {
    await reportForWrite(trx, deps, ctx, id);
    await sql`UPDATE citizen_report SET lock_user_id = ${ctx.userId}::uuid,
        lock_expires_at = ${expires}::timestamptz WHERE id = ${id}::uuid`.execute(trx);
    await recordAudit(trx, ctx.audit, {
      action: "citizen_report.lock",
      recordType: "citizen_report",
      recordId: id,
    });
  });
  return (await lockView(deps.db, { lock_user_id: ctx.userId, lock_expires_at: expires }, ctx.userId, now))!;
}

/** Lets the report go (the user's own hold; another's is a 409, nobody's is a no-op). */
export async function releaseReportLock(deps: TriageDeps, ctx: ActCtx, id: string): Promise<void> {
  await deps.db.transaction().execute(async (trx) => {
    const row = await reportForWrite(trx, deps, ctx, id);
    if (row.lock_user_id !== ctx.userId) return;
    await sql`UPDATE citizen_report SET lock_user_id = NULL, lock_expires_at = NULL
      WHERE id = ${id}::uuid`.execute(trx);
    await recordAudit(trx, ctx.audit, {
      action: "citizen_report.unlock",
      recordType: "citizen_report",
      recordId: id,
    });
  });
}
