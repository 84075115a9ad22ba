import type { Me } from "@aldyn/contract";
import { sql } from "kysely";
import type pg from "pg";
import type { Db } from "../db/pool.ts";
import { isRole, type Actor, type Role } from "../access/roles.ts";
import { isBarrier } from "../access/confidentiality.ts";
import type { RequestAuth } from "../http/request-context.ts";
import { hotQuery } from "../db/hot-query.ts";
import { issuableKinds } from "../modules/preventive-measures/measure-access.ts";

const USER_CONTEXT_COLUMNS = [
  "u.id",
  "u.username",
  "u.full_name",
  "u.roles",
  "u.active",
  "u.service",
  "u.must_change_password",
  "u.password_hash",
  "b.id as body_id",
  "b.name_kk as body_kk",
  "b.name_ru as body_ru",
  "b.name_en as body_en",
  "b.type as body_type",
  "t.id as territory_id",
  "t.path as territory_path",
  "t.level as territory_level",
  "t.name_kk as territory_kk",
  "t.name_ru as territory_ru",
  "t.name_en as territory_en",
  // Active grants to confidential parts (R11.1), read with the session on every request: a revoked
  // grant stops applying at the next request (migration 0021).
  sql<string[]>`ARRAY(SELECT g.barrier FROM confidential_grant g
    WHERE g.user_id = u.id AND g.revoked_at IS NULL ORDER BY g.barrier)`.as("grants"),
] as const;

/** The user with body and territory, as the session and the access rules need it. */
export async function loadUserContext(db: Db, userId: string) {
  const row = await db
    .selectFrom("app_user as u")
    .innerJoin("body as b", "b.id", "u.body_id")
    .innerJoin("territory as t", "t.id", "b.territory_id")
    .select(USER_CONTEXT_COLUMNS)
    .where("u.id", "=", userId)
    .executeTakeFirst();
  return row ?? null;
}

const sessionContext = hotQuery((db, p: { tokenHash: string }) =>
  db
    .with("touch", (qb) =>
      qb
        .updateTable("user_session")
        .set({ last_seen_at: sql`now()` })
        .where("token_hash", "=", p.tokenHash)
        .where("revoked_at", "is", null)
        .where("expires_at", ">", sql<Date>`now()`)
        .where("last_seen_at", "<", sql<Date>`now() - interval '1 minute'`),
    )
    .selectFrom("user_session as s")
    .innerJoin("app_user as u", "u.id", "s.user_id")
    .innerJoin("body as b", "b.id", "u.body_id")
    .innerJoin("territory as t", "t.id", "b.territory_id")
    .select(USER_CONTEXT_COLUMNS)
    .select(["s.csrf_token", "s.expires_at", "s.revoked_at"])
    .where("s.token_hash", "=", p.tokenHash),
);

/**
 * The session of a cookie hash with its user, body and territory, in one round-trip: this runs on
 * every request, so it is one prepared statement instead of three (session, user, activity mark). The session
 * is still read from the database each time, so a revocation ("log out everywhere") is immediate.
 * The sliding activity mark rides along as a data-modifying CTE, written at most once a minute and
 * only for a live session; the SELECT sees the row as it was before that write.
 */
export async function loadSessionContext(pool: pg.Pool, tokenHash: string) {
  return (await sessionContext.first(pool, { tokenHash })) ?? null;
}

const serviceTokenContext = hotQuery((db, p: { tokenHash: string }) =>
  db
    .selectFrom("service_token as s")
    .innerJoin("app_user as u", "u.id", "s.user_id")
    .innerJoin("body as b", "b.id", "u.body_id")
    .innerJoin("territory as t", "t.id", "b.territory_id")
    .select(USER_CONTEXT_COLUMNS)
    .where("s.token_hash", "=", p.tokenHash)
    .where("s.revoked_at", "is", null),
);

/** The user of a live service bearer token, with body and territory, in one round-trip. */
export async function loadServiceTokenContext(pool: pg.Pool, tokenHash: string) {
  return (await serviceTokenContext.first(pool, { tokenHash })) ?? null;
}

export type UserContextRow = NonNullable<Awaited<ReturnType<typeof loadUserContext>>>;

export function toAuth(row: UserContextRow, session: RequestAuth["session"]): RequestAuth {
  const roles = row.roles.filter(isRole) as Role[];
  const actor: Actor = {
    userId: row.id,
    roles,
    bodyId: row.body_id,
    territoryPath: row.territory_path,
    territoryLevel: row.territory_level,
    service: row.service,
    grants: row.grants.filter(isBarrier),
  };
  return {
    user: {
      id: row.id,
      username: row.username,
      fullName: row.full_name,
      roles,
      bodyId: row.body_id,
      mustChangePassword: row.must_change_password,
      service: row.service,
    },
    actor,
    session,
  };
}

export function toMe(row: UserContextRow): Me {
  return {
    id: row.id,
    username: row.username,
    fullName: row.full_name,
    roles: row.roles.filter(isRole) as Role[],
    mustChangePassword: row.must_change_password,
    body: {
      id: row.body_id,
      name: { kk: row.body_kk, ru: row.body_ru, en: row.body_en },
      type: row.body_type as Me["body"]["type"],
    },
    territory: {
      id: row.territory_id,
      path: row.territory_path,
      level: row.territory_level,
      name: { kk: row.territory_kk, ru: row.territory_ru, en: row.territory_en },
    },
    measureKinds: issuableKinds(toAuth(row, null).actor).map((k) => ({
      kind: k.kind,
      issuers: [...k.issuers],
    })),
  };
}
