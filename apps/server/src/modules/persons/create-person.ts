import { legalDateOf } from "@aldyn/law";
import type { PersonCreate } from "@aldyn/contract";
import type { Db } from "../../db/pool.ts";
import { recordAudit } from "../../audit/record.ts";
import { authorizePerson, PERSON_PERSONAL_FIELDS, type PersonCtx } from "./person-access.ts";
import { KAZAKHSTAN, resolveIdentity } from "./person-identity.ts";
import { districtPath, isUniqueViolation, personIdByIin } from "./person.queries.ts";
import { duplicateIin } from "./duplicate-iin.ts";
import { checkDocuments, insertDocuments, personColumns, type PersonState } from "./person-write.ts";

/**
 * Creates a person (R1.1). Checks, in order: the role may create persons at all (403), the identity
 * (422 from the law, 400), the districts (400), the district is in the actor's territory (403), the
 * IIN is not taken (409, naming the holder only to who may read it: duplicate-iin.ts). The row, its
 * documents and the audit row are one transaction; bad input writes nothing. Returns the new id.
 */
export async function createPerson(db: Db, ctx: PersonCtx, input: PersonCreate): Promise<string> {
  authorizePerson(ctx.actor, "create", ctx.actor.territoryPath);
  const citizenship = input.citizenship ?? KAZAKHSTAN;
  const identity = resolveIdentity(
    {
      iin: input.iin ?? null,
      noIinReason: input.noIinReason ?? null,
      birthDate: input.birthDate,
      sex: input.sex,
      citizenship,
    },
    legalDateOf(new Date()),
  );
  const documents = input.documents ?? [];
  checkDocuments(documents);
  const path = await districtPath(db, input.actualAddress.territoryId, "actualAddress.territoryId");
  if (input.registeredAddress)
    await districtPath(db, input.registeredAddress.territoryId, "registeredAddress.territoryId");
  authorizePerson(ctx.actor, "create", path);
  if (identity.iin !== null) {
    const existing = await personIdByIin(db, identity.iin);
    if (existing) throw await duplicateIin(db, ctx, existing);
  }
  const state: PersonState = {
    lastNameCyr: input.lastNameCyr,
    firstNameCyr: input.firstNameCyr,
    middleNameCyr: input.middleNameCyr ?? null,
    lastNameLat: input.lastNameLat ?? null,
    firstNameLat: input.firstNameLat ?? null,
    middleNameLat: input.middleNameLat ?? null,
    citizenship,
    registeredAddress: input.registeredAddress ?? null,
    actualAddress: input.actualAddress,
    contacts: input.contacts ?? [],
  };
  try {
    return await db.transaction().execute(async (trx) => {
      const { id } = await trx
        .insertInto("person")
        .values({ ...personColumns(state, identity), created_by: ctx.userId })
        .returning("id")
        .executeTakeFirstOrThrow();
      await insertDocuments(trx, id, documents);
      await recordAudit(trx, ctx.audit, {
        action: "person.create",
        recordType: "person",
        recordId: id,
        fields: PERSON_PERSONAL_FIELDS,
      });
      return id;
    });
  } catch (e) {
    // Two clerks entering the same IIN at once: the unique index decides, the loser gets the 409.
    if (identity.iin !== null && isUniqueViolation(e, "person_iin_key")) {
      const existing = await personIdByIin(db, identity.iin);
      if (existing) throw await duplicateIin(db, ctx, existing);
    }
    throw e;
  }
}
