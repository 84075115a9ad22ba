import { z } from "zod";
import type { Kysely } from "kysely";
import { ErrorBody } from "@aldyn/contract";
import type { Action } from "../../access/actions.ts";
import type { Resource } from "../../access/resources.ts";
import type { Actor } from "../../access/roles.ts";
import type { Database } from "../../db/schema.ts";
import { AppError } from "../../errors/app-error.ts";
import { authorizeOn } from "../preventive-measures/measure-access.ts";

/** A connection or an open transaction. */
export type Q = Kysely<Database>;

/** The error answers every school-prevention route may give (the closed set of errors.ts). */
export const errors = {
  400: ErrorBody,
  401: ErrorBody,
  403: ErrorBody,
  404: ErrorBody,
  409: ErrorBody,
  422: ErrorBody,
};
export const IdParams = z.object({ id: z.uuid() });

/** The school a council member acts for, with its territory and names. */
export interface School {
  readonly id: string;
  readonly territoryPath: string;
  readonly territoryId: string;
  readonly name: { kk: string; ru: string; en: string };
}

/**
 * The user's school: the council's records are the records of an educational organisation (001 Art.
 * 23(9),(14)), written by a user of a body of type school only — a 403 with the article otherwise.
 */
export async function requireSchool(db: Q, actor: Actor): Promise<School> {
  const b = await db
    .selectFrom("body as b")
    .innerJoin("territory as t", "t.id", "b.territory_id")
    .select(["b.id", "b.type", "t.path", "t.id as territory_id", "b.name_kk", "b.name_ru", "b.name_en"])
    .where("b.id", "=", actor.bodyId)
    .executeTakeFirstOrThrow();
  if (b.type !== "school")
    throw new AppError("school_prevention.not_school", "This is the work of a school's prevention council.", {
      article: "001 Art. 23(14)",
    });
  return {
    id: b.id,
    territoryPath: b.path,
    territoryId: b.territory_id,
    name: { kk: b.name_kk, ru: b.name_ru, en: b.name_en },
  };
}

/** A record of the school's council as the access rules see it: the school's own (body-scoped). */
export function schoolRecord(school: Pick<School, "id" | "territoryPath">): Resource {
  return { type: "school_record", territoryPath: school.territoryPath, bodyId: school.id };
}

/** The user's school, after `can(actor, action, school_record of that school)`. */
export async function schoolFor(db: Q, actor: Actor, action: Action): Promise<School> {
  const school = await requireSchool(db, actor);
  authorizeOn(actor, action, schoolRecord(school));
  return school;
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

/** A 400 naming the field when a referenced record does not exist (never a foreign-key 500). */
export function unknown(field: string, what: string): AppError {
  return new AppError("validation.failed", `${what} does not exist.`, { field });
}
