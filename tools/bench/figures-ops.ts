import type pg from "pg";
import { call, type Session } from "./http.ts";
import { inRange, type Op } from "./ops.ts";
import { splitPeriod } from "../../apps/server/src/modules/figures/register-counts.ts";

/**
 * The demo analyst works in the demo region; the national figures are for national readers (can():
 * aggregate_report at the country root). The tools make one: `bench.analyst` in the synthetic
 * country-level body, with the demo analyst's password hash (so the demo password logs in). Analysts
 * see aggregates only, so this user can read nothing personal.
 */
export async function ensureNationalAnalyst(pool: pg.Pool): Promise<string> {
  const r = await pool.query(
    `INSERT INTO app_user (username, full_name, body_id, roles, password_hash, must_change_password, active)
     SELECT 'bench.analyst', 'Benchmark analyst (national)', b.id, ARRAY['analyst'], u.password_hash, false, true
     FROM app_user u, body b JOIN territory t ON t.id = b.territory_id
     WHERE u.username = 'analyst' AND t.level = 'country' AND b.name_en = 'synthetic'
     ON CONFLICT (username) DO NOTHING`,
  );
  const exists = await pool.query("SELECT 1 FROM app_user WHERE username = 'bench.analyst'");
  if (exists.rowCount === 0 && r.rowCount === 0) {
    throw new Error("No synthetic country body: load synthetic data first (npm run seed:synthetic).");
  }
  return "bench.analyst";
}

/**
 * The three passes of the register summary (apps/server/src/modules/figures/register-summary.ts), with
 * its territory rule in range form (`inRange`): $1 the path, $2 path + '/'.
 */
const OFF = "least(e.last_day + 1, e.auto_end_on)";
const ACTIVE = `(e.status IN ('active', 'terminated') AND e.placed_on <= $3 AND (${OFF} IS NULL OR ${OFF} > $3))`;
const SUMMARY_SQL = [
  `SELECT e.territory_path, e.ground, count(*) FILTER (WHERE ${ACTIVE}) AS active,
     count(*) FILTER (WHERE e.placed_on BETWEEN $4 AND $3) AS opened,
     count(*) FILTER (WHERE ${OFF} BETWEEN $4 AND $3) AS closed,
     count(*) FILTER (WHERE ${ACTIVE} AND e.next_control_due < $3) AS overdue
   FROM register_entry e WHERE e.status IN ('active', 'terminated') AND ${inRange("e.territory_path")}
   GROUP BY 1, 2`,
  `SELECT m.territory_path, m.kind, count(*), count(*) FILTER (WHERE m.next_control_due < $3)
   FROM measure m WHERE m.status = 'active' AND (m.valid_until IS NULL OR m.valid_until >= $3)
     AND ${inRange("m.territory_path")} GROUP BY 1, 2`,
  `SELECT e.territory_path, count(DISTINCT e.person_id) FROM register_entry e JOIN person p ON p.id = e.person_id
   WHERE ${ACTIVE} AND ${inRange("e.territory_path")}
     AND p.birth_date > $3::date - interval '18 years' GROUP BY 1`,
];

/**
 * The register summary as the API reads it now (modules/figures/register-counts.ts): the counts the
 * writing transactions keep (migration 0025), one index range per counter and district — the stocks
 * up to today, the openings and closings of the period split into days and whole months (splitPeriod).
 * $1 the path, $2 path + '/', then (counter, from, to) triples.
 */
function countsSql(ranges: number): string {
  const values = Array.from(
    { length: ranges },
    (_, i) => `($${3 * i + 3}::text, $${3 * i + 4}::date, $${3 * i + 5}::date)`,
  );
  return `SELECT f.folded_through, c.territory_path, c.counter, c.key, c.n
    FROM register_count_fold f LEFT JOIN LATERAL (
      SELECT c.territory_path, r.counter, c.key, sum(c.n)::int AS n
      FROM (VALUES ${values.join(", ")}) r(counter, lo, hi)
      CROSS JOIN LATERAL (
        SELECT c.territory_path, c.key, sum(c.n) AS n FROM register_count c
        WHERE c.territory_path = ANY(ARRAY(SELECT t.path FROM territory t WHERE ${inRange("t.path")}))
          AND c.counter = r.counter AND c.day BETWEEN r.lo AND r.hi
        GROUP BY 1, 2) c
      GROUP BY 1, 2, 3) c ON true`;
}

function summaryRanges(today: string, from: string): string[] {
  const period = splitPeriod(from, today);
  const ranges: [string, readonly [string, string]][] = [
    ...["active", "overdue", "running", "m_overdue", "minors"].map(
      (c): [string, readonly [string, string]] => [c, ["-infinity", today]],
    ),
    ["opened", period.head],
    ["opened_m", period.months],
    ["opened", period.tail],
    ["closed", period.head],
    ["closed_m", period.months],
    ["closed", period.tail],
  ];
  return ranges.flatMap(([c, [lo, hi]]) => [c, lo, hi]);
}

/**
 * The five passes of the national figures (apps/server/src/modules/figures/national-figures.ts): the
 * first two take the year's instants, the other three its first and last day.
 */
const NATIONAL_SQL = [
  `SELECT m.territory_path, m.kind, count(*) FROM measure m
   WHERE m.issued_at >= $1 AND m.issued_at < $2 GROUP BY 1, 2`,
  `SELECT m.territory_path, count(*) FILTER (WHERE f.type = 'control_check'), count(*) FILTER (WHERE f.type = 'violation')
   FROM measure_fact f JOIN measure m ON m.id = f.measure_id
   WHERE f.type IN ('control_check', 'violation') AND f.at >= $1 AND f.at < $2 GROUP BY 1`,
  `SELECT m.territory_path, count(*) FROM measure m
   WHERE m.next_control_due IS NOT NULL AND m.status = 'active' AND m.next_control_due BETWEEN $1 AND $2
     AND m.next_control_due < current_date AND (m.valid_until IS NULL OR m.valid_until >= current_date) GROUP BY 1`,
  `SELECT e.territory_path, count(*) FILTER (WHERE e.placed_on BETWEEN $1 AND $2),
     count(*) FILTER (WHERE ${OFF} BETWEEN $1 AND least($2::date, current_date)),
     count(*) FILTER (WHERE e.placed_on <= least($2::date, current_date)
       AND (${OFF} IS NULL OR ${OFF} > least($2::date, current_date))),
     count(*) FILTER (WHERE e.status = 'active' AND (${OFF} IS NULL OR ${OFF} > current_date)
       AND e.next_control_due BETWEEN $1 AND $2 AND e.next_control_due < current_date)
   FROM register_entry e WHERE e.status IN ('active', 'terminated') GROUP BY 1`,
  `SELECT e.territory_path, count(*) FROM register_fact f JOIN register_entry e ON e.id = f.entry_id
   WHERE f.type = 'control_check' AND f."on" BETWEEN $1 AND $2 GROUP BY 1`,
];

/** The grouping of the per-official workload (modules/figures/workload.ts) without its audit row. */
const WORKLOAD_SQL = `WITH work AS (
    SELECT e.placed_by_user AS official, 1 AS entry, 0 AS measure, e.next_control_due AS due FROM register_entry e
    WHERE e.status = 'active' AND (e.last_day IS NULL OR e.last_day >= $3) AND ${inRange("e.territory_path")}
    UNION ALL
    SELECT m.issuer_user_id, 0, 1, m.next_control_due FROM measure m
    WHERE m.status = 'active' AND (m.valid_until IS NULL OR m.valid_until >= $3) AND ${inRange("m.territory_path")}
  ), per AS (
    SELECT official, sum(entry) AS entries, sum(measure) AS measures,
      count(*) FILTER (WHERE due < $3) AS overdue,
      count(*) FILTER (WHERE due >= $3 AND due <= $3::date + 7) AS due
    FROM work GROUP BY official
  )
  SELECT u.id, u.full_name, p.*, count(*) OVER () FROM per p JOIN app_user u ON u.id = p.official
  ORDER BY p.overdue DESC, p.due DESC, p.entries + p.measures DESC, u.full_name, u.id LIMIT 20`;

/** The register summary and per-official workload of the police head's region, and the annual national figures of this year. */
export function figuresOperations(
  base: string,
  pool: pg.Pool,
  head: Session,
  headPath: string,
  analyst: Session,
  heavyRuns: number,
): Op[] {
  const today = new Date().toISOString().slice(0, 10);
  const yearStart = `${today.slice(0, 4)}-01-01`;
  const year = Number(today.slice(0, 4));
  return [
    {
      name: "register summary (region)",
      api: async () => {
        await call(base, head, "GET", "/api/v1/register/summary");
      },
      sql: async () => {
        const ranges = summaryRanges(today, yearStart);
        await pool.query(countsSql(ranges.length / 3), [headPath, `${headPath}/`, ...ranges]);
      },
    },
    {
      // The summary as it was counted before the kept counts (three grouped passes over the rows):
      // what it would cost without them, and what the kept counts are tested against.
      name: "register summary, recounted (region)",
      api: async () => {
        await call(base, head, "GET", "/api/v1/register/summary");
      },
      sql: async () => {
        const [entries, measures, minors] = SUMMARY_SQL;
        const range = [headPath, `${headPath}/`];
        await pool.query(entries!, [...range, today, yearStart]);
        await pool.query(measures!, [...range, today]);
        await pool.query(minors!, [...range, today]);
      },
    },
    {
      // The home page's per-official workload (modules/figures/workload.ts): both halves index-only
      // range scans of the region on the covering indexes of migration 0017.
      name: "workload per official (region)",
      api: async () => {
        await call(base, head, "GET", "/api/v1/figures/workload");
      },
      sql: async () => {
        await pool.query(WORKLOAD_SQL, [headPath, `${headPath}/`, today]);
      },
    },
    {
      name: "national figures (year)",
      runs: heavyRuns,
      api: async () => {
        await call(base, analyst, "GET", `/api/v1/figures/national?year=${year}`);
      },
      sql: async () => {
        const c = await pool.connect();
        try {
          // The same snapshot and memory as the endpoint, so the floor is comparable.
          await c.query("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
          await c.query("SET LOCAL work_mem = '64MB'");
          const instants = [`${year}-01-01T00:00:00+05:00`, `${year + 1}-01-01T00:00:00+05:00`];
          for (const [i, q] of NATIONAL_SQL.entries())
            await c.query(q, i < 2 ? instants : [yearStart, `${year}-12-31`]);
          await c.query("COMMIT");
        } finally {
          c.release();
        }
      },
    },
  ];
}
