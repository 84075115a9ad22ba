import { sql, type RawBuilder } from "kysely";
import { HANDOFF_STATES, isHandoffGroundCode } from "@aldyn/law";
import type { HandoffCounts, HandoffListQuery, HandoffPage } from "@aldyn/contract";
import { can } from "../../access/can.ts";
import { AppError } from "../../errors/app-error.ts";
import type { ActCtx } from "../preventive-measures/measure-deps.ts";
import type { HandoffDeps } from "./handoff-deps.ts";
import { rowSelect, toRow } from "./handoff.queries.ts";

/** The receiving body's inbox, or the sending body's outbox. */
export type HandoffBox = "inbox" | "outbox";

/**
 * One page of a body's inbox (what it was sent) or outbox (what it sent): overdue first — not yet
 * acknowledged past the statutory clock — then by due instant; with the counts of the whole box by
 * state and overdue (narrowed by ground and record type, not by state, so each state's count shows).
 * Only the actor's own body's box: a hand-off is seen by its parties only (001 Art. 39(3)).
 * Two statements: the counts, then the page — the overdue part and the rest each read in index order
 * ((receiver_body_id, state, due_at) and (receiver_body_id, due_at, id), migration 0028), never
 * sorting the whole box.
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

  // What the page shows: the state and the overdue filter on top of the box's narrowing.
  const overdueNow = sql`(state = 'sent' AND due_at < ${now}::timestamptz)`;
  const shown = [where];
  if (q.state) shown.push(sql`state = ${q.state}`);
  const overdueShown = q.state === undefined || q.state === "sent" ? counts.overdue : 0;
  const total = q.overdue
    ? overdueShown
    : q.state
      ? counts[q.state as keyof HandoffCounts]
      : counts.sent + counts.received + counts.accepted + counts.declined + counts.answered;

  const offset = (q.page - 1) * q.pageSize;
  const fromOverdue = Math.max(0, Math.min(q.pageSize, overdueShown - offset));
  const restOffset = Math.max(0, offset - overdueShown);
  const restLimit = q.overdue ? 0 : q.pageSize - fromOverdue;
  const parts: RawBuilder<unknown>[] = [];
  if (fromOverdue > 0)
    parts.push(sql`(SELECT * FROM handoff WHERE ${sql.join(shown, sql` AND `)} AND ${overdueNow}
      ORDER BY due_at, id LIMIT ${fromOverdue} OFFSET ${offset})`);
  if (restLimit > 0)
    parts.push(sql`(SELECT * FROM handoff WHERE ${sql.join(shown, sql` AND `)} AND NOT ${overdueNow}
      ORDER BY due_at, id LIMIT ${restLimit} OFFSET ${restOffset})`);
  if (parts.length === 0) return { items: [], total, page: q.page, pageSize: q.pageSize, counts };

  const page = await sql<Parameters<typeof toRow>[0] & { part: number }>`
    SELECT * FROM (${rowSelect(sql`(${sql.join(parts, sql` UNION ALL `)})`, now)}) x
     ORDER BY x.overdue DESC, x.due_at, x.id`.execute(db);
  return { items: page.rows.map(toRow), total, page: q.page, pageSize: q.pageSize, counts };
}
