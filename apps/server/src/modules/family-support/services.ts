import { isPlanStepArea, legalDateOf, refuse } from "@aldyn/law";
import type { FamilyService, FamilyServiceCreate, FamilyServicePage } from "@aldyn/contract";
import { recordAudit, recordAuditMany } from "../../audit/record.ts";
import { inTerritory } from "../../db/territory-scope.ts";
import { AppError } from "../../errors/app-error.ts";
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
  requirePerson,
  unknown,
} from "./fs-common.ts";

/** Social, legal and psychological support given by the centre (001 Art. 10(2)(3); 72(2)). */
const ARTICLE = "001 Art. 10(2)(3)";

/**
 * Records a service the user's centre delivered to a person (001 Arts. 10(2)(3), 72(2)), in an area
 * of the plan steps' (the law's list), optionally carrying out a step of a plan; with its audit row.
 */
export async function recordService(
  deps: MeasureDeps,
  ctx: ActCtx,
  body: FamilyServiceCreate,
): Promise<string> {
  const centre = await requireCentre(deps.db, ctx.actor, ARTICLE);
  authorizeCase(ctx.actor, "create", centre.territoryPath, centre.id);
  if (!isPlanStepArea(body.area))
    throw AppError.fromRefusals([
      refuse("assistance_plan.step_area_unknown", "001 Art. 72(2)", `No area "${body.area}".`, {
        field: "area",
      }),
    ]);
  notAfterToday(body.deliveredOn, legalDateOf(deps.now()), "deliveredOn");
  await requirePerson(deps.db, body.personId);
  if (body.familyId) authorizeCase(ctx.actor, "read", await familyPath(deps.db, body.familyId));
  if (body.planStepId) {
    const s = await deps.db
      .selectFrom("assistance_plan_step as s")
      .innerJoin("measure as m", "m.id", "s.measure_id")
      .select("m.person_id")
      .where("s.id", "=", body.planStepId)
      .executeTakeFirst();
    if (!s) throw unknown("planStepId", "The plan step");
  }
  return deps.db.transaction().execute(async (trx) => {
    const row = await trx
      .insertInto("family_service")
      .values({
        centre_body_id: centre.id,
        territory_path: centre.territoryPath,
        person_id: body.personId,
        family_id: body.familyId ?? null,
        delivered_on: body.deliveredOn,
        area: body.area,
        plan_step_id: body.planStepId ?? null,
        note: body.note ?? null,
        recorded_by: ctx.userId,
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    await recordAudit(trx, ctx.audit, {
      action: "family_service.create",
      recordType: "family_service",
      recordId: row.id,
      fields: ["personId", "area", "note"],
    });
    return row.id;
  });
}

/** Services delivered in the reader's territory, by person or family; names are victims' data (audited). */
export async function listServices(
  deps: MeasureDeps,
  ctx: ActCtx,
  q: {
    personId?: string | undefined;
    familyId?: string | undefined;
    id?: string | undefined;
    page: number;
    pageSize: number;
  },
): Promise<FamilyServicePage> {
  authorizeCase(ctx.actor, "read_personal", ctx.actor.territoryPath, ctx.actor.bodyId);
  let query = deps.db
    .selectFrom("family_service")
    .where(inTerritory("territory_path", ctx.actor.territoryPath));
  if (q.personId) query = query.where("person_id", "=", q.personId);
  if (q.familyId) query = query.where("family_id", "=", q.familyId);
  if (q.id) query = query.where("id", "=", q.id);
  const total = await query.select((eb) => eb.fn.countAll<number>().as("n")).executeTakeFirstOrThrow();
  const rows = await query
    .selectAll()
    .orderBy("delivered_on", "desc")
    .orderBy("id")
    .limit(q.pageSize)
    .offset((q.page - 1) * q.pageSize)
    .execute();
  const names = await personNames(
    deps.db,
    rows.map((r) => r.person_id),
  );
  const bodies = await bodyRefs(
    deps.db,
    rows.map((r) => r.centre_body_id),
  );
  await recordAuditMany(
    deps.db,
    ctx.audit,
    rows.map((r) => ({
      action: "family_service.read",
      recordType: "family_service",
      recordId: r.id,
      fields: ["person"],
    })),
  );
  const items: FamilyService[] = rows.map((r) => ({
    id: r.id,
    centre: bodyRef(r.centre_body_id, bodies),
    person: personRef(r.person_id, names, true),
    familyId: r.family_id,
    deliveredOn: r.delivered_on,
    area: r.area,
    planStepId: r.plan_step_id,
    note: r.note,
  }));
  return { items, total: Number(total.n), page: q.page, pageSize: q.pageSize };
}
