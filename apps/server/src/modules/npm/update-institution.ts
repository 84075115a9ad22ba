import { NPM_INSTITUTION_KINDS } from "@aldyn/law";
import type { z } from "zod";
import type { NpmInstitutionUpdate } from "@aldyn/contract";
import { recordAudit } from "../../audit/record.ts";
import { notFound } from "../../errors/app-error.ts";
import { badInput, guard, staleVersion, type ActCtx, type NpmDeps } from "./npm-deps.ts";

/** Request fields and the columns they set. */
const COLUMNS = {
  name: "name",
  kind: "kind",
  regionCode: "region_code",
  address: "address",
  capacity: "capacity",
  department: "department",
  subjectSince: "subject_since",
  lastPeriodicVisitBefore: "last_periodic_visit_before",
} as const;

/**
 * Corrects an institution of the catalogue (000 Art. 26(2); 003 p.1) for the Commissioner's office.
 * Optimistic concurrency on `version`: a stale version is a 409. Changing `subjectSince` moves the
 * four-year limit of a never-visited institution (003 p.3(1)); the audit row names the fields changed
 * and is written in the same transaction.
 */
export async function updateInstitution(
  deps: NpmDeps,
  ctx: ActCtx,
  id: string,
  body: z.infer<typeof NpmInstitutionUpdate>,
): Promise<void> {
  guard(ctx, "update", "npm_institution");
  if (body.kind !== undefined && !(NPM_INSTITUTION_KINDS as readonly string[]).includes(body.kind))
    throw badInput("kind", "Not a kind of institution subject to visits (000 Art. 26(2); 003 p.1).");
  const set: Record<string, unknown> = {};
  const fields: string[] = [];
  for (const [field, column] of Object.entries(COLUMNS)) {
    const value = body[field as keyof typeof COLUMNS];
    if (value === undefined) continue;
    set[column] = value;
    fields.push(field);
  }
  await deps.db.transaction().execute(async (trx) => {
    const done = await trx
      .updateTable("npm_institution")
      .set({ ...set, version: body.version + 1 })
      .where("id", "=", id)
      .where("version", "=", body.version)
      .executeTakeFirst();
    if (done.numUpdatedRows === 0n) {
      const exists = await trx
        .selectFrom("npm_institution")
        .select("id")
        .where("id", "=", id)
        .executeTakeFirst();
      throw exists ? staleVersion() : notFound("The institution");
    }
    await recordAudit(trx, ctx.audit, {
      action: "npm_institution.update",
      recordType: "npm_institution",
      recordId: id,
      fields,
    });
  });
}
