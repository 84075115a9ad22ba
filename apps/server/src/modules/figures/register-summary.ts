import { legalDateOf } from "@aldyn/law";
import type { RegisterSummary, RegisterSummaryQuery } from "@aldyn/contract";
import type { Actor } from "../../access/roles.ts";
import type pg from "pg";
import type { Db } from "../../db/pool.ts";
import { AppError } from "../../errors/app-error.ts";
import {
  childTerritories,
  partPath,
  reportTerritory,
  territoryRef,
  type TerritoryRow,
} from "./figures-territory.ts";
import { countedRows } from "./register-counts.ts";
import { referenceRows } from "./register-summary-reference.ts";
import type { SummaryRows } from "./register-summary-rows.ts";

export interface FiguresDeps {
  readonly db: Db;
  /** The summary's kept counts are read as a prepared statement on it (db/hot-query.ts). */
  readonly pool?: pg.Pool;
  readonly now: () => Date;
}

export { OFF_DAY, PLACED } from "./register-summary-reference.ts";

type Part = Omit<RegisterSummary["parts"][number], "territory">;

function emptyPart(): Part {
  return { active: 0, activeByGround: {}, opened: 0, closed: 0, overdueChecks: 0, minors: 0 };
}

/**
 * The register summary of a territory (R3; 001 Art. 59): counts only, from the counts the writing
 * transactions keep per territory path (register-counts.ts, migration 0025), so its cost follows the
 * number of districts, not of entries; what an official has just written is in it. Rows are grouped
 * by territory path and rolled up here to the parts one level down.
 */
export async function registerSummary(
  deps: FiguresDeps,
  actor: Actor,
  q: RegisterSummaryQuery,
): Promise<RegisterSummary> {
  return summarise(deps, actor, q, async (path, today, from, to) => {
    return (
      (await countedRows(deps.pool ?? deps.db, path, today, from, to)) ??
      referenceRows(deps.db, path, today, from, to)
    );
  });
}

/**
 * The same summary counted from the tables themselves (three grouped passes; cost grows with the
 * data): the definition the kept counts are checked against.
 */
export async function registerSummaryReference(
  deps: FiguresDeps,
  actor: Actor,
  q: RegisterSummaryQuery,
): Promise<RegisterSummary> {
  return summarise(deps, actor, q, (path, today, from, to) => referenceRows(deps.db, path, today, from, to));
}

async function summarise(
  deps: FiguresDeps,
  actor: Actor,
  q: RegisterSummaryQuery,
  rowsOf: (path: string, today: string, from: string, to: string) => Promise<SummaryRows>,
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
  const { entries, measures, minors } = await rowsOf(t.path, today, from, to);
  const children = await childTerritories(db, t);
  const parts = new Map<string, Part>(children.map((c) => [c.path, emptyPart()]));
  const total = emptyPart();
  const measuresByKind: Record<string, number> = {};
  let measuresOverdue = 0;
  const partOf = (path: string): Part | undefined => {
    const p = partPath(t.path, path);
    return p === null ? undefined : parts.get(p);
  };
  for (const r of entries) {
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
  for (const r of measures) {
    measuresByKind[r.kind] = (measuresByKind[r.kind] ?? 0) + r.running;
    measuresOverdue += r.overdue;
    const p = partOf(r.territory_path);
    if (p) p.overdueChecks += r.overdue;
  }
  for (const r of minors) {
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
