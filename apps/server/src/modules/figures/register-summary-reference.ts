import { sql } from "kysely";
import type { Db } from "../../db/pool.ts";
import { inTerritoryRange } from "../../db/territory-scope.ts";
import type { SummaryRows } from "./register-summary-rows.ts";

/**
 * The first day off the register as the projections know it: the day after the last day (terminations
 * 59(8), expiry of the measures 59(7)) or the automatic end (18th birthday 59(8)(4)), whichever comes
 * first. `least` ignores nulls; null means open-ended. Annulled placements (59(5)) and entries not yet
 * placed never count: the filter on status keeps them out.
 */
export const OFF_DAY = sql`least(e.last_day + 1, e.auto_end_on)`;
export const PLACED = sql`e.status IN ('active', 'terminated')`;

/**
 * The born-after day of a minor on `today`: under 18 means born after this day 18 years ago
 * (29 February read as 28 in a year that has none).
 */
export function adultBornOn(today: string): string {
  return `${Number(today.slice(0, 4)) - 18}${today.slice(4)}`.replace("-02-29", "-02-28");
}

/**
 * The summary's counts straight from the tables, in three grouped passes over the territory's rows
 * (entries, running measures, persons under 18): the definition the kept counts (register-counts.ts,
 * migration 0025) must always agree with, and what a summary for a day before their last fold reads.
 * Its cost grows with the data (one index-only range scan per pass, migration 0017).
 */
export async function referenceRows(
  db: Db,
  path: string,
  today: string,
  from: string,
  to: string,
): Promise<SummaryRows> {
  const scope = (col: string) => inTerritoryRange(col, path);
  const active = sql`(${PLACED} AND e.placed_on <= ${today} AND (${OFF_DAY} IS NULL OR ${OFF_DAY} > ${today}))`;
  const entries = await sql<SummaryRows["entries"][number]>`
    SELECT e.territory_path, e.ground,
      count(*) FILTER (WHERE ${active})::int AS active,
      count(*) FILTER (WHERE e.placed_on BETWEEN ${from} AND ${to})::int AS opened,
      count(*) FILTER (WHERE ${OFF_DAY} BETWEEN ${from} AND ${to} AND ${OFF_DAY} <= ${today})::int AS closed,
      count(*) FILTER (WHERE ${active} AND e.next_control_due < ${today})::int AS overdue
    FROM register_entry e
    WHERE ${PLACED} AND ${scope("e.territory_path")}
    GROUP BY e.territory_path, e.ground`.execute(db);
  const measures = await sql<SummaryRows["measures"][number]>`
    SELECT m.territory_path, m.kind, count(*)::int AS running,
      count(*) FILTER (WHERE m.next_control_due < ${today})::int AS overdue
    FROM measure m
    WHERE m.status = 'active' AND (m.valid_until IS NULL OR m.valid_until >= ${today})
      AND ${scope("m.territory_path")}
    GROUP BY m.territory_path, m.kind`.execute(db);
  // A person with entries under two paths counts under each; within a path, once.
  const minors = await sql<SummaryRows["minors"][number]>`
    SELECT e.territory_path, count(DISTINCT e.person_id)::int AS minors
    FROM register_entry e JOIN person p ON p.id = e.person_id
    WHERE ${active} AND ${scope("e.territory_path")} AND p.birth_date > ${adultBornOn(today)}
    GROUP BY e.territory_path`.execute(db);
  return { entries: entries.rows, measures: measures.rows, minors: minors.rows };
}
