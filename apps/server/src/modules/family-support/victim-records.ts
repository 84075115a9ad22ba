import { sql } from "kysely";
import { legalDateOf } from "@aldyn/law";
import type { VictimRecord, VictimRecordClose, VictimRecordCreate, VictimRecordPage } from "@aldyn/contract";
import { recordAudit, recordAuditMany } from "../../audit/record.ts";
import { inTerritory } from "../../db/territory-scope.ts";
import { AppError, notFound } from "../../errors/app-error.ts";
import type { ActCtx, MeasureDeps } from "../preventive-measures/measure-deps.ts";
import {
  authorizeCase,
  bodyRef,
  bodyRefs,
  familyPath,
  notAfterToday,
  personNames,
  personRef,
  requireCentre,
  requireIncident,
  requirePerson,
  type Q,
} from "./fs-common.ts";

/** The centre keeps records of victims of domestic violence (001 Art. 10(2)(10)). */
const ARTICLE = "001 Art. 10(2)(10)";

function alreadyOpen(): AppError {
  return new AppError(
    "victim_record.already_open",
    "The centre already keeps an open record of this person.",
    {
      field: "personId",
      article: ARTICLE,
    },
  );
}

/**
 * Opens a record of a victim at the user's centre (001 Art. 10(2)(10)): one open record per person
 * and centre (409 victim_record.already_open); the record and its audit row in one transaction.
 */
export async function openVictimRecord(deps: MeasureDeps, ctx: ActCtx, body: VictimRecordCreate) {
  const centre = await requireCentre(deps.db, ctx.actor, ARTICLE);
  authorizeCase(ctx.actor, "create", centre.territoryPath, centre.id);
  notAfterToday(body.openedOn, legalDateOf(deps.now()), "openedOn");
  await requirePerson(deps.db, body.personId);
  if (body.familyId) authorizeCase(ctx.actor, "read", await familyPath(deps.db, body.familyId));
  if (body.incidentId) await requireIncident(deps.db, body.incidentId);
  if (body.incidentId && body.source !== "incident")
    throw new AppError("validation.failed", "A record opened on an incident has the source 'incident'.", {
      field: "source",
    });
  try {
    return await deps.db.transaction().execute(async (trx) => {
      const row = await trx
        .insertInto("victim_record")
        .values({
          centre_body_id: centre.id,
          territory_path: centre.territoryPath,
          person_id: body.personId,
          family_id: body.familyId ?? null,
          opened_on: body.openedOn,
          source: body.source,
          incident_id: body.incidentId ?? null,
          recorded_by: ctx.userId,
        })
        .returning("id")
        .executeTakeFirstOrThrow();
      await recordAudit(trx, ctx.audit, {
        action: "victim_record.create",
        recordType: "victim_record",
        recordId: row.id,
        fields: ["personId", "familyId", "source"],
      });
      return row.id;
    });
  } catch (e) {
    if ((e as { constraint?: string }).constraint === "victim_record_one_open") throw alreadyOpen();
    throw e;
  }
}

/** Closes a record (support no longer needed); its audit row in the same transaction. */
export async function closeVictimRecord(deps: MeasureDeps, ctx: ActCtx, id: string, body: VictimRecordClose) {
  await deps.db.transaction().execute(async (trx) => {
    const r = await trx
      .selectFrom("victim_record")
      .select(["territory_path", "centre_body_id", "opened_on", "closed_on"])
      .where("id", "=", id)
      .forUpdate()
      .executeTakeFirst();
    if (!r) throw notFound("The record");
    authorizeCase(ctx.actor, "update", r.territory_path, r.centre_body_id);
    if (r.closed_on !== null)
      throw new AppError("victim_record.closed", "The record is already closed.", { field: "closedOn" });
    notAfterToday(body.closedOn, legalDateOf(deps.now()), "closedOn");
    if (body.closedOn < r.opened_on)
      throw new AppError("validation.failed", "A record cannot close before it was opened.", {
        field: "closedOn",
      });
    await trx
      .updateTable("victim_record")
      .set((eb) => ({ closed_on: body.closedOn, closed_reason: body.reason, version: eb("version", "+", 1) }))
      .where("id", "=", id)
      .execute();
    await recordAudit(trx, ctx.audit, {
      action: "victim_record.close",
      recordType: "victim_record",
      recordId: id,
      fields: ["closedOn", "reason"],
    });
  });
}

async function toRecords(db: Q, rows: readonly VictimRow[]): Promise<VictimRecord[]> {
  const names = await personNames(
    db,
    rows.map((r) => r.person_id),
  );
  const bodies = await bodyRefs(
    db,
    rows.map((r) => r.centre_body_id),
  );
  return rows.map((r) => ({
    id: r.id,
    centre: bodyRef(r.centre_body_id, bodies),
    person: personRef(r.person_id, names, true),
    familyId: r.family_id,
    incidentId: r.incident_id,
    openedOn: r.opened_on,
    source: r.source,
    closedOn: r.closed_on,
    closedReason: r.closed_reason,
  }));
}

interface VictimRow {
  id: string;
  centre_body_id: string;
  person_id: string;
  family_id: string | null;
  incident_id: string | null;
  opened_on: string;
  source: string;
  closed_on: string | null;
  closed_reason: string | null;
}

export async function readVictimRecord(deps: MeasureDeps, ctx: ActCtx, id: string): Promise<VictimRecord> {
  const r = await deps.db.selectFrom("victim_record").selectAll().where("id", "=", id).executeTakeFirst();
  if (!r) throw notFound("The record");
  authorizeCase(ctx.actor, "read_personal", r.territory_path, r.centre_body_id);
  await recordAudit(deps.db, ctx.audit, {
    action: "victim_record.read",
    recordType: "victim_record",
    recordId: id,
    fields: ["person"],
  });
  return (await toRecords(deps.db, [r]))[0]!;
}

/**
 * The records of victims in the reader's territory (the centre's and the DV inspector's): names are
 * victims' data, so the list needs read_personal on the case type (001 Art. 83(2)); every record
 * shown is audited as read.
 */
export async function listVictimRecords(
  deps: MeasureDeps,
  ctx: ActCtx,
  q: {
    q?: string | undefined;
    open?: "true" | "false" | undefined;
    familyId?: string | undefined;
    page: number;
    pageSize: number;
  },
): Promise<VictimRecordPage> {
  authorizeCase(ctx.actor, "read_personal", ctx.actor.territoryPath, ctx.actor.bodyId);
  let query = deps.db
    .selectFrom("victim_record as v")
    .innerJoin("person as p", "p.id", "v.person_id")
    .where(inTerritory("v.territory_path", ctx.actor.territoryPath));
  if (q.open === "true") query = query.where("v.closed_on", "is", null);
  if (q.open === "false") query = query.where("v.closed_on", "is not", null);
  if (q.familyId) query = query.where("v.family_id", "=", q.familyId);
  if (q.q) {
    const like = `%${q.q.toLowerCase().replace(/[%_\\]/g, (c) => `\\${c}`)}%`;
    query = query.where(sql<boolean>`lower(p.last_name_cyr || ' ' || p.first_name_cyr) LIKE ${like}`);
  }
  const total = await query.select((eb) => eb.fn.countAll<number>().as("n")).executeTakeFirstOrThrow();
  const rows = await query
    .select([
      "v.id",
      "v.centre_body_id",
      "v.person_id",
      "v.family_id",
      "v.incident_id",
      "v.opened_on",
      "v.source",
      "v.closed_on",
      "v.closed_reason",
    ])
    .orderBy("v.opened_on", "desc")
    .orderBy("v.id")
    .limit(q.pageSize)
    .offset((q.page - 1) * q.pageSize)
    .execute();
  await recordAuditMany(
    deps.db,
    ctx.audit,
    rows.map((r) => ({
      action: "victim_record.read",
      recordType: "victim_record",
      recordId: r.id,
      fields: ["person"],
    })),
  );
  return {
    items: await toRecords(deps.db, rows),
    total: Number(total.n),
    page: q.page,
    pageSize: q.pageSize,
    withheld: [],
  };
}
