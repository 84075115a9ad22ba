import { legalDateOf } from "@aldyn/law";
import type { FamilyMemberEnd, FamilyMemberInput } from "@aldyn/contract";
import { recordAudit } from "../../audit/record.ts";
import type { Database } from "../../db/schema.ts";
import type { Transaction } from "kysely";
import { AppError, notFound } from "../../errors/app-error.ts";
import type { ActCtx, MeasureDeps } from "../preventive-measures/measure-deps.ts";
import { authorizeCaseUpdate } from "./family-access.ts";
import { loadNamedPersons } from "./case-persons.ts";
import { addMembers } from "./create-family.ts";

/** The family row locked for a change of its members, with its territory's path; 404 when none. */
async function lockFamily(trx: Transaction<Database>, id: string): Promise<{ id: string; path: string }> {
  const f = await trx
    .selectFrom("family as f")
    .innerJoin("territory as t", "t.id", "f.territory_id")
    .select(["f.id", "t.path"])
    .where("f.id", "=", id)
    .forUpdate("f")
    .executeTakeFirst();
  if (!f) throw notFound("The family");
  return f;
}

/** A person joins the family (a child born, a spouse): member row, victim's mark, audit — one transaction. */
export async function addFamilyMember(
  deps: MeasureDeps,
  ctx: ActCtx,
  familyId: string,
  body: FamilyMemberInput,
): Promise<void> {
  await deps.db.transaction().execute(async (trx) => {
    const f = await lockFamily(trx, familyId);
    authorizeCaseUpdate(ctx.actor, f.path);
    await loadNamedPersons(trx, [{ id: body.personId, field: "personId" }]);
    const exists = await trx
      .selectFrom("family_member")
      .select("person_id")
      .where("family_id", "=", familyId)
      .where("person_id", "=", body.personId)
      .where("relation", "=", body.relation)
      .executeTakeFirst();
    if (exists)
      throw new AppError("conflict.duplicate", "The person is already a member so.", { field: "personId" });
    await addMembers(trx, familyId, [
      { personId: body.personId, relation: body.relation, since: body.since ?? legalDateOf(deps.now()) },
    ]);
    await trx
      .updateTable("family")
      .set((eb) => ({ version: eb("version", "+", 1) }))
      .where("id", "=", familyId)
      .execute();
    await recordAudit(trx, ctx.audit, {
      action: "family.update",
      recordType: "family",
      recordId: familyId,
      fields: ["members"],
    });
  });
}

/**
 * A member stops being counted in the family (moved out): the row is ended, never deleted. The day
 * may not precede the day the person joined (400 on `until`).
 */
export async function endFamilyMember(
  deps: MeasureDeps,
  ctx: ActCtx,
  familyId: string,
  personId: string,
  body: FamilyMemberEnd,
): Promise<void> {
  await deps.db.transaction().execute(async (trx) => {
    const f = await lockFamily(trx, familyId);
    authorizeCaseUpdate(ctx.actor, f.path);
    let q = trx
      .selectFrom("family_member")
      .select(["relation", "since"])
      .where("family_id", "=", familyId)
      .where("person_id", "=", personId)
      .where("until", "is", null);
    if (body.relation) q = q.where("relation", "=", body.relation);
    const open = await q.execute();
    if (open.length === 0) throw notFound("The member");
    if (open.some((m) => m.since > body.until))
      throw new AppError("validation.failed", "The day is before the person joined the family.", {
        field: "until",
      });
    let u = trx
      .updateTable("family_member")
      .set({ until: body.until })
      .where("family_id", "=", familyId)
      .where("person_id", "=", personId)
      .where("until", "is", null);
    if (body.relation) u = u.where("relation", "=", body.relation);
    await u.execute();
    await trx
      .updateTable("family")
      .set((eb) => ({ version: eb("version", "+", 1) }))
      .where("id", "=", familyId)
      .execute();
    await recordAudit(trx, ctx.audit, {
      action: "family.update",
      recordType: "family",
      recordId: familyId,
      fields: ["members"],
    });
  });
}
