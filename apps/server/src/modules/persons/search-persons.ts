import { sql } from "kysely";
import type { z } from "zod";
import type { PersonSearchPage, PersonSearchQuery } from "@aldyn/contract";
import type { Db } from "../../db/pool.ts";
import { inTerritory } from "../../db/territory-scope.ts";
import { territoryFilter } from "../../access/scope.ts";
import { recordAuditMany } from "../../audit/record.ts";
import { authorizePerson, PERSON_SUMMARY_FIELDS, seesPersonal, type PersonCtx } from "./person-access.ts";
import { toSummary } from "./person.queries.ts";

/**
 * How close a name must come to a word sequence of a record to be found: pg_trgm's
 * word_similarity (0-1), lowered from its default 0.6 so that one mistyped letter in a short name
 * still finds it. Transliteration variants need no tolerance: they share the search key.
 */
export const NAME_MATCH_THRESHOLD = 0.5;

type Query = z.infer<typeof PersonSearchQuery>;
type Page = z.infer<typeof PersonSearchPage>;

/**
 * Searches persons (R1.1) within the actor's territory (R11.1): by IIN exactly, by name fuzzily
 * (person_search_key on both sides, pg_trgm `<%` on the GIN index), by birth date; best matches
 * first. Merged records are left out. Every hit shown is a read of personal fields: one audit row
 * per hit, written with the search in one transaction (R11.2).
 */
export async function searchPersons(db: Db, ctx: PersonCtx, query: Query): Promise<Page> {
  // The role must read persons at all; the territory is then enforced by the query itself.
  authorizePerson(ctx.actor, "read", ctx.actor.territoryPath);
  const { page, pageSize, iin, q, birthDate } = query;
  return db.transaction().execute(async (trx) => {
    if (q)
      await sql`SET LOCAL pg_trgm.word_similarity_threshold = ${sql.lit(NAME_MATCH_THRESHOLD)}`.execute(trx);
    let base = trx
      .selectFrom("person as p")
      .innerJoin("territory as t", "t.id", "p.territory_id")
      .where("p.merged_into", "is", null);
    const scope = territoryFilter(ctx.actor, "person");
    if (scope.kind === "prefix") base = base.where(inTerritory("t.path", ctx.actor.territoryPath));
    if (iin) base = base.where("p.iin", "=", iin);
    if (birthDate) base = base.where("p.birth_date", "=", birthDate);
    const key = q ? sql<string>`person_search_key(${q})` : null;
    if (key) base = base.where(sql<boolean>`${key} <% p.search_name`);
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
      ])
      .limit(pageSize)
      .offset((page - 1) * pageSize);
    if (key) list = list.orderBy("score", "desc");
    list = list.orderBy("p.last_name_cyr").orderBy("p.first_name_cyr").orderBy("p.id");
    const rows = await list.execute();
    const total = await base.select(sql<number>`count(*)::int`.as("n")).executeTakeFirstOrThrow();
    const hits = rows.map((r) => {
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
    return { items: hits.map((h) => h.hit), total: total.n, page, pageSize };
  });
}
