import { sql } from "kysely";
import { REPORT_CATEGORIES, REPORT_CHANNELS } from "@aldyn/law";
import {
  FIGURE_MIN_CELL,
  type ReportFigures,
  type ReportFiguresQuery,
  type ReportFigureValues,
} from "@aldyn/contract";
import type { Actor } from "../../access/roles.ts";
import type { Db } from "../../db/pool.ts";
import { inTerritoryRange } from "../../db/territory-scope.ts";
import { childTerritories, reportTerritory, territoryRef } from "./figures-territory.ts";
import { publishedCount, suppressedCells } from "./handoff-figures-disclosure.ts";
import { figuresPeriod, partPathSql } from "./handoff-figures-period.ts";

/** Reports not yet given a category by triage are published under this key. */
export const UNTRIAGED = "untriaged";

interface Row {
  part: string | null;
  category: string;
  channel: string;
  received: number;
  answered: number;
  answer_overdue: number;
}

interface Cell {
  received: number;
  byCategory: Map<string, number>;
  byChannel: Map<string, number>;
  answered: number;
  answerOverdue: number;
}

const emptyCell = (): Cell => ({
  received: 0,
  byCategory: new Map(),
  byChannel: new Map(),
  answered: 0,
  answerOverdue: 0,
});

/**
 * Reports from citizens and organisations by category and by intake channel (001 Art. 6(4), (5);
 * 71(8)), with how many were answered and how many late (every report is answered, 001 Art. 6(4)),
 * per part of the territory; declared in the contract's REPORT_FIGURES. One grouped pass over the
 * reports received in the period in the territory (by part, category and channel), summed here into
 * the parts and the whole, then passed through disclosure control: the categories and the channels of
 * a part each sum to its count, the parts (with the reports whose district is not known yet) to the
 * whole's. Counts only: no text, reporter or contact leaves this.
 */
export async function reportFigures(
  deps: { db: Db; now: () => Date },
  actor: Actor,
  q: ReportFiguresQuery,
): Promise<ReportFigures> {
  const t = await reportTerritory(deps.db, actor, q.territory);
  const now = deps.now();
  const p = figuresPeriod(now, q.from, q.to);
  const part = sql.raw(partPathSql("r.territory_path", t.path));
  const res = await sql<Row>`
    SELECT ${part} AS part, coalesce(r.category, ${UNTRIAGED}) AS category, r.channel,
      count(*)::int AS received,
      count(*) FILTER (WHERE r.answered_at IS NOT NULL)::int AS answered,
      count(*) FILTER (WHERE r.answered_at > r.answer_due_at
        OR (r.answered_at IS NULL AND r.answer_due_at < ${now}))::int AS answer_overdue
    FROM citizen_report r
    WHERE r.received_at >= ${p.start} AND r.received_at < ${p.end} AND ${inTerritoryRange("r.territory_path", t.path)}
    GROUP BY 1, 2, 3`.execute(deps.db);

  const children = await childTerritories(deps.db, t);
  const cells = new Map<string, Cell>([
    ["total", emptyCell()],
    ["unassigned", emptyCell()],
  ]);
  for (const c of children) cells.set(c.path, emptyCell());
  const add = (c: Cell, r: Row) => {
    c.received += r.received;
    c.answered += r.answered;
    c.answerOverdue += r.answer_overdue;
    c.byCategory.set(r.category, (c.byCategory.get(r.category) ?? 0) + r.received);
    c.byChannel.set(r.channel, (c.byChannel.get(r.channel) ?? 0) + r.received);
  };
  for (const r of res.rows) {
    add(cells.get("total")!, r);
    const c = r.part === null ? cells.get("unassigned") : cells.get(r.part);
    if (c) add(c, r);
  }
  // Every category of the law's closed list and every channel, in the law's order, then any value the
  // law does not list (a category retired by a later version) so no count goes missing.
  const seen = (m: "byCategory" | "byChannel") => [...cells.get("total")![m].keys()];
  const categories = ordered([...REPORT_CATEGORIES, UNTRIAGED], seen("byCategory"));
  const channels = ordered([...REPORT_CHANNELS], seen("byChannel"));

  const names = ["total", "unassigned", ...children.map((c) => c.path)];
  const counts = new Map<string, number>();
  for (const n of names) {
    const c = cells.get(n)!;
    counts.set(`${n}|received`, c.received);
    counts.set(`${n}|answered`, c.answered);
    counts.set(`${n}|answerOverdue`, c.answerOverdue);
    for (const k of categories) counts.set(`${n}|cat:${k}`, c.byCategory.get(k) ?? 0);
    for (const k of channels) counts.set(`${n}|ch:${k}`, c.byChannel.get(k) ?? 0);
  }
  const parts = names.slice(1);
  const sums: string[][] = [
    ...names.map((n) => [`${n}|received`, ...categories.map((k) => `${n}|cat:${k}`)]),
    ...names.map((n) => [`${n}|received`, ...channels.map((k) => `${n}|ch:${k}`)]),
    ...["received", "answered", "answerOverdue"].map((m) => [`total|${m}`, ...parts.map((n) => `${n}|${m}`)]),
    ...categories.map((k) => [`total|cat:${k}`, ...parts.map((n) => `${n}|cat:${k}`)]),
    ...channels.map((k) => [`total|ch:${k}`, ...parts.map((n) => `${n}|ch:${k}`)]),
  ];
  const hidden = suppressedCells(counts, sums);
  const values = (n: string): ReportFigureValues => {
    const pub = (k: string) => publishedCount(`${n}|${k}`, counts.get(`${n}|${k}`) ?? 0, hidden);
    return {
      received: pub("received"),
      byCategory: Object.fromEntries(categories.map((k) => [k, pub(`cat:${k}`)])),
      byChannel: Object.fromEntries(channels.map((k) => [k, pub(`ch:${k}`)])),
      answered: pub("answered"),
      answerOverdue: pub("answerOverdue"),
    };
  };
  return {
    territory: territoryRef(t),
    asOf: p.today,
    period: { from: p.from, to: p.to },
    minCell: FIGURE_MIN_CELL,
    categories,
    channels,
    total: values("total"),
    parts: children.map((c) => ({ territory: territoryRef(c), ...values(c.path) })),
    unassigned: values("unassigned"),
  };
}

function ordered(known: readonly string[], seen: readonly string[]): string[] {
  return [...known, ...seen.filter((s) => !known.includes(s)).sort()];
}
