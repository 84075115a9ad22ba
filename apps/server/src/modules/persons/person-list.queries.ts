import { sql, type RawBuilder } from "kysely";
import type pg from "pg";
import { PERSON_LIST_COUNT_CAP, type PersonListSort, type SortOrder } from "@aldyn/contract";
import type { AuditContext } from "../../audit/record.ts";
import { auditRowsOf } from "../../audit/record.ts";
import type { Db } from "../../db/pool.ts";
import { runPreparedCompiled } from "../../http/prepared.ts";

/**
 * The persons list's statement (migration 0027's person_overview): the page, the count and one audit
 * row per person shown, in one statement (R11.2: no row reaches the caller unless its audit row
 * commits with it). Browsing walks one index of person_overview in the order asked and reads the
 * filters from the same index (an index-only scan: a page of a district or a region in about a
 * millisecond at 1,000,000 persons); the persons' own fields are read for the page's rows only.
 */

/** Which persons: conditions on `o` (person_overview) and, when searching, `p` (person). */
export interface ListWhere {
  /** Conditions on person `p` (the name or IIN search); null when browsing (no join to person). */
  readonly person: readonly RawBuilder<boolean>[] | null;
  readonly overview: readonly RawBuilder<boolean>[];
  /** The name search's key: the page's order of relevance (word_similarity). */
  readonly key: string | null;
}

export interface ListOrder {
  readonly sort: PersonListSort;
  readonly order: SortOrder;
}

export interface ListStatement {
  readonly where: ListWhere;
  readonly order: ListOrder;
  readonly limit: number;
  readonly offset: number;
  /** The day register status is read for (Asia/Almaty). */
  readonly today: string;
  /** Barriers the reader does not clear: a person behind one is shown without anything of its card. */
  readonly uncleared: readonly string[];
  readonly audit: AuditContext;
  /** The fields an audit row names for a person shown whole. */
  readonly fields: readonly string[];
}

export interface ListRow {
  readonly total: number;
  readonly id: string | null;
  readonly territory_id: string;
  readonly merged_into: string | null;
  readonly iin: string | null;
  readonly last_name_cyr: string;
  readonly first_name_cyr: string;
  readonly middle_name_cyr: string | null;
  readonly last_name_lat: string | null;
  readonly first_name_lat: string | null;
  readonly middle_name_lat: string | null;
  readonly birth_date: string;
  readonly sex: "male" | "female";
  readonly territory_path: string;
  readonly name_kk: string;
  readonly name_ru: string;
  readonly name_en: string;
  readonly last_measure_kind: string | null;
  readonly last_measure_at: Date | null;
  readonly grounds: string[];
  readonly responsible_user_id: string | null;
  readonly responsible_name: string | null;
  readonly barriers: string[];
  readonly hidden: boolean;
}

const DESC = sql.raw("DESC");
const ASC = sql.raw("ASC");

/**
 * ORDER BY of the page, ending on the person's id so that pages never overlap. Each matches an index
 * of migration 0027 (read backwards for the other direction): the last measure ascending is
 * "longest without a measure first", persons who never had one before all others.
 */
function orderBy(o: ListOrder, key: string | null): RawBuilder<unknown> {
  const dir = o.order === "desc" ? DESC : ASC;
  const name = sql`o.last_name_cyr ${dir}, o.first_name_cyr ${dir}, o.person_id ${dir}`;
  switch (o.sort) {
    case "relevance":
      return key === null ? name : sql`word_similarity(${key}, p.search_name) DESC, ${name}`;
    case "birthDate":
      return sql`o.birth_date ${dir}, ${name}`;
    case "lastMeasure":
      return o.order === "desc"
        ? sql`o.last_measure_at DESC NULLS LAST, o.person_id`
        : sql`o.last_measure_at ASC NULLS FIRST, o.person_id DESC`;
    case "name":
      return name;
  }
}

function from(where: ListWhere): RawBuilder<unknown> {
  return where.person === null
    ? sql`person_overview o`
    : sql`person_overview o JOIN person p ON p.id = o.person_id`;
}

function conditions(where: ListWhere): RawBuilder<unknown> {
  const all = [...(where.person ?? []), ...where.overview];
  return all.length === 0 ? sql`true` : sql.join(all, sql` AND `);
}

/**
 * The page with its persons, the count (up to the cap) and the audit rows, as one statement. On the
 * pool it is a prepared statement of its connection: planning this statement (a dozen joins and
 * indexes to weigh) took longer than running it at 1,000,000 persons. Its shape varies with the
 * filters given and the sort, never with their values; the page's size and the count's cap are
 * written into it, so the planner knows a page is a few rows and walks an index for it.
 */
export async function listStatement(db: Db, s: ListStatement, pool?: pg.Pool): Promise<ListRow[]> {
  const order = orderBy(s.order, s.where.key);
  const hidden =
    s.uncleared.length === 0 ? sql<boolean>`false` : sql<boolean>`o.barriers && ${[...s.uncleared]}::text[]`;
  const shownAudit = auditRowsOf(db, s.audit, "shown", {
    action: "person.read",
    recordType: "person",
    fields: [...s.fields],
  });
  const hiddenAudit = auditRowsOf(db, s.audit, "withheld", {
    action: "person.read",
    recordType: "person",
    fields: [],
  });
  // The page is numbered in the order asked (row_number streams under the LIMIT), and the rows
  // joined to it are put back in that order at the end.
  const q = sql<ListRow>`
    WITH page AS (
      SELECT o.person_id AS id, row_number() OVER (ORDER BY ${order}) AS ord
      FROM ${from(s.where)} WHERE ${conditions(s.where)}
      ORDER BY ${order} LIMIT ${sql.lit(s.limit)} OFFSET ${s.offset}
    ),
    total AS (
      SELECT count(*)::int AS total FROM (
        SELECT 1 FROM ${from(s.where)} WHERE ${conditions(s.where)} LIMIT ${sql.lit(PERSON_LIST_COUNT_CAP + 1)}
      ) x
    ),
    rows AS (
      SELECT page.ord, p.id, p.territory_id, p.merged_into, p.iin, p.last_name_cyr, p.first_name_cyr,
        p.middle_name_cyr, p.last_name_lat, p.first_name_lat, p.middle_name_lat, p.birth_date::text AS birth_date,
        p.sex, t.path AS territory_path, t.name_kk, t.name_ru, t.name_en,
        o.last_measure_kind, o.last_measure_at,
        ARRAY(SELECT g FROM unnest(o.register_grounds, o.register_off_days) AS r(g, d)
          WHERE d > ${s.today}::date) AS grounds,
        o.responsible_user_id, u.full_name AS responsible_name, o.barriers, ${hidden} AS hidden
      FROM page
      JOIN person_overview o ON o.person_id = page.id
      JOIN person p ON p.id = page.id
      JOIN territory t ON t.id = p.territory_id
      LEFT JOIN app_user u ON u.id = o.responsible_user_id
    ),
    shown AS (SELECT id FROM rows WHERE NOT hidden),
    withheld AS (SELECT id FROM rows WHERE hidden),
    audit_shown AS (${shownAudit}),
    audit_withheld AS (${hiddenAudit})
    SELECT total.total, rows.* FROM total LEFT JOIN rows ON true ORDER BY rows.ord`;
  return pool ? runPreparedCompiled(pool, q.compile(db)) : (await q.execute(db)).rows;
}

/** The same statement's page in the typo-tolerant stage needs its setting: see list-persons.ts. */
export async function withSimilarityThreshold<T>(
  db: Db,
  threshold: number,
  run: (trx: Db) => Promise<T>,
): Promise<T> {
  return db.transaction().execute(async (trx) => {
    await sql`SET LOCAL pg_trgm.word_similarity_threshold = ${sql.lit(threshold)}`.execute(trx);
    return run(trx as unknown as Db);
  });
}
