import { sql } from "kysely";
import { HANDOFF_GROUNDS, isHandoffGroundCode } from "@aldyn/law";
import {
  FIGURE_MIN_CELL,
  type HandoffFigures,
  type HandoffFiguresQuery,
  type HandoffFigureValues,
  type I18nName,
} from "@aldyn/contract";
import type { Actor } from "../../access/roles.ts";
import type { Db } from "../../db/pool.ts";
import { inTerritoryRange } from "../../db/territory-scope.ts";
import { childTerritories, reportTerritory, territoryRef } from "./figures-territory.ts";
import {
  publishedCount,
  publishedMedian,
  publishedShare,
  suppressedCells,
} from "./handoff-figures-disclosure.ts";
import { figuresPeriod, partPathSql } from "./handoff-figures-period.ts";

export interface HandoffFiguresDeps {
  readonly db: Db;
  readonly now: () => Date;
}

/** One grouped row: which grouping it belongs to, its key, and the raw counts and medians. */
interface Row {
  g: "part" | "receiver" | "ground" | "total";
  key: string | null;
  sent: number;
  acknowledged: number;
  overdue: number;
  answered: number;
  declined: number;
  ack_median: number | null;
  answer_median: number | null;
}

const COUNTS = ["sent", "acknowledged", "overdue", "answered", "declined"] as const;
type CountName = (typeof COUNTS)[number];

function emptyRow(g: Row["g"], key: string | null): Row {
  return {
    g,
    key,
    sent: 0,
    acknowledged: 0,
    overdue: 0,
    answered: 0,
    declined: 0,
    ack_median: null,
    answer_median: null,
  };
}

/**
 * Time to acknowledge and to answer hand-offs, and the share overdue, per part of the territory, per
 * receiving body and per legal ground (R6, R8; 001 Art. 39(3)); the figures are declared in the
 * contract's HANDOFF_FIGURES. One grouped pass over the hand-offs sent in the period whose record
 * lies in the territory (grouping sets: part, receiver, ground, all), read-only; medians are
 * PostgreSQL's percentile_cont (the mean of the two middle values of an even count). What is
 * acknowledged, answered or overdue is as of now. Counts only: no record, person or reporter.
 */
export async function handoffFigures(
  deps: HandoffFiguresDeps,
  actor: Actor,
  q: HandoffFiguresQuery,
): Promise<HandoffFigures> {
  const t = await reportTerritory(deps.db, actor, q.territory);
  const now = deps.now();
  const p = figuresPeriod(now, q.from, q.to);
  const part = partPathSql("h.territory_path", t.path);
  const hours = (col: string) => sql.raw(`date_part('epoch', ${col} - h.sent_at) / 3600`);
  // One read-only statement; the grouping sets sort the period's hand-offs once per set, in memory
  // rather than on disk (as the national figures do).
  const res = await deps.db.transaction().execute(async (trx) => {
    await sql`SET TRANSACTION READ ONLY`.execute(trx);
    await sql`SET LOCAL work_mem = '32MB'`.execute(trx);
    return sql<Row>`
    SELECT CASE WHEN grouping(${sql.raw(part)}) = 0 THEN 'part'
                WHEN grouping(h.receiver_body_id) = 0 THEN 'receiver'
                WHEN grouping(h.ground) = 0 THEN 'ground' ELSE 'total' END AS g,
      coalesce(${sql.raw(part)}, h.receiver_body_id::text, h.ground) AS key,
      count(*)::int AS sent,
      count(*) FILTER (WHERE h.received_at IS NOT NULL)::int AS acknowledged,
      count(*) FILTER (WHERE h.received_at > h.due_at OR (h.received_at IS NULL AND h.due_at < ${now}))::int
        AS overdue,
      count(*) FILTER (WHERE h.answered_at IS NOT NULL)::int AS answered,
      count(*) FILTER (WHERE h.declined_at IS NOT NULL)::int AS declined,
      percentile_cont(0.5) WITHIN GROUP (ORDER BY ${hours("h.received_at")})
        FILTER (WHERE h.received_at IS NOT NULL) AS ack_median,
      percentile_cont(0.5) WITHIN GROUP (ORDER BY ${hours("h.answered_at")})
        FILTER (WHERE h.answered_at IS NOT NULL) AS answer_median
    FROM handoff h
    WHERE h.sent_at >= ${p.start} AND h.sent_at < ${p.end} AND ${inTerritoryRange("h.territory_path", t.path)}
    GROUP BY GROUPING SETS ((${sql.raw(part)}), (h.receiver_body_id), (h.ground), ())`.execute(trx);
  });

  const rows = res.rows;
  const total = rows.find((r) => r.g === "total") ?? emptyRow("total", null);
  const children = await childTerritories(deps.db, t);
  const partRow = (path: string) =>
    rows.find((r) => r.g === "part" && r.key === path) ?? emptyRow("part", path);
  const unassigned = rows.find((r) => r.g === "part" && r.key === null) ?? emptyRow("part", null);
  // A part with no row has a 0 in every count; the receivers and grounds listed are those with hand-offs.
  const receivers = rows
    .filter((r) => r.g === "receiver")
    .sort((a, b) => b.sent - a.sent || cmp(a.key, b.key));
  const grounds = rows.filter((r) => r.g === "ground").sort((a, b) => b.sent - a.sent || cmp(a.key, b.key));
  const bodies = await bodyNames(
    deps.db,
    receivers.map((r) => r.key!),
  );

  // Disclosure control: each count of the whole is the sum of the parts' (with the unassigned), of
  // the receivers' and of the grounds'.
  const cellKey = (r: Row, c: CountName) => `${r.g}:${r.key ?? ""}:${c}`;
  const counts = new Map<string, number>();
  const all = [total, unassigned, ...children.map((c) => partRow(c.path)), ...receivers, ...grounds];
  for (const r of all) for (const c of COUNTS) counts.set(cellKey(r, c), r[c]);
  const sums = COUNTS.flatMap((c) => [
    [cellKey(total, c), cellKey(unassigned, c), ...children.map((x) => cellKey(partRow(x.path), c))],
    [cellKey(total, c), ...receivers.map((r) => cellKey(r, c))],
    [cellKey(total, c), ...grounds.map((r) => cellKey(r, c))],
  ]);
  const hidden = suppressedCells(counts, sums);
  const values = (r: Row): HandoffFigureValues => {
    const k = (c: CountName) => cellKey(r, c);
    return {
      sent: publishedCount(k("sent"), r.sent, hidden),
      acknowledged: publishedCount(k("acknowledged"), r.acknowledged, hidden),
      overdue: publishedCount(k("overdue"), r.overdue, hidden),
      overdueShare: publishedShare(
        { key: k("overdue"), n: r.overdue },
        { key: k("sent"), n: r.sent },
        hidden,
      ),
      ackMedianHours: publishedMedian(r.acknowledged, r.ack_median, 1),
      answered: publishedCount(k("answered"), r.answered, hidden),
      answerMedianHours: publishedMedian(r.answered, r.answer_median, 1),
      declined: publishedCount(k("declined"), r.declined, hidden),
    };
  };
  return {
    territory: territoryRef(t),
    asOf: p.today,
    period: { from: p.from, to: p.to },
    minCell: FIGURE_MIN_CELL,
    total: values(total),
    parts: children.map((c) => ({ territory: territoryRef(c), ...values(partRow(c.path)) })),
    unassigned: values(unassigned),
    receivers: receivers.map((r) => ({ body: bodies.get(r.key!)!, ...values(r) })),
    // The ground's article from the law package (the duty to tell), not each row's stored citation.
    grounds: grounds.map((r) => ({ ground: r.key!, article: groundArticle(r.key!), ...values(r) })),
  };
}

function groundArticle(ground: string): string {
  return isHandoffGroundCode(ground) ? HANDOFF_GROUNDS[ground].article : "";
}

function cmp(a: string | null, b: string | null): number {
  return (a ?? "").localeCompare(b ?? "");
}

async function bodyNames(
  db: Db,
  ids: readonly string[],
): Promise<Map<string, { id: string; type: string; name: I18nName }>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .selectFrom("body")
    .select(["id", "type", "name_kk", "name_ru", "name_en"])
    .where("id", "in", ids)
    .execute();
  return new Map(
    rows.map((b) => [
      b.id,
      { id: b.id, type: b.type, name: { kk: b.name_kk, ru: b.name_ru, en: b.name_en } },
    ]),
  );
}
