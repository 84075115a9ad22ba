import { randomUUID } from "node:crypto";
import { sql } from "kysely";
import {
  formatDisplayDateTime,
  HANDOFF_GROUNDS,
  handoffDueAt,
  isHandoffGroundCode,
  renderCitation,
  type HandoffClock,
  type HandoffGroundCode,
  receivingBodyTypes,
} from "@aldyn/law";
import type { HandoffRecordType } from "@aldyn/contract";
import { auditValues } from "../../audit/record.ts";
import { AppError } from "../../errors/app-error.ts";
import type { ActCtx } from "../preventive-measures/measure-deps.ts";
import type { Executor, SendDeps } from "./handoff-deps.ts";

/** One hand-off a record's use case sends (several bodies told of one event: one item each). */
export interface HandoffToSend {
  readonly ground: HandoffGroundCode;
  readonly receiverBodyId: string;
  readonly record: { readonly type: HandoffRecordType; readonly id: string };
  /** The record's territory (figures by territory). */
  readonly territoryPath: string;
  /** The event the clock runs from (an issuance, a refusal, a report's receipt). */
  readonly eventAt: Date;
  /** Required when the ground's clock is null: the domain's due date (a release notice, 001 Art. 80(10)(4)). */
  readonly dueAt?: Date;
  /** When it was sent; now when not given (a measure's fact gives its own instant). */
  readonly sentAt?: Date;
  /**
   * A more precise provision than the ground's (a report's routing names the body's competence, e.g.
   * 001 Art. 22(3) for guardianship); the ground's article when not given.
   */
  readonly article?: string;
}

/** As sent by a measure's fact: the receiver is the competent body of a type, found in the same statement. */
export type HandoffToCompetentBody = Omit<HandoffToSend, "receiverBodyId"> & {
  readonly receiverBodyType: string;
  /** Sent only where such a body is registered; otherwise skipped instead of refused. */
  readonly optional?: boolean;
};

/** A re-route keeps the declined hand-off's event, clock and due instant (the clock keeps running). */
interface Planned {
  readonly id: string;
  readonly ground: string;
  readonly article: string;
  readonly clock: HandoffClock | null;
  readonly receiver_body_id: string | null;
  readonly receiver_type: string | null;
  readonly record_type: string;
  readonly record_id: string;
  readonly territory_path: string;
  readonly event_at: Date;
  readonly sent_at: Date;
  readonly due_at: Date;
  readonly rerouted_from_id: string | null;
  readonly notice: string;
  /** The ground's receiving body types, comma-separated (the receiver must be of one). */
  readonly allowed: string;
  readonly optional: boolean;
}

/**
 * The notice a gateway sends the receiving body (handoff_notice_outbox): in Kazakh and Russian, the
 * state languages; the article in words, the due instant in Almaty time and the link — never a name,
 * an IIN or what the record says (R11).
 */
function noticeText(id: string, article: string, dueAt: Date): string {
  const due = formatDisplayDateTime(dueAt);
  return [
    `Aldyn: сіздің органға жаңа хабарлама жіберілді (${renderCitation(article, "kk")}), алғанын растау мерзімі ${due}. /handoffs/${id}`,
    `Aldyn: вашему органу направлено новое сообщение (${renderCitation(article, "ru")}), подтвердить получение до ${due}. /handoffs/${id}`,
  ].join("\n");
}

function plan(item: HandoffToSend | HandoffToCompetentBody, now: Date, deps: SendDeps): Planned {
  if (!isHandoffGroundCode(item.ground))
    throw new AppError("validation.failed", `Unknown ground of a hand-off: ${item.ground}.`, {
      field: "ground",
    });
  const g = HANDOFF_GROUNDS[item.ground];
  if (g.recordType !== item.record.type)
    throw new AppError("validation.failed", `The ground ${g.code} concerns a ${g.recordType}.`, {
      field: "ground",
    });
  let dueAt: Date;
  if (g.clock) dueAt = handoffDueAt(g.clock, item.eventAt, deps.workCalendar, deps.clockConfig);
  else if (item.dueAt) dueAt = item.dueAt;
  else
    throw new AppError("validation.failed", `The ground ${g.code} needs its due date.`, { field: "dueAt" });
  const id = randomUUID();
  return {
    id,
    ground: g.code,
    article: item.article ?? g.article,
    clock: g.clock,
    receiver_body_id: "receiverBodyId" in item ? item.receiverBodyId : null,
    receiver_type: "receiverBodyType" in item ? item.receiverBodyType : null,
    record_type: item.record.type,
    record_id: item.record.id,
    territory_path: item.territoryPath,
    event_at: item.eventAt,
    sent_at: item.sentAt ?? now,
    due_at: dueAt,
    rerouted_from_id: null,
    notice: noticeText(id, item.article ?? g.article, dueAt),
    allowed: receivingBodyTypes(g.receiverBodyTypes).join(","),
    optional: "optional" in item && item.optional === true,
  };
}

/**
 * Sends hand-offs inside the caller's transaction — the record's own write and its hand-offs commit
 * together (a measure's `prosecutor_notified` and the copy to the prosecutor, 001 Art. 51(3); a
 * report's routing and each body told, 39(3)). Each hand-off gets its `sent` fact, its notice in the
 * outbox for the e-mail gateway and its audit row `handoff.send` (this function writes them; the
 * caller writes its record's own). One statement for all items.
 * The receiver must be a body of one of the ground's types: an unknown body is a 400
 * (`handoff.unknown_body`), another type a 422 (`handoff.receiver_not_competent`, with the article).
 */
export async function sendHandoffs(
  trx: Executor,
  ctx: ActCtx,
  items: readonly HandoffToSend[],
  deps: SendDeps & { now?: () => Date },
): Promise<{ id: string; dueAt: Date }[]> {
  const now = deps.now?.() ?? new Date();
  return writePlanned(
    trx,
    ctx,
    ctx.actor.bodyId,
    items.map((i) => plan(i, now, deps)),
  );
}

/** As sendHandoffs, each to the competent body of a type for the record's territory (competent-body.ts). */
export async function sendToCompetentBodies(
  trx: Executor,
  ctx: ActCtx,
  items: readonly HandoffToCompetentBody[],
  deps: SendDeps & { now?: () => Date },
): Promise<{ id: string; dueAt: Date }[]> {
  const now = deps.now?.() ?? new Date();
  return writePlanned(
    trx,
    ctx,
    ctx.actor.bodyId,
    items.map((i) => plan(i, now, deps)),
  );
}

/**
 * A declined hand-off sent on to another body: its event, clock and due instant stay (001 Art. 39(3)).
 * The duty to inform stays the original sender's, so the new hand-off is still from that body (its
 * outbox shows where it went, and it hears when that one is overdue); `sent_by` is the user who
 * declined and re-routed it.
 */
export async function sendReroute(
  trx: Executor,
  ctx: ActCtx,
  from: {
    readonly id: string;
    readonly sender_body_id: string;
    readonly ground: string;
    readonly article: string;
    readonly clock: string | null;
    readonly record_type: string;
    readonly record_id: string;
    readonly territory_path: string;
    readonly event_at: Date;
    readonly due_at: Date;
  },
  receiverBodyId: string,
  now: Date,
  id: string = randomUUID(),
): Promise<string> {
  const [sent] = await writePlanned(trx, ctx, from.sender_body_id, [
    {
      id,
      ground: from.ground,
      article: from.article,
      clock: from.clock as HandoffClock | null,
      receiver_body_id: receiverBodyId,
      receiver_type: null,
      record_type: from.record_type,
      record_id: from.record_id,
      territory_path: from.territory_path,
      event_at: from.event_at,
      sent_at: now,
      due_at: from.due_at,
      rerouted_from_id: from.id,
      notice: noticeText(id, from.article, from.due_at),
      allowed: isHandoffGroundCode(from.ground)
        ? receivingBodyTypes(HANDOFF_GROUNDS[from.ground].receiverBodyTypes).join(",")
        : "",
      optional: false,
    },
  ]);
  return sent!.id;
}

const json = (v: unknown) => sql`${JSON.stringify(v)}::jsonb`;

async function writePlanned(
  trx: Executor,
  ctx: ActCtx,
  senderBodyId: string,
  planned: readonly Planned[],
): Promise<{ id: string; dueAt: Date }[]> {
  if (planned.length === 0) return [];
  // One audit row per hand-off written (R11.2), in the same statement.
  const v = auditValues(ctx.audit, { action: "handoff.send", recordType: "handoff", fields: [] });
  // The receiver is the named body or the competent body of the named type, and it must be of one of
  // the ground's types; a row that finds none is not written and the count below says so.
  const r = await sql<{ id: string }>`
    WITH items AS (
      SELECT i.*, coalesce(i.receiver_body_id, handoff_competent_body(i.receiver_type, i.territory_path)) AS receiver
        FROM jsonb_to_recordset(${json(planned)}) AS i(id uuid, ground text, article text, clock text,
          receiver_body_id uuid, receiver_type text, record_type text, record_id uuid, territory_path text,
          event_at timestamptz, sent_at timestamptz, due_at timestamptz, rerouted_from_id uuid, notice text,
          allowed text)
    ),
    ok AS (
      SELECT i.* FROM items i JOIN body b ON b.id = i.receiver
       WHERE b.type = ANY (string_to_array(i.allowed, ','))
    ),
    h AS (
      INSERT INTO handoff (id, ground, article, clock, sender_body_id, receiver_body_id, record_type, record_id,
        territory_path, event_at, sent_at, due_at, state, rerouted_from_id, sent_by)
      SELECT id, ground, article, clock, ${senderBodyId}::uuid, receiver, record_type, record_id,
        territory_path, event_at, sent_at, due_at, 'sent', rerouted_from_id, ${ctx.userId}::uuid
        FROM ok
      RETURNING id
    ),
    f AS (
      INSERT INTO handoff_fact (handoff_id, seq, type, at, data, recorded_by)
      SELECT ok.id, 0, 'sent', ok.sent_at,
        CASE WHEN ok.rerouted_from_id IS NULL THEN '{}'::jsonb
             ELSE jsonb_build_object('reroutedFromId', ok.rerouted_from_id) END,
        ${ctx.userId}::uuid
        FROM ok JOIN h ON h.id = ok.id
    ),
    o AS (
      INSERT INTO handoff_notice_outbox (handoff_id, receiver_body_id, channel, text)
      SELECT ok.id, ok.receiver, 'email', ok.notice FROM ok JOIN h ON h.id = ok.id
    ),
    au AS (
      INSERT INTO audit_log (actor_id, actor_name, role, body_id, action, record_type, record_id, fields, route, ip,
        request_id)
      SELECT ${v.actor_id}::uuid, ${v.actor_name}::text, ${v.role}::text, ${v.body_id}::uuid, ${v.action}::text,
        ${v.record_type}::text, h.id::text, ${v.fields}::text[], ${v.route}::text, ${v.ip}::text,
        ${v.request_id}::text
        FROM h
    )
    SELECT id FROM h`.execute(trx);
  const written = new Set(r.rows.map((x) => x.id));
  const missing = planned.filter((p) => !written.has(p.id));
  if (missing.some((p) => !p.optional))
    await refuseReceivers(
      trx,
      missing.filter((p) => !p.optional),
    );
  return planned.filter((p) => written.has(p.id)).map((p) => ({ id: p.id, dueAt: p.due_at }));
}

/**
 * Some item found no receiver: say which and why. Thrown, it rolls back the caller's transaction, so
 * nothing of the record's write is left half-done.
 */
async function refuseReceivers(trx: Executor, planned: readonly Planned[]): Promise<never> {
  for (const p of planned) {
    const g = HANDOFF_GROUNDS[p.ground as HandoffGroundCode];
    if (p.receiver_body_id === null) {
      const found = await sql<{ id: string | null }>`
        SELECT handoff_competent_body(${p.receiver_type}, ${p.territory_path}) AS id`.execute(trx);
      if (!found.rows[0]?.id)
        throw new AppError(
          "handoff.no_competent_body",
          `No body of the type ${p.receiver_type} covers the record's territory to receive it (${g.article}).`,
          { field: "receiverBodyType", article: g.article },
        );
      continue;
    }
    const body = await sql<{
      type: string;
    }>`SELECT type FROM body WHERE id = ${p.receiver_body_id}::uuid`.execute(trx);
    const type = body.rows[0]?.type;
    if (!type)
      throw new AppError("handoff.unknown_body", "The receiving body does not exist.", {
        field: "receiverBodyId",
      });
    if (!(receivingBodyTypes(g.receiverBodyTypes) as readonly string[]).includes(type))
      throw new AppError(
        "handoff.receiver_not_competent",
        `A body of the type ${type} does not receive this (${g.article}).`,
        { field: "receiverBodyId", article: g.article },
      );
  }
  throw new AppError(
    "conflict.stale_version",
    "A receiving body changed while the hand-offs were sent; try again.",
  );
}
