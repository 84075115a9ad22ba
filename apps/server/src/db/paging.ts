import { sql, type SelectQueryBuilder } from "kysely";
import type { Database } from "./schema.ts";

/** `%text%` for ILIKE with the user's `\ % _` taken literally. */
export function containsPattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, "\\$&")}%`;
}

/**
 * One page of a list and the total count of the same filtered query (every list is paginated).
 * The caller orders `rows`; `count` reuses the filters without the selection.
 */
export async function pageOf<DB extends Database, TB extends keyof DB, O>(
  base: SelectQueryBuilder<DB, TB, O>,
  order: (q: SelectQueryBuilder<DB, TB, O>) => SelectQueryBuilder<DB, TB, O>,
  page: number,
  pageSize: number,
): Promise<{ rows: O[]; total: number }> {
  const [rows, total] = await Promise.all([
    order(base)
      .limit(pageSize)
      .offset((page - 1) * pageSize)
      .execute(),
    base
      .clearSelect()
      .select(sql<number>`count(*)::int`.as("n"))
      .executeTakeFirstOrThrow() as Promise<{ n: number }>,
  ]);
  return { rows, total: total.n };
}
