import type { Transaction } from "kysely";
import type { FamilyMeasureRef } from "@aldyn/contract";
import type { Db } from "../../db/pool.ts";
import type { Database } from "../../db/schema.ts";

/**
 * The measures linked to a family (family_measure) or an incident (dv_incident_measure): kind, derived
 * status (the measure's projection column) and issuance — no personal field; the measure's own page
 * decides what of it the reader sees.
 */
export async function loadCaseMeasures(
  db: Db | Transaction<Database>,
  of: { readonly familyId: string } | { readonly incidentId: string },
): Promise<FamilyMeasureRef[]> {
  const rows =
    "familyId" in of
      ? await db
          .selectFrom("family_measure as l")
          .innerJoin("measure as m", "m.id", "l.measure_id")
          .select(["m.id", "m.kind", "m.status", "m.issued_at"])
          .where("l.family_id", "=", of.familyId)
          .orderBy("m.issued_at")
          .execute()
      : await db
          .selectFrom("dv_incident_measure as l")
          .innerJoin("measure as m", "m.id", "l.measure_id")
          .select(["m.id", "m.kind", "m.status", "m.issued_at"])
          .where("l.incident_id", "=", of.incidentId)
          .orderBy("m.issued_at")
          .execute();
  return rows.map((r) => ({
    id: r.id,
    kind: r.kind,
    state: r.status,
    issuedAt: new Date(r.issued_at).toISOString(),
  }));
}
