import { sql } from "kysely";
import { legalDateOf, validateFact, type IssuerKind } from "@aldyn/law";
import type { MeasureFactCreate } from "@aldyn/contract";
import { recordAudit } from "../../audit/record.ts";
import { AppError } from "../../errors/app-error.ts";
import { placeByMeasure } from "../preventive-register/place-by-measure.ts";
import { checkCarriedEntries } from "../preventive-register/check-carried-entries.ts";
import { authorizeOn } from "./measure-access.ts";
import { factFromBody, factOfRow, reviveMeasure } from "./measure-codec.ts";
import type { ActCtx, MeasureDeps } from "./measure-deps.ts";
import { projectMeasure } from "./measure-projection.ts";
import { loadFacts, loadMeasure } from "./measure.queries.ts";
import { refuseWholeRecord, wholeRecordMarks, withheldOfMeasure } from "./measure-confidentiality.ts";

/**
 * Appends a legal fact to a measure (served, signature refused, prosecutor notified, control check,
 * violation, extension, appeal, termination…). Optimistic concurrency: the body carries the version
 * the writer saw, and a stale one is a 409 with nothing written. The law decides whether the fact may
 * follow the others (422 with its article, e.g. nothing after a termination); the fact, the new
 * projections, the register entries it carries and the audit row are one transaction.
 */
export async function recordMeasureFact(
  deps: MeasureDeps,
  ctx: ActCtx,
  measureId: string,
  body: MeasureFactCreate,
): Promise<void> {
  const current = await loadMeasure(deps.db, measureId);
  const resource = {
    type: "measure" as const,
    territoryPath: current.territory_path,
    bodyId: current.issuer_body_id,
  };
  authorizeOn(ctx.actor, "update", resource);
  // A measure the writer may not read (health data without a grant, 001 Art. 83(2)) takes no fact
  // from them either: the fact would be written blind and answered with a 403.
  const marks = (await wholeRecordMarks(deps.db, [measureId])).get(measureId) ?? [];
  refuseWholeRecord(
    withheldOfMeasure(
      ctx.actor,
      {
        territoryPath: current.territory_path,
        bodyId: current.issuer_body_id,
        issuerUserId: current.issuer_user_id,
      },
      marks,
    ),
  );
  if (body.type === "control_check")
    authorizeOn(ctx.actor, "record_check", { ...resource, type: "control_check" });
  const { fact, data } = factFromBody(body);

  await deps.db.transaction().execute(async (trx) => {
    // The version bump first: it locks the row, so two writers are serialised and the loser sees 409.
    const bumped = await trx
      .updateTable("measure")
      .set({ version: sql`version + 1` })
      .where("id", "=", measureId)
      .where("version", "=", body.version)
      .executeTakeFirst();
    if (Number(bumped.numUpdatedRows) === 0) {
      throw new AppError(
        "conflict.stale_version",
        "Someone else changed this measure; reload and try again.",
        {
          field: "version",
        },
      );
    }
    const row = await loadMeasure(trx, measureId);
    const m = reviveMeasure(row.input);
    const rows = await loadFacts(trx, measureId);
    const facts = rows.map(factOfRow);
    const refusal = validateFact(m, facts, fact, {
      today: legalDateOf(deps.now()),
      workCalendar: deps.workCalendar,
    });
    if (refusal) throw AppError.fromRefusals([refusal]);
    await trx
      .insertInto("measure_fact")
      .values({
        measure_id: measureId,
        seq: rows.length,
        type: fact.type,
        at: fact.at,
        data: JSON.stringify(data),
        recorded_by: ctx.userId,
      })
      .execute();
    if (fact.type === "control_check")
      await checkCarriedEntries(
        trx,
        measureId,
        { at: fact.at, place: data.place, outcome: data.outcome },
        ctx.userId,
      );
    const d = await projectMeasure(trx, deps, row, m, [...facts, fact]);
    await placeByMeasure(
      trx,
      deps,
      ctx,
      {
        id: row.id,
        personId: row.person_id,
        birthDate: row.birth_date,
        territoryPath: row.territory_path,
        issuerBodyId: row.issuer_body_id,
        issuerKind: row.issuer_kind as IssuerKind,
      },
      d,
      false,
    );
    await recordAudit(trx, ctx.audit, {
      action: `measure.fact.${fact.type}`,
      recordType: "measure",
      recordId: measureId,
      fields: Object.keys(data),
    });
  });
}
