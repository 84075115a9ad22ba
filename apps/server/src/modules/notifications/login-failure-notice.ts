import { sql } from "kysely";
import { legalDateOf } from "@aldyn/law";
import type { Db } from "../../db/pool.ts";
import { recordAudit, type AuditContext } from "../../audit/record.ts";
import { failureStreak, lockAccount, THROTTLE } from "../../auth/throttle.ts";

/** The code of the notice: failed log-ins to the user's own account (kind login_failures). */
export const LOGIN_FAILURES_CODE = "auth.login_failures";

/** What the notice counts (notification.details, migration 0023): never the addresses themselves. */
export interface LoginFailuresDetails {
  readonly failures: number;
  readonly addresses: number;
  readonly firstAt: string;
  readonly lastAt: string;
}

/**
 * Tells the owner of an account that failed log-ins are piling up (R11, password spraying): once the
 * account's failures since its last successful log-in reach the throttle's threshold (5), the user
 * gets one in-app notice — N failed log-ins from M addresses, first and last — with an outbox row for
 * the SMS/e-mail gateway, and an audit row. Later failures of the same streak refresh that notice's
 * counts instead of making new ones, so an attacker cannot flood the user: one notice per streak,
 * and a streak ends only with a successful log-in or after 24 hours.
 * Unknown usernames and service accounts get nothing (there is no one to tell).
 */
export async function noticeLoginFailures(
  db: Db,
  ctx: AuditContext,
  username: string,
  now: Date,
): Promise<void> {
  const user = await db
    .selectFrom("app_user")
    .select("id")
    .where("username", "=", username)
    .where("service", "=", false)
    .executeTakeFirst();
  if (!user) return;
  await db.transaction().execute(async (trx) => {
    await lockAccount(trx, username);
    const streak = await failureStreak(trx, username, now);
    if (!streak || streak.failures < THROTTLE.freeFailures) return;
    const details: LoginFailuresDetails = {
      failures: streak.failures,
      addresses: streak.addresses,
      firstAt: streak.firstAt.toISOString(),
      lastAt: streak.lastAt.toISOString(),
    };
    const refreshed = await sql<{ id: string }>`
      UPDATE notification SET details = ${JSON.stringify(details)}::jsonb
       WHERE user_id = ${user.id} AND kind = 'login_failures' AND created_at > ${streak.since}
      RETURNING id`.execute(trx);
    if (refreshed.rows.length > 0) return;
    const made = await sql<{ id: string }>`
      INSERT INTO notification (user_id, kind, record_type, record_id, code, article, due_on, details)
      VALUES (${user.id}, 'login_failures', 'user', ${user.id}, ${LOGIN_FAILURES_CODE}, NULL,
              ${legalDateOf(now)}::date, ${JSON.stringify(details)}::jsonb)
      ON CONFLICT ON CONSTRAINT notification_once
        DO UPDATE SET details = EXCLUDED.details, created_at = now(), read_at = NULL
      RETURNING id`.execute(trx);
    // A second streak on the same day (the owner logged in in between) revives that day's notice.
    const id = made.rows[0]!.id;
    await trx
      .insertInto("notification_outbox")
      .values({ notification_id: id, channel: "sms" })
      .onConflict((oc) => oc.column("notification_id").doNothing())
      .execute();
    await recordAudit(trx, ctx, {
      action: "auth.login_failures_notice",
      recordType: "user",
      recordId: user.id,
    });
  });
}
