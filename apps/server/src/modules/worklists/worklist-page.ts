import { sql, type SelectQueryBuilder } from "kysely";
import type { Db } from "../../db/pool.ts";
import type { Database } from "../../db/schema.ts";
import {
  worklistCounts,
  type Counts,
  type StatusConditions,
  type TerritoryCounts,
} from "./worklist-counts.ts";
import type { ResolvedScope } from "./worklist-scope.ts";

/** A worklist row with its person's names (null for a measure on an organisation). */
export type Named<R> = R & { last_name_cyr: string | null; first_name_cyr: string | null };

/**
 * The rows with their persons' names, read for these rows only (one lookup by id): a worklist reads
 * the names of the page it shows, not of every row of the scope that its counts and ordering go
 * through (1,749 persons read to show 50 for one unit at 1,000,000 persons, docs/benchmark.md).
 */
export async function withNames<R extends { person_id: string | null }>(
  db: Db,
  rows: readonly R[],
): Promise<Named<R>[]> {
  const ids = [...new Set(rows.map((r) => r.person_id).filter((id): id is string => id !== null))];
  const persons =
    ids.length === 0
      ? []
      : await db
          .selectFrom("person")
          .select(["id", "last_name_cyr", "first_name_cyr"])
          .where("id", "=", sql<string>`ANY(${ids}::uuid[])`)
          .execute();
  const byId = new Map(persons.map((p) => [p.id, p]));
  return rows.map((r) => {
    const p = r.person_id === null ? undefined : byId.get(r.person_id);
    return { ...r, last_name_cyr: p?.last_name_cyr ?? null, first_name_cyr: p?.first_name_cyr ?? null };
  });
}

/**
 * One page of a worklist, named, with its counts by status and by district. The statuses (overdue,
 * due, upcoming) split every row, so their sum is the total: no separate count pass.
 */
export async function worklistPage<
  DB extends Database,
  TB extends keyof DB,
  O extends { person_id: string | null },
>(
  db: Db,
  base: SelectQueryBuilder<DB, TB, O>,
  order: (q: SelectQueryBuilder<DB, TB, O>) => SelectQueryBuilder<DB, TB, O>,
  scope: ResolvedScope,
  status: StatusConditions,
  q: { page: number; pageSize: number },
): Promise<{ rows: Named<O>[]; total: number; counts: Counts; byTerritory: TerritoryCounts[] }> {
  const [rows, counts] = await Promise.all([
    order(base)
      .limit(q.pageSize)
      .offset((q.page - 1) * q.pageSize)
      .execute(),
    worklistCounts(db, base, scope, status),
  ]);
  const total = counts.counts.overdue + counts.counts.due + counts.counts.upcoming;
  return { rows: await withNames(db, rows), total, ...counts };
}
