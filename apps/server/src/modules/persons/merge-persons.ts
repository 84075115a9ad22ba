import { sql, type Transaction } from "kysely";
import type { Db } from "../../db/pool.ts";
import type { Database } from "../../db/schema.ts";
import { recordAuditMany } from "../../audit/record.ts";
import { AppError } from "../../errors/app-error.ts";
import { authorizePerson, type PersonCtx } from "./person-access.ts";
import { refuseConfidentialPersonById } from "./person-confidentiality.ts";
import { loadPerson, mergedRecord, staleVersion } from "./person.queries.ts";

export interface MergeInput {
  readonly otherId: string;
  readonly version: number;
  readonly reason?: string | undefined;
}

/** Fields of the kept record filled from the other when the kept one has none (nothing is overwritten). */
const FILLED = ["middle_name_cyr", "last_name_lat", "first_name_lat", "middle_name_lat"] as const;

/** What a merge may change on the kept record, for its audit row (R11.2). */
const MERGE_FIELDS = [
  "middleNameCyr",
  "lastNameLat",
  "firstNameLat",
  "middleNameLat",
  "registeredAddress",
  "contacts",
  "documents",
];

/**
 * Moves the other record's links to the kept one (R1.2). A link between the two records stays as
 * it is (it would link the person to himself), and so does one the kept record already has open
 * (the unique open link): both stay readable on the merged record.
 */
async function moveLinks(trx: Transaction<Database>, kept: string, other: string): Promise<number> {
  const minorSide = await sql`
    UPDATE person_link l SET minor_id = ${kept}
    WHERE l.minor_id = ${other} AND l.representative_id <> ${kept}
      AND NOT (l.until IS NULL AND EXISTS (SELECT 1 FROM person_link k WHERE k.minor_id = ${kept}
        AND k.representative_id = l.representative_id AND k.kind = l.kind AND k.until IS NULL))`.execute(trx);
  const representativeSide = await sql`
    UPDATE person_link l SET representative_id = ${kept}
    WHERE l.representative_id = ${other} AND l.minor_id <> ${kept}
      AND NOT (l.until IS NULL AND EXISTS (SELECT 1 FROM person_link k WHERE k.representative_id = ${kept}
        AND k.minor_id = l.minor_id AND k.kind = l.kind AND k.until IS NULL))`.execute(trx);
  return Number(minorSide.numAffectedRows ?? 0) + Number(representativeSide.numAffectedRows ?? 0);
}

/**
 * Merges a duplicate record (`otherId`) into the person `keptId` (R1.1). Both records stay: the
 * other gets `merged_into`, its documents and links move to the kept one, empty fields of the kept
 * one are filled from it, and a `person_merge` row says who merged what. Refused: merging a record
 * into itself, records holding two different IINs (two different people), keeping the record
 * without an IIN (merge the other way), an already merged record, a stale version. One transaction
 * with the audit rows of both records.
 */
export async function mergePersons(db: Db, ctx: PersonCtx, keptId: string, input: MergeInput): Promise<void> {
  if (input.otherId === keptId)
    throw new AppError("validation.failed", "A record cannot be merged into itself.", { field: "otherId" });
  const kept = await loadPerson(db, keptId);
  const other = await loadPerson(db, input.otherId);
  authorizePerson(ctx.actor, "update", kept.territory_path);
  authorizePerson(ctx.actor, "update", other.territory_path);
  // Merging joins two cards into one the user must be able to read (a victim's, 001 Art. 83(2)).
  await refuseConfidentialPersonById(db, ctx.actor, keptId, kept.territory_path);
  await refuseConfidentialPersonById(db, ctx.actor, input.otherId, other.territory_path);
  if (kept.merged_into !== null) throw mergedRecord(kept.merged_into);
  if (other.merged_into !== null) throw mergedRecord(other.merged_into);
  if (kept.iin !== null && other.iin !== null && kept.iin !== other.iin)
    throw new AppError("validation.failed", "The records hold two different IINs: they are two persons.", {
      field: "otherId",
    });
  if (kept.iin === null && other.iin !== null)
    throw new AppError("validation.failed", "Keep the record that has the IIN: merge this one into it.", {
      field: "otherId",
    });
  await db.transaction().execute(async (trx) => {
    // Both rows locked in id order, so two merges of the same pair cannot deadlock.
    await trx
      .selectFrom("person")
      .select("id")
      .where("id", "in", [keptId, input.otherId])
      .orderBy("id")
      .forUpdate()
      .execute();
    const fills = Object.fromEntries(FILLED.map((c) => [c, sql`coalesce(${sql.ref(c)}, ${other[c]})`]));
    const keptRes = await trx
      .updateTable("person")
      .set({
        ...fills,
        ...(kept.registered_address === null && other.registered_address !== null
          ? {
              registered_address: other.registered_address,
              registered_territory_id: other.registered_territory_id,
              registered_lat: other.registered_lat,
              registered_lon: other.registered_lon,
            }
          : {}),
        contacts: sql`(SELECT coalesce(jsonb_agg(DISTINCT c), '[]') FROM jsonb_array_elements(contacts || ${JSON.stringify(other.contacts)}::jsonb) c)`,
        version: sql`version + 1`,
        updated_at: sql`now()`,
      })
      .where("id", "=", keptId)
      .where("version", "=", input.version)
      .where("merged_into", "is", null)
      .executeTakeFirst();
    if (Number(keptRes.numUpdatedRows) === 0) throw staleVersion();
    const otherRes = await trx
      .updateTable("person")
      .set({ merged_into: keptId, version: sql`version + 1`, updated_at: sql`now()` })
      .where("id", "=", input.otherId)
      .where("merged_into", "is", null)
      .executeTakeFirst();
    if (Number(otherRes.numUpdatedRows) === 0) throw staleVersion();
    const docs = await trx
      .updateTable("person_document")
      .set({ person_id: keptId })
      .where("person_id", "=", input.otherId)
      .executeTakeFirst();
    const links = await moveLinks(trx, keptId, input.otherId);
    await trx
      .insertInto("person_merge")
      .values({
        kept_id: keptId,
        merged_id: input.otherId,
        reason: input.reason ?? null,
        documents_moved: Number(docs.numUpdatedRows),
        links_moved: links,
        merged_by: ctx.userId,
      })
      .execute();
    await recordAuditMany(trx, ctx.audit, [
      { action: "person.merge", recordType: "person", recordId: keptId, fields: MERGE_FIELDS },
      { action: "person.merged_into", recordType: "person", recordId: input.otherId },
    ]);
  });
}
