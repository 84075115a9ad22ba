import { sql, type Transaction } from "kysely";
import type { Database } from "../../db/schema.ts";
import { AppError } from "../../errors/app-error.ts";
import type { ActCtx } from "../preventive-measures/measure-deps.ts";
import { authorizeOn } from "../preventive-measures/measure-access.ts";

/** What a new measure says of the family case it belongs to (MeasureCreate's familyId, incidentId). */
export interface MeasureCaseRefs {
  readonly familyId?: string | undefined;
  readonly incidentId?: string | undefined;
}

/** Whether a measure is taken on an incident already notified (its 72(3)(2) hand-offs were sent). */
export function takenOnIncident(body: MeasureCaseRefs): boolean {
  return body.incidentId !== undefined;
}

/**
 * Links a measure being issued to its family and incident, in the issuing transaction: a registration
 * of a person (family) in a difficult life situation (001 Art. 54(1)) or an assistance plan (55(1)) to
 * the family; a protective order or another measure taken on an incident of domestic violence (72) to
 * the incident — with a `measure_linked` event on it — and to the incident's family, so the family's
 * page shows every measure. The issuer must be able to read the case (access resource family_case,
 * victim barrier). An unknown family or incident, or an incident of another family, is a 400 and rolls
 * the measure back.
 */
export async function linkMeasureToCases(
  trx: Transaction<Database>,
  measureId: string,
  body: MeasureCaseRefs,
  ctx: ActCtx,
  at: Date,
): Promise<void> {
  if (body.familyId === undefined && body.incidentId === undefined) return;
  let familyId = body.familyId ?? null;
  if (body.incidentId !== undefined) {
    const incident = await trx
      .selectFrom("dv_incident as i")
      .innerJoin("territory as t", "t.id", "i.territory_id")
      .select(["i.id", "i.family_id", "t.path"])
      .where("i.id", "=", body.incidentId)
      .forUpdate("i")
      .executeTakeFirst();
    if (!incident)
      throw new AppError("validation.failed", "The incident does not exist.", { field: "incidentId" });
    authorizeOn(ctx.actor, "read", { type: "family_case", territoryPath: incident.path });
    if (familyId !== null && familyId !== incident.family_id)
      throw new AppError("validation.failed", "The incident belongs to another family.", {
        field: "familyId",
      });
    familyId = incident.family_id;
    await trx
      .insertInto("dv_incident_measure")
      .values({ incident_id: incident.id, measure_id: measureId, linked_at: at })
      .onConflict((oc) => oc.doNothing())
      .execute();
    await sql`
      INSERT INTO dv_incident_event (incident_id, seq, type, at, measure_id, recorded_by)
      SELECT ${incident.id}::uuid, coalesce(max(seq) + 1, 0), 'measure_linked', ${at}::timestamptz,
        ${measureId}::uuid, ${ctx.userId}::uuid
        FROM dv_incident_event WHERE incident_id = ${incident.id}::uuid`.execute(trx);
    await trx
      .updateTable("dv_incident")
      .set((eb) => ({ version: eb("version", "+", 1) }))
      .where("id", "=", incident.id)
      .execute();
  } else if (familyId !== null) {
    const family = await trx
      .selectFrom("family as f")
      .innerJoin("territory as t", "t.id", "f.territory_id")
      .select(["f.id", "t.path"])
      .where("f.id", "=", familyId)
      .executeTakeFirst();
    if (!family) throw new AppError("validation.failed", "The family does not exist.", { field: "familyId" });
    authorizeOn(ctx.actor, "read", { type: "family_case", territoryPath: family.path });
  }
  if (familyId !== null)
    await trx
      .insertInto("family_measure")
      .values({ family_id: familyId, measure_id: measureId, linked_at: at })
      .onConflict((oc) => oc.doNothing())
      .execute();
}
