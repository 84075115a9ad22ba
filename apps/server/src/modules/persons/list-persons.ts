import { sql, type RawBuilder } from "kysely";
import type pg from "pg";
import { legalDateOf } from "@aldyn/law";
import {
  MEASURE_KIND_IDS,
  type PersonListItem,
  type PersonListPage,
  type PersonListQuery,
  PERSON_LIST_COUNT_CAP,
} from "@aldyn/contract";
import { can } from "../../access/can.ts";
import { BARRIERS } from "../../access/confidentiality.ts";
import { territoryFilter, territoryLikePattern } from "../../access/scope.ts";
import { pathWithin } from "../../access/territory.ts";
import type { Db } from "../../db/pool.ts";
import { AppError } from "../../errors/app-error.ts";
import { authorizePerson, PERSON_SUMMARY_FIELDS, seesPersonal, type PersonCtx } from "./person-access.ts";
import { barriersOf, personWithheld, withholdSummary } from "./person-confidentiality.ts";
import { toSummary } from "./person.queries.ts";
import {
  listStatement,
  withSimilarityThreshold,
  type ListRow,
  type ListWhere,
} from "./person-list.queries.ts";
import { inTerritoryKeys, keyWords, NAME_MATCH_THRESHOLD, wordConditions } from "./search-persons.ts";

/** Whether the actor reads register entries in its territory (001 Art. 59(6)): the register column. */
export function readsRegister(ctx: PersonCtx): boolean {
  return can(ctx.actor, "read", { type: "register_entry", territoryPath: ctx.actor.territoryPath }).allowed;
}

/** A territory the list covers: the actor's own or one inside it. */
interface Territory {
  readonly id: string | null;
  readonly path: string;
  readonly level: string;
}

/** The territory named by `territoryId`: 400 when unknown, 403 outside the actor's (R11.1). */
async function narrowedTerritory(db: Db, ctx: PersonCtx, territoryId: string): Promise<Territory> {
  const t = await db
    .selectFrom("territory")
    .select(["id", "path", "level"])
    .where("id", "=", territoryId)
    .executeTakeFirst();
  if (!t) throw new AppError("validation.failed", "No such territory.", { field: "territoryId" });
  if (!pathWithin(ctx.actor.territoryPath, t.path))
    throw new AppError("access.territory", "The territory lies outside your own.", { field: "territoryId" });
  return t;
}

/**
 * The territory condition on person_overview's district column (R11.1), in the form its indexes take:
 * one district is an equality (its page walks that district's part of the index in order), a region
 * the ids of its districts, the country none.
 */
function territoryCondition(t: Territory | null): RawBuilder<boolean> | null {
  if (t === null) return null;
  if (t.level === "district")
    return t.id === null
      ? sql<boolean>`o.territory_id = (SELECT id FROM territory WHERE path = ${t.path})`
      : sql<boolean>`o.territory_id = ${t.id}::uuid`;
  return sql<boolean>`o.territory_id = ANY(ARRAY(SELECT id FROM territory
    WHERE path = ${t.path} OR path LIKE ${territoryLikePattern(t.path)}))`;
}

/** The bit of a kind in person_overview.measure_kind_bits (SQL measure_kind_bit, migration 0027). */
export function measureKindBit(kind: string): number {
  const i = (MEASURE_KIND_IDS as readonly string[]).indexOf(kind);
  return i < 0 ? 0 : 1 << i;
}

/** The personal fields, and the parts of the card, a row of the list shows (its audit row names them). */
function listFields(register: boolean): string[] {
  return [...PERSON_SUMMARY_FIELDS, ...(register ? ["registerGrounds"] : []), "lastMeasure"];
}

/**
 * The persons list (R1.1, R3; R11.1, R11.2): the persons of the actor's territory — narrowed to one
 * district, to those on the register or not, with a measure of a kind, or of one responsible official
 * — with where their prevention work stands, sorted and paged; searched by name or IIN as
 * `searchPersons` does. Roles that do not read register entries (001 Art. 59(6)) get neither the
 * register nor the responsible official, and are refused those filters (403 access.role).
 *
 * Confidential persons (a victim's card, 001 Art. 83(2)): for a reader who does not clear the barrier,
 * a person is found only by name or IIN — shown as the search shows it, without personal fields and
 * without anything of the card — and never by browsing or by what the card would tell (a filter on
 * the register, measures or responsible official), so neither the rows nor their order tell it.
 */
export async function listPersons(
  db: Db,
  pool: pg.Pool | undefined,
  ctx: PersonCtx,
  query: PersonListQuery,
  now: Date,
): Promise<PersonListPage> {
  authorizePerson(ctx.actor, "read", ctx.actor.territoryPath);
  const register = readsRegister(ctx);
  const responsibleId = query.mine ? ctx.actor.userId : query.responsibleId;
  if (!register && (query.register !== undefined || responsibleId !== undefined)) {
    throw new AppError(
      "access.role",
      "Your role does not read the preventive register (001 Art. 59(6)): no register or responsible filter.",
      { field: query.register !== undefined ? "register" : query.mine ? "mine" : "responsibleId" },
    );
  }
  const today = legalDateOf(now);
  const empty: PersonListPage = {
    items: [],
    total: 0,
    page: query.page,
    pageSize: query.pageSize,
    totalIsLowerBound: false,
    registerShown: register,
    today,
  };
  const words = query.q === undefined ? null : await keyWords(db, query.q);
  if (words !== null && words.length === 0) return empty;
  const key = words?.join(" ") ?? null;
  const searching = key !== null || query.iin !== undefined;

  const national = territoryFilter(ctx.actor, "person").kind === "all";
  const own: Territory | null = national
    ? null
    : { id: null, path: ctx.actor.territoryPath, level: ctx.actor.territoryLevel };
  const narrowed = query.territoryId ? await narrowedTerritory(db, ctx, query.territoryId) : null;

  const audited = seesPersonal(ctx.actor, ctx.actor.territoryPath);
  const uncleared = audited
    ? BARRIERS.filter((b) => personWithheld(ctx.actor, ctx.actor.territoryPath, [b]).length > 0)
    : [];

  const overview: RawBuilder<boolean>[] = [];
  const person: RawBuilder<boolean>[] = [];
  const scope = territoryCondition(narrowed ?? own);
  if (key !== null && own !== null) {
    // The name search's own index takes the territory too (search-persons.ts inTerritoryKeys).
    person.push(inTerritoryKeys({ path: own.path, like: territoryLikePattern(own.path) }));
    if (narrowed) overview.push(territoryCondition(narrowed)!);
  } else if (scope) overview.push(scope);
  if (query.iin !== undefined) person.push(sql<boolean>`p.iin = ${query.iin}`);
  const named = words !== null ? wordConditions(words) : [];
  const filtered =
    query.register !== undefined || query.measureKind !== undefined || responsibleId !== undefined;
  if (query.register === "on") overview.push(sql<boolean>`o.register_until > ${today}::date`);
  if (query.register === "off")
    overview.push(sql<boolean>`(o.register_until IS NULL OR o.register_until <= ${today}::date)`);
  if (query.measureKind !== undefined)
    overview.push(sql<boolean>`o.measure_kind_bits & ${measureKindBit(query.measureKind)} <> 0`);
  if (responsibleId !== undefined)
    overview.push(sql<boolean>`o.responsible_user_id = ${responsibleId}::uuid`);
  if (uncleared.length > 0 && (!searching || filtered))
    overview.push(sql<boolean>`NOT (o.barriers && ${uncleared}::text[])`);

  const sort = query.sort ?? (key !== null ? "relevance" : "name");
  const order = query.order ?? (sort === "lastMeasure" ? "desc" : "asc");
  const statement = (where: ListWhere, on: Db, prepared?: pg.Pool) =>
    listStatement(
      on,
      {
        where,
        order: { sort, order },
        limit: query.pageSize,
        offset: (query.page - 1) * query.pageSize,
        today,
        uncleared,
        audit: ctx.audit,
        fields: audited ? listFields(register) : [],
      },
      prepared,
    );
  // A name search keeps a plan of its own (the name indexes' choice depends on the words, as in
  // searchPersons); the rest are prepared.
  let rows = await statement(
    { person: searching ? [...person, ...named] : null, overview, key },
    db,
    key === null ? pool : undefined,
  );
  if (key !== null && (rows[0]?.total ?? 0) === 0) {
    // A typo: nothing begins with the words, so the typo-tolerant stage (as searchPersons), whose
    // threshold is a setting of its own transaction.
    const fuzzy = [...person, sql<boolean>`${key} <% p.search_name`];
    rows = await withSimilarityThreshold(db, NAME_MATCH_THRESHOLD, (trx) =>
      statement({ person: fuzzy, overview, key }, trx),
    );
  }
  const total = rows[0]?.total ?? 0;
  const items = rows.filter((r) => r.id !== null).map((r) => toItem(ctx, r, audited, register));
  return {
    ...empty,
    items,
    total: Math.min(total, PERSON_LIST_COUNT_CAP),
    totalIsLowerBound: total > PERSON_LIST_COUNT_CAP,
  };
}

function toItem(ctx: PersonCtx, r: ListRow, audited: boolean, register: boolean): PersonListItem {
  const visible = audited && seesPersonal(ctx.actor, r.territory_path);
  const withheld = personWithheld(ctx.actor, r.territory_path, barriersOf(r.barriers));
  const shown = !r.hidden && withheld.length === 0;
  const summary = withholdSummary(toSummary({ ...r, id: r.id! }, visible), withheld);
  return {
    ...summary,
    district: { id: r.territory_id, name: { kk: r.name_kk, ru: r.name_ru, en: r.name_en } },
    // Two entries on one ground (a measure of each) are one ground to the reader.
    register: register && shown ? { grounds: [...new Set(r.grounds)] } : null,
    lastMeasure:
      shown && r.last_measure_kind !== null && r.last_measure_at !== null
        ? { kind: r.last_measure_kind, issuedAt: new Date(r.last_measure_at).toISOString() }
        : null,
    responsible:
      register && shown && r.responsible_user_id !== null && r.responsible_name !== null
        ? { id: r.responsible_user_id, fullName: r.responsible_name }
        : null,
  };
}
