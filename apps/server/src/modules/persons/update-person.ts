import { sql } from "kysely";
import { legalDateOf } from "@aldyn/law";
import type { NoIinReason, PersonUpdate } from "@aldyn/contract";
import type { Db } from "../../db/pool.ts";
import { recordAudit } from "../../audit/record.ts";
import { authorizePerson, type PersonCtx } from "./person-access.ts";
import { refuseConfidentialPersonById } from "./person-confidentiality.ts";
import { resolveIdentity } from "./person-identity.ts";
import { duplicateIin } from "./duplicate-iin.ts";
import {
  districtPath,
  isUniqueViolation,
  loadPerson,
  mergedRecord,
  personIdByIin,
  staleVersion,
  type PersonRow,
} from "./person.queries.ts";
import { checkDocuments, insertDocuments, personColumns, type PersonState } from "./person-write.ts";

function rowState(r: PersonRow): PersonState {
  const point = (lat: number | null, lon: number | null) =>
    lat === null || lon === null ? null : { lat, lon };
  return {
    lastNameCyr: r.last_name_cyr,
    firstNameCyr: r.first_name_cyr,
    middleNameCyr: r.middle_name_cyr,
    lastNameLat: r.last_name_lat,
    firstNameLat: r.first_name_lat,
    middleNameLat: r.middle_name_lat,
    citizenship: r.citizenship,
    registeredAddress:
      r.registered_address !== null && r.registered_territory_id !== null
        ? {
            text: r.registered_address,
            territoryId: r.registered_territory_id,
            point: point(r.registered_lat, r.registered_lon),
          }
        : null,
    actualAddress: {
      text: r.actual_address,
      territoryId: r.territory_id,
      point: point(r.actual_lat, r.actual_lon),
    },
    contacts: r.contacts,
  };
}

/** `patch[k]` when given (null included), else the current value. */
function pick<T>(given: T | undefined, current: T): T {
  return given === undefined ? current : given;
}

/**
 * Edits a person (R1.1) with optimistic concurrency: the edit names the version it was made on and
 * a stale one is refused (409 `conflict.stale_version`). The result is checked as a whole, so a new
 * IIN must agree with the birth date and sex kept or given; moving the person to another district
 * needs the right to update there too. A merged record is not edited (409 naming the kept one).
 */
export async function updatePerson(db: Db, ctx: PersonCtx, id: string, patch: PersonUpdate): Promise<void> {
  const cur = await loadPerson(db, id);
  authorizePerson(ctx.actor, "update", cur.territory_path);
  // A card the user may not read is not edited blind (a victim's, 001 Art. 83(2)).
  await refuseConfidentialPersonById(db, ctx.actor, id, cur.territory_path);
  if (cur.merged_into !== null) throw mergedRecord(cur.merged_into);
  const iin = pick(patch.iin, cur.iin);
  const iinChanged = iin !== cur.iin;
  // A new IIN replaces the reason there was none, unless the edit says otherwise.
  const stored = cur.no_iin_reason as NoIinReason | null;
  const noIinReason = pick(patch.noIinReason, iinChanged && iin !== null ? null : stored);
  const citizenship = patch.citizenship ?? cur.citizenship;
  // With an IIN, what is not given is read from it; without one, the stored values stay.
  const identity = resolveIdentity(
    {
      iin,
      noIinReason,
      birthDate: patch.birthDate ?? (iin === null ? cur.birth_date : undefined),
      sex: patch.sex ?? (iin === null ? cur.sex : undefined),
      citizenship,
    },
    legalDateOf(new Date()),
  );
  if (patch.documents) checkDocuments(patch.documents);
  const old = rowState(cur);
  const state: PersonState = {
    lastNameCyr: patch.lastNameCyr ?? old.lastNameCyr,
    firstNameCyr: patch.firstNameCyr ?? old.firstNameCyr,
    middleNameCyr: pick(patch.middleNameCyr, old.middleNameCyr),
    lastNameLat: pick(patch.lastNameLat, old.lastNameLat),
    firstNameLat: pick(patch.firstNameLat, old.firstNameLat),
    middleNameLat: pick(patch.middleNameLat, old.middleNameLat),
    citizenship,
    registeredAddress: pick(patch.registeredAddress, old.registeredAddress),
    actualAddress: patch.actualAddress ?? old.actualAddress,
    contacts: patch.contacts ?? old.contacts,
  };
  if (patch.actualAddress) {
    const path = await districtPath(db, patch.actualAddress.territoryId, "actualAddress.territoryId");
    authorizePerson(ctx.actor, "update", path);
  }
  if (patch.registeredAddress)
    await districtPath(db, patch.registeredAddress.territoryId, "registeredAddress.territoryId");
  if (iinChanged && identity.iin !== null) {
    const holder = await personIdByIin(db, identity.iin);
    if (holder && holder !== id) throw await duplicateIin(db, ctx, holder);
  }
  try {
    await db.transaction().execute(async (trx) => {
      const res = await trx
        .updateTable("person")
        .set({ ...personColumns(state, identity), version: sql`version + 1`, updated_at: sql`now()` })
        .where("id", "=", id)
        .where("version", "=", patch.version)
        .where("merged_into", "is", null)
        .executeTakeFirst();
      if (Number(res.numUpdatedRows) === 0) throw staleVersion();
      if (patch.documents) {
        await trx.deleteFrom("person_document").where("person_id", "=", id).execute();
        await insertDocuments(trx, id, patch.documents);
      }
      await recordAudit(trx, ctx.audit, {
        action: "person.update",
        recordType: "person",
        recordId: id,
        fields: Object.keys(patch).filter((k) => k !== "version"),
      });
    });
  } catch (e) {
    if (identity.iin !== null && isUniqueViolation(e, "person_iin_key")) {
      const holder = await personIdByIin(db, identity.iin);
      if (holder && holder !== id) throw await duplicateIin(db, ctx, holder);
    }
    throw e;
  }
}
