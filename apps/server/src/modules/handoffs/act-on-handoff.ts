import { randomUUID } from "node:crypto";
import { sql } from "kysely";
import {
  deriveHandoff,
  HANDOFF_GROUNDS,
  isHandoffGroundCode,
  mayAddHandoffFact,
  type HandoffFact,
  receivingBodyTypes,
} from "@aldyn/law";
import type { HandoffAccept, HandoffAnswer, HandoffDecline, HandoffReceive } from "@aldyn/contract";
import { auditInsertSql } from "../../audit/record.ts";
import { AppError, notFound } from "../../errors/app-error.ts";
import type { ActCtx } from "../preventive-measures/measure-deps.ts";
import { authorizeAct } from "./handoff-access.ts";
import type { HandoffDeps } from "./handoff-deps.ts";
import { factOfRow, loadHandoff, type HandoffRecord } from "./handoff.queries.ts";
import { sendReroute } from "./send-handoff.ts";

/** What a receiving body does with a hand-off, and the body of its request. */
export type HandoffAct =
  | { readonly type: "received"; readonly body: HandoffReceive }
  | { readonly type: "accepted"; readonly body: HandoffAccept }
  | { readonly type: "declined"; readonly body: HandoffDecline }
  | { readonly type: "answered"; readonly body: HandoffAnswer };

function stale(): AppError {
  return new AppError("conflict.stale_version", "Someone else changed this hand-off; reload and try again.", {
    field: "version",
  });
}

/**
 * A user of the receiving body acknowledges, accepts, declines (with a reason; naming another body
 * re-routes it there, the original clock running on) or answers a hand-off (001 Art. 39(3)). The law
 * decides whether the fact may follow the others (mayAddHandoffFact: acknowledged twice, accepted
 * before acknowledged, declined without a reason, answered before accepted, anything after an answer
 * or a decline — 422 with the code and article) before anything is written. The fact, the new
 * projection (derived by the law from all facts), the re-route and the audit row are one transaction;
 * a record type's hook (the citizen report's answer to the reporter) runs in it too.
 */
export async function actOnHandoff(
  deps: HandoffDeps,
  ctx: ActCtx,
  id: string,
  act: HandoffAct,
): Promise<void> {
  const loaded = await loadHandoff(deps.db, id);
  if (!loaded) throw notFound("The hand-off");
  const { row, facts: rows } = loaded;
  authorizeAct(ctx, row);

  const now = deps.now();
  const newId = act.type === "declined" && act.body.rerouteToBodyId ? randomUUID() : null;
  const fact = factOf(act, now);
  const facts = rows.map(factOfRow);
  const verdict = mayAddHandoffFact(facts, fact);
  if (!verdict.ok) throw AppError.fromRefusals([verdict]);
  if (act.body.version !== undefined && act.body.version !== row.version) throw stale();
  const hook = deps.hooks[row.record_type];
  if (act.type === "answered" && act.body.answerForReporter !== undefined && !hook?.onAnswered)
    throw new AppError("validation.failed", "Only a citizen's report takes an answer for the reporter.", {
      field: "answerForReporter",
    });
  if (act.type === "declined" && act.body.rerouteToBodyId)
    await checkReroute(deps, row, act.body.rerouteToBodyId);

  const d = deriveHandoff([...facts, fact], row.due_at, now);
  const data: Record<string, string> = {};
  if (fact.reason !== undefined) data.reason = fact.reason;
  if (fact.outcome !== undefined) data.outcome = fact.outcome;
  if (act.type === "declined" && act.body.rerouteToBodyId && newId) {
    data.reroutedToBodyId = act.body.rerouteToBodyId;
    data.reroutedToId = newId;
  }
  const audit = auditInsertSql(ctx.audit, [
    { action: `handoff.${act.type}`, recordType: "handoff", recordId: id, fields: Object.keys(data) },
  ]);
  await deps.db.transaction().execute(async (trx) => {
    // The version bump takes the row's lock: of two users who read the same version, the second
    // finds it moved and writes nothing (409).
    const r = await sql<{ n: number }>`
      WITH h AS (
        UPDATE handoff SET state = ${d.state}, received_at = ${d.receivedAt}::timestamptz,
          received_by = CASE WHEN ${act.type} = 'received' THEN ${ctx.userId}::uuid ELSE received_by END,
          accepted_at = ${d.acceptedAt}::timestamptz, declined_at = ${d.declinedAt}::timestamptz,
          decline_reason = coalesce(${fact.type === "declined" ? (fact.reason ?? null) : null}::text, decline_reason),
          answered_at = ${d.answeredAt}::timestamptz,
          outcome = coalesce(${fact.type === "answered" ? (fact.outcome ?? null) : null}::text, outcome),
          version = version + 1, updated_at = now()
        WHERE id = ${id}::uuid AND version = ${row.version}::integer
        RETURNING id),
      f AS (
        INSERT INTO handoff_fact (handoff_id, seq, type, at, data, recorded_by)
        SELECT h.id, ${rows.length}::integer, ${fact.type}, ${fact.at}::timestamptz, ${JSON.stringify(data)}::jsonb,
          ${ctx.userId}::uuid FROM h),
      au AS (${audit})
      SELECT count(*)::int AS n FROM h`.execute(trx);
    if ((r.rows[0]?.n ?? 0) === 0) throw stale();
    if (newId && act.type === "declined" && act.body.rerouteToBodyId)
      await sendReroute(trx, ctx, row, act.body.rerouteToBodyId, now, newId);
    if (act.type === "answered" && hook?.onAnswered)
      await hook.onAnswered(
        trx,
        { id, recordId: row.record_id, receiverBodyId: row.receiver_body_id },
        {
          outcome: act.body.outcome,
          ...(act.body.answerForReporter !== undefined
            ? { answerForReporter: act.body.answerForReporter }
            : {}),
        },
        ctx,
      );
  });
}

function factOf(act: HandoffAct, at: Date): HandoffFact {
  switch (act.type) {
    case "received":
    case "accepted":
      return { type: act.type, at };
    case "declined":
      return {
        type: "declined",
        at,
        reason: act.body.reason,
        ...(act.body.rerouteToBodyId ? { reroutedToBodyId: act.body.rerouteToBodyId } : {}),
      };
    case "answered":
      return { type: "answered", at, outcome: act.body.outcome };
  }
}

/**
 * A re-route goes to another body that may receive the ground (the ground's body types): not the
 * declining body itself (422 `handoff.reroute_same_body`), not an unknown id (400
 * `handoff.unknown_body`), not a body of another type (422 `handoff.receiver_not_competent`).
 */
async function checkReroute(deps: HandoffDeps, row: HandoffRecord, bodyId: string): Promise<void> {
  if (bodyId === row.receiver_body_id)
    throw new AppError("handoff.reroute_same_body", "Re-route the hand-off to another body than your own.", {
      field: "rerouteToBodyId",
      article: row.article,
    });
  const b = await sql<{ type: string }>`SELECT type FROM body WHERE id = ${bodyId}::uuid`.execute(deps.db);
  const type = b.rows[0]?.type;
  if (!type)
    throw new AppError("handoff.unknown_body", "The body to re-route to does not exist.", {
      field: "rerouteToBodyId",
    });
  const allowed: readonly string[] = isHandoffGroundCode(row.ground)
    ? receivingBodyTypes(HANDOFF_GROUNDS[row.ground].receiverBodyTypes)
    : [];
  if (!allowed.includes(type))
    throw new AppError(
      "handoff.receiver_not_competent",
      `A body of the type ${type} does not receive this (${row.article}).`,
      { field: "rerouteToBodyId", article: row.article },
    );
}
