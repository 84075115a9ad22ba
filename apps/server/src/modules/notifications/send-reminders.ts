import { sql } from "kysely";
import { addCalendarDays, legalDateOf } from "@aldyn/law";
import type { Db } from "../../db/pool.ts";

/** The pg-boss queue of the reminder sweep. */
export const SEND_REMINDERS_JOB = "notifications.send-reminders";

/**
 * Reminds officials of what falls due (issue 4 item 4): a control check due by tomorrow or overdue
 * on an active measure (to the issuing official) or register entry (to the placing official), and a
 * duty of the law due within 24 hours or overdue (e.g. the prosecutor's copy of an official warning,
 * 001 Art. 51(3)). Each reminder is made once per user, record, duty and due date (a unique key), and
 * each new one gets an outbox row for the SMS/e-mail gateway — so the sweep can run any number of
 * times. The dates come from the projections the law derived; nothing here computes a term.
 */
export async function sendReminders(db: Db, now: Date): Promise<number> {
  const today = legalDateOf(now);
  const tomorrow = addCalendarDays(today, 1);
  const horizon = new Date(now.getTime() + 24 * 3600_000);
  const r = await sql<{ n: number }>`
    WITH candidates AS (
      SELECT m.issuer_user_id AS user_id,
             CASE WHEN m.next_control_due < ${today}::date THEN 'check_overdue' ELSE 'check_due' END AS kind,
             'measure' AS record_type, m.id AS record_id, 'control_check' AS code, NULL::text AS article,
             m.next_control_due AS due_on
        FROM measure m
       WHERE m.next_control_due <= ${tomorrow}::date
         AND m.status NOT IN ('terminated', 'annulled', 'expired')
         AND (m.valid_until IS NULL OR m.next_control_due <= m.valid_until)
      UNION ALL
      SELECT e.placed_by_user,
             CASE WHEN e.next_control_due < ${today}::date THEN 'check_overdue' ELSE 'check_due' END,
             'register_entry', e.id, 'control_check', '001 Art. 59(10)', e.next_control_due
        FROM register_entry e
       WHERE e.status = 'active' AND e.next_control_due <= ${tomorrow}::date
         AND (e.auto_end_on IS NULL OR e.auto_end_on > ${today}::date)
      UNION ALL
      SELECT d.issuer_user_id,
             CASE WHEN d.due_at < ${now} THEN 'duty_overdue' ELSE 'duty_due' END,
             'measure', d.measure_id, d.code, d.article, (d.due_at AT TIME ZONE 'Asia/Almaty')::date
        FROM measure_duty d
       WHERE d.done_at IS NULL AND d.due_at IS NOT NULL AND d.due_at <= ${horizon}
    ),
    made AS (
      INSERT INTO notification (user_id, kind, record_type, record_id, code, article, due_on)
      SELECT c.user_id, c.kind, c.record_type, c.record_id, c.code, c.article, c.due_on
        FROM candidates c JOIN app_user u ON u.id = c.user_id AND u.active
      ON CONFLICT ON CONSTRAINT notification_once DO NOTHING
      RETURNING id
    ),
    queued AS (
      INSERT INTO notification_outbox (notification_id, channel) SELECT id, 'sms' FROM made RETURNING 1
    )
    SELECT count(*)::int AS n FROM queued`.execute(db);
  return r.rows[0]?.n ?? 0;
}
