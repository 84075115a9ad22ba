import { sql, type Transaction } from "kysely";
import { endOfLegalDate, validateFact, type MeasureFact, type LegalDate } from "@aldyn/law";
import type { Database } from "../../db/schema.ts";
import { factOfRow, reviveMeasure } from "../preventive-measures/measure-codec.ts";
import type { MeasureDeps } from "../preventive-measures/measure-deps.ts";
import { projectMeasure } from "../preventive-measures/measure-projection.ts";
import { loadFacts, loadMeasure } from "../preventive-measures/measure.queries.ts";

/**
 * The other direction of check-carried-entries: a check of preventive control of the registration is
 * also a check of compliance with the measures that carry it (001 Arts. 51(6), 59(10)), so the visit is
 * recorded once. It is added to each linked measure whose law accepts it that day (validateFact);
 * a measure that does not (not yet served, ended) is left as it is. Dated at the end of the check's
 * day, or now when that is today.
 */
export async function checkCarryingMeasures(
  trx: Transaction<Database>,
  deps: MeasureDeps,
  entryId: string,
  check: { on: LegalDate; place: unknown; outcome: unknown },
  userId: string,
): Promise<void> {
  const now = deps.now();
  const end = endOfLegalDate(check.on);
  const at = end < now ? end : now;
  const links = await trx
    .selectFrom("register_entry_measure")
    .select("measure_id")
    .where("entry_id", "=", entryId)
    .execute();
  for (const { measure_id } of links) {
    const row = await loadMeasure(trx, measure_id);
    const m = reviveMeasure(row.input);
    const rows = await loadFacts(trx, measure_id);
    const facts = rows.map(factOfRow);
    const data = { place: check.place, outcome: check.outcome, entryId };
    const fact = { ...data, type: "control_check", at } as unknown as MeasureFact;
    if (validateFact(m, facts, fact, { today: check.on, workCalendar: deps.workCalendar }) !== null) continue;
    await trx
      .insertInto("measure_fact")
      .values({
        measure_id,
        seq: rows.length,
        type: "control_check",
        at,
        data: JSON.stringify(data),
        recorded_by: userId,
      })
      .execute();
    await trx
      .updateTable("measure")
      .set({ version: sql`version + 1` })
      .where("id", "=", measure_id)
      .execute();
    await projectMeasure(trx, deps, row, m, [...facts, fact]);
  }
}
