import {
  checkAdmission,
  checkExtension,
  checkShelterStayPeriod,
  legalDateOf,
  type Refusal,
} from "@aldyn/law";
import type { StayCreate, StayDepart, StayExtension, StayExtensionResult } from "@aldyn/contract";
import type { Transaction } from "kysely";
import { recordAudit } from "../../audit/record.ts";
import type { Database } from "../../db/schema.ts";
import { AppError, notFound } from "../../errors/app-error.ts";
import type { ActCtx, MeasureDeps } from "../preventive-measures/measure-deps.ts";
import { authorizeOn } from "../preventive-measures/measure-access.ts";
import { authorizeCase, familyPath, nextSeq, requireIncident, requirePerson } from "./fs-common.ts";
import { occupancy, shelterResource } from "./shelters.ts";
import { readStay } from "./stay-read.ts";

const json = (v: Record<string, unknown>) => JSON.stringify(v);

async function appendStayFact(
  trx: Transaction<Database>,
  stayId: string,
  type: "admitted" | "extended" | "extension_refused" | "departed",
  at: Date,
  data: Record<string, unknown>,
  userId: string,
): Promise<void> {
  await trx
    .insertInto("shelter_stay_fact")
    .values({
      stay_id: stayId,
      seq: await nextSeq(trx, "shelter_stay_fact", stayId),
      type,
      at,
      data: json(data),
      recorded_by: userId,
    })
    .execute();
}

/** A full shelter is a conflict with the state of the shelter, not bad input: 409 with its article. */
function full(r: Refusal): AppError {
  return new AppError("shelter.full", r.message, { field: r.field ?? "shelterId", article: r.article });
}

/**
 * Admits a person to a shelter of the user's centre (001 Arts. 10(2)(4), 72(2)): a stay of more than
 * one month is refused by the law (422 domestic_violence.temporary_residence_over_one_month on
 * plannedUntil, 001 Art. 72(2)) and a full shelter (409 shelter.full) — nothing written either way.
 * The shelter's row is locked while its occupancy is counted, so two admissions to its last place
 * cannot both pass; the stay, its `admitted` fact and the audit row are one transaction.
 */
export async function admitToShelter(deps: MeasureDeps, ctx: ActCtx, body: StayCreate): Promise<string> {
  const period = checkShelterStayPeriod({ admittedOn: body.admittedOn, plannedUntil: body.plannedUntil });
  if (!period.ok) throw AppError.fromRefusals([period]);
  await requirePerson(deps.db, body.personId);
  if (body.familyId) authorizeCase(ctx.actor, "read", await familyPath(deps.db, body.familyId));
  if (body.incidentId) await requireIncident(deps.db, body.incidentId);
  try {
    return await deps.db.transaction().execute(async (trx) => {
      const s = await trx
        .selectFrom("shelter")
        .select(["id", "places", "territory_path", "centre_body_id", "active"])
        .where("id", "=", body.shelterId)
        .forUpdate()
        .executeTakeFirst();
      if (!s) throw new AppError("validation.failed", "The shelter does not exist.", { field: "shelterId" });
      authorizeOn(ctx.actor, "update", shelterResource(s));
      authorizeCase(ctx.actor, "create", s.territory_path, s.centre_body_id);
      if (!s.active)
        throw new AppError("validation.failed", "The shelter no longer takes anyone.", {
          field: "shelterId",
        });
      const occupied = (await occupancy(trx, [s.id], body.admittedOn)).get(s.id) ?? 0;
      const room = checkAdmission(s.places, occupied);
      if (!room.ok) throw full(room);
      const row = await trx
        .insertInto("shelter_stay")
        .values({
          shelter_id: s.id,
          person_id: body.personId,
          family_id: body.familyId ?? null,
          incident_id: body.incidentId ?? null,
          admitted_on: body.admittedOn,
          planned_until: body.plannedUntil,
          recorded_by: ctx.userId,
        })
        .returning("id")
        .executeTakeFirstOrThrow();
      await appendStayFact(
        trx,
        row.id,
        "admitted",
        deps.now(),
        { plannedUntil: body.plannedUntil },
        ctx.userId,
      );
      await recordAudit(trx, ctx.audit, {
        action: "shelter_stay.create",
        recordType: "shelter_stay",
        recordId: row.id,
        fields: ["personId", "shelterId", "admittedOn", "plannedUntil"],
      });
      return row.id;
    });
  } catch (e) {
    if ((e as { constraint?: string }).constraint === "shelter_stay_one_current")
      throw new AppError("shelter_stay.already_staying", "The person is staying in a shelter already.", {
        field: "personId",
        article: "001 Art. 72(2)",
      });
    throw e;
  }
}

/** The stay and its shelter locked for a write, with the access checks of a change. */
async function stayForWrite(trx: Transaction<Database>, ctx: ActCtx, id: string) {
  const st = await trx
    .selectFrom("shelter_stay as st")
    .innerJoin("shelter as s", "s.id", "st.shelter_id")
    .select([
      "st.id",
      "st.admitted_on",
      "st.planned_until",
      "st.departed_on",
      "s.territory_path",
      "s.centre_body_id",
    ])
    .where("st.id", "=", id)
    .forUpdate("st")
    .executeTakeFirst();
  if (!st) throw notFound("The stay");
  authorizeOn(ctx.actor, "update", shelterResource(st));
  authorizeCase(ctx.actor, "update", st.territory_path, st.centre_body_id);
  return st;
}

/**
 * A request to move the stay's planned end (001 Art. 72(2): up to one month). Within the month the
 * end moves (`extended`); past it the request is refused — and the refusal is recorded on the stay
 * (`extension_refused` with the requested day and the month's last day), so the answer is 200 with
 * the refusal's code and article and the stay unchanged. A departed stay: 422 (shelter_stay.departed).
 */
export async function requestExtension(
  deps: MeasureDeps,
  ctx: ActCtx,
  id: string,
  body: StayExtension,
): Promise<StayExtensionResult> {
  const refused = await deps.db.transaction().execute(async (trx) => {
    const st = await stayForWrite(trx, ctx, id);
    const v = checkExtension(
      { admittedOn: st.admitted_on, plannedUntil: st.planned_until, departedOn: st.departed_on },
      body.requestedUntil,
    );
    const now = deps.now();
    // A stay that has ended is a conflict with its state (409), like a second departure.
    if (!v.ok && v.code === "shelter_stay.departed")
      throw new AppError("shelter_stay.departed", v.message, {
        field: v.field ?? "requestedUntil",
        article: v.article,
      });
    if (!v.ok && v.code !== "domestic_violence.temporary_residence_over_one_month")
      throw AppError.fromRefusals([v]);
    if (!v.ok) {
      const latestEnd = String(v.params?.latestEnd ?? "");
      await appendStayFact(
        trx,
        id,
        "extension_refused",
        now,
        {
          requestedUntil: body.requestedUntil,
          latestEnd,
          article: v.article,
          ...(body.note ? { note: body.note } : {}),
        },
        ctx.userId,
      );
      await recordAudit(trx, ctx.audit, {
        action: "shelter_stay.extension_refused",
        recordType: "shelter_stay",
        recordId: id,
        fields: ["requestedUntil"],
      });
      return { code: v.code, article: v.article, latestEnd };
    }
    await trx
      .updateTable("shelter_stay")
      .set((eb) => ({ planned_until: v.value.plannedUntil, version: eb("version", "+", 1) }))
      .where("id", "=", id)
      .execute();
    await appendStayFact(
      trx,
      id,
      "extended",
      now,
      { from: st.planned_until, until: v.value.plannedUntil, ...(body.note ? { note: body.note } : {}) },
      ctx.userId,
    );
    await recordAudit(trx, ctx.audit, {
      action: "shelter_stay.extended",
      recordType: "shelter_stay",
      recordId: id,
      fields: ["plannedUntil"],
    });
    return null;
  });
  return { stay: await readStay(deps, ctx, id), refused };
}

/** The person left the shelter: the `departed` fact and the state projection, one transaction. */
export async function departFromShelter(
  deps: MeasureDeps,
  ctx: ActCtx,
  id: string,
  body: StayDepart,
): Promise<void> {
  await deps.db.transaction().execute(async (trx) => {
    const st = await stayForWrite(trx, ctx, id);
    if (st.departed_on !== null)
      throw new AppError("shelter_stay.departed", "The person has left already.", {
        field: "departedOn",
        article: "001 Art. 72(2)",
      });
    if (body.departedOn < st.admitted_on)
      throw new AppError("validation.failed", "A stay cannot end before the admission.", {
        field: "departedOn",
      });
    if (body.departedOn > legalDateOf(deps.now()))
      throw new AppError("validation.failed", "A departure is recorded once it has happened.", {
        field: "departedOn",
      });
    await trx
      .updateTable("shelter_stay")
      .set((eb) => ({ departed_on: body.departedOn, state: "departed", version: eb("version", "+", 1) }))
      .where("id", "=", id)
      .execute();
    await appendStayFact(
      trx,
      id,
      "departed",
      deps.now(),
      { departedOn: body.departedOn, ...(body.note ? { note: body.note } : {}) },
      ctx.userId,
    );
    await recordAudit(trx, ctx.audit, {
      action: "shelter_stay.departed",
      recordType: "shelter_stay",
      recordId: id,
      fields: ["departedOn"],
    });
  });
}
