import { isRegisterGround, legalDateOf, validatePlacement } from "@aldyn/law";
import type { RegisterPlacementCreate } from "@aldyn/contract";
import { recordAudit } from "../../audit/record.ts";
import { AppError } from "../../errors/app-error.ts";
import { authorizeOn, issuerKindFor } from "../preventive-measures/measure-access.ts";
import type { ActCtx, MeasureDeps } from "../preventive-measures/measure-deps.ts";
import { loadSubjectPerson } from "../preventive-measures/measure-subject.ts";
import { refreshEntry } from "./register-entry-state.ts";

/**
 * Places a person on the preventive register by hand on a ground of 001 Art. 59(2) (or 59(3)), with
 * the rights, duties and liability explained (59(4)). The law validates the placement (422 with the
 * article); a running entry on the same ground is a 409 naming it. Optional measures of the person
 * carry the term (59(7)); without them the registration is itself the measure (48(3)(10)).
 */
export async function placeOnRegister(
  deps: MeasureDeps,
  ctx: ActCtx,
  body: RegisterPlacementCreate,
): Promise<string> {
  if (!isRegisterGround(body.ground))
    throw new AppError("validation.failed", "Unknown ground of 001 Art. 59(2).", { field: "ground" });
  const ground = body.ground;
  const person = await loadSubjectPerson(deps.db, body.personId);
  authorizeOn(ctx.actor, "create", { type: "register_entry", territoryPath: person.territoryPath });
  const placedBy = issuerKindFor(ctx.actor, body.placedBy);
  if (body.placedOn > legalDateOf(deps.now()))
    throw new AppError("validation.failed", "A placement cannot be dated after today.", {
      field: "placedOn",
    });
  const refusals = validatePlacement(
    {
      ground,
      subjectBirthDate: person.birthDate,
      placedOn: body.placedOn,
      placedBy,
      rightsExplained: body.rightsExplained,
      ...(body.subjectIsParentOrLegalRepresentative !== undefined
        ? { subjectIsParentOrLegalRepresentative: body.subjectIsParentOrLegalRepresentative }
        : {}),
    },
    deps.law,
  );
  if (refusals.length > 0) throw AppError.fromRefusals(refusals);
  const measureIds = [...new Set(body.measureIds ?? [])];
  if (measureIds.length > 0) {
    const own = await deps.db
      .selectFrom("measure")
      .select("id")
      .where("id", "in", measureIds)
      .where("person_id", "=", person.id)
      .execute();
    if (own.length !== measureIds.length)
      throw new AppError("validation.failed", "Link only measures of this person.", { field: "measureIds" });
  }
  const running = await deps.db
    .selectFrom("register_entry")
    .select("id")
    .where("person_id", "=", person.id)
    .where("ground", "=", ground)
    .where("status", "=", "active")
    .where((eb) => eb.or([eb("last_day", "is", null), eb("last_day", ">=", body.placedOn)]))
    .executeTakeFirst();
  if (running) {
    throw new AppError("conflict.duplicate", "The person is already on the register on this ground.", {
      field: "ground",
      details: [{ field: "existingEntryId", code: "conflict.duplicate", message: running.id }],
    });
  }
  return deps.db.transaction().execute(async (trx) => {
    const { id } = await trx
      .insertInto("register_entry")
      .values({
        person_id: person.id,
        ground,
        territory_path: person.territoryPath,
        placed_on: body.placedOn,
        placed_by_body: ctx.actor.bodyId,
        placed_by_user: ctx.userId,
        placed_by_kind: placedBy,
        rights_explained: body.rightsExplained,
        status: "active",
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    await trx
      .insertInto("register_fact")
      .values({
        entry_id: id,
        seq: 0,
        type: "placed",
        on: body.placedOn,
        data: JSON.stringify({ rightsExplained: true, ...(body.note ? { note: body.note } : {}) }),
        recorded_by: ctx.userId,
      })
      .execute();
    if (measureIds.length > 0)
      await trx
        .insertInto("register_entry_measure")
        .values(measureIds.map((measure_id) => ({ entry_id: id, measure_id, linked_at: new Date() })))
        .execute();
    await refreshEntry(trx, deps, id);
    await recordAudit(trx, ctx.audit, {
      action: "register_entry.create",
      recordType: "register_entry",
      recordId: id,
      fields: ["personId", "ground"],
    });
    return id;
  });
}
