import {
  legalDateOf,
  rulesFor,
  validateFact,
  validateNewMeasure,
  type MeasureFact,
  type MeasureInput,
  type MeasureSubject,
} from "@aldyn/law";
import type { MeasureCreate } from "@aldyn/contract";
import { recordAudit } from "../../audit/record.ts";
import { AppError } from "../../errors/app-error.ts";
import { placeByMeasure } from "../preventive-register/place-by-measure.ts";
import { authorizeOn, issuerKindFor } from "./measure-access.ts";
import { reviveDetails } from "./measure-codec.ts";
import type { ActCtx, MeasureDeps } from "./measure-deps.ts";
import { unknownVictimPersons } from "./measure-victims.ts";
import { markMeasure } from "./measure-confidentiality.ts";
import { projectMeasure } from "./measure-projection.ts";
import { bodyTerritoryPath, loadSubjectPerson, type SubjectPerson } from "./measure-subject.ts";

/** Personal fields a measure record holds about its subject (audited, never their values). */
export const MEASURE_PERSONAL_FIELDS = ["personId", "subject", "justification", "details"] as const;

/**
 * Issues an individual prevention measure (R2; 001 Chapter 5). The law validates the decision and
 * returns every refusal at once: a refusal is a 422 with its code and article and nothing is written
 * (so is a protective order's victim linked to a register id that does not exist).
 * Otherwise the measure, its `issued` fact, its confidentiality marks, its projections and duties, the
 * register placement the measure requires (001 Art. 59(2)) and the audit row are written in one
 * transaction.
 */
export async function issueMeasure(deps: MeasureDeps, ctx: ActCtx, body: MeasureCreate): Promise<string> {
  const issuerKind = issuerKindFor(ctx.actor, body.issuerKind);
  const rules = rulesFor(body.kind);
  let person: SubjectPerson | null = null;
  let subject: MeasureSubject;
  let territoryPath: string;
  if (rules.subject === "person") {
    if (!body.personId) throw new AppError("validation.failed", "Name the person.", { field: "personId" });
    person = await loadSubjectPerson(deps.db, body.personId);
    subject = { kind: "person", birthDate: person.birthDate, sex: person.sex };
    territoryPath = person.territoryPath;
  } else {
    if (!body.organisation)
      throw new AppError("validation.failed", "Name the organisation and its head or official.", {
        field: "organisation",
      });
    subject = { kind: "organisation", ...body.organisation };
    territoryPath = await bodyTerritoryPath(deps.db, ctx.actor.bodyId);
  }
  authorizeOn(ctx.actor, "issue_measure", { type: "measure", territoryPath, bodyId: ctx.actor.bodyId });

  const input = {
    kind: body.kind,
    issuerKind,
    issuedAt: new Date(body.issuedAt),
    subject,
    legalGround: body.legalGround ?? null,
    justification: body.justification ?? null,
    term: body.term ?? null,
    details: reviveDetails(body.details ?? {}),
  } as MeasureInput;
  const today = legalDateOf(deps.now());
  const v = validateNewMeasure(input, { today, lawConfig: deps.law, workCalendar: deps.workCalendar });
  if (!v.ok) throw AppError.fromRefusals(v.refusals);
  const m = v.value;
  const issued: MeasureFact = { type: "issued", at: m.issuedAt };
  const refusal = validateFact(m, [], issued, { today, workCalendar: deps.workCalendar });
  if (refusal) throw AppError.fromRefusals([refusal]);
  const unknownVictims = await unknownVictimPersons(deps.db, m);
  if (unknownVictims.length > 0) throw AppError.fromRefusals(unknownVictims);

  return deps.db.transaction().execute(async (trx) => {
    const row = await trx
      .insertInto("measure")
      .values({
        kind: m.kind,
        person_id: person?.id ?? null,
        issuer_body_id: ctx.actor.bodyId,
        issuer_user_id: ctx.userId,
        issuer_kind: issuerKind,
        territory_path: territoryPath,
        input: JSON.stringify(m),
        law_version: m.lawVersion,
        issued_at: m.issuedAt,
        status: "issued",
      })
      .returning(["id", "territory_path", "issuer_body_id", "issuer_user_id"])
      .executeTakeFirstOrThrow();
    await trx
      .insertInto("measure_fact")
      .values({
        measure_id: row.id,
        seq: 0,
        type: "issued",
        at: m.issuedAt,
        data: "{}",
        recorded_by: ctx.userId,
      })
      .execute();
    // A protective order's victims and health data are confidential from the moment they are
    // written (001 Art. 83(2); R11.1): marked in this transaction, before anyone can read them.
    await markMeasure(trx, row.id);
    const d = await projectMeasure(trx, deps, row, m, [issued]);
    await placeByMeasure(
      trx,
      deps,
      ctx,
      {
        id: row.id,
        personId: person?.id ?? null,
        birthDate: person?.birthDate ?? null,
        territoryPath,
        issuerBodyId: ctx.actor.bodyId,
        issuerKind,
      },
      d,
      body.rightsExplained ?? false,
    );
    await recordAudit(trx, ctx.audit, {
      action: "measure.create",
      recordType: "measure",
      recordId: row.id,
      fields: [...MEASURE_PERSONAL_FIELDS],
    });
    return row.id;
  });
}
