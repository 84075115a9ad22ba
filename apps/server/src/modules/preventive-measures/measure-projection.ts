import { sql, type Transaction } from "kysely";
import { deriveMeasure, type DerivedMeasure, type MeasureFact, type NormalizedMeasure } from "@aldyn/law";
import type { Database } from "../../db/schema.ts";
import type { MeasureDeps } from "./measure-deps.ts";

/** The columns of a measure a projection write needs. */
export interface MeasureScopeRow {
  readonly id: string;
  readonly territory_path: string;
  readonly issuer_body_id: string;
  readonly issuer_user_id: string;
}

/** The projection columns of a measure as the law derived them (indexed for the worklists). */
export function measureProjection(d: DerivedMeasure) {
  return {
    status: d.status,
    valid_from: d.validFrom,
    valid_until: d.validUntil,
    // nextDue does not depend on the day of the write, so a stored date stays right; "overdue" is
    // decided when read.
    next_control_due: d.control?.nextDue ?? null,
    register_ground: d.register.places ? d.register.ground : null,
    violations: d.violations,
  };
}
export type MeasureProjection = ReturnType<typeof measureProjection>;

/** The duty rows of a measure as the law derived them (without the measure's scope columns). */
export function dutyValues(d: DerivedMeasure) {
  return d.duties.map((duty) => ({
    code: duty.code,
    article: duty.article,
    due_at: duty.dueAt,
    done_at: duty.doneAt ?? null,
    liability: duty.liability,
  }));
}
export type DutyValues = ReturnType<typeof dutyValues>[number];

/**
 * Derives the measure's state from its facts (the law) and stores it as projection columns and duty
 * rows, in the caller's transaction (ARCHITECTURE.md "facts in, state out"). Duties are replaced as a
 * whole: the law may drop a moot duty when a measure ends early.
 */
export async function projectMeasure(
  trx: Transaction<Database>,
  deps: MeasureDeps,
  row: MeasureScopeRow,
  m: NormalizedMeasure,
  facts: readonly MeasureFact[],
): Promise<DerivedMeasure> {
  const d = deriveMeasure(m, facts, deps.now(), { workCalendar: deps.workCalendar });
  await trx
    .updateTable("measure")
    .set({ ...measureProjection(d), updated_at: sql`now()` })
    .where("id", "=", row.id)
    .execute();
  await trx.deleteFrom("measure_duty").where("measure_id", "=", row.id).execute();
  if (d.duties.length > 0) {
    await trx
      .insertInto("measure_duty")
      .values(
        dutyValues(d).map((duty) => ({
          measure_id: row.id,
          ...duty,
          territory_path: row.territory_path,
          issuer_body_id: row.issuer_body_id,
          issuer_user_id: row.issuer_user_id,
        })),
      )
      .execute();
  }
  return d;
}
