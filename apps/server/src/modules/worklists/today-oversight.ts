import { sql } from "kysely";
import { legalDateOf, startOfLegalDate } from "@aldyn/law";
import type { TodayAccounts, TodayAudit } from "@aldyn/contract";
import { can } from "../../access/can.ts";
import type { Actor } from "../../access/roles.ts";
import { THROTTLE } from "../../auth/throttle.ts";
import type { Db } from "../../db/pool.ts";
import { inTerritory } from "../../db/territory-scope.ts";

/** A count of the audit log stops past this: cap + 1 reads "more than 10,000" on the home page. */
export const AUDIT_COUNT_CAP = 10_000;

/**
 * Accounts and bodies of the administrator's territory needing attention (R11): temporary passwords
 * not yet changed, deactivated accounts, failed log-ins of the last 24 hours and the accounts the
 * throttle now slows down (auth/throttle.ts rule 2), bodies without any active account. One
 * statement; the failures are read per account from the (username, at) index. Null for a role that
 * does not manage users there (R11.1: administrators never read case data, and others no accounts).
 */
export async function todayAccounts(db: Db, actor: Actor, now: Date): Promise<TodayAccounts | null> {
  if (!can(actor, "manage", { type: "user", territoryPath: actor.territoryPath }).allowed) return null;
  const since = new Date(now.getTime() - THROTTLE.accountWindowHours * 3600_000);
  const row = await sql<TodayAccounts>`
    with users as (
      select u.username, u.active, u.must_change_password, u.service
      from app_user u join body b on b.id = u.body_id join territory t on t.id = b.territory_id
      where ${inTerritory("t.path", actor.territoryPath)}
    ), failures as (
      select u.username, f.n, f.streak
      from users u cross join lateral (
        select count(*)::int as n,
          count(*) filter (where a.at > coalesce((select max(s.at) from login_attempt s
            where s.username = u.username and s.success and s.at > ${since}), ${since}))::int as streak
        from login_attempt a
        where a.username = u.username and not a.success and a.at > ${since}) f
      where f.n > 0
    )
    select
      (select count(*) from users where active and must_change_password and not service)::int
        as "mustChangePassword",
      (select count(*) from users where not active)::int as inactive,
      (select coalesce(sum(n), 0) from failures)::int as "failedLogins",
      (select count(*) from failures)::int as "accountsWithFailures",
      (select count(*) from failures where streak >= ${THROTTLE.freeFailures})::int as "accountsThrottled",
      (select count(*) from body b join territory t on t.id = b.territory_id
        where ${inTerritory("t.path", actor.territoryPath)}
          and not exists (select 1 from app_user u where u.body_id = b.id and u.active))::int
        as "bodiesWithoutUsers"`.execute(db);
  return row.rows[0]!;
}

/**
 * The audit log today for its reader (R11.2): rows written since the start of today in Almaty, of
 * them refusals of access and exports, and rows the sealer has not yet chained. The rows are those
 * the auditor's search shows (audit.routes.ts): every row for a national auditor, else the rows of
 * bodies in the auditor's territory. Each count reads at most AUDIT_COUNT_CAP + 1 rows of an index
 * range (the log grows by millions of rows a day nationally). Null for anyone else.
 */
export async function todayAudit(db: Db, actor: Actor, now: Date): Promise<TodayAudit | null> {
  if (!can(actor, "read", { type: "audit_log", territoryPath: actor.territoryPath }).allowed) return null;
  const start = startOfLegalDate(legalDateOf(now));
  const regional = actor.territoryLevel !== "country";
  const scoped = regional
    ? sql`and exists (select 1 from body b join territory t on t.id = b.territory_id
        where b.id = a.body_id and ${inTerritory("t.path", actor.territoryPath)})`
    : sql``;
  const capped = (where: ReturnType<typeof sql>) =>
    sql`(select count(*)::int from (select 1 from audit_log a where ${where} ${scoped}
      limit ${AUDIT_COUNT_CAP + 1}) x)`;
  const row = await sql<Omit<TodayAudit, "cap">>`select
      ${capped(sql`a.at >= ${start}`)} as "rowsToday",
      ${capped(sql`a.at >= ${start} and a.action like '%\\_refused'`)} as "refusalsToday",
      ${capped(sql`a.at >= ${start} and a.action like '%.export'`)} as "exportsToday",
      ${capped(sql`a.chain_seq is null`)} as unsealed`.execute(db);
  return { cap: AUDIT_COUNT_CAP, ...row.rows[0]! };
}
