import { sql } from "kysely";
import type pg from "pg";
import type { Db } from "../../db/pool.ts";
import { hotQuery } from "../../db/hot-query.ts";
import { AppError, notFound } from "../../errors/app-error.ts";
import {
  entryStatesOf,
  entryStatesSql,
  type EntryState,
} from "../preventive-register/register-entry-state.ts";

export interface SubjectPerson {
  readonly id: string;
  readonly birthDate: string;
  readonly sex: "male" | "female";
  readonly territoryPath: string;
  readonly name: string;
}

/** The subject of a new measure with what its validation and its write need besides. */
export interface IssueSubject {
  readonly person: SubjectPerson;
  /** Which of the ids the order names for its victims are persons of the register (001 Art. 60(4)). */
  readonly knownVictims: ReadonlySet<string>;
  /** The person's active register entries (a placing measure joins the running one, 001 Art. 59(2)). */
  readonly entries: readonly EntryState[];
}

/**
 * The subject person of a new measure, the victims' ids it names that exist and the person's active
 * register entries, in one statement: issuing answers from this read instead of asking again.
 */
const issueSubject = hotQuery(
  (_db, p: { id: string; victimIds: string[] }) =>
    sql<{
      id: string;
      birth_date: string;
      sex: "male" | "female";
      merged_into: string | null;
      path: string;
      last_name_cyr: string;
      first_name_cyr: string;
      known_victims: string[];
      entries: unknown;
    }>`SELECT p.id, p.birth_date, p.sex, p.merged_into, t.path, p.last_name_cyr, p.first_name_cyr,
      ARRAY(SELECT v.id::text FROM person v WHERE v.id = ANY (${p.victimIds}::uuid[])) AS known_victims,
      ${entryStatesSql(sql`SELECT a.id FROM register_entry a WHERE a.person_id = p.id AND a.status = 'active'`)} AS entries
    FROM person p JOIN territory t ON t.id = p.territory_id
    WHERE p.id = ${p.id}::uuid`,
);

/** On the pool a prepared statement (planned once per connection), else a query of `db`. */
export async function loadIssueSubject(
  on: pg.Pool | Db,
  id: string,
  victimIds: readonly string[],
): Promise<IssueSubject> {
  const p = await issueSubject.first(on, { id, victimIds: [...victimIds] });
  if (!p) throw notFound("The person");
  if (p.merged_into !== null)
    throw new AppError("validation.failed", "This record was merged; use the kept record.", {
      field: "personId",
    });
  return {
    person: {
      id: p.id,
      birthDate: p.birth_date,
      sex: p.sex,
      territoryPath: p.path,
      name: `${p.last_name_cyr} ${p.first_name_cyr}`,
    },
    knownVictims: new Set(p.known_victims),
    entries: entryStatesOf(p.entries),
  };
}

/** The person a measure or register entry concerns, with the territory path its records are scoped by. */
export async function loadSubjectPerson(db: Db, id: string, field = "personId"): Promise<SubjectPerson> {
  const p = await db
    .selectFrom("person as p")
    .innerJoin("territory as t", "t.id", "p.territory_id")
    .select([
      "p.id",
      "p.birth_date",
      "p.sex",
      "p.merged_into",
      "t.path",
      "p.last_name_cyr",
      "p.first_name_cyr",
    ])
    .where("p.id", "=", id)
    .executeTakeFirst();
  if (!p) throw notFound("The person");
  if (p.merged_into !== null)
    throw new AppError("validation.failed", "This record was merged; use the kept record.", { field });
  return {
    id: p.id,
    birthDate: p.birth_date,
    sex: p.sex,
    territoryPath: p.path,
    name: `${p.last_name_cyr} ${p.first_name_cyr}`,
  };
}

/** The territory path of a body (a statutory notice to an organisation is scoped by its issuer). */
export async function bodyTerritoryPath(db: Db, bodyId: string): Promise<string> {
  const b = await db
    .selectFrom("body as b")
    .innerJoin("territory as t", "t.id", "b.territory_id")
    .select("t.path")
    .where("b.id", "=", bodyId)
    .executeTakeFirstOrThrow();
  return b.path;
}

/**
 * The person's own id and the ids of every record merged into it, directly or through a chain of
 * merges (R1.1: a merge keeps both histories): measures and register entries stay attached to the
 * record they were issued on, and the kept record's lists read them all.
 */
export async function recordsOfPerson(db: Db, personId: string): Promise<string[]> {
  const r = await sql<{ id: string }>`
    WITH RECURSIVE merged(id) AS (
      SELECT ${personId}::uuid
      UNION SELECT p.id FROM person p JOIN merged m ON p.merged_into = m.id
    ) SELECT id FROM merged`.execute(db);
  return r.rows.map((x) => x.id);
}
