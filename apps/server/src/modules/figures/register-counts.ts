import { sql } from "kysely";
import type { Db } from "../../db/pool.ts";
import type pg from "pg";
import { hotQuery } from "../../db/hot-query.ts";
import type { SummaryRows } from "./register-summary-rows.ts";

/** An inclusive range of days; empty when lo > hi. */
type Days = readonly [lo: string, hi: string];

const EMPTY: Days = ["2000-01-02", "2000-01-01"];

function iso(d: Date): string {
  return d.toISOString().slice(0, 10);
}

function utc(day: string): Date {
  return new Date(`${day}T00:00:00Z`);
}

/** The last day of the month of `day`. */
function monthEnd(day: string): string {
  const d = utc(day);
  return iso(new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0)));
}

function nextDay(day: string): string {
  return iso(new Date(utc(day).getTime() + 86_400_000));
}

function previousDay(day: string): string {
  return iso(new Date(utc(day).getTime() - 86_400_000));
}

/**
 * A period as the rows that hold it: the days of its first partial month, its whole months (each one
 * row dated the 1st), the days of its last partial month. A year's period is at most ~70 rows per
 * territory instead of 365.
 */
export function splitPeriod(from: string, to: string): { head: Days; months: Days; tail: Days } {
  if (from > to) return { head: EMPTY, months: EMPTY, tail: EMPTY };
  const firstWhole = from.endsWith("-01") ? from : nextDay(monthEnd(from));
  const lastWholeEnd = monthEnd(to) === to ? to : previousDay(`${to.slice(0, 8)}01`);
  if (firstWhole > lastWholeEnd) {
    // No whole month: the days alone (one or two partial months).
    const cut = monthEnd(from);
    return cut >= to
      ? { head: [from, to], months: EMPTY, tail: EMPTY }
      : { head: [from, cut], months: EMPTY, tail: [nextDay(cut), to] };
  }
  return {
    head: from < firstWhole ? [from, previousDay(firstWhole)] : EMPTY,
    months: [firstWhole, `${lastWholeEnd.slice(0, 8)}01`],
    tail: lastWholeEnd < to ? [nextDay(lastWholeEnd), to] : EMPTY,
  };
}

interface CountRow {
  folded: string;
  territory_path: string | null;
  counter: string | null;
  key: string | null;
  n: number | null;
}

const STOCKS = ["active", "overdue", "running", "m_overdue", "minors"] as const;

// The statement has one shape (eleven ranges, always): built once, prepared on the pool (its planning
// was 0.4-2 ms of a ~3 ms read). The territory rule is inTerritoryRange's with its parts as values.
const RANGES = 11;
const counted = hotQuery(
  (_db, p: { path: string; pathEnd: string; below: string; belowLen: number; ranges: string[] }) => {
    // Each range is its own index range per territory path (the lateral aggregate keeps the planner
    // from scanning all the territory's rows once and filtering: 7,000 rows for a region at 1,000,000
    // persons against ~350).
    return sql<CountRow>`
    SELECT f.folded_through::text AS folded, c.territory_path, c.counter, c.key, c.n
    FROM register_count_fold f LEFT JOIN LATERAL (
      SELECT c.territory_path, r.counter, c.key, sum(c.n)::int AS n
      FROM (SELECT x.a[3 * i + 1] AS counter, x.a[3 * i + 2]::date AS lo, x.a[3 * i + 3]::date AS hi
        FROM (SELECT ${p.ranges}::text[] AS a) x, generate_series(0, ${sql.lit(RANGES - 1)}) i) r
      CROSS JOIN LATERAL (
        SELECT c.territory_path, c.key, sum(c.n) AS n FROM register_count c
        WHERE c.territory_path = ANY(ARRAY(SELECT t.path FROM territory t
            WHERE t.path ~>=~ ${p.path} AND t.path ~<~ ${p.pathEnd}
              AND (t.path = ${p.path} OR substr(t.path, 1, ${p.belowLen}) = ${p.below})))
          AND c.counter = r.counter AND c.day BETWEEN r.lo AND r.hi
        GROUP BY 1, 2) c
      GROUP BY 1, 2, 3) c ON true`;
  },
);

/**
 * The summary's counts from the counts the writing transactions keep (migration 0025): per territory
 * path of `path`, the stocks summed up to `today` (their row folded at the last night and the days
 * since) and the openings and closings summed over the period. One statement; each of its ranges is an
 * index range per territory path, so its cost follows the number of districts, not of entries.
 * Returns null when the stocks are folded past `today` (a summary asked for an earlier day): the
 * caller then reads the reference query.
 */
export async function countedRows(
  on: pg.Pool | Db,
  path: string,
  today: string,
  from: string,
  to: string,
): Promise<SummaryRows | null> {
  const opened = splitPeriod(from, to);
  const closed = splitPeriod(from, to < today ? to : today);
  const ranges: [string, Days][] = [
    ...STOCKS.map((c): [string, Days] => [c, ["-infinity", today]]),
    ["opened", opened.head],
    ["opened_m", opened.months],
    ["opened", opened.tail],
    ["closed", closed.head],
    ["closed_m", closed.months],
    ["closed", closed.tail],
  ];
  if (ranges.length !== RANGES) throw new Error("The kept counts' statement reads eleven ranges.");
  const below = `${path}.`;
  const rows = await counted.all(on, {
    path,
    pathEnd: `${path}/`,
    below,
    belowLen: below.length,
    ranges: ranges.flatMap(([c, [lo, hi]]) => [c, lo, hi]),
  });
  const r = { rows };
  const folded = r.rows[0]?.folded ?? "-infinity";
  if (folded !== "-infinity" && folded > today) return null;
  const entries = new Map<string, SummaryRows["entries"][number]>();
  const measures = new Map<string, SummaryRows["measures"][number]>();
  const minors: SummaryRows["minors"] = [];
  for (const row of r.rows) {
    if (row.territory_path === null || row.counter === null || row.key === null || row.n === null) continue;
    const { territory_path, counter, key, n } = row;
    const at = `${territory_path}\u0000${key}`;
    if (counter === "running" || counter === "m_overdue") {
      const m = measures.get(at) ?? { territory_path, kind: key, running: 0, overdue: 0 };
      if (counter === "running") m.running += n;
      else m.overdue += n;
      measures.set(at, m);
    } else if (counter === "minors") {
      minors.push({ territory_path, minors: n });
    } else {
      const e = entries.get(at) ?? {
        territory_path,
        ground: key,
        active: 0,
        opened: 0,
        closed: 0,
        overdue: 0,
      };
      if (counter === "active") e.active += n;
      else if (counter === "overdue") e.overdue += n;
      else if (counter.startsWith("opened")) e.opened += n;
      else e.closed += n;
      entries.set(at, e);
    }
  }
  // As the reference: a kind is named only where a measure of it runs.
  return {
    entries: [...entries.values()],
    measures: [...measures.values()].filter((m) => m.running > 0),
    minors,
  };
}
