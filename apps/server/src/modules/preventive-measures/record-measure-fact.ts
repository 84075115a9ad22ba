import type { Transaction } from "kysely";
import { deriveMeasure, legalDateOf, validateFact, type IssuerKind } from "@aldyn/law";
import type { MeasureFactCreate } from "@aldyn/contract";
import { AppError } from "../../errors/app-error.ts";
import { planPlacement } from "../preventive-register/place-by-measure.ts";
import { carriedChecks } from "../preventive-register/check-carried-entries.ts";
import { authorizeOn } from "./measure-access.ts";
import { factFromBody, factOfRow, reviveMeasure } from "./measure-codec.ts";
import type { ActCtx, MeasureDeps } from "./measure-deps.ts";
import { dutyValues, measureProjection } from "./measure-projection.ts";
import { loadMeasureState } from "./measure.queries.ts";
import { refuseWholeRecord, withheldOfMeasure } from "./measure-confidentiality.ts";
import { EntriesMoved, writeMeasure } from "./measure-write.ts";
import { measureFactHandoffs } from "../handoffs/measure-handoffs.ts";
import { sendToCompetentBodies } from "../handoffs/send-handoff.ts";
import type { Database } from "../../db/schema.ts";

/** How often a write is re-planned when a register entry it carries changed under it. */
const ATTEMPTS = 3;

/** What a domain adds to the fact's transaction (an assistance plan's closing assessment, 001 Art. 55(1)). */
export interface RecordMeasureFactOptions {
  /** Called inside the transaction after the fact, its projections and its hand-offs are written. */
  readonly afterWrite?: (trx: Transaction<Database>, measureId: string) => Promise<void>;
}

function stale(): AppError {
  return new AppError("conflict.stale_version", "Someone else changed this measure; reload and try again.", {
    field: "version",
  });
}

/**
 * Appends a legal fact to a measure (served, signature refused, prosecutor notified, control check,
 * violation, extension, appeal, termination…). Optimistic concurrency: the body carries the version
 * the writer saw, and a stale one is a 409 with nothing written. The law decides whether the fact may
 * follow the others (422 with its article, e.g. nothing after a termination) before anything is
 * written.
 * The measure, its facts, its marks and its register entries are read in one statement; the new state
 * is derived from that read; the fact, the new projections, the register entries it carries (and a
 * check carried to them, 001 Art. 59(10)) and the audit row are then one statement, guarded by the
 * version read, in one transaction.
 */
export async function recordMeasureFact(
  deps: MeasureDeps,
  ctx: ActCtx,
  measureId: string,
  body: MeasureFactCreate,
  opts: RecordMeasureFactOptions = {},
): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      await recordOnce(deps, ctx, measureId, body, opts);
      return;
    } catch (e) {
      // A register entry the measure carries changed since it was read: read it again and re-plan.
      if (!(e instanceof EntriesMoved)) throw e;
      if (attempt >= ATTEMPTS) throw e.conflict();
    }
  }
}

async function recordOnce(
  deps: MeasureDeps,
  ctx: ActCtx,
  measureId: string,
  body: MeasureFactCreate,
  opts: RecordMeasureFactOptions,
) {
  const { row, facts: rows, wholeMarks, entries } = await loadMeasureState(deps.pool ?? deps.db, measureId);
  const resource = {
    type: "measure" as const,
    territoryPath: row.territory_path,
    bodyId: row.issuer_body_id,
  };
  authorizeOn(ctx.actor, "update", resource);
  // A measure the writer may not read (health data without a grant, 001 Art. 83(2)) takes no fact
  // from them either: the fact would be written blind and answered with a 403.
  refuseWholeRecord(
    withheldOfMeasure(
      ctx.actor,
      { territoryPath: row.territory_path, bodyId: row.issuer_body_id, issuerUserId: row.issuer_user_id },
      wholeMarks,
    ),
  );
  if (body.type === "control_check")
    authorizeOn(ctx.actor, "record_check", { ...resource, type: "control_check" });
  const { fact, data } = factFromBody(body);
  // The state below is derived from the version read; the write applies only to that version.
  if (row.version !== body.version) throw stale();

  const m = reviveMeasure(row.input);
  const facts = rows.map(factOfRow);
  const refusal = validateFact(m, facts, fact, {
    today: legalDateOf(deps.now()),
    workCalendar: deps.workCalendar,
  });
  if (refusal) throw AppError.fromRefusals([refusal]);
  const carried =
    fact.type === "control_check"
      ? carriedChecks(
          entries,
          measureId,
          { at: fact.at, place: data.place, outcome: data.outcome },
          ctx.userId,
        )
      : [];
  const d = deriveMeasure(m, [...facts, fact], deps.now(), { workCalendar: deps.workCalendar });
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
    carried,
  );

  await deps.db.transaction().execute(async (trx) => {
    const written = await writeMeasure(trx, ctx.audit, {
      measure: { op: "update", id: measureId, version: body.version },
      scope: {
        territory_path: row.territory_path,
        issuer_body_id: row.issuer_body_id,
        issuer_user_id: row.issuer_user_id,
      },
      projection: measureProjection(d),
      fact: { seq: rows.length, type: fact.type, at: fact.at, data, recorded_by: ctx.userId },
      duties: dutyValues(d),
      register,
      audit: [
        {
          action: `measure.fact.${fact.type}`,
          recordType: "measure",
          recordId: measureId,
          fields: Object.keys(data),
        },
      ],
    });
    if (written.measures === 0) throw stale();
    // The fact that performs a duty to tell another body sends that body its hand-off in the same
    // transaction (001 Arts. 51(3), 78(4), 80(10)(4), 80(11), 81(11)(4)): with no such body
    // registered for the territory, nothing is written (422 handoff.no_competent_body).
    const handoffs = measureFactHandoffs(
      {
        id: row.id,
        kind: row.kind,
        territoryPath: row.territory_path,
        issuedAt: new Date(row.issued_at),
        facts,
        duties: d.duties,
      },
      fact,
    );
    await sendToCompetentBodies(trx, ctx, handoffs, deps);
    if (opts.afterWrite) await opts.afterWrite(trx, measureId);
  });
}
