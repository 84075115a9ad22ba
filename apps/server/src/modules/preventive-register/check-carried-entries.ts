import type { Transaction } from "kysely";
import { deriveRegisterEntry, legalDateOf } from "@aldyn/law";
import type { Database } from "../../db/schema.ts";
import {
  lawEntry,
  lawFacts,
  loadEntry,
  loadLinkedMeasures,
  loadRegisterFacts,
} from "./register-entry-state.ts";

/**
 * A check of compliance with a measure is also the preventive control of the registration the measure
 * carries (001 Arts. 51(6), 59(10)): one visit, recorded once, counts for both. The check is added to
 * each linked entry that is on the register that day; the caller then re-derives the entries.
 */
export async function checkCarriedEntries(
  trx: Transaction<Database>,
  measureId: string,
  check: { at: Date; place: unknown; outcome: unknown },
  userId: string,
): Promise<void> {
  const on = legalDateOf(check.at);
  const links = await trx
    .selectFrom("register_entry_measure")
    .select("entry_id")
    .where("measure_id", "=", measureId)
    .execute();
  for (const { entry_id } of links) {
    const e = (await loadEntry(trx, entry_id))!;
    const rows = await loadRegisterFacts(trx, entry_id);
    const s = deriveRegisterEntry(lawEntry(e, await loadLinkedMeasures(trx, entry_id)), lawFacts(rows), on);
    if (s.status !== "active") continue;
    await trx
      .insertInto("register_fact")
      .values({
        entry_id,
        seq: rows.length,
        type: "control_check",
        on,
        data: JSON.stringify({ place: check.place, outcome: check.outcome, measureId }),
        recorded_by: userId,
      })
      .execute();
  }
}
