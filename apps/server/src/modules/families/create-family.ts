import { randomUUID } from "node:crypto";
import type { Transaction } from "kysely";
import { legalDateOf } from "@aldyn/law";
import type { FamilyCreate, FamilyRelation } from "@aldyn/contract";
import { recordAudit } from "../../audit/record.ts";
import type { Database } from "../../db/schema.ts";
import { AppError } from "../../errors/app-error.ts";
import type { ActCtx, MeasureDeps } from "../preventive-measures/measure-deps.ts";
import { authorizeCaseCreate } from "./family-access.ts";
import { loadNamedPersons } from "./case-persons.ts";
import { markCaseVictims } from "./case-marks.ts";

/** Personal fields a family record holds (audited by name, never by value). */
export const FAMILY_PERSONAL_FIELDS = ["label", "members"] as const;

/** Relations that make a member a victim whose card is confidential (001 Art. 83(2)). */
const VICTIM_RELATIONS: readonly FamilyRelation[] = ["victim"];

export interface NewMember {
  readonly personId: string;
  readonly relation: FamilyRelation;
  readonly since: string;
}

/**
 * Writes a family and its members in the caller's transaction (an incident recorded without a family
 * creates one): the family's row, its members, the victims' marks and the audit row.
 */
export async function writeFamily(
  trx: Transaction<Database>,
  ctx: ActCtx,
  family: { readonly id: string; readonly label: string; readonly territoryId: string },
  members: readonly NewMember[],
): Promise<void> {
  await trx
    .insertInto("family")
    .values({
      id: family.id,
      territory_id: family.territoryId,
      label: family.label,
      created_by: ctx.userId,
      created_body_id: ctx.actor.bodyId,
    })
    .execute();
  await addMembers(trx, family.id, members);
  await recordAudit(trx, ctx.audit, {
    action: "family.create",
    recordType: "family",
    recordId: family.id,
    fields: [...FAMILY_PERSONAL_FIELDS],
  });
}

/** Adds members (a member already there with the relation stays as it is) and marks the victims. */
export async function addMembers(
  trx: Transaction<Database>,
  familyId: string,
  members: readonly NewMember[],
): Promise<void> {
  if (members.length === 0) return;
  await trx
    .insertInto("family_member")
    .values(
      members.map((m) => ({
        family_id: familyId,
        person_id: m.personId,
        relation: m.relation,
        since: m.since,
      })),
    )
    .onConflict((oc) => oc.doNothing())
    .execute();
  await markCaseVictims(
    trx,
    members.filter((m) => VICTIM_RELATIONS.includes(m.relation)).map((m) => m.personId),
    { type: "family", id: familyId },
  );
}

/** The path of a territory by id; an unknown one is a 400 on the field. */
export async function territoryPathOf(
  trx: Transaction<Database>,
  id: string,
  field: string,
): Promise<string> {
  const t = await trx.selectFrom("territory").select("path").where("id", "=", id).executeTakeFirst();
  if (!t) throw new AppError("validation.failed", "The territory does not exist.", { field });
  return t.path;
}

/**
 * Records a family — persons (families) in difficult life situations, 001 Art. 54(1) — with its
 * members, in the territory given or the first member's. Every person must exist; the victims' cards
 * become confidential (001 Art. 83(2)); one transaction with its audit row.
 */
export async function createFamily(deps: MeasureDeps, ctx: ActCtx, body: FamilyCreate): Promise<string> {
  const id = randomUUID();
  const today = legalDateOf(deps.now());
  await deps.db.transaction().execute(async (trx) => {
    const persons = await loadNamedPersons(
      trx,
      body.members.map((m, i) => ({ id: m.personId, field: `members.${i}.personId` })),
    );
    const territoryId = body.territoryId ?? persons.get(body.members[0]!.personId)!.territory_id;
    const path = await territoryPathOf(trx, territoryId, "territoryId");
    authorizeCaseCreate(ctx.actor, path);
    await writeFamily(
      trx,
      ctx,
      { id, label: body.label, territoryId },
      body.members.map((m) => ({ personId: m.personId, relation: m.relation, since: m.since ?? today })),
    );
  });
  return id;
}
