import { sql } from "kysely";
import { legalDateOf } from "@aldyn/law";
import { TODAY_UPCOMING_DAYS, type Today } from "@aldyn/contract";
import type { NpmDeps } from "../npm/npm-deps.ts";
import type { ActCtx, MeasureDeps } from "../preventive-measures/measure-deps.ts";
import { todayNpm } from "./today-npm.ts";
import { todayAccounts, todayAudit } from "./today-oversight.ts";
import { todayWork } from "./today-work.ts";

/**
 * Today's work of the user for the home page (R11.1): the due checks and duties, the unread
 * reminders, the NPM's visits, reports and annual report, the accounts needing attention, the audit
 * log today — each part counted only where the user's role may read it, in the user's territory, and
 * null elsewhere. Counts only, so no read of personal data is audited (R11.2 audits those); the
 * worklist the counts link to audits the rows it then shows. A few statements, run side by side.
 */
export async function today(deps: { measures: MeasureDeps; npm: NpmDeps }, ctx: ActCtx): Promise<Today> {
  const { db } = deps.measures;
  const now = deps.measures.now();
  const [work, inbox, npm, accounts, audit] = await Promise.all([
    todayWork(deps.measures, ctx),
    db
      .selectFrom("notification")
      .select(sql<number>`count(*)::int`.as("unread"))
      .where("user_id", "=", ctx.userId)
      .where("read_at", "is", null)
      .executeTakeFirstOrThrow(),
    todayNpm(deps.npm, ctx),
    todayAccounts(db, ctx.actor, now),
    todayAudit(db, ctx.actor, now),
  ]);
  return {
    asOf: legalDateOf(now),
    upcomingDays: TODAY_UPCOMING_DAYS,
    checks: work.checks,
    duties: work.duties,
    inbox,
    npm,
    accounts,
    audit,
  };
}
