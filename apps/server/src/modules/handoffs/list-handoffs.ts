import { sql, type RawBuilder } from "kysely";
import { HANDOFF_STATES, isHandoffGroundCode } from "@aldyn/law";
import type { HandoffCounts, HandoffListQuery, HandoffPage } from "@aldyn/contract";
import { can } from "../../access/can.ts";
import { AppError } from "../../errors/app-error.ts";
import type { ActCtx } from "../preventive-measures/measure-deps.ts";
import type { HandoffDeps } from "./handoff-deps.ts";
import { rowSelect, toRow } from "./handoff.queries.ts";

/** One part of a box: a state (and, for the unacknowledged, whether overdue), its size and its order. */
interface Part {
  readonly state: string;
  readonly cond: RawBuilder<unknown> | null;
  readonly n: number;
  readonly desc: boolean;
}

/** The receiving body's inbox, or the sending body's outbox. */
export type HandoffBox = "inbox" | "outbox";

/**
 * One page of a body's inbox (what it was sent) or outbox (what it sent): overdue first — not yet
 * acknowledged past the statutory clock — then the others still to acknowledge by due instant, then
 * those in work (received, accepted) by due instant, then the closed ones (declined, answered) latest
 * first; with the counts of the whole box by state and overdue (narrowed by ground and record type,
 * not by state, so each state's count shows). Only the actor's own body's box: a hand-off is seen by
 * its parties only (001 Art. 39(3)). Two statements: the counts, then the page — each state's part
 * read in index order ((receiver_body_id, state, due_at), migration 0028), never sorting the box.
 */
export async function listHandoffs(
  deps: HandoffDeps,
  ctx: ActCtx,
  box: HandoffBox,
  q: HandoffListQuery,
): Promise<HandoffPage> {
  const d = can(ctx.actor, "read", {
    type: "handoff",
    territoryPath: ctx.actor.territoryPath,
    parties: [ctx.actor.bodyId],
  });
  if (!d.allowed) throw new AppError(d.code, d.reason);
  if (q.state !== undefined && !(HANDOFF_STATES as readonly string[]).includes(q.state))
    throw new AppError("validation.failed", `Unknown state of a hand-off: ${q.state}.`, { field: "state" });
  if (q.ground !== undefined && !isHandoffGroundCode(q.ground))
    throw new AppError("validation.failed", `Unknown ground of a hand-off: ${q.ground}.`, {
      field: "ground",
    });

  const now = deps.now();
  const db = deps.db;
  const party = box === "inbox" ? sql`receiver_body_id` : sql`sender_body_id`;
  const narrow: RawBuilder<unknown>[] = [sql`${party} = ${ctx.actor.bodyId}::uuid`];
  if (q.ground) narrow.push(sql`ground = ${q.ground}`);
  if (q.recordType) narrow.push(sql`record_type = ${q.recordType}`);
  const where = sql.join(narrow, sql` AND `);

  const c = await sql<{ state: string; n: number; overdue: number }>`
    SELECT state, count(*)::int AS n,
           count(*) FILTER (WHERE state = 'sent' AND due_at < ${now}::timestamptz)::int AS overdue
      FROM handoff WHERE ${where} GROUP BY state`.execute(db);
  const counts: HandoffCounts = { sent: 0, received: 0, accepted: 0, declined: 0, answered: 0, overdue: 0 };
  for (const r of c.rows) {
    if (r.state in counts) counts[r.state as keyof HandoffCounts] = r.n;
    counts.overdue += r.overdue;
  }

  // The box in the order of the work: overdue, the rest not yet acknowledged, received (to accept or
  // decline), accepted (to answer) — each by due instant — then the closed ones, latest first. Each
  // part is one state's index range, its size known from the counts, so a page reads only its rows.
  const parts: Part[] = [
    { state: "sent", cond: sql`due_at < ${now}::timestamptz`, n: counts.overdue, desc: false },
    { state: "sent", cond: sql`due_at >= ${now}::timestamptz`, n: counts.sent - counts.overdue, desc: false },
    { state: "received", cond: null, n: counts.received, desc: false },
    { state: "accepted", cond: null, n: counts.accepted, desc: false },
    { state: "declined", cond: null, n: counts.declined, desc: true },
    { state: "answered", cond: null, n: counts.answered, desc: true },
  ].filter((p, i) => (q.overdue ? i === 0 : q.state === undefined || p.state === q.state));
  const total = parts.reduce((sum, p) => sum + p.n, 0);

  let skip = (q.page - 1) * q.pageSize;
  let room = q.pageSize;
  const reads: RawBuilder<unknown>[] = [];
  for (const [rank, p] of parts.entries()) {
    if (room === 0) break;
    if (skip >= p.n) {
      skip -= p.n;
      continue;
    }
    const take = Math.min(room, p.n - skip);
    const order = p.desc ? sql`due_at DESC, id DESC` : sql`due_at, id`;
    reads.push(sql`(SELECT *, ${rank}::int AS part FROM handoff
      WHERE ${where} AND state = ${p.state}${p.cond ? sql` AND ${p.cond}` : sql``}
      ORDER BY ${order} LIMIT ${take} OFFSET ${skip})`);
    room -= take;
    skip = 0;
  }
  if (reads.length === 0) return { items: [], total, page: q.page, pageSize: q.pageSize, counts };

  const page = await sql<Parameters<typeof toRow>[0] & { part: number }>`
    SELECT * FROM (${rowSelect(sql`(${sql.join(reads, sql` UNION ALL `)})`, now)}) x
     ORDER BY x.part, CASE WHEN x.state IN ('declined', 'answered') THEN -extract(epoch FROM x.due_at)
                           ELSE extract(epoch FROM x.due_at) END, x.id`.execute(db);
  return { items: page.rows.map(toRow), total, page: q.page, pageSize: q.pageSize, counts };
}
