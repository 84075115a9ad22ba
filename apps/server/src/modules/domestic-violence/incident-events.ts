import { sql, type Transaction } from "kysely";
import { INCIDENT_CLOCK_TOLERANCE_MINUTES, INCIDENT_EVENT_ARTICLES, isIncidentEventType } from "@aldyn/law";
import type { DvIncidentEventCreate } from "@aldyn/contract";
import { recordAudit } from "../../audit/record.ts";
import type { Database } from "../../db/schema.ts";
import { AppError, notFound } from "../../errors/app-error.ts";
import type { ActCtx, MeasureDeps } from "../preventive-measures/measure-deps.ts";
import { authorizeOn } from "../preventive-measures/measure-access.ts";
import { authorizeCaseUpdate } from "../families/family-access.ts";

interface LockedIncident {
  id: string;
  family_id: string;
  occurred_at: Date;
  path: string;
}

/** The incident locked for a new event or link (its events stay in order); 404 when none. */
async function lockIncident(trx: Transaction<Database>, id: string): Promise<LockedIncident> {
  const i = await trx
    .selectFrom("dv_incident as i")
    .innerJoin("territory as t", "t.id", "i.territory_id")
    .select(["i.id", "i.family_id", "i.occurred_at", "t.path"])
    .where("i.id", "=", id)
    .forUpdate("i")
    .executeTakeFirst();
  if (!i) throw notFound("The incident");
  return i;
}

async function appendEvent(
  trx: Transaction<Database>,
  incidentId: string,
  e: { type: string; at: Date; note: string | null; measureId: string | null; by: string },
): Promise<void> {
  await sql`
    INSERT INTO dv_incident_event (incident_id, seq, type, at, note, measure_id, recorded_by)
    SELECT ${incidentId}::uuid, coalesce(max(seq) + 1, 0), ${e.type}, ${e.at}::timestamptz, ${e.note},
      ${e.measureId}::uuid, ${e.by}::uuid
      FROM dv_incident_event WHERE incident_id = ${incidentId}::uuid`.execute(trx);
  await trx
    .updateTable("dv_incident")
    .set((eb) => ({ version: eb("version", "+", 1) }))
    .where("id", "=", incidentId)
    .execute();
}

/**
 * An event on an incident (append-only, the law's INCIDENT_EVENT_TYPES): the immediate response
 * (001 Art. 72(3)(1)), order ensured while the victim removed hygiene items, seasonal clothing and
 * identity documents from the shared dwelling (72(3)(3)), a note. A measure is linked by its own route.
 * Its instant lies between the incident and now (400 on `at`); one transaction with the audit row.
 */
export async function recordIncidentEvent(
  deps: MeasureDeps,
  ctx: ActCtx,
  incidentId: string,
  body: DvIncidentEventCreate,
): Promise<void> {
  if (!isIncidentEventType(body.type) || body.type === "measure_linked")
    throw new AppError("validation.failed", `An incident has no event "${body.type}" to record here.`, {
      field: "type",
    });
  const article = INCIDENT_EVENT_ARTICLES[body.type];
  const at = new Date(body.at);
  const now = deps.now();
  await deps.db.transaction().execute(async (trx) => {
    const i = await lockIncident(trx, incidentId);
    authorizeCaseUpdate(ctx.actor, i.path);
    if (at.getTime() > now.getTime() + INCIDENT_CLOCK_TOLERANCE_MINUTES * 60_000)
      throw new AppError("validation.failed", "The event cannot be in the future.", { field: "at", article });
    if (at.getTime() < new Date(i.occurred_at).getTime())
      throw new AppError("validation.failed", "The event cannot precede the incident.", {
        field: "at",
        article,
      });
    await appendEvent(trx, incidentId, {
      type: body.type,
      at,
      note: body.note ?? null,
      measureId: null,
      by: ctx.userId,
    });
    await recordAudit(trx, ctx.audit, {
      action: "dv_incident.update",
      recordType: "dv_incident",
      recordId: incidentId,
      fields: body.note ? ["events"] : [],
    });
  });
}

/**
 * Links a measure already issued (a protective order, 001 Art. 60; a registration, 54(1)) to the
 * incident and its family: the measure must exist and be readable by the officer; linked twice is a
 * 409. A `measure_linked` event records it. (A measure issued with `incidentId` is linked by
 * issue-measure.ts in its own transaction.)
 */
export async function linkIncidentMeasure(
  deps: MeasureDeps,
  ctx: ActCtx,
  incidentId: string,
  measureId: string,
): Promise<void> {
  const now = deps.now();
  await deps.db.transaction().execute(async (trx) => {
    const i = await lockIncident(trx, incidentId);
    authorizeCaseUpdate(ctx.actor, i.path);
    const m = await trx
      .selectFrom("measure")
      .select(["id", "territory_path", "issuer_body_id"])
      .where("id", "=", measureId)
      .executeTakeFirst();
    if (!m) throw new AppError("validation.failed", "The measure does not exist.", { field: "measureId" });
    authorizeOn(ctx.actor, "read", {
      type: "measure",
      territoryPath: m.territory_path,
      bodyId: m.issuer_body_id,
    });
    const linked = await trx
      .insertInto("dv_incident_measure")
      .values({ incident_id: incidentId, measure_id: measureId, linked_at: now })
      .onConflict((oc) => oc.doNothing())
      .returning("measure_id")
      .executeTakeFirst();
    if (!linked)
      throw new AppError("conflict.duplicate", "The measure is already linked to the incident.", {
        field: "measureId",
      });
    await trx
      .insertInto("family_measure")
      .values({ family_id: i.family_id, measure_id: measureId, linked_at: now })
      .onConflict((oc) => oc.doNothing())
      .execute();
    await appendEvent(trx, incidentId, {
      type: "measure_linked",
      at: now,
      note: null,
      measureId,
      by: ctx.userId,
    });
    await recordAudit(trx, ctx.audit, {
      action: "dv_incident.update",
      recordType: "dv_incident",
      recordId: incidentId,
      fields: [],
    });
  });
}
