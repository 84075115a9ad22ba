import { legalDateOf } from "@aldyn/law";
import { entryProjection, type EntryState } from "./register-entry-state.ts";

/** A register fact to append, with the sequence number it takes (register_fact_seq_unique). */
export interface RegisterFactInsert {
  readonly entry_id: string;
  readonly seq: number;
  readonly type: string;
  readonly on: string;
  readonly data: Record<string, unknown>;
  readonly recorded_by: string;
}

/**
 * A check of compliance with a measure is also the preventive control of the registration the measure
 * carries (001 Arts. 51(6), 59(10)): one visit, recorded once, counts for both. The check is added to
 * each entry linked to the measure that is on the register that day, as the law derives it from the
 * entry's state read with the measure (before the measure's own new projection); the caller writes
 * these facts with the measure's and re-derives the entries.
 */
export function carriedChecks(
  entries: readonly EntryState[],
  measureId: string,
  check: { at: Date; place: unknown; outcome: unknown },
  userId: string,
): RegisterFactInsert[] {
  const on = legalDateOf(check.at);
  return entries
    .filter((e) => e.measures.some((m) => m.id === measureId))
    .filter((e) => entryProjection(e, e.measures, e.facts, on).state.status === "active")
    .map((e) => ({
      entry_id: e.id,
      seq: e.facts.length,
      type: "control_check",
      on,
      data: { place: check.place, outcome: check.outcome, measureId },
      recorded_by: userId,
    }));
}
