import { sql, type Expression, type RawBuilder, type SqlBool } from "kysely";
import type pg from "pg";
import type { Db } from "../../db/pool.ts";
import { runPreparedCompiled } from "../../http/prepared.ts";
import { childTerritory, type ResolvedScope } from "./worklist-scope.ts";

export interface Counts {
  overdue: number;
  due: number;
  upcoming: number;
}

export interface TerritoryCounts extends Counts {
  territoryId: string | null;
  path: string;
}

/** The status conditions over the columns of the counted rows, aliased `c`. */
export type StatusConditions = Record<keyof Counts, RawBuilder<SqlBool>>;

/**
 * The counts above a worklist: by status and, when the shown territory has districts (a region, the
 * Republic), by the territory one level below — in one pass, the totals being the sum of the groups.
 * `base` is the worklist's filtered query with a `territory_path` column.
 */
export async function worklistCounts(
  db: Db,
  base: Expression<unknown>,
  scope: ResolvedScope,
  status: StatusConditions,
  pool?: pg.Pool,
): Promise<{ counts: Counts; byTerritory: TerritoryCounts[] }> {
  // Prepared on the pool when the caller has one (http/prepared.ts), else a plain query.
  const run = <R>(q: RawBuilder<R>): Promise<R[]> =>
    pool ? runPreparedCompiled(pool, q.compile(db)) : q.execute(db).then((r) => r.rows);
  const filters = sql`count(*) filter (where ${status.overdue})::int as overdue,
    count(*) filter (where ${status.due})::int as due,
    count(*) filter (where ${status.upcoming})::int as upcoming`;
  if (!scope.hasChildren) {
    const rows = await run(sql<Counts>`select ${filters} from (${base}) as c`);
    return { counts: rows[0] ?? { overdue: 0, due: 0, upcoming: 0 }, byTerritory: [] };
  }
  const child = childTerritory("c.territory_path", scope);
  const rows = await run(sql<Counts & { path: string; territory_id: string | null }>`
    select g.path, t.id as territory_id, g.overdue, g.due, g.upcoming
    from (select ${child} as path, ${filters} from (${base}) as c group by 1) as g
    left join territory t on t.path = g.path
    order by g.path`);
  const counts = { overdue: 0, due: 0, upcoming: 0 };
  for (const r of rows) {
    counts.overdue += r.overdue;
    counts.due += r.due;
    counts.upcoming += r.upcoming;
  }
  return {
    counts,
    byTerritory: rows.map((r) => ({
      territoryId: r.territory_id,
      path: r.path,
      overdue: r.overdue,
      due: r.due,
      upcoming: r.upcoming,
    })),
  };
}
