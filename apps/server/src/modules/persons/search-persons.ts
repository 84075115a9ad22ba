import { sql, type RawBuilder, type Transaction } from "kysely";
import type pg from "pg";
import type { z } from "zod";
import type { PersonSearchPage, PersonSearchQuery } from "@aldyn/contract";
import type { Db } from "../../db/pool.ts";
import type { Database } from "../../db/schema.ts";
import { territoryFilter, territoryLikePattern } from "../../access/scope.ts";
import { auditRowsOf, type AuditContext } from "../../audit/record.ts";
import { hotQueries } from "../../db/hot-query.ts";
import { authorizePerson, PERSON_SUMMARY_FIELDS, seesPersonal, type PersonCtx } from "./person-access.ts";
import { toSummary } from "./person.queries.ts";
import { BARRIERS } from "../../access/confidentiality.ts";
import { barriersColumn, barriersOf, personWithheld, withholdSummary } from "./person-confidentiality.ts";

/**
 * How close a name must come to a word sequence of a record in the fuzzy stage: pg_trgm's
 * word_similarity (0-1), lowered from its default 0.6 so that one mistyped letter in a short name
 * still finds it. Transliteration variants need no tolerance: they share the search key.
 */
export const NAME_MATCH_THRESHOLD = 0.5;

/** The longest word beginning person.search_prefixes holds (migration 0015). */
const PREFIX_MAX = 6;

/**
 * "Every word of the query begins a word of the record" (LIKE '% w%' on the search name of person
 * `p`): one GIN key per word — its first six letters, of the stored word beginnings — and, for a
 * longer word or a single letter, the exact test on the rows the index leaves (strpos, which no index
 * can take, so the planner keeps the bitmap of the beginnings).
 */
export function wordConditions(words: readonly string[]): RawBuilder<boolean>[] {
  const keys = [...new Set(words.filter((w) => w.length >= 2).map((w) => w.slice(0, PREFIX_MAX)))];
  const out: RawBuilder<boolean>[] = [];
  if (keys.length > 0) out.push(sql<boolean>`p.search_prefixes @> ${sql.val(keys)}::text[]`);
  for (const w of words)
    if (w.length < 2 || w.length > PREFIX_MAX) out.push(sql<boolean>`strpos(p.search_name, ${` ${w}`}) > 0`);
  return out;
}

function wordsBegin<B extends Base>(base: B, words: readonly string[]): B {
  let q = base;
  for (const c of wordConditions(words)) q = q.where(c) as B;
  return q;
}

type Query = z.infer<typeof PersonSearchQuery>;
type Page = z.infer<typeof PersonSearchPage>;

/** The words of the search key of `q` (person_search_key in SQL: one definition for both sides). */
export async function keyWords(db: Db, q: string): Promise<string[]> {
  const r = await sql<{ k: string | null }>`SELECT person_search_key(${q}) AS k`.execute(db);
  return (r.rows[0]?.k ?? "").split(" ").filter((w) => w.length > 0);
}

type Executor = Db | Transaction<Database>;

/**
 * The actor's territory (R11.1) as keys of the name index: '@' and the id of each territory at or
 * below the actor's, one of which every person's search_prefixes holds (migration 0019). ANDed with
 * the word beginnings in one GIN scan, where the b-tree of territory ids made a bitmap of every person
 * of a region first.
 */
export function inTerritoryKeys(scope: Scope) {
  return sql<boolean>`p.search_prefixes && ARRAY(SELECT '@' || id::text FROM territory
    WHERE path = ${scope.path} OR path LIKE ${scope.like})`;
}

/** As db/territory-scope.ts inTerritoryIds, with the pattern given (a hot query's parameter). */
function inTerritoryDistricts(scope: Scope) {
  return sql<boolean>`p.territory_id = ANY(ARRAY(SELECT id FROM territory
    WHERE path = ${scope.path} OR path LIKE ${scope.like}))`;
}

/** The actor's territory as the query takes it; null when the role reads persons everywhere. */
export interface Scope {
  readonly path: string;
  readonly like: string;
}

export function scopeOf(ctx: PersonCtx): Scope | null {
  const path = ctx.actor.territoryPath;
  return territoryFilter(ctx.actor, "person").kind === "prefix"
    ? { path, like: territoryLikePattern(path) }
    : null;
}

interface Filters {
  readonly iin?: string | undefined;
  readonly birthDate?: string | undefined;
}

function scoped(ex: Executor, scope: Scope | null, query: Filters, byName: boolean) {
  let base = ex
    .selectFrom("person as p")
    .innerJoin("territory as t", "t.id", "p.territory_id")
    .where("p.merged_into", "is", null);
  if (scope) base = base.where(byName ? inTerritoryKeys(scope) : inTerritoryDistricts(scope));
  if (query.iin) base = base.where("p.iin", "=", query.iin);
  if (query.birthDate) base = base.where("p.birth_date", "=", query.birthDate);
  return base;
}
type Base = ReturnType<typeof scoped>;

async function count(base: Base): Promise<number> {
  const r = await base.select(sql<number>`count(*)::int`.as("n")).executeTakeFirstOrThrow();
  return r.n;
}

function rows(base: Base, key: string | null, page: { limit: number; offset: number }) {
  const score = key
    ? sql<number | null>`word_similarity(${key}, p.search_name)`
    : sql<number | null>`null::real`;
  let list = base
    .select([
      "p.id",
      "p.territory_id",
      "p.merged_into",
      "p.iin",
      "p.last_name_cyr",
      "p.first_name_cyr",
      "p.middle_name_cyr",
      "p.last_name_lat",
      "p.first_name_lat",
      "p.middle_name_lat",
      "p.birth_date",
      "p.sex",
      "t.path as territory_path",
      score.as("score"),
      // The total rides on the rows: one scan of the index instead of two.
      sql<number>`count(*) OVER ()`.as("total"),
    ])
    .limit(page.limit)
    .offset(page.offset);
  if (key) list = list.orderBy("score", "desc");
  return list.orderBy("p.last_name_cyr").orderBy("p.first_name_cyr").orderBy("p.id");
}

/**
 * The page of hits and one audit row per hit in one statement (see auditRowsOf): the search and its
 * audit commit together in one round-trip instead of BEGIN, SELECT, INSERT, COMMIT.
 */
function auditedRows(
  ex: Executor,
  audit: AuditContext,
  list: ReturnType<typeof rows>,
  fields: readonly string[],
  uncleared: { readonly barriers: readonly string[]; readonly any: boolean },
) {
  // A hit behind a barrier the actor does not clear (a victim's card, 001 Art. 83(2)) shows no
  // personal field, and its audit row lists none: the barriers are read for the page's hits only.
  const hidden = sql<boolean>`m.barriers && ${uncleared.barriers}::text[]`;
  return ex
    .with("hits", () => list)
    .with("marked", (qc) =>
      qc
        .selectFrom("hits")
        .select(["id", (uncleared.any ? barriersColumn("id") : sql<string[]>`'{}'::text[]`).as("barriers")]),
    )
    .with("shown", (qc) =>
      qc
        .selectFrom("marked as m")
        .select("m.id")
        .where(sql<boolean>`NOT (${hidden})`),
    )
    .with("hidden", (qc) => qc.selectFrom("marked as m").select("m.id").where(hidden))
    .with("audit", (qc) =>
      auditRowsOf(qc, audit, "shown", { action: "person.read", recordType: "person", fields }),
    )
    .with("audit_hidden", (qc) =>
      auditRowsOf(qc, audit, "hidden", { action: "person.read", recordType: "person", fields: [] }),
    )
    .selectFrom("hits")
    .innerJoin("marked", "marked.id", "hits.id")
    .selectAll("hits")
    .select("marked.barriers")
    .orderBy("score", (ob) => ob.desc().nullsLast())
    .orderBy("last_name_cyr")
    .orderBy("first_name_cyr")
    .orderBy("hits.id");
}

type IinVariant = `${"scoped" | "all"}:${"date" | "any"}:${"barriers" | "plain"}`;

/** The IIN lookup's statement: the hits and their audit rows, one compiled shape per variant. */
const iinLookup = hotQueries(
  (
    db,
    p: AuditContext & {
      iin: string;
      birthDate: string | null;
      path: string | null;
      like: string | null;
      limit: number;
      offset: number;
      fields: string[];
      barriers: string[];
    },
    variant: IinVariant,
  ) => {
    const [scope, date, barriers] = variant.split(":");
    const base = scoped(
      db,
      scope === "scoped" ? { path: p.path!, like: p.like! } : null,
      {
        iin: p.iin,
        birthDate: date === "date" ? p.birthDate! : undefined,
      },
      false,
    );
    return auditedRows(db, p, rows(base, null, p), p.fields, {
      barriers: p.barriers,
      any: barriers === "barriers",
    });
  },
);

/**
 * Searches persons (R1.1) within the actor's territory (R11.1): by IIN exactly, by birth date, and
 * by name in two stages:
 * 1. every word of the query begins a word of the record, in any order and any script —
 *    transliteration variants share the key, so "Сейтқали", "Seitkali" and "Seytkali" meet here —
 *    on the GIN index of the stored word beginnings, ANDed with the actor's districts (wordsBegin);
 * 2. only when that finds nothing, typo-tolerant matching (word_similarity ≥ NAME_MATCH_THRESHOLD) on
 *    the trigram index, which must weigh every record sharing some trigrams and is slower.
 * Best matches first. Merged records are left out. Every hit shown is a read of personal fields: one
 * audit row per hit, written by the very statement that reads the hits (R11.2).
 */
export async function searchPersons(db: Db, pool: pg.Pool, ctx: PersonCtx, query: Query): Promise<Page> {
  // The role must read persons at all; the territory is then enforced by the query itself.
  authorizePerson(ctx.actor, "read", ctx.actor.territoryPath);
  const words = query.q === undefined ? null : await keyWords(db, query.q);
  const empty: Page = { items: [], total: 0, page: query.page, pageSize: query.pageSize };
  if (words !== null && words.length === 0) return empty;
  // Every hit lies in the actor's territory (the query's scope), where the access rule decides the
  // personal fields alike for all; the audit rows are written with that decision, and a hit shows
  // its personal fields only when both that decision and its own check allow it (never unaudited).
  const audited = seesPersonal(ctx.actor, ctx.actor.territoryPath);
  const key = words?.join(" ") ?? null;
  const scope = scopeOf(ctx);
  const base = scoped(db, scope, query, words !== null);
  const matched = words ? wordsBegin(base, words) : base;
  // Barriers the actor does not clear for persons of its territory (R11.1): none for most readers,
  // and then no hit's barriers are read at all.
  const barriers = audited
    ? BARRIERS.filter((b) => personWithheld(ctx.actor, ctx.actor.territoryPath, [b]).length > 0)
    : [];
  const uncleared = { barriers, any: barriers.length > 0 };
  const fields = audited ? PERSON_SUMMARY_FIELDS : [];
  const page = { limit: query.pageSize, offset: (query.page - 1) * query.pageSize };
  // An IIN lookup is an equality on a unique key, whatever the values: built once, planned once per
  // connection (db/hot-query.ts). Name searches keep a plan per query (the trigram index's choice
  // depends on the words).
  let found =
    query.iin && key === null
      ? await iinLookup(
          `${scope ? "scoped" : "all"}:${query.birthDate ? "date" : "any"}:${uncleared.any ? "barriers" : "plain"}`,
        ).all(pool, {
          ...ctx.audit,
          iin: query.iin,
          birthDate: query.birthDate ?? null,
          path: scope?.path ?? null,
          like: scope?.like ?? null,
          ...page,
          fields: [...fields],
          barriers,
        })
      : await auditedRows(db, ctx.audit, rows(matched, key, page), fields, uncleared).execute();
  let total = found[0] ? Number(found[0].total) : 0;
  if (found.length === 0 && query.page > 1) total = await count(matched);
  if (key !== null && found.length === 0 && total === 0) {
    // Rare (a typo): the threshold is a setting, so this stage needs its own transaction.
    [found, total] = await db.transaction().execute(async (trx) => {
      await sql`SET LOCAL pg_trgm.word_similarity_threshold = ${sql.lit(NAME_MATCH_THRESHOLD)}`.execute(trx);
      const fuzzy = scoped(trx, scope, query, true).where(sql<boolean>`${key} <% p.search_name`);
      const f = await auditedRows(trx, ctx.audit, rows(fuzzy, key, page), fields, uncleared).execute();
      // A page past the end has no rows to carry the total.
      return [f, f[0] ? Number(f[0].total) : query.page > 1 ? await count(fuzzy) : 0] as const;
    });
  }
  if (found.length === 0) return { ...empty, total };
  const items = found.map((r) => {
    const visible = audited && seesPersonal(ctx.actor, r.territory_path);
    const withheld = personWithheld(ctx.actor, r.territory_path, barriersOf(r.barriers));
    return {
      ...withholdSummary(toSummary(r, visible), withheld),
      score: r.score === null ? null : Number(r.score),
    };
  });
  return { items, total, page: query.page, pageSize: query.pageSize };
}
