import { sql, type Transaction } from "kysely";
import type { Database } from "../db/schema.ts";
import type { Db } from "../db/pool.ts";
import { AppError } from "../errors/app-error.ts";

/**
 * Login throttling (R11). The rule, and why:
 *
 * 1. Per address: 20 failed attempts from one address within 15 minutes close that address for the
 *    rest of the window. It can only hurt the address that guesses (and whoever shares it behind one
 *    NAT), never an account's owner elsewhere.
 * 2. Per account, across all addresses: the first 5 failures since the account's last successful
 *    log-in (within 24 hours) cost nothing; from then on every attempt must wait after the last
 *    failure 15 s, 30 s, 60 s, … doubling up to 5 minutes, whatever the address and even with the
 *    right password (otherwise the answer would tell a guesser when it is right). This replaces the
 *    former hard lock (5 failures closed the account for 15 minutes, renewable by anyone from
 *    anywhere for ever): spraying one account from many addresses now gets at most one guess per
 *    5 minutes, while the owner is never shut out for longer than that.
 * 3. An address the account has logged in from within 90 days (its office) is judged on its own
 *    failures only, so strangers' failures do not delay the owner at all from there.
 *
 * A refused attempt (429 auth.throttled with Retry-After) is not counted, so waiting always helps.
 * The attempt is recorded as a failure before the password is checked, under a lock on the account
 * and the address, so parallel requests cannot all slip through the same free slot.
 */
export const THROTTLE = {
  addressWindowMinutes: 15,
  perAddress: 20,
  accountWindowHours: 24,
  freeFailures: 5,
  firstDelaySeconds: 15,
  maxDelaySeconds: 300,
  familiarDays: 90,
} as const;

// Advisory lock namespaces (two-key form; migrate.ts uses the one-key form, a separate space).
const LOCK_ACCOUNT = 7281101;
const LOCK_ADDRESS = 7281102;

/** The wait after the last failure once `failures` failures of an account are counted (rule 2). */
export function accountDelaySeconds(failures: number): number {
  if (failures < THROTTLE.freeFailures) return 0;
  const doublings = Math.min(failures - THROTTLE.freeFailures, 16);
  return Math.min(THROTTLE.maxDelaySeconds, THROTTLE.firstDelaySeconds * 2 ** doublings);
}

/** Serialises log-in bookkeeping of one account within the caller's transaction. */
export async function lockAccount(trx: Transaction<Database>, username: string): Promise<void> {
  await sql`SELECT pg_advisory_xact_lock(${LOCK_ACCOUNT}, hashtext(${username}))`.execute(trx);
}

function throttled(until: Date, now: Date): AppError {
  const seconds = Math.max(1, Math.ceil((until.getTime() - now.getTime()) / 1000));
  const wait = seconds < 60 ? `${seconds} second(s)` : `${Math.ceil(seconds / 60)} minute(s)`;
  return new AppError("auth.throttled", `Too many failed log-in attempts. Try again in ${wait}.`, {
    headers: { "retry-after": String(seconds) },
  });
}

/**
 * Checks rules 1–3 and, if the attempt may go ahead, records it as a failure (the caller turns it
 * into a success with markLoginSucceeded). Returns the attempt's id; throws 429 auth.throttled.
 */
export async function beginLoginAttempt(db: Db, username: string, ip: string, now: Date): Promise<number> {
  return db.transaction().execute(async (trx) => {
    // Account first, then address, in every transaction: no two can wait on each other.
    await lockAccount(trx, username);
    await sql`SELECT pg_advisory_xact_lock(${LOCK_ADDRESS}, hashtext(${ip}))`.execute(trx);
    const addressSince = new Date(now.getTime() - THROTTLE.addressWindowMinutes * 60_000);
    const accountSince = new Date(now.getTime() - THROTTLE.accountWindowHours * 3600_000);
    const familiarSince = new Date(now.getTime() - THROTTLE.familiarDays * 86_400_000);
    const r = await sql<{
      by_address: number;
      oldest_address: Date | null;
      by_account: number;
      last_failure: Date | null;
    }>`
      WITH familiar AS (
        SELECT EXISTS (SELECT 1 FROM login_attempt
                        WHERE username = ${username} AND ip = ${ip} AND success AND at > ${familiarSince}) AS yes
      ), last_ok AS (
        SELECT max(at) AS at FROM login_attempt WHERE username = ${username} AND success AND at > ${accountSince}
      ), by_address AS (
        SELECT count(*)::int AS n, min(at) AS oldest FROM login_attempt
         WHERE ip = ${ip} AND NOT success AND at > ${addressSince}
      )
      SELECT b.n AS by_address, b.oldest AS oldest_address,
             count(a.id)::int AS by_account, max(a.at) AS last_failure
        FROM by_address b CROSS JOIN familiar f CROSS JOIN last_ok l
        LEFT JOIN login_attempt a
          ON a.username = ${username} AND NOT a.success
         AND a.at > greatest(${accountSince}::timestamptz, l.at)
         AND (NOT f.yes OR a.ip = ${ip})
       GROUP BY b.n, b.oldest`.execute(trx);
    const row = r.rows[0]!;
    if (row.by_address >= THROTTLE.perAddress && row.oldest_address) {
      throw throttled(
        new Date(new Date(row.oldest_address).getTime() + THROTTLE.addressWindowMinutes * 60_000),
        now,
      );
    }
    const delay = accountDelaySeconds(row.by_account);
    if (delay > 0 && row.last_failure) {
      const until = new Date(new Date(row.last_failure).getTime() + delay * 1000);
      if (until > now) throw throttled(until, now);
    }
    const inserted = await trx
      .insertInto("login_attempt")
      .values({ username, ip, success: false })
      .returning("id")
      .executeTakeFirstOrThrow();
    return inserted.id;
  });
}

/** The attempt begun by beginLoginAttempt succeeded (inside the transaction that opens the session). */
export async function markLoginSucceeded(trx: Transaction<Database>, attemptId: number): Promise<void> {
  await trx.updateTable("login_attempt").set({ success: true }).where("id", "=", attemptId).execute();
}

export interface FailureStreak {
  readonly failures: number;
  readonly addresses: number;
  readonly firstAt: Date;
  readonly lastAt: Date;
  /** Where the streak starts: the last successful log-in, or 24 hours ago. */
  readonly since: Date;
}

/** The account's failures since its last successful log-in within 24 hours, from every address. */
export async function failureStreak(
  trx: Transaction<Database>,
  username: string,
  now: Date,
): Promise<FailureStreak | null> {
  const accountSince = new Date(now.getTime() - THROTTLE.accountWindowHours * 3600_000);
  const r = await sql<{ failures: number; addresses: number; first_at: Date; last_at: Date; since: Date }>`
    WITH start AS (
      SELECT greatest(${accountSince}::timestamptz, max(at)) AS since
        FROM login_attempt WHERE username = ${username} AND success AND at > ${accountSince}
    )
    SELECT count(*)::int AS failures, count(DISTINCT a.ip)::int AS addresses,
           min(a.at) AS first_at, max(a.at) AS last_at, s.since
      FROM start s JOIN login_attempt a
        ON a.username = ${username} AND NOT a.success AND a.at > s.since
     GROUP BY s.since`.execute(trx);
  const row = r.rows[0];
  if (!row) return null;
  return {
    failures: row.failures,
    addresses: row.addresses,
    firstAt: new Date(row.first_at),
    lastAt: new Date(row.last_at),
    since: new Date(row.since),
  };
}
