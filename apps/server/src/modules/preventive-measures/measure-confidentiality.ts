import { sql, type Transaction } from "kysely";
import type { Measure } from "@aldyn/contract";
import {
  isBarrier,
  isWholeRecord,
  withheldParts,
  type ConfidentialMark,
  type WithheldPart,
} from "../../access/confidentiality.ts";
import type { Actor } from "../../access/roles.ts";
import type { Db } from "../../db/pool.ts";
import type { Database } from "../../db/schema.ts";
import { AppError } from "../../errors/app-error.ts";

/**
 * The confidential parts of measures (R11.1; 001 Art. 83(2); migration 0021): marked in the writing
 * transaction, withheld at read from a reader who does not clear their barrier.
 */

type Conn = Transaction<Database> | Db;

/** The marks table (migration 0021), beside the generated schema types. */
type MarkTables = {
  measure_confidential: { measure_id: string; field: string; barrier: string; article: string };
};

/**
 * Marks a new measure's confidential parts and the victims it names, in the caller's transaction, by
 * the one rule the migration also applied to older records (confidential_mark_measures, 0021).
 */
export async function markMeasure(trx: Transaction<Database>, measureId: string): Promise<void> {
  await sql`SELECT confidential_mark_measures(ARRAY[${measureId}]::uuid[])`.execute(trx);
}

/** The whole-record barriers of each measure of `ids` (a medical measure, 001 Art. 58). */
export async function wholeRecordMarks(
  db: Conn,
  ids: readonly string[],
): Promise<Map<string, ConfidentialMark[]>> {
  const out = new Map<string, ConfidentialMark[]>();
  if (ids.length === 0) return out;
  const rows = await db
    .withTables<MarkTables>()
    .selectFrom("measure_confidential")
    .select(["measure_id", "field", "barrier", "article"])
    .where("measure_id", "in", [...ids])
    .where("field", "=", "*")
    .execute();
  for (const r of rows) {
    if (!isBarrier(r.barrier)) continue;
    out.set(r.measure_id, [...(out.get(r.measure_id) ?? []), { ...r, barrier: r.barrier }]);
  }
  return out;
}

export interface MeasureRecordRef {
  readonly territoryPath: string;
  readonly bodyId: string;
  readonly issuerUserId: string;
}

/** What of the measure's marked parts `actor` does not see (the issuing user sees all, 001 Art. 60(1)). */
export function withheldOfMeasure(
  actor: Actor,
  m: MeasureRecordRef,
  marks: readonly ConfidentialMark[],
): WithheldPart[] {
  return withheldParts(actor, { type: "measure", territoryPath: m.territoryPath, bodyId: m.bodyId }, marks, {
    authoredByActor: actor.userId === m.issuerUserId,
  });
}

/** 403 `access.confidential` when the whole record is withheld (a medical measure without a grant). */
export function refuseWholeRecord(withheld: readonly WithheldPart[]): void {
  const whole = withheld.find(isWholeRecord);
  if (whole)
    throw new AppError(
      "access.confidential",
      `This measure is confidential (${whole.barrier} data, ${whole.article}). ${whole.reason}`,
      { article: whole.article },
    );
}

/** The measure without its withheld fields (paths `input.details.<name>`), with the marker. */
export function withholdFields(m: Measure, withheld: readonly WithheldPart[]): Measure {
  if (withheld.length === 0) return m;
  const details = { ...m.input.details };
  for (const w of withheld) {
    const name = w.field.startsWith("input.details.") ? w.field.slice("input.details.".length) : null;
    if (name !== null) delete details[name];
  }
  return { ...m, input: { ...m.input, details }, withheld: [...withheld] };
}

/**
 * The personal fields a read showed, for its audit row (R11.2): the measure's own, plus each marked
 * part shown by its name (`details.victims`), so the audit log answers who saw a victim's data.
 */
export function auditedMeasureFields(
  own: readonly string[],
  marks: readonly ConfidentialMark[],
  withheld: readonly WithheldPart[],
): string[] {
  const hidden = new Set(withheld.map((w) => w.field));
  const shown = marks.filter((m) => !isWholeRecord(m) && !hidden.has(m.field)).map((m) => m.field.slice(6));
  return [...own, ...new Set(shown)];
}

/** A list's marker for the records it left out as a whole: one part per barrier, with the count. */
export function itemsWithheld(parts: readonly WithheldPart[]): WithheldPart[] {
  const byBarrier = new Map<string, WithheldPart>();
  for (const p of parts) {
    const seen = byBarrier.get(p.barrier);
    byBarrier.set(p.barrier, { ...p, field: "items", count: (seen?.count ?? 0) + 1 });
  }
  return [...byBarrier.values()];
}
