import { sql, type Transaction } from "kysely";
import type pg from "pg";
import type { z } from "zod";
import type { PersonSearchPage, PersonSearchQuery } from "@aldyn/contract";
import type { Db } from "../../db/pool.ts";
import type { Database } from "../../db/schema.ts";
import { inTerritoryIds } from "../../db/territory-scope.ts";
import { territoryFilter, territoryLikePattern } from "../../access/scope.ts";
import { auditRowsOf } from "../../audit/record.ts";
import { runPrepared } from "../../http/prepared.ts";
import { authorizePerson, PERSON_SUMMARY_FIELDS, seesPersonal, type PersonCtx } from "./person-access.ts";
import { toSummary } from "./person.queries.ts";
import { BARRIERS, type Barrier } from "../../access/confidentiality.ts";
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
 * "Every word of the query begins a word of the record" (LIKE '% w%' on the search name): one GIN
 * key per word — its first six letters, of the stored word beginnings — and, for a longer word or a
 * single letter, the exact test on the rows the index leaves (strpos, which no index can take, so
 * the planner keeps the bitmap of the beginnings).
 */
function wordsBegin<B extends Base>(base: B, words: readonly string[]): B {
  const keys = [...new Set(words.filter((w) => w.length >= 2).map((w) => w.slice(0, PREFIX_MAX)))];
  let q = base;
  if (keys.length > 0) q = q.where(sql<boolean>`p.search_prefixes @> ${sql.val(keys)}::text[]`) as B;
  for (const w of words)
    if (w.length < 2 || w.length > PREFIX_MAX)
      q = q.where(sql<boolean>`strpos(p.search_name, ${` ${w}`}) > 0`) as B;
  return q;
}

type Query = z.infer<typeof PersonSearchQuery>;
type Page = z.infer<typeof PersonSearchPage>;

/** The words of the search key of `q` (person_search_key in SQL: one definition for both sides). */
async function keyWords(db: Db, q: string): Promise<string[]> {
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
function inTerritoryKeys(actorPath: string) {
  return sql<boolean>`p.search_prefixes && ARRAY(SELECT '@' || id::text FROM territory
    WHERE path = ${actorPath} OR path LIKE ${territoryLikePattern(actorPath)})`;
}

function scoped(ex: Executor, ctx: PersonCtx, query: Query, byName: boolean) {
  let base = ex
    .selectFrom("person as p")
    .innerJoin("territory as t", "t.id", "p.territory_id")
    .where("p.merged_into", "is", null);
  if (territoryFilter(ctx.actor, "person").kind === "prefix")
    base = base.where(
      byName
        ? inTerritoryKeys(ctx.actor.territoryPath)
        : inTerritoryIds("p.territory_id", ctx.actor.territoryPath),
    );
  if (query.iin) base = base.where("p.iin", "=", query.iin);
  if (query.birthDate) base = base.where("p.birth_date", "=", query.birthDate);
  return base;
}
type Base = ReturnType<typeof scoped>;

async function count(base: Base): Promise<number> {
  const r = await base.select(sql<number>`count(*)::int`.as("n")).executeTakeFirstOrThrow();
  return r.n;
}

function rows(base: Base, key: string | null, query: Query) {
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
    .limit(query.pageSize)
    .offset((query.page - 1) * query.pageSize);
  if (key) list = list.orderBy("score", "desc");
  return list.orderBy("p.last_name_cyr").orderBy("p.first_name_cyr").orderBy("p.id");
}

/**
 * The page of hits and one audit row per hit in one statement (see auditRowsOf): the search and its
 * audit commit together in one round-trip instead of BEGIN, SELECT, INSERT, COMMIT.
 */
function auditedRows(
  ex: Executor,
  ctx: PersonCtx,
  list: ReturnType<typeof rows>,
  personal: boolean,
  uncleared: readonly Barrier[],
) {
  // A hit behind a barrier the actor does not clear (a victim's card, 001 Art. 83(2)) shows no
  // personal field, and its audit row lists none: the barriers are read for the page's hits only.
  const hidden = sql<boolean>`m.barriers && ${[...uncleared]}::text[]`;
  return ex
    .with("hits", () => list)
    .with("marked", (qc) =>
      qc
        .selectFrom("hits")
        .select([
          "id",
          (uncleared.length > 0 ? barriersColumn("id") : sql<string[]>`'{}'::text[]`).as("barriers"),
        ]),
    )
    .with("shown", (qc) =>
      qc
        .selectFrom("marked as m")
        .select("m.id")
        .where(sql<boolean>`NOT (${hidden})`),
    )
    .with("hidden", (qc) => qc.selectFrom("marked as m").select("m.id").where(hidden))
    .with("audit", (qc) =>
      auditRowsOf(qc, ctx.audit, "shown", {
        action: "person.read",
        recordType: "person",
        fields: personal ? PERSON_SUMMARY_FIELDS : [],
      }),
    )
    .with("audit_hidden", (qc) =>
      auditRowsOf(qc, ctx.audit, "hidden", { action: "person.read", recordType: "person", fields: [] }),
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
  const base = scoped(db, ctx, query, words !== null);
  const matched = words ? wordsBegin(base, words) : base;
  // Barriers the actor does not clear for persons of its territory (R11.1): none for most readers,
  // and then no hit's barriers are read at all.
  const uncleared = audited
    ? BARRIERS.filter((b) => personWithheld(ctx.actor, ctx.actor.territoryPath, [b]).length > 0)
    : [];
  const first = auditedRows(db, ctx, rows(matched, key, query), audited, uncleared);
  // An IIN lookup is an equality on a unique key, whatever the values: planned once per connection.
  // Name searches keep a plan per query (the trigram index's choice depends on the words).
  let found = query.iin && key === null ? await runPrepared(pool, first) : await first.execute();
  let total = found[0] ? Number(found[0].total) : 0;
  if (found.length === 0 && query.page > 1) total = await count(matched);
  if (key !== null && found.length === 0 && total === 0) {
    // Rare (a typo): the threshold is a setting, so this stage needs its own transaction.
    [found, total] = await db.transaction().execute(async (trx) => {
      await sql`SET LOCAL pg_trgm.word_similarity_threshold = ${sql.lit(NAME_MATCH_THRESHOLD)}`.execute(trx);
      const fuzzy = scoped(trx, ctx, query, true).where(sql<boolean>`${key} <% p.search_name`);
      const f = await auditedRows(trx, ctx, rows(fuzzy, key, query), audited, uncleared).execute();
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
