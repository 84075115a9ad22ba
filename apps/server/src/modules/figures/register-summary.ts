import { sql } from "kysely";
import { legalDateOf } from "@aldyn/law";
import type { RegisterSummary, RegisterSummaryQuery } from "@aldyn/contract";
import type { Actor } from "../../access/roles.ts";
import type { Db } from "../../db/pool.ts";
import { inTerritoryRange } from "../../db/territory-scope.ts";
import { AppError } from "../../errors/app-error.ts";
import {
  childTerritories,
  partPath,
  reportTerritory,
  territoryRef,
  type TerritoryRow,
} from "./figures-territory.ts";

export interface FiguresDeps {
  readonly db: Db;
  readonly now: () => Date;
}

/**
 * The first day off the register as the projections know it: the day after the last day (terminations
 * 59(8), expiry of the measures 59(7)) or the automatic end (18th birthday 59(8)(4)), whichever comes
 * first. `least` ignores nulls; null means open-ended. Annulled placements (59(5)) and entries not yet
 * placed never count: the filter on status keeps them out.
 */
export const OFF_DAY = sql`least(e.last_day + 1, e.auto_end_on)`;
export const PLACED = sql`e.status IN ('active', 'terminated')`;

interface EntryRow {
  territory_path: string;
  ground: string;
  active: number;
  opened: number;
  closed: number;
  overdue: number;
}

type Part = Omit<RegisterSummary["parts"][number], "territory">;

function emptyPart(): Part {
  return { active: 0, activeByGround: {}, opened: 0, closed: 0, overdueChecks: 0, minors: 0 };
}

/**
 * The register summary of a territory (issue 6 item 2): counts only, from the projection columns, in
 * three grouped passes over the territory's rows (entries, measures, persons under 18). Rows are
 * grouped by territory path and rolled up here to the parts one level down, so the SQL stays one
 * index range scan per table whatever the level.
 */
export async function registerSummary(
  deps: FiguresDeps,
  actor: Actor,
  q: RegisterSummaryQuery,
): Promise<RegisterSummary> {
  const t = await reportTerritory(deps.db, actor, q.territory);
  const today = legalDateOf(deps.now());
  const from = q.from ?? `${today.slice(0, 4)}-01-01`;
  const to = q.to ?? today;
  if (from > to) {
    throw new AppError("validation.failed", "from: the period must start on or before its end.", {
      field: "from",
    });
  }
  const db = deps.db;
  // One index-only range scan per pass on the covering indexes of migration 0017.
  const scope = (col: string) => inTerritoryRange(col, t.path);
  const active = sql`(${PLACED} AND e.placed_on <= ${today} AND (${OFF_DAY} IS NULL OR ${OFF_DAY} > ${today}))`;
  const entries = await sql<EntryRow>`
    SELECT e.territory_path, e.ground,
      count(*) FILTER (WHERE ${active})::int AS active,
      count(*) FILTER (WHERE e.placed_on BETWEEN ${from} AND ${to})::int AS opened,
      count(*) FILTER (WHERE ${OFF_DAY} BETWEEN ${from} AND ${to} AND ${OFF_DAY} <= ${today})::int AS closed,
      count(*) FILTER (WHERE ${active} AND e.next_control_due < ${today})::int AS overdue
    FROM register_entry e
    WHERE ${PLACED} AND ${scope("e.territory_path")}
    GROUP BY e.territory_path, e.ground`.execute(db);
  const measures = await sql<{ territory_path: string; kind: string; running: number; overdue: number }>`
    SELECT m.territory_path, m.kind, count(*)::int AS running,
      count(*) FILTER (WHERE m.next_control_due < ${today})::int AS overdue
    FROM measure m
    WHERE m.status = 'active' AND (m.valid_until IS NULL OR m.valid_until >= ${today})
      AND ${scope("m.territory_path")}
    GROUP BY m.territory_path, m.kind`.execute(db);
  // Under 18 today: born after this day 18 years ago. A person's entries share the person's
  // territory, so counting per territory path and summing does not count a person twice.
  const adultBorn = `${Number(today.slice(0, 4)) - 18}${today.slice(4)}`.replace("-02-29", "-02-28");
  const minors = await sql<{ territory_path: string; minors: number }>`
    SELECT e.territory_path, count(DISTINCT e.person_id)::int AS minors
    FROM register_entry e JOIN person p ON p.id = e.person_id
    WHERE ${active} AND ${scope("e.territory_path")} AND p.birth_date > ${adultBorn}
    GROUP BY e.territory_path`.execute(db);

  const children = await childTerritories(db, t);
  const parts = new Map<string, Part>(children.map((c) => [c.path, emptyPart()]));
  const total = emptyPart();
  const measuresByKind: Record<string, number> = {};
  let measuresOverdue = 0;
  const partOf = (path: string): Part | undefined => {
    const p = partPath(t.path, path);
    return p === null ? undefined : parts.get(p);
  };
  for (const r of entries.rows) {
    for (const p of [total, partOf(r.territory_path)]) {
      if (!p) continue;
      p.active += r.active;
      p.opened += r.opened;
      p.closed += r.closed;
      p.overdueChecks += r.overdue;
      if (r.active > 0) p.activeByGround[r.ground] = (p.activeByGround[r.ground] ?? 0) + r.active;
    }
  }
  const entriesOverdue = total.overdueChecks;
  for (const r of measures.rows) {
    measuresByKind[r.kind] = (measuresByKind[r.kind] ?? 0) + r.running;
    measuresOverdue += r.overdue;
    const p = partOf(r.territory_path);
    if (p) p.overdueChecks += r.overdue;
  }
  for (const r of minors.rows) {
    total.minors += r.minors;
    const p = partOf(r.territory_path);
    if (p) p.minors += r.minors;
  }
  return {
    territory: territoryRef(t),
    asOf: today,
    period: { from, to },
    active: total.active,
    activeByGround: total.activeByGround,
    activeMeasuresByKind: measuresByKind,
    opened: total.opened,
    closed: total.closed,
    overdueChecks: { registerEntries: entriesOverdue, measures: measuresOverdue },
    minors: total.minors,
    parts: children.map((c: TerritoryRow) => ({ territory: territoryRef(c), ...parts.get(c.path)! })),
  };
}
