import { sql, type Transaction } from "kysely";
import type { z } from "zod";
import type { PersonSearchPage, PersonSearchQuery } from "@aldyn/contract";
import type { Db } from "../../db/pool.ts";
import type { Database } from "../../db/schema.ts";
import { inTerritory } from "../../db/territory-scope.ts";
import { territoryFilter } from "../../access/scope.ts";
import { recordAuditMany } from "../../audit/record.ts";
import { authorizePerson, PERSON_SUMMARY_FIELDS, seesPersonal, type PersonCtx } from "./person-access.ts";
import { toSummary } from "./person.queries.ts";

/**
 * How close a name must come to a word sequence of a record in the fuzzy stage: pg_trgm's
 * word_similarity (0-1), lowered from its default 0.6 so that one mistyped letter in a short name
 * still finds it. Transliteration variants need no tolerance: they share the search key.
 */
export const NAME_MATCH_THRESHOLD = 0.5;

type Query = z.infer<typeof PersonSearchQuery>;
type Page = z.infer<typeof PersonSearchPage>;

/** The words of the search key of `q` (person_search_key in SQL: one definition for both sides). */
async function keyWords(db: Db, q: string): Promise<string[]> {
  const r = await sql<{ k: string | null }>`SELECT person_search_key(${q}) AS k`.execute(db);
  return (r.rows[0]?.k ?? "").split(" ").filter((w) => w.length > 0);
}

function scoped(trx: Transaction<Database>, ctx: PersonCtx, query: Query) {
  let base = trx
    .selectFrom("person as p")
    .innerJoin("territory as t", "t.id", "p.territory_id")
    .where("p.merged_into", "is", null);
  if (territoryFilter(ctx.actor, "person").kind === "prefix")
    base = base.where(inTerritory("t.path", ctx.actor.territoryPath));
  if (query.iin) base = base.where("p.iin", "=", query.iin);
  if (query.birthDate) base = base.where("p.birth_date", "=", query.birthDate);
  return base;
}
type Base = ReturnType<typeof scoped>;

async function count(base: Base): Promise<number> {
  const r = await base.select(sql<number>`count(*)::int`.as("n")).executeTakeFirstOrThrow();
  return r.n;
}

async function rows(base: Base, key: string | null, query: Query) {
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
  return list.orderBy("p.last_name_cyr").orderBy("p.first_name_cyr").orderBy("p.id").execute();
}

/**
 * Searches persons (R1.1) within the actor's territory (R11.1): by IIN exactly, by birth date, and
 * by name in two stages, both on the GIN trigram index of the search key:
 * 1. every word of the query begins a word of the record (`LIKE '% word%'`), in any order and any
 *    script — transliteration variants share the key, so "Сейтқали", "Seitkali" and "Seytkali" meet
 *    here, fast, because pg_trgm needs all the words' trigrams;
 * 2. only when that finds nothing, typo-tolerant matching (word_similarity ≥ NAME_MATCH_THRESHOLD),
 *    which must weigh every record sharing some trigrams and is slower.
 * Best matches first. Merged records are left out. Every hit shown is a read of personal fields: one
 * audit row per hit, written with the search in one transaction (R11.2).
 */
export async function searchPersons(db: Db, ctx: PersonCtx, query: Query): Promise<Page> {
  // The role must read persons at all; the territory is then enforced by the query itself.
  authorizePerson(ctx.actor, "read", ctx.actor.territoryPath);
  const words = query.q === undefined ? null : await keyWords(db, query.q);
  const empty: Page = { items: [], total: 0, page: query.page, pageSize: query.pageSize };
  if (words !== null && words.length === 0) return empty;
  return db.transaction().execute(async (trx) => {
    const base = scoped(trx, ctx, query);
    const key = words?.join(" ") ?? null;
    // Key words are [a-z]+ only (person_search_key), so they need no LIKE escaping.
    let matched = words ? words.reduce((b, w) => b.where("p.search_name", "like", `% ${w}%`), base) : base;
    let found = await rows(matched, key, query);
    if (key !== null && found.length === 0 && (query.page === 1 || (await count(matched)) === 0)) {
      await sql`SET LOCAL pg_trgm.word_similarity_threshold = ${sql.lit(NAME_MATCH_THRESHOLD)}`.execute(trx);
      matched = base.where(sql<boolean>`${key} <% p.search_name`);
      found = await rows(matched, key, query);
    }
    // A page past the end has no rows to carry the total.
    const total = found[0] ? Number(found[0].total) : query.page > 1 ? await count(matched) : 0;
    if (found.length === 0) return { ...empty, total };
    const hits = found.map((r) => {
      const visible = seesPersonal(ctx.actor, r.territory_path);
      return { visible, hit: { ...toSummary(r, visible), score: r.score === null ? null : Number(r.score) } };
    });
    await recordAuditMany(
      trx,
      ctx.audit,
      hits.map(({ visible, hit }) => ({
        action: "person.read",
        recordType: "person",
        recordId: hit.id,
        fields: visible ? PERSON_SUMMARY_FIELDS : [],
      })),
    );
    return { items: hits.map((h) => h.hit), total, page: query.page, pageSize: query.pageSize };
  });
}
