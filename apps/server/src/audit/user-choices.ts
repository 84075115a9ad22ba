import { sql, type Expression, type SqlBool } from "kysely";
import { USER_CHOICE_LIMIT, type UserChoice } from "@aldyn/contract";
import type { Db } from "../db/pool.ts";
import { containsPattern } from "../db/paging.ts";

/**
 * Users to pick by name or login (the audit's actor, an NPM participant's login): the first
 * {@link USER_CHOICE_LIMIT} by full name among those `where` admits, matching `q` in the login or
 * the full name. Callers authorise and audit the read.
 */
export async function userChoices(
  db: Db,
  q: string | undefined,
  where: (u: { territoryPath: string }) => Expression<SqlBool> | null,
): Promise<UserChoice[]> {
  let query = db
    .selectFrom("app_user as u")
    .innerJoin("body as b", "b.id", "u.body_id")
    .innerJoin("territory as t", "t.id", "b.territory_id")
    .select(["u.id", "u.username", "u.full_name", "b.name_kk", "b.name_ru", "b.name_en"]);
  const own = where({ territoryPath: "t.path" });
  if (own) query = query.where(own);
  const text = q?.trim();
  if (text) {
    const like = containsPattern(text);
    query = query.where((eb) => eb.or([eb("u.username", "ilike", like), eb("u.full_name", "ilike", like)]));
  }
  const rows = await query.orderBy("u.full_name").orderBy("u.username").limit(USER_CHOICE_LIMIT).execute();
  return rows.map((r) => ({
    id: r.id,
    username: r.username,
    fullName: r.full_name,
    bodyName: { kk: r.name_kk, ru: r.name_ru, en: r.name_en },
  }));
}

/** `role` among a user's roles (app_user.roles is a text array). */
export function hasRole(role: string): Expression<SqlBool> {
  return sql<SqlBool>`${role} = ANY(u.roles)`;
}
