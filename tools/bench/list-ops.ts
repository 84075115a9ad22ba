import type pg from "pg";
import { call, type Session } from "./http.ts";
import type { Op } from "./ops.ts";

/**
 * The persons list (apps/server/src/modules/persons/list-persons.ts): a page of 50 with the count, as
 * an inspector sees their district and a region's police head the region or one district of it,
 * sorted by name or by the last measure. The floor is the page, its count and the page's persons as
 * raw SQL (person-list.queries.ts without the audit rows), on migration 0027's person_overview.
 */
function pageSql(scope: string, order: string): string {
  return `WITH page AS (
      SELECT o.person_id AS id, row_number() OVER (ORDER BY ${order}) AS ord FROM person_overview o
      WHERE ${scope} AND NOT (o.barriers && '{victim}'::text[]) ORDER BY ${order} LIMIT 50
    ), total AS (
      SELECT count(*) AS total FROM (SELECT 1 FROM person_overview o
        WHERE ${scope} AND NOT (o.barriers && '{victim}'::text[]) LIMIT 10001) x
    )
    SELECT total.total, p.*, t.path, o.last_measure_kind, o.last_measure_at, o.register_grounds, u.full_name
    FROM total LEFT JOIN page ON true LEFT JOIN person_overview o ON o.person_id = page.id
    LEFT JOIN person p ON p.id = page.id LEFT JOIN territory t ON t.id = p.territory_id
    LEFT JOIN app_user u ON u.id = o.responsible_user_id ORDER BY page.ord`;
}

const BY_NAME = "o.last_name_cyr, o.first_name_cyr, o.person_id";
const BY_MEASURE = "o.last_measure_at DESC NULLS LAST, o.person_id";
const DISTRICT = "o.territory_id = $1::uuid";
const REGION =
  "o.territory_id = ANY(ARRAY(SELECT id FROM territory WHERE path = $1 OR path LIKE $1 || '.%'))";

export async function listOperations(
  base: string,
  pool: pg.Pool,
  inspector: Session,
  head: Session,
  inspectorPath: string,
  headPath: string,
): Promise<Op[]> {
  const d = await pool.query<{ id: string }>("SELECT id FROM territory WHERE path = $1", [inspectorPath]);
  const district = d.rows[0]!.id;
  const op = (name: string, who: Session, query: string, sql: string, arg: string): Op => ({
    name,
    api: async () => {
      await call(base, who, "GET", `/api/v1/persons/list?pageSize=50${query}`);
    },
    sql: async () => {
      await pool.query(sql, [arg]);
    },
  });
  return [
    op("list (district)", inspector, "", pageSql(DISTRICT, BY_NAME), district),
    op("list (district, measure)", inspector, "&sort=lastMeasure", pageSql(DISTRICT, BY_MEASURE), district),
    op("list (region → district)", head, `&territoryId=${district}`, pageSql(DISTRICT, BY_NAME), district),
    op("list (region)", head, "", pageSql(REGION, BY_NAME), headPath),
    op("list (region, measure)", head, "&sort=lastMeasure", pageSql(REGION, BY_MEASURE), headPath),
  ];
}
