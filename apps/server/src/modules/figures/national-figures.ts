import { sql } from "kysely";
import { legalDateOf, startOfLegalDate } from "@aldyn/law";
import type { NationalFigures, NationalFiguresRegion } from "@aldyn/contract";
import type { Actor } from "../../access/roles.ts";
import { AppError } from "../../errors/app-error.ts";
import { childTerritories, partPath, reportTerritory, territoryRef } from "./figures-territory.ts";
import { OFF_DAY, PLACED, type FiguresDeps } from "./register-summary.ts";

type Figures = Omit<NationalFiguresRegion, "territory">;

function empty(): Figures {
  return {
    measuresIssued: {},
    registerOpened: 0,
    registerClosed: 0,
    registerActiveAtEnd: 0,
    checksDone: 0,
    checksMissed: 0,
    violations: 0,
  };
}

/**
 * The annual national figures (issue 6 item 2; target ≤ 5 s at 1,000,000 persons). One grouped pass
 * per table, each a range scan on the year (indexes of db/migrations/0010_figures_indexes.sql), grouped
 * by territory path (a few hundred groups) and rolled up here to the regions. All passes read one
 * snapshot (repeatable read, read-only), so the figures agree with each other.
 *
 * The year is the legal year in Asia/Almaty: instants from the start of 1 January to the start of the
 * next 1 January, dates within it.
 */
export async function nationalFigures(
  deps: FiguresDeps,
  actor: Actor,
  year: number,
): Promise<NationalFigures> {
  // National statistics are for national-level readers: `can` places the report at the country root.
  const country = await reportTerritory(deps.db, actor, "KZ");
  const today = legalDateOf(deps.now());
  const first = `${String(year).padStart(4, "0")}-01-01`;
  const last = `${String(year).padStart(4, "0")}-12-31`;
  if (first > today) {
    throw new AppError("validation.failed", `year: ${year} has not begun.`, { field: "year" });
  }
  const asOf = last < today ? last : today;
  const start = startOfLegalDate(first);
  const end = startOfLegalDate(`${String(year + 1).padStart(4, "0")}-01-01`);

  const rows = await deps.db
    .transaction()
    .setIsolationLevel("repeatable read")
    .execute(async (trx) => {
      await sql`SET TRANSACTION READ ONLY`.execute(trx);
      // Hash joins of a year of facts to their measures fit in memory instead of spilling to disk.
      await sql`SET LOCAL work_mem = '64MB'`.execute(trx);
      const issued = await sql<{ territory_path: string; kind: string; n: number }>`
        SELECT m.territory_path, m.kind, count(*)::int AS n FROM measure m
        WHERE m.issued_at >= ${start} AND m.issued_at < ${end}
        GROUP BY m.territory_path, m.kind`.execute(trx);
      const facts = await sql<{ territory_path: string; checks: number; violations: number }>`
        SELECT m.territory_path,
          count(*) FILTER (WHERE f.type = 'control_check')::int AS checks,
          count(*) FILTER (WHERE f.type = 'violation')::int AS violations
        FROM measure_fact f JOIN measure m ON m.id = f.measure_id
        WHERE f.type IN ('control_check', 'violation') AND f.at >= ${start} AND f.at < ${end}
        GROUP BY m.territory_path`.execute(trx);
      const missedMeasures = await sql<{ territory_path: string; n: number }>`
        SELECT m.territory_path, count(*)::int AS n FROM measure m
        WHERE m.next_control_due IS NOT NULL AND m.status = 'active'
          AND m.next_control_due BETWEEN ${first} AND ${last} AND m.next_control_due < ${today}
          AND (m.valid_until IS NULL OR m.valid_until >= ${today})
        GROUP BY m.territory_path`.execute(trx);
      const entries = await sql<{
        territory_path: string;
        opened: number;
        closed: number;
        active: number;
        missed: number;
      }>`
        SELECT e.territory_path,
          count(*) FILTER (WHERE e.placed_on BETWEEN ${first} AND ${last})::int AS opened,
          count(*) FILTER (WHERE ${OFF_DAY} BETWEEN ${first} AND ${asOf})::int AS closed,
          count(*) FILTER (WHERE e.placed_on <= ${asOf} AND (${OFF_DAY} IS NULL OR ${OFF_DAY} > ${asOf}))::int
            AS active,
          count(*) FILTER (WHERE e.status = 'active' AND (${OFF_DAY} IS NULL OR ${OFF_DAY} > ${today})
            AND e.next_control_due BETWEEN ${first} AND ${last} AND e.next_control_due < ${today})::int AS missed
        FROM register_entry e WHERE ${PLACED}
        GROUP BY e.territory_path`.execute(trx);
      const entryChecks = await sql<{ territory_path: string; n: number }>`
        SELECT e.territory_path, count(*)::int AS n
        FROM register_fact f JOIN register_entry e ON e.id = f.entry_id
        WHERE f.type = 'control_check' AND f."on" BETWEEN ${first} AND ${last}
        GROUP BY e.territory_path`.execute(trx);
      return { issued, facts, missedMeasures, entries, entryChecks };
    });

  const regions = await childTerritories(deps.db, country);
  const byPath = new Map(regions.map((r) => [r.path, empty()]));
  const totals = empty();
  // Every row counts in the totals; a row whose path lies in no region (none should) only there.
  const each = (path: string, f: (x: Figures) => void) => {
    f(totals);
    const p = partPath(country.path, path);
    const r = p === null ? undefined : byPath.get(p);
    if (r) f(r);
  };
  for (const r of rows.issued.rows)
    each(r.territory_path, (x) => (x.measuresIssued[r.kind] = (x.measuresIssued[r.kind] ?? 0) + r.n));
  for (const r of rows.facts.rows)
    each(r.territory_path, (x) => {
      x.checksDone += r.checks;
      x.violations += r.violations;
    });
  for (const r of rows.missedMeasures.rows) each(r.territory_path, (x) => (x.checksMissed += r.n));
  for (const r of rows.entries.rows)
    each(r.territory_path, (x) => {
      x.registerOpened += r.opened;
      x.registerClosed += r.closed;
      x.registerActiveAtEnd += r.active;
      x.checksMissed += r.missed;
    });
  for (const r of rows.entryChecks.rows) each(r.territory_path, (x) => (x.checksDone += r.n));

  return {
    year,
    asOf,
    regions: regions.map((r) => ({ territory: territoryRef(r), ...byPath.get(r.path)! })),
    totals,
  };
}
