import type { Transaction } from "kysely";
import type {
  MinorsCaseClose,
  MinorsCaseMaterialCreate,
  MinorsCasePatch,
  MinorsCasePersonAdd,
} from "@aldyn/contract";
import { recordAudit } from "../../audit/record.ts";
import type { Database } from "../../db/schema.ts";
import { AppError, notFound } from "../../errors/app-error.ts";
import type { ActCtx, MeasureDeps } from "../preventive-measures/measure-deps.ts";
import { authorizeAct } from "../handoffs/handoff-access.ts";
import { loadHandoff } from "../handoffs/handoff.queries.ts";
import { acceptHandoffIn } from "./accept-handoff.ts";
import { addEvent, addMaterialRow } from "./case-rows.ts";
import {
  authorize,
  commissionLinks,
  commissionResource,
  notAfterToday,
  todayOf,
  unknown,
} from "./mc-common.ts";

interface LockedCase {
  id: string;
  state: "gathering" | "ready" | "scheduled" | "decided" | "closed";
  version: number;
  opened_on: string;
}

/**
 * Locks a case for a write by its commission's secretary (001 Art. 79(4)): `update` on the case as the
 * access rules see it (its commission's body; a commission above only reads it, 79(6)(4)); a stale
 * version is a 409.
 */
async function lockCase(
  trx: Transaction<Database>,
  ctx: ActCtx,
  id: string,
  version: number | undefined,
): Promise<LockedCase> {
  const c = await trx
    .selectFrom("minors_case")
    .select(["id", "state", "version", "opened_on", "territory_path", "commission_body_id"])
    .where("id", "=", id)
    .forUpdate()
    .executeTakeFirst();
  if (!c) throw notFound("The case");
  const links = await commissionLinks(trx);
  authorize(
    ctx.actor,
    "update",
    commissionResource("minors_case", c.territory_path, c.commission_body_id, links),
  );
  if (version !== undefined && version !== c.version)
    throw new AppError("conflict.stale_version", "Someone else changed this case; reload and try again.", {
      field: "version",
    });
  return c;
}

function closed(): AppError {
  return new AppError("minors_case.closed", "The case is closed.");
}

async function bump(
  trx: Transaction<Database>,
  id: string,
  set: Record<string, unknown> = {},
): Promise<void> {
  await trx
    .updateTable("minors_case")
    .set((eb) => ({ ...set, version: eb("version", "+", 1), updated_at: new Date() }))
    .where("id", "=", id)
    .execute();
}

/**
 * Adds a material to an open case (001 Art. 79(6)(9)): a hand-off addressed to the commission (accepted
 * in the same transaction, as when a case is opened from it), a measure, an attachment, a note or a
 * report. The reference matches the kind; a closed case takes none (409).
 */
export async function addMaterial(
  deps: MeasureDeps,
  ctx: ActCtx,
  id: string,
  body: MinorsCaseMaterialCreate,
): Promise<string> {
  const ref = { handoff: body.handoffId, measure: body.measureId, attachment: body.attachmentId };
  for (const [kind, value] of Object.entries(ref))
    if ((kind === body.kind) !== (value !== undefined))
      throw new AppError(
        "validation.failed",
        `A ${body.kind} material names ${kind === body.kind ? "its" : "no"} ${kind}.`,
        {
          field: `${kind}Id`,
        },
      );
  notAfterToday(body.receivedOn, todayOf(deps.now()), "receivedOn");
  const handoff = body.handoffId ? await loadHandoff(deps.db, body.handoffId) : null;
  if (body.handoffId && !handoff) throw notFound("The hand-off");
  if (handoff) authorizeAct(ctx, handoff.row);
  if (body.measureId) {
    const m = await deps.db
      .selectFrom("measure")
      .select("id")
      .where("id", "=", body.measureId)
      .executeTakeFirst();
    if (!m) throw unknown("measureId", "The measure");
  }
  if (body.attachmentId) {
    const a = await deps.db
      .selectFrom("attachment")
      .select("id")
      .where("id", "=", body.attachmentId)
      .executeTakeFirst();
    if (!a) throw unknown("attachmentId", "The attachment");
  }
  try {
    return await deps.db.transaction().execute(async (trx) => {
      const c = await lockCase(trx, ctx, id, undefined);
      if (c.state === "closed") throw closed();
      if (handoff) await acceptHandoffIn(trx, ctx, handoff.row, handoff.facts, deps.now());
      const materialId = await addMaterialRow(trx, ctx, id, {
        kind: body.kind,
        title: body.title,
        note: body.note ?? null,
        receivedOn: body.receivedOn,
        handoffId: body.handoffId ?? null,
        measureId: body.measureId ?? null,
        attachmentId: body.attachmentId ?? null,
      });
      await addEvent(trx, ctx, id, "material_added", null);
      await bump(trx, id);
      await recordAudit(trx, ctx.audit, {
        action: "minors_case.material_add",
        recordType: "minors_case",
        recordId: id,
        fields: ["materials"],
      });
      return materialId;
    });
  } catch (e) {
    if ((e as { constraint?: string }).constraint === "minors_case_material_handoff_once")
      throw new AppError("minors_case.handoff_used", "The hand-off is already a material of a case.", {
        field: "handoffId",
      });
    throw e;
  }
}

/**
 * The secretary marks a gathering case ready: it then fills the next meeting's agenda, oldest ready
 * first (orderAgenda; 001 Art. 79(7) as the system reads it). Only a gathering case (409).
 */
export async function markReady(deps: MeasureDeps, ctx: ActCtx, id: string, version?: number): Promise<void> {
  await deps.db.transaction().execute(async (trx) => {
    const c = await lockCase(trx, ctx, id, version);
    if (c.state !== "gathering")
      throw new AppError("minors_case.not_gathering", "Only a case gathering materials is marked ready.", {
        field: "state",
      });
    await bump(trx, id, { state: "ready", ready_at: deps.now() });
    await addEvent(trx, ctx, id, "ready", null);
    await recordAudit(trx, ctx.audit, {
      action: "minors_case.ready",
      recordType: "minors_case",
      recordId: id,
      fields: ["state"],
    });
  });
}

/**
 * Closes a case with the reason (considered and done, or nothing to consider). A case on a meeting's
 * agenda is taken off the agenda first (409 minors_case.scheduled); a closed one stays closed.
 */
export async function closeCase(
  deps: MeasureDeps,
  ctx: ActCtx,
  id: string,
  body: MinorsCaseClose,
): Promise<void> {
  const today = todayOf(deps.now());
  const closedOn = body.closedOn ?? today;
  notAfterToday(closedOn, today, "closedOn");
  await deps.db.transaction().execute(async (trx) => {
    const c = await lockCase(trx, ctx, id, body.version);
    if (c.state === "closed") throw closed();
    if (c.state === "scheduled")
      throw new AppError(
        "minors_case.scheduled",
        "The case is on a meeting's agenda; take it off the agenda first.",
        {
          field: "state",
        },
      );
    if (closedOn < c.opened_on)
      throw new AppError("validation.failed", "A case cannot close before it was opened.", {
        field: "closedOn",
      });
    await bump(trx, id, { state: "closed", closed_on: closedOn, closed_reason: body.reason });
    await addEvent(trx, ctx, id, "closed", body.reason);
    await recordAudit(trx, ctx.audit, {
      action: "minors_case.close",
      recordType: "minors_case",
      recordId: id,
      fields: ["closedOn", "reason"],
    });
  });
}

/** The secretary states what the case is about or marks it urgent (first on the agenda). */
export async function patchCase(
  deps: MeasureDeps,
  ctx: ActCtx,
  id: string,
  body: MinorsCasePatch,
): Promise<void> {
  await deps.db.transaction().execute(async (trx) => {
    const c = await lockCase(trx, ctx, id, body.version);
    if (c.state === "closed") throw closed();
    const set: Record<string, unknown> = {};
    if (body.summary !== undefined) set.summary = body.summary;
    if (body.urgent !== undefined) set.urgent = body.urgent;
    await bump(trx, id, set);
    await recordAudit(trx, ctx.audit, {
      action: "minors_case.update",
      recordType: "minors_case",
      recordId: id,
      fields: Object.keys(set),
    });
  });
}

/**
 * Adds a person to a case: a parent or another legal representative — invited with the minor (001 Art.
 * 79(6)(9)) — or another person concerned. The minor is the case's own (400 for the role); a person is
 * on a case once (409).
 */
export async function addCasePerson(
  deps: MeasureDeps,
  ctx: ActCtx,
  id: string,
  body: MinorsCasePersonAdd,
): Promise<void> {
  if (body.role === "minor")
    throw new AppError("validation.failed", "The case's minor is named when it is opened.", {
      field: "role",
    });
  const p = await deps.db
    .selectFrom("person")
    .select("id")
    .where("id", "=", body.personId)
    .executeTakeFirst();
  if (!p) throw unknown("personId", "The person");
  await deps.db.transaction().execute(async (trx) => {
    const c = await lockCase(trx, ctx, id, undefined);
    if (c.state === "closed") throw closed();
    const r = await trx
      .insertInto("minors_case_person")
      .values({ case_id: id, person_id: body.personId, role: body.role })
      .onConflict((oc) => oc.columns(["case_id", "person_id"]).doNothing())
      .returning("person_id")
      .executeTakeFirst();
    if (!r)
      throw new AppError("conflict.duplicate", "The person is already on the case.", { field: "personId" });
    await bump(trx, id);
    await recordAudit(trx, ctx.audit, {
      action: "minors_case.person_add",
      recordType: "minors_case",
      recordId: id,
      fields: ["persons"],
    });
  });
}
