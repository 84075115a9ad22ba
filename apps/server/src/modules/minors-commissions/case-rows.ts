import { sql, type Transaction } from "kysely";
import type { Database } from "../../db/schema.ts";
import type {
  MinorsCaseEventTypeCol,
  MinorsCaseMaterialKindCol,
} from "../../db/schema-minors-commissions.ts";
import type { ActCtx } from "../preventive-measures/measure-deps.ts";

/**
 * Appends an event to a case (append-only, migration 0039): the case's state is the projection of its
 * events, written by the caller in the same transaction.
 */
export async function addEvent(
  trx: Transaction<Database>,
  ctx: ActCtx | null,
  caseId: string,
  type: MinorsCaseEventTypeCol,
  note: string | null,
): Promise<void> {
  await sql`
    INSERT INTO minors_case_event (case_id, seq, type, note, by)
    SELECT ${caseId}::uuid, coalesce(max(seq), 0) + 1, ${type}, ${note}::text, ${ctx?.userId ?? null}::uuid
      FROM minors_case_event WHERE case_id = ${caseId}::uuid`.execute(trx);
}

/** Adds a material in the order received; returns its id. */
export async function addMaterialRow(
  trx: Transaction<Database>,
  ctx: ActCtx,
  caseId: string,
  m: {
    kind: MinorsCaseMaterialKindCol;
    title: string;
    receivedOn: string;
    note?: string | null;
    handoffId?: string | null;
    measureId?: string | null;
    attachmentId?: string | null;
  },
): Promise<string> {
  const r = await sql<{ id: string }>`
    INSERT INTO minors_case_material (case_id, seq, kind, handoff_id, measure_id, attachment_id, title, note,
      received_on, added_by)
    SELECT ${caseId}::uuid, coalesce(max(seq), 0) + 1, ${m.kind}, ${m.handoffId ?? null}::uuid,
      ${m.measureId ?? null}::uuid, ${m.attachmentId ?? null}::uuid, ${m.title}, ${m.note ?? null}::text,
      ${m.receivedOn}::date, ${ctx.userId}::uuid
      FROM minors_case_material WHERE case_id = ${caseId}::uuid
    RETURNING id`.execute(trx);
  return r.rows[0]!.id;
}
