import { sql, type Kysely } from "kysely";
import type { FsBodyRef, FsPersonRef } from "@aldyn/contract";
import { can } from "../../access/can.ts";
import type { Action } from "../../access/actions.ts";
import type { Resource } from "../../access/resources.ts";
import type { Actor } from "../../access/roles.ts";
import type { Database } from "../../db/schema.ts";
import { AppError } from "../../errors/app-error.ts";
import { authorizeOn } from "../preventive-measures/measure-access.ts";

/** A connection or an open transaction. */
export type Q = Kysely<Database>;

/** The body a user acts for, with its type and territory. */
export interface ActorBody {
  readonly id: string;
  readonly type: string;
  readonly territoryPath: string;
}

export async function actorBody(db: Q, actor: Actor): Promise<ActorBody> {
  const b = await db
    .selectFrom("body as b")
    .innerJoin("territory as t", "t.id", "b.territory_id")
    .select(["b.id", "b.type", "t.path"])
    .where("b.id", "=", actor.bodyId)
    .executeTakeFirstOrThrow();
  return { id: b.id, type: b.type, territoryPath: b.path };
}

/**
 * The centre's own work — records of victims (001 Art. 10(2)(10)), services (10(2)(3)), temporary
 * residence (10(2)(4)), the plan it coordinates (10(2)(2)) — is written by a family support centre's
 * user only; others (the DV inspector) read it. A 403 with the article of the function.
 */
export async function requireCentre(db: Q, actor: Actor, article: string): Promise<ActorBody> {
  const body = await actorBody(db, actor);
  if (body.type !== "family_support_centre")
    throw new AppError("family_support.not_centre", "This is the work of a family support centre.", {
      article,
    });
  return body;
}

/** A case record of the centre as the access rules see it: victims' data by type (001 Art. 83(2)). */
export function familyCase(territoryPath: string, bodyId?: string): Resource {
  return bodyId === undefined
    ? { type: "family_case", territoryPath }
    : { type: "family_case", territoryPath, bodyId };
}

export function authorizeCase(actor: Actor, action: Action, territoryPath: string, bodyId?: string): void {
  authorizeOn(actor, action, familyCase(territoryPath, bodyId));
}

export function mayReadPersonal(actor: Actor, resource: Resource): boolean {
  return can(actor, "read_personal", resource).allowed;
}

/** A 400 naming the field when a referenced record does not exist (never a foreign-key 500). */
export function unknown(field: string, what: string): AppError {
  return new AppError("validation.failed", `${what} does not exist.`, { field });
}

export async function requirePerson(db: Q, personId: string, field = "personId"): Promise<void> {
  const p = await db.selectFrom("person").select("id").where("id", "=", personId).executeTakeFirst();
  if (!p) throw unknown(field, "The person");
}

/** The family's district path (its access scope); a 400 when there is no such family. */
export async function familyPath(db: Q, familyId: string): Promise<string> {
  const f = await db
    .selectFrom("family as f")
    .innerJoin("territory as t", "t.id", "f.territory_id")
    .select("t.path")
    .where("f.id", "=", familyId)
    .executeTakeFirst();
  if (!f) throw unknown("familyId", "The family");
  return f.path;
}

/** The person is (or was) counted in the family (001 Art. 54(1): persons (families)). */
export async function requireMember(db: Q, familyId: string, personId: string): Promise<void> {
  const m = await db
    .selectFrom("family_member")
    .select("person_id")
    .where("family_id", "=", familyId)
    .where("person_id", "=", personId)
    .executeTakeFirst();
  if (!m)
    throw new AppError("family_support.person_not_in_family", "The person is not a member of the family.", {
      field: "personId",
      article: "001 Art. 54(1)",
    });
}

export async function requireIncident(db: Q, incidentId: string): Promise<void> {
  const i = await db.selectFrom("dv_incident").select("id").where("id", "=", incidentId).executeTakeFirst();
  if (!i) throw unknown("incidentId", "The incident");
}

/** Full names of persons, by id ("Surname Name Patronymic"). */
export async function personNames(db: Q, ids: readonly string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .selectFrom("person")
    .select(["id", "last_name_cyr", "first_name_cyr", "middle_name_cyr"])
    .where("id", "in", [...new Set(ids)])
    .execute();
  return new Map(
    rows.map((p) => [p.id, [p.last_name_cyr, p.first_name_cyr, p.middle_name_cyr].filter(Boolean).join(" ")]),
  );
}

export function personRef(id: string, names: Map<string, string>, show: boolean): FsPersonRef {
  return { id, fullName: show ? (names.get(id) ?? null) : null };
}

/** Bodies by id with their names and types. */
export async function bodyRefs(db: Q, ids: readonly string[]): Promise<Map<string, FsBodyRef>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .selectFrom("body")
    .select(["id", "type", "name_kk", "name_ru", "name_en"])
    .where("id", "in", [...new Set(ids)])
    .execute();
  return new Map(
    rows.map((b) => [
      b.id,
      { id: b.id, type: b.type, name: { kk: b.name_kk, ru: b.name_ru, en: b.name_en } },
    ]),
  );
}

export function bodyRef(id: string, refs: Map<string, FsBodyRef>): FsBodyRef {
  return refs.get(id) ?? { id, type: "unknown", name: { kk: "—", ru: "—", en: "—" } };
}

/** The next seq of an append-only fact list (one writer at a time: the caller holds the parent's lock). */
export async function nextSeq(db: Q, table: "assistance_plan_step_fact" | "shelter_stay_fact", key: string) {
  const col = table === "assistance_plan_step_fact" ? "step_id" : "stay_id";
  const r = await sql<{ n: number }>`SELECT coalesce(max(seq) + 1, 0)::integer AS n FROM ${sql.table(table)}
    WHERE ${sql.ref(col)} = ${key}::uuid`.execute(db);
  return r.rows[0]!.n;
}

/** A fact is recorded once it has happened: a day after today is a 400 on its field. */
export function notAfterToday(date: string, today: string, field: string): void {
  if (date > today)
    throw new AppError("validation.failed", "This is recorded once it has happened, not ahead.", { field });
}
