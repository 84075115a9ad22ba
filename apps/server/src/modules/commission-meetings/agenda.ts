import { sql } from "kysely";
import { legalDateOf, orderAgenda } from "@aldyn/law";
import type { MeetingAgendaOrder, MeetingCreate, MeetingItemCreate } from "@aldyn/contract";
import { recordAudit } from "../../audit/record.ts";
import { AppError, notFound } from "../../errors/app-error.ts";
import type { ActCtx, MeasureDeps } from "../preventive-measures/measure-deps.ts";
import {
  bumpVersion,
  caseEvent,
  isSecretaryOf,
  label,
  loadMeeting,
  refuseHeld,
  requireSecretary,
  setCaseState,
  unknown,
  type Q,
} from "./meeting-common.ts";

/** The commission the user keeps as its secretary: the user's own body, a commission (001 Art. 79(4)). */
async function ownCommission(db: Q, ctx: ActCtx): Promise<{ id: string; path: string }> {
  const c = await db
    .selectFrom("minors_commission as c")
    .innerJoin("body as b", "b.id", "c.body_id")
    .innerJoin("territory as t", "t.id", "b.territory_id")
    .select(["c.body_id", "t.path"])
    .where("c.body_id", "=", ctx.actor.bodyId)
    .executeTakeFirst();
  const linked = c
    ? null
    : await db
        .selectFrom("commission_member as m")
        .innerJoin("body as b", "b.id", "m.commission_body_id")
        .innerJoin("territory as t", "t.id", "b.territory_id")
        .select(["m.commission_body_id as body_id", "t.path"])
        .where("m.user_id", "=", ctx.userId)
        .where("m.role", "=", "secretary")
        .where("m.ended_on", "is", null)
        .executeTakeFirst();
  const found = c ?? linked;
  if (!found || !(await isSecretaryOf(db, ctx, found.body_id, found.path)))
    throw new AppError("meeting.not_secretary", "The commission's secretary keeps its meetings.", {
      article: "001 Art. 79(4)",
    });
  return { id: found.body_id, path: found.path };
}

/** Puts cases on a meeting's agenda after its last item: each case → scheduled with its event. */
async function scheduleCases(
  trx: Q,
  ctx: ActCtx,
  meeting: { id: string; number: number; year: number },
  caseIds: readonly string[],
): Promise<void> {
  if (caseIds.length === 0) return;
  const last = await trx
    .selectFrom("meeting_item")
    .select((eb) => eb.fn.max("seq").as("n"))
    .where("meeting_id", "=", meeting.id)
    .executeTakeFirst();
  let seq = Number(last?.n ?? 0);
  const cases = await trx
    .selectFrom("minors_case")
    .select(["id", "number", "summary"])
    .where("id", "in", [...caseIds])
    .execute();
  const byId = new Map(cases.map((c) => [c.id, c]));
  for (const id of caseIds) {
    const c = byId.get(id)!;
    await trx
      .insertInto("meeting_item")
      .values({ meeting_id: meeting.id, seq: ++seq, kind: "case", case_id: id, title: caseTitle(c) })
      .execute();
    await setCaseState(trx, id, "scheduled");
    await caseEvent(trx, id, "scheduled", ctx.userId, `meeting ${label(meeting)}`);
  }
}

/** An agenda item's title for a case: its number and summary (no name: the agenda is read widely). */
const caseTitle = (c: { number: string; summary: string | null }): string =>
  (c.summary ? `${c.number}: ${c.summary}` : c.number).slice(0, 500);

/**
 * Plans the commission's next meeting (R4.1): its number within the year, and its agenda filled with
 * the commission's ready cases in the order of the law package's orderAgenda (urgent first, then the
 * longest ready; system reading of 001 Art. 79(7)); each case becomes scheduled. One transaction.
 */
export async function createMeeting(
  deps: MeasureDeps,
  ctx: ActCtx,
  body: MeetingCreate,
): Promise<{ id: string; items: number }> {
  const commission = await ownCommission(deps.db, ctx);
  const at = new Date(body.scheduledAt);
  const year = Number(legalDateOf(at).slice(0, 4));
  return deps.db.transaction().execute(async (trx) => {
    // One numbering per commission and year: the commission's row serialises its meetings' numbers.
    await sql`SELECT 1 FROM minors_commission WHERE body_id = ${commission.id}::uuid FOR UPDATE`.execute(trx);
    const n = await trx
      .selectFrom("commission_meeting")
      .select((eb) => eb.fn.max("number").as("n"))
      .where("commission_body_id", "=", commission.id)
      .where("year", "=", year)
      .executeTakeFirst();
    const number = Number(n?.n ?? 0) + 1;
    const m = await trx
      .insertInto("commission_meeting")
      .values({
        commission_body_id: commission.id,
        year,
        number,
        scheduled_at: at,
        place: body.place,
        created_by: ctx.userId,
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    const ready = await sql<{ id: string; ready_at: Date; urgent: boolean }>`
      SELECT id, ready_at, urgent FROM minors_case
       WHERE commission_body_id = ${commission.id}::uuid AND state = 'ready'
       FOR UPDATE`.execute(trx);
    const order = orderAgenda(
      ready.rows.map((c) => ({ caseId: c.id, readyAt: new Date(c.ready_at), urgent: c.urgent })),
    );
    await scheduleCases(trx, ctx, { id: m.id, number, year }, order);
    await recordAudit(trx, ctx.audit, {
      action: "commission_meeting.create",
      recordType: "commission_meeting",
      recordId: m.id,
      fields: ["agenda"],
    });
    return { id: m.id, items: order.length };
  });
}

/** The secretary orders the agenda before the meeting (system reading of 79(7)): every item, once. */
export async function reorderAgenda(
  deps: MeasureDeps,
  ctx: ActCtx,
  meetingId: string,
  body: MeetingAgendaOrder,
): Promise<void> {
  await deps.db.transaction().execute(async (trx) => {
    const m = await loadMeeting(trx, meetingId, true);
    await requireSecretary(trx, ctx, m);
    refuseHeld(m);
    const items = await trx.selectFrom("meeting_item").select("id").where("meeting_id", "=", m.id).execute();
    const have = new Set(items.map((i) => i.id));
    const given = new Set(body.itemIds);
    if (
      given.size !== body.itemIds.length ||
      given.size !== have.size ||
      body.itemIds.some((i) => !have.has(i))
    )
      throw new AppError("validation.failed", "List every item of the agenda once.", { field: "itemIds" });
    await sql`SET CONSTRAINTS meeting_item_seq_unique DEFERRED`.execute(trx);
    for (const [i, id] of body.itemIds.entries())
      await trx
        .updateTable("meeting_item")
        .set({ seq: i + 1 })
        .where("id", "=", id)
        .execute();
    await bumpVersion(trx, m.id);
    await recordAudit(trx, ctx.audit, {
      action: "commission_meeting.update",
      recordType: "commission_meeting",
      recordId: m.id,
      fields: ["agenda"],
    });
  });
}

/**
 * Adds an item: a ready case of the commission (→ scheduled), a report of the head of a body heard
 * (001 Art. 79(6)(7)) or another question. Before the meeting is held.
 */
export async function addItem(
  deps: MeasureDeps,
  ctx: ActCtx,
  meetingId: string,
  body: MeetingItemCreate,
): Promise<void> {
  await deps.db.transaction().execute(async (trx) => {
    const m = await loadMeeting(trx, meetingId, true);
    await requireSecretary(trx, ctx, m);
    refuseHeld(m);
    if (body.kind === "case") {
      if (!body.caseId) throw new AppError("validation.failed", "Name the case.", { field: "caseId" });
      const c = await sql<{ state: string; commission_body_id: string }>`
        SELECT state, commission_body_id FROM minors_case WHERE id = ${body.caseId}::uuid FOR UPDATE`.execute(
        trx,
      );
      const row = c.rows[0];
      if (!row || row.commission_body_id !== m.commission_body_id) throw unknown("caseId", "The case");
      if (row.state !== "ready")
        throw new AppError("meeting.case_not_ready", "Only a case marked ready goes on the agenda.", {
          field: "caseId",
          article: "001 Art. 79(7)",
        });
      await scheduleCases(trx, ctx, m, [body.caseId]);
    } else {
      if (body.caseId)
        throw new AppError("validation.failed", "Only a case item names a case.", { field: "caseId" });
      if (body.kind === "other" && body.reportingBodyId)
        throw new AppError("validation.failed", "Only a report heard names a reporting body.", {
          field: "reportingBodyId",
        });
      if (body.kind === "report_heard") {
        if (!body.reportingBodyId)
          throw new AppError("validation.failed", "Name the body whose head reports (001 Art. 79(6)(7)).", {
            field: "reportingBodyId",
          });
        const b = await trx
          .selectFrom("body")
          .select("id")
          .where("id", "=", body.reportingBodyId)
          .executeTakeFirst();
        if (!b) throw unknown("reportingBodyId", "The body");
      }
      const last = await trx
        .selectFrom("meeting_item")
        .select((eb) => eb.fn.max("seq").as("n"))
        .where("meeting_id", "=", m.id)
        .executeTakeFirst();
      await trx
        .insertInto("meeting_item")
        .values({
          meeting_id: m.id,
          seq: Number(last?.n ?? 0) + 1,
          kind: body.kind,
          title: body.title,
          reporting_body_id: body.reportingBodyId ?? null,
        })
        .execute();
    }
    await bumpVersion(trx, m.id);
    await recordAudit(trx, ctx.audit, {
      action: "commission_meeting.update",
      recordType: "commission_meeting",
      recordId: m.id,
      fields: ["agenda"],
    });
  });
}

/** Takes an item off the agenda before the meeting; its case goes back to ready for the next one. */
export async function removeItem(deps: MeasureDeps, ctx: ActCtx, meetingId: string, itemId: string) {
  await deps.db.transaction().execute(async (trx) => {
    const m = await loadMeeting(trx, meetingId, true);
    await requireSecretary(trx, ctx, m);
    refuseHeld(m);
    const item = await trx
      .selectFrom("meeting_item")
      .select(["id", "case_id"])
      .where("id", "=", itemId)
      .where("meeting_id", "=", m.id)
      .executeTakeFirst();
    if (!item) throw notFound("The agenda item");
    await trx.deleteFrom("meeting_invitation").where("item_id", "=", itemId).execute();
    await trx.deleteFrom("meeting_item").where("id", "=", itemId).execute();
    // The remaining items keep their order, numbered from 1.
    await sql`SET CONSTRAINTS meeting_item_seq_unique DEFERRED`.execute(trx);
    await sql`UPDATE meeting_item i SET seq = o.n FROM (
        SELECT id, row_number() OVER (ORDER BY seq)::int AS n FROM meeting_item WHERE meeting_id = ${m.id}::uuid
      ) o WHERE o.id = i.id`.execute(trx);
    if (item.case_id) {
      await setCaseState(trx, item.case_id, "ready");
      await caseEvent(trx, item.case_id, "returned", ctx.userId, `off the agenda of meeting ${label(m)}`);
    }
    await bumpVersion(trx, m.id);
    await recordAudit(trx, ctx.audit, {
      action: "commission_meeting.update",
      recordType: "commission_meeting",
      recordId: m.id,
      fields: ["agenda"],
    });
  });
}

export { scheduleCases };
