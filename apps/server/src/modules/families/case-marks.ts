import { sql, type Transaction } from "kysely";
import type { Database } from "../../db/schema.ts";
import { CONFIDENTIALITY_ARTICLE } from "../../access/confidentiality.ts";

/** The family case records that mark the persons they name as victims (person_confidential_case). */
export type CaseRecordType = "dv_incident" | "family" | "victim_record" | "shelter_stay" | "outreach_visit";

/**
 * Marks the persons a family case names as victims — their whole card then behind the victim barrier
 * (001 Art. 83(2); R11.1) — in the writing transaction, before anyone can read them, as a protective
 * order's victims are (migration 0021). Idempotent.
 */
export async function markCaseVictims(
  trx: Transaction<Database>,
  personIds: readonly string[],
  record: { readonly type: CaseRecordType; readonly id: string },
): Promise<void> {
  const ids = [...new Set(personIds)];
  if (ids.length === 0) return;
  await sql`
    INSERT INTO person_confidential_case (person_id, barrier, article, record_type, record_id)
    SELECT id, 'victim', ${CONFIDENTIALITY_ARTICLE}, ${record.type}, ${record.id}::uuid
      FROM unnest(${ids}::uuid[]) AS t(id)
    ON CONFLICT DO NOTHING`.execute(trx);
}
