import { randomUUID } from "node:crypto";
import type { Transaction } from "kysely";
import {
  deriveMeasure,
  legalDateOf,
  rulesFor,
  validateFact,
  validateNewMeasure,
  type MeasureFact,
  type MeasureInput,
  type MeasureSubject,
} from "@aldyn/law";
import type { MeasureCreate } from "@aldyn/contract";
import { AppError } from "../../errors/app-error.ts";
import { planPlacement } from "../preventive-register/place-by-measure.ts";
import type { EntryState } from "../preventive-register/register-entry-state.ts";
import { authorizeOn, issuerKindFor } from "./measure-access.ts";
import { reviveDetails } from "./measure-codec.ts";
import type { ActCtx, MeasureDeps } from "./measure-deps.ts";
import { unknownVictimPersons, victimIdsOf } from "./measure-victims.ts";
import { markMeasure } from "./measure-confidentiality.ts";
import { dutyValues, measureProjection } from "./measure-projection.ts";
import { bodyTerritoryPath, loadIssueSubject, type SubjectPerson } from "./measure-subject.ts";
import { EntriesMoved, writeMeasure } from "./measure-write.ts";
import { issuedMeasureHandoffs } from "../handoffs/measure-handoffs.ts";
import { sendToCompetentBodies } from "../handoffs/send-handoff.ts";
import { groundOfReport, noteMeasureOnReport } from "../citizen-reports/triage-measure-link.ts";
import { linkMeasureToCases, takenOnIncident } from "../families/measure-links.ts";
import type { Database } from "../../db/schema.ts";

/** Personal fields a measure record holds about its subject (audited, never their values). */
export const MEASURE_PERSONAL_FIELDS = ["personId", "subject", "justification", "details"] as const;

/** What a domain adds to the issuing transaction (an assistance plan's steps, 001 Art. 55(1)). */
export interface IssueMeasureOptions {
  /** Called inside the transaction after the measure, its marks and its case links are written. */
  readonly afterWrite?: (trx: Transaction<Database>, measureId: string) => Promise<void>;
}

/** How often a write is re-planned when a register entry it carries changed under it. */
const ATTEMPTS = 3;

/**
 * Issues an individual prevention measure (R2; 001 Chapter 5). The law validates the decision and
 * returns every refusal at once: a refusal is a 422 with its code and article and nothing is written
 * (so is a protective order's victim linked to a register id that does not exist, and a placement on
 * the register the law refuses).
 * The subject, the victims' ids and the subject's register entries are read in one statement; the
 * state is derived from that read; the measure, its `issued` fact, its projections and duties, the
 * register placement the measure requires (001 Art. 59(2)) and the audit row are then one statement,
 * and the confidentiality marks a second, in one transaction.
 */
export async function issueMeasure(
  deps: MeasureDeps,
  ctx: ActCtx,
  body: MeasureCreate,
  opts: IssueMeasureOptions = {},
): Promise<string> {
  const issuerKind = issuerKindFor(ctx.actor, body.issuerKind);
  const rules = rulesFor(body.kind);
  let person: SubjectPerson | null = null;
  let knownVictims: ReadonlySet<string> = new Set();
  let entries: readonly EntryState[] = [];
  let subject: MeasureSubject;
  let territoryPath: string;
  if (rules.subject === "person") {
    if (!body.personId) throw new AppError("validation.failed", "Name the person.", { field: "personId" });
    ({ person, knownVictims, entries } = await loadIssueSubject(
      deps.pool ?? deps.db,
      body.personId,
      victimIdsOf(body.details),
    ));
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
  // A measure taken on a citizen's report keeps it (001 Art. 49(1)(1)); the report lists it too.
  const reportId = body.groundReportId ?? null;
  const legalGround = reportId
    ? await groundOfReport(deps.db, ctx.actor, reportId, body.legalGround)
    : body.legalGround;

  const input = {
    kind: body.kind,
    issuerKind,
    issuedAt: new Date(body.issuedAt),
    subject,
    legalGround: legalGround ?? null,
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
  const unknownVictims = unknownVictimPersons(m, knownVictims);
  if (unknownVictims.length > 0) throw AppError.fromRefusals(unknownVictims);

  const id = randomUUID();
  const d = deriveMeasure(m, [issued], deps.now(), { workCalendar: deps.workCalendar });
  const scope = {
    territory_path: territoryPath,
    issuer_body_id: ctx.actor.bodyId,
    issuer_user_id: ctx.userId,
  };
  for (let attempt = 1; ; attempt++) {
    const register = planPlacement(
      deps,
      ctx,
      {
        id,
        kind: m.kind,
        issuedAt: m.issuedAt,
        personId: person?.id ?? null,
        birthDate: person?.birthDate ?? null,
        territoryPath,
        issuerBodyId: ctx.actor.bodyId,
        issuerKind,
      },
      d,
      entries,
      body.rightsExplained ?? false,
    );
    try {
      await deps.db.transaction().execute(async (trx) => {
        await writeMeasure(trx, ctx.audit, {
          measure: {
            op: "insert",
            row: {
              id,
              kind: m.kind,
              person_id: person?.id ?? null,
              issuer_kind: issuerKind,
              input: m,
              law_version: m.lawVersion,
              issued_at: m.issuedAt,
              ground_report_id: reportId,
              ...scope,
            },
          },
          scope,
          projection: measureProjection(d),
          fact: { seq: 0, type: "issued", at: m.issuedAt, data: {}, recorded_by: ctx.userId },
          duties: dutyValues(d),
          register,
          audit: [
            {
              action: "measure.create",
              recordType: "measure",
              recordId: id,
              fields: [...MEASURE_PERSONAL_FIELDS],
            },
          ],
        });
        // A protective order's victims and health data are confidential from the moment they are
        // written (001 Art. 83(2); R11.1): marked in this transaction, before anyone can read them,
        // by the one rule of migration 0021 (which reads the written measure: its own statement).
        await markMeasure(trx, id);
        // A protective order's incident told to the territory's family support centre within 24 hours
        // (001 Art. 72(3)(2)), sent with the issuance — unless the order is taken on a recorded
        // incident, whose own notifications already told the centre.
        if (!takenOnIncident(body))
          await sendToCompetentBodies(
            trx,
            ctx,
            issuedMeasureHandoffs({ id, kind: m.kind, territoryPath, issuedAt: m.issuedAt }),
            deps,
          );
        if (reportId) await noteMeasureOnReport(trx, reportId, { id, kind: m.kind }, ctx.userId, deps.now());
        // The family (001 Art. 54(1)) and the incident of domestic violence (72) it is taken on.
        await linkMeasureToCases(trx, id, body, ctx, m.issuedAt);
        if (opts.afterWrite) await opts.afterWrite(trx, id);
      });
      return id;
    } catch (e) {
      // A running entry the measure joins changed since it was read: read it again and re-plan.
      if (!(e instanceof EntriesMoved) || !person) throw e;
      if (attempt >= ATTEMPTS) throw e.conflict();
      ({ entries } = await loadIssueSubject(deps.pool ?? deps.db, person.id, []));
    }
  }
}
