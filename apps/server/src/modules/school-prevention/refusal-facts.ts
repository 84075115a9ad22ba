import type { Transaction } from "kysely";
import { deriveMeasure, legalDateOf, validateFact, type IssuerKind, type MeasureFact } from "@aldyn/law";
import type { Database } from "../../db/schema.ts";
import { AppError } from "../../errors/app-error.ts";
import { measureFactHandoffs } from "../handoffs/measure-handoffs.ts";
import { sendToCompetentBodies } from "../handoffs/send-handoff.ts";
import { factOfRow, reviveMeasure } from "../preventive-measures/measure-codec.ts";
import type { ActCtx, MeasureDeps } from "../preventive-measures/measure-deps.ts";
import { dutyValues, measureProjection } from "../preventive-measures/measure-projection.ts";
import { loadMeasureState } from "../preventive-measures/measure.queries.ts";
import { writeMeasure } from "../preventive-measures/measure-write.ts";
import { planPlacement } from "../preventive-register/place-by-measure.ts";

/**
 * Appends facts to a measure INSIDE the caller's transaction — the measure's own write path
 * (record-measure-fact.ts: the law's validateFact, deriveMeasure, writeMeasure guarded by the version,
 * the hand-offs measureFactHandoffs plans, sent by sendToCompetentBodies), without the transaction
 * recordMeasureFact opens itself. Used where the council's meeting issues pedagogical support and the
 * representatives' refusal in one write: the measure, `representative_refused`, `submitted_to_commission`
 * and the referral to the commission on minors' affairs (001 Art. 78(4)) commit together or not at all.
 * Returns the hand-offs sent.
 */
export async function appendFactsInTransaction(
  trx: Transaction<Database>,
  deps: MeasureDeps,
  ctx: ActCtx,
  measureId: string,
  facts: readonly (MeasureFact & { readonly data?: Record<string, unknown> })[],
): Promise<{ id: string; dueAt: Date }[]> {
  const sent: { id: string; dueAt: Date }[] = [];
  for (const { data = {}, ...fact } of facts) {
    const { row, facts: rows, entries } = await loadMeasureState(trx, measureId);
    const m = reviveMeasure(row.input);
    const before = rows.map(factOfRow);
    const next = fact as MeasureFact;
    const refusal = validateFact(m, before, next, {
      today: legalDateOf(deps.now()),
      workCalendar: deps.workCalendar,
    });
    if (refusal) throw AppError.fromRefusals([refusal]);
    const d = deriveMeasure(m, [...before, next], deps.now(), { workCalendar: deps.workCalendar });
    const register = planPlacement(
      deps,
      ctx,
      {
        id: row.id,
        kind: row.kind,
        issuedAt: new Date(row.issued_at),
        personId: row.person_id,
        birthDate: row.birth_date,
        territoryPath: row.territory_path,
        issuerBodyId: row.issuer_body_id,
        issuerKind: row.issuer_kind as IssuerKind,
      },
      d,
      entries,
      false,
    );
    const written = await writeMeasure(trx, ctx.audit, {
      measure: { op: "update", id: measureId, version: row.version },
      scope: {
        territory_path: row.territory_path,
        issuer_body_id: row.issuer_body_id,
        issuer_user_id: row.issuer_user_id,
      },
      projection: measureProjection(d),
      fact: { seq: rows.length, type: next.type, at: next.at, data, recorded_by: ctx.userId },
      duties: dutyValues(d),
      register,
      audit: [
        {
          action: `measure.fact.${next.type}`,
          recordType: "measure",
          recordId: measureId,
          fields: Object.keys(data),
        },
      ],
    });
    if (written.measures === 0)
      throw new AppError(
        "conflict.stale_version",
        "Someone else changed this measure; reload and try again.",
        {
          field: "version",
        },
      );
    const handoffs = measureFactHandoffs(
      {
        id: row.id,
        kind: row.kind,
        territoryPath: row.territory_path,
        issuedAt: new Date(row.issued_at),
        facts: before,
        duties: d.duties,
      },
      next,
    );
    sent.push(...(await sendToCompetentBodies(trx, ctx, handoffs, deps)));
  }
  return sent;
}
