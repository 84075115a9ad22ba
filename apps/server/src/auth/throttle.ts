import { sql } from "kysely";
import type { Db } from "../db/pool.ts";
import { AppError } from "../errors/app-error.ts";

/**
 * Login throttling: after 5 failed attempts for one account, or 20 from one address, within
 * 15 minutes, further attempts are refused until the window has passed — even with the right
 * password, so guessing cannot continue. The message says when to try again.
 */
export const THROTTLE = { windowMinutes: 15, perAccount: 5, perAddress: 20 } as const;

export async function assertNotThrottled(db: Db, username: string, ip: string, now: Date): Promise<void> {
  const since = new Date(now.getTime() - THROTTLE.windowMinutes * 60_000);
  const r = await sql<{ by_user: number; by_ip: number; oldest_user: Date | null; oldest_ip: Date | null }>`
    SELECT count(*) FILTER (WHERE username = ${username})::int AS by_user,
           count(*) FILTER (WHERE ip = ${ip})::int AS by_ip,
           min(at) FILTER (WHERE username = ${username}) AS oldest_user,
           min(at) FILTER (WHERE ip = ${ip}) AS oldest_ip
      FROM login_attempt
     WHERE NOT success AND at > ${since} AND (username = ${username} OR ip = ${ip})`.execute(db);
  const row = r.rows[0];
  if (!row) return;
  const blockedBy =
    row.by_user >= THROTTLE.perAccount
      ? row.oldest_user
      : row.by_ip >= THROTTLE.perAddress
        ? row.oldest_ip
        : null;
  if (!blockedBy) return;
  const until = new Date(new Date(blockedBy).getTime() + THROTTLE.windowMinutes * 60_000);
  const seconds = Math.max(1, Math.ceil((until.getTime() - now.getTime()) / 1000));
  throw new AppError(
    "auth.throttled",
    `Too many failed log-in attempts. Try again in ${Math.ceil(seconds / 60)} minute(s).`,
    { headers: { "retry-after": String(seconds) } },
  );
}

export async function recordLoginAttempt(
  db: Db,
  username: string,
  ip: string,
  success: boolean,
): Promise<void> {
  await db.insertInto("login_attempt").values({ username, ip, success }).execute();
}
