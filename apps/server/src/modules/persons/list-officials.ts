import { sql } from "kysely";
import type { PersonListOfficials } from "@aldyn/contract";
import { PERMISSIONS } from "../../access/policy.ts";
import { ROLES } from "../../access/roles.ts";
import { territoryFilter, territoryLikePattern } from "../../access/scope.ts";
import type { Db } from "../../db/pool.ts";
import { AppError } from "../../errors/app-error.ts";
import { authorizePerson, type PersonCtx } from "./person-access.ts";
import { readsRegister } from "./list-persons.ts";

/**
 * Roles whose users become responsible for a person: they issue measures (001 Art. 48(2)) or place
 * persons on the register (001 Art. 59(2)) — person_overview.responsible_user_id, migration 0027.
 */
const RESPONSIBLE_ROLES = ROLES.filter(
  (r) =>
    (PERMISSIONS[r].measure?.includes("create") ?? false) ||
    (PERMISSIONS[r].register_entry?.includes("create") ?? false),
);

/**
 * The officials the persons list may be narrowed to (its "responsible" filter): active users of the
 * bodies in the actor's territory (R11.1) with a role that makes them responsible. For the roles that
 * see the responsible official, those reading the register (001 Art. 59(6)); others: 403.
 */
export async function listOfficials(db: Db, ctx: PersonCtx): Promise<PersonListOfficials> {
  authorizePerson(ctx.actor, "read", ctx.actor.territoryPath);
  if (!readsRegister(ctx))
    throw new AppError("access.role", "Your role does not read the preventive register (001 Art. 59(6)).");
  const path = ctx.actor.territoryPath;
  const inScope =
    territoryFilter(ctx.actor, "person").kind === "all"
      ? sql<boolean>`true`
      : sql<boolean>`(t.path = ${path} OR t.path LIKE ${territoryLikePattern(path)})`;
  const rows = await db
    .selectFrom("app_user as u")
    .innerJoin("body as b", "b.id", "u.body_id")
    .innerJoin("territory as t", "t.id", "b.territory_id")
    .select(["u.id", "u.full_name", "b.name_kk", "b.name_ru", "b.name_en"])
    .where("u.active", "=", true)
    .where("u.service", "=", false)
    .where(sql<boolean>`u.roles && ${[...RESPONSIBLE_ROLES]}::text[]`)
    .where(inScope)
    .orderBy("u.full_name")
    .orderBy("u.id")
    .limit(1000)
    .execute();
  return {
    items: rows.map((r) => ({
      id: r.id,
      fullName: r.full_name,
      bodyName: { kk: r.name_kk, ru: r.name_ru, en: r.name_en },
    })),
  };
}
