import { sql } from "kysely";
import type PgBoss from "pg-boss";
import type { Db } from "../../db/pool.ts";

/** The pg-boss queue of the overdue sweep. */
export const HANDOFF_OVERDUE_JOB = "handoffs.overdue-sweep";

/** Hand-offs escalated per statement: a backlog (a first run after downtime) goes in several. */
const BATCH = 5000;

/**
 * Escalates hand-offs not acknowledged by their statutory clock (001 Art. 39(3) "immediately", 51(3)
 * "within twenty-four hours", 72(3)(2) …): an in-app notification `handoff_overdue` to the receiving
 * body's heads — its body_head or police_head, a commission's secretary, a prosecutor's office's
 * prosecutors — and to the user who sent it, each with an outbox row for the SMS gateway (the text
 * carries no personal data: the gateway names the ground and links the hand-off). Once per hand-off:
 * the hand-off is marked when escalated (overdue_notified_at), and the notifications' unique key
 * holds too, so the sweep can run any number of times, on several servers at once (SKIP LOCKED).
 * Reads only the unacknowledged, not yet escalated ones past due (a partial index, migration 0028).
 * Returns how many hand-offs and notifications it made.
 */
export async function sweepOverdueHandoffs(
  db: Db,
  now: Date,
): Promise<{ handoffs: number; notices: number }> {
  let handoffs = 0;
  let notices = 0;
  for (;;) {
    const r = await db.transaction().execute(
      async (trx) =>
        (
          await sql<{ handoffs: number; notices: number }>`
      WITH due AS (
        SELECT h.id, h.ground, h.article, h.due_at, h.receiver_body_id, h.sent_by
          FROM handoff h
         WHERE h.state = 'sent' AND h.overdue_notified_at IS NULL AND h.due_at < ${now}::timestamptz
         ORDER BY h.due_at
         LIMIT ${BATCH}
         FOR UPDATE SKIP LOCKED
      ),
      marked AS (
        UPDATE handoff h SET overdue_notified_at = ${now}::timestamptz FROM due WHERE h.id = due.id RETURNING h.id
      ),
      told AS (
        SELECT u.id AS user_id, d.id, d.ground, d.article, d.due_at
          FROM due d
          JOIN body b ON b.id = d.receiver_body_id
          JOIN app_user u ON u.body_id = d.receiver_body_id AND u.active AND NOT u.service
         WHERE u.roles && ARRAY['body_head', 'police_head']::text[]
            OR (b.type = 'minors_commission' AND 'minors_commission_secretary' = ANY (u.roles))
            OR (b.type = 'prosecutor_office' AND 'prosecutor' = ANY (u.roles))
        UNION
        SELECT u.id, d.id, d.ground, d.article, d.due_at
          FROM due d JOIN app_user u ON u.id = d.sent_by AND u.active AND NOT u.service
      ),
      made AS (
        INSERT INTO notification (user_id, kind, record_type, record_id, code, article, due_on)
        SELECT user_id, 'handoff_overdue', 'handoff', id, ground, article, (due_at AT TIME ZONE 'Asia/Almaty')::date
          FROM told
        ON CONFLICT ON CONSTRAINT notification_once DO NOTHING
        RETURNING id
      ),
      queued AS (
        INSERT INTO notification_outbox (notification_id, channel) SELECT id, 'sms' FROM made RETURNING 1
      )
      SELECT (SELECT count(*) FROM marked)::int AS handoffs, (SELECT count(*) FROM queued)::int AS notices`.execute(
            trx,
          )
        ).rows[0]!,
    );
    handoffs += r.handoffs;
    notices += r.notices;
    if (r.handoffs < BATCH) return { handoffs, notices };
  }
}

/** Every five minutes (the shortest clock, "immediately", is read as one hour: clocks.ts). */
export async function scheduleHandoffSweep(boss: PgBoss, db: Db): Promise<void> {
  await boss.createQueue(HANDOFF_OVERDUE_JOB);
  await boss.schedule(HANDOFF_OVERDUE_JOB, "*/5 * * * *", {}, { tz: "Asia/Almaty" });
  await boss.work(HANDOFF_OVERDUE_JOB, async () => {
    await sweepOverdueHandoffs(db, new Date());
  });
}
