import { sql, type Transaction } from "kysely";
import { deriveHandoff, mayAddHandoffFact, type HandoffFact } from "@aldyn/law";
import { recordAudit } from "../../audit/record.ts";
import type { Database } from "../../db/schema.ts";
import { AppError } from "../../errors/app-error.ts";
import type { ActCtx } from "../preventive-measures/measure-deps.ts";
import { factOfRow, type HandoffFactRow, type HandoffRecord } from "../handoffs/handoff.queries.ts";

/**
 * Accepts a hand-off addressed to the commission inside the caller's transaction — the case it opens
 * or joins and the acceptance commit together (001 Art. 39(3)). The same path as the hand-offs
 * module's act (handoffs/act-on-handoff.ts): the caller has authorised the receiving body's user
 * (authorizeAct); the law decides whether each fact may follow the others (mayAddHandoffFact —
 * acknowledging first when not yet acknowledged; nothing after a decline or an answer, 422 with its
 * code and article) and derives the projection from all facts; the version bump takes the row's lock
 * (409 when someone else moved it). An accepted hand-off stays as it is.
 */
export async function acceptHandoffIn(
  trx: Transaction<Database>,
  ctx: ActCtx,
  row: HandoffRecord,
  rows: readonly HandoffFactRow[],
  now: Date,
): Promise<void> {
  const facts = rows.map(factOfRow);
  if (row.state === "accepted") return;
  const toAdd: HandoffFact[] = [];
  if (!facts.some((f) => f.type === "received")) toAdd.push({ type: "received", at: now });
  toAdd.push({ type: "accepted", at: now });
  const all = [...facts];
  for (const f of toAdd) {
    const verdict = mayAddHandoffFact(all, f);
    if (!verdict.ok) throw AppError.fromRefusals([verdict]);
    all.push(f);
  }
  const d = deriveHandoff(all, row.due_at, now);
  const receivedNow = toAdd.some((f) => f.type === "received");
  const r = await sql<{ n: number }>`
    UPDATE handoff SET state = ${d.state}, received_at = ${d.receivedAt}::timestamptz,
      received_by = CASE WHEN ${receivedNow} THEN ${ctx.userId}::uuid ELSE received_by END,
      accepted_at = ${d.acceptedAt}::timestamptz, version = version + 1, updated_at = now()
    WHERE id = ${row.id}::uuid AND version = ${row.version}::integer`.execute(trx);
  if (Number(r.numAffectedRows ?? 0) === 0)
    throw new AppError(
      "conflict.stale_version",
      "Someone else changed this hand-off; reload and try again.",
      {
        field: "fromHandoffId",
      },
    );
  let seq = rows.length;
  for (const f of toAdd) {
    await sql`INSERT INTO handoff_fact (handoff_id, seq, type, at, data, recorded_by)
      VALUES (${row.id}::uuid, ${seq++}::integer, ${f.type}, ${f.at}::timestamptz, '{}'::jsonb, ${ctx.userId}::uuid)`.execute(
      trx,
    );
    await recordAudit(trx, ctx.audit, {
      action: `handoff.${f.type}`,
      recordType: "handoff",
      recordId: row.id,
      fields: [],
    });
  }
}
