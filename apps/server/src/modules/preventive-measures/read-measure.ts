import {
  deriveMeasure,
  factTypesOf,
  legalDateOf,
  rulesFor,
  statusOnDay,
  type MeasureStatus,
} from "@aldyn/law";
import type { Measure, MeasureList } from "@aldyn/contract";
import { recordAudit } from "../../audit/record.ts";
import { bodyRestriction } from "../../access/scope.ts";
import { authorizeOn } from "./measure-access.ts";
import { factOfRow, recordedFact, reviveMeasure } from "./measure-codec.ts";
import type { ActCtx, MeasureDeps } from "./measure-deps.ts";
import { loadSubjectPerson, recordsOfPerson } from "./measure-subject.ts";
import { loadMeasureView } from "./measure.queries.ts";
import { MEASURE_PERSONAL_FIELDS } from "./issue-measure.ts";
import {
  auditedMeasureFields,
  refuseWholeRecord,
  itemsWithheld,
  wholeRecordMarks,
  withheldOfMeasure,
  withholdFields,
} from "./measure-confidentiality.ts";

const iso = (d: Date | null | undefined): string | null => (d ? new Date(d).toISOString() : null);

/**
 * One measure with its state recomputed from the facts for this moment (so a due duty is overdue the
 * minute it passes, with no job), its facts and the register entries it carries. 403 outside the
 * reader's role, territory or body; reading personal fields is a separate permission (001 Art.
 * 59(6)); a confidential part the reader does not clear is left out with a `withheld` marker, and a
 * measure confidential as a whole is a 403 (R11.1; 001 Art. 83(2)); the read is audited with the
 * fields it showed (R11.2).
 */
export async function readMeasure(
  deps: MeasureDeps,
  ctx: ActCtx,
  id: string,
  opts: { afterWrite?: boolean } = {},
): Promise<Measure> {
  const {
    row,
    facts: factRows,
    entryIds,
    marks,
    groundReport,
  } = await loadMeasureView(deps.pool ?? deps.db, id);
  const resource = {
    type: "measure" as const,
    territoryPath: row.territory_path,
    bodyId: row.issuer_body_id,
  };
  authorizeOn(ctx.actor, "read", resource);
  authorizeOn(ctx.actor, "read_personal", resource);
  const withheld = withheldOfMeasure(
    ctx.actor,
    { territoryPath: row.territory_path, bodyId: row.issuer_body_id, issuerUserId: row.issuer_user_id },
    marks,
  );
  refuseWholeRecord(withheld);
  const m = reviveMeasure(row.input);
  const now = deps.now();
  const d = deriveMeasure(m, factRows.map(factOfRow), now, { workCalendar: deps.workCalendar });
  // Right after a write the writer sees the record; the write's own audit row covers that read.
  if (!opts.afterWrite)
    await recordAudit(deps.db, ctx.audit, {
      action: "measure.read",
      recordType: "measure",
      recordId: id,
      fields: auditedMeasureFields(MEASURE_PERSONAL_FIELDS, marks, withheld),
    });
  const view: Measure = {
    id: row.id,
    kind: row.kind,
    personId: row.person_id,
    issuerBodyId: row.issuer_body_id,
    issuerUserId: row.issuer_user_id,
    issuerKind: row.issuer_kind,
    territoryPath: row.territory_path,
    issuedAt: iso(row.issued_at)!,
    lawVersion: row.law_version,
    version: row.version,
    input: {
      legalGround: m.legalGround,
      justification: m.justification,
      term: (m.term ?? null) as Record<string, unknown> | null,
      details: m.details as Record<string, unknown>,
      subject: m.subject as unknown as Record<string, unknown>,
    },
    status: d.status,
    asOf: now.toISOString(),
    validFrom: d.validFrom,
    validUntil: d.validUntil,
    servedAt: iso(d.servedAt),
    awaiting: d.awaiting ?? null,
    signature: d.signature,
    duties: d.duties.map((x) => ({
      code: x.code,
      article: x.article,
      dueAt: iso(x.dueAt),
      doneAt: iso(x.doneAt),
      overdue: x.overdue,
      late: x.late,
      liability: x.liability,
    })),
    control: d.control
      ? {
          frequency: d.control.frequency,
          article: d.control.article,
          nextDue: d.control.nextDue,
          overdue: d.control.overdue,
          missed: [...d.control.missed],
          checksDone: d.control.checksDone,
        }
      : null,
    register: { ...d.register, entryIds },
    violations: d.violations,
    extensions: d.extensions,
    appeal: d.appeal,
    termination: d.termination ? { at: d.termination.at.toISOString(), ground: d.termination.ground } : null,
    liabilityCase: d.liabilityCase,
    // `issued` is recorded by the issue itself, never by hand.
    factTypes: factTypesOf(rulesFor(m.kind)).filter((f) => f !== "issued"),
    facts: factRows.map(recordedFact),
    // The citizen's report it was taken on (001 Art. 49(1)(1)): its number, nothing personal.
    groundReport,
  };
  return withholdFields(view, withheld);
}

/**
 * The measures of a person the reader may see (territory, and own body for body-scoped roles). A
 * measure confidential as a whole that the reader does not clear is left out, and the list says how
 * many were, behind which barrier (R11.1; 001 Art. 83(2)).
 */
export async function listPersonMeasures(
  deps: MeasureDeps,
  ctx: ActCtx,
  personId: string,
): Promise<MeasureList> {
  const person = await loadSubjectPerson(deps.db, personId, "id");
  authorizeOn(ctx.actor, "read", { type: "measure", territoryPath: person.territoryPath });
  authorizeOn(ctx.actor, "read_personal", { type: "measure", territoryPath: person.territoryPath });
  let q = deps.db
    .selectFrom("measure")
    .select([
      "id",
      "kind",
      "issued_at",
      "status",
      "valid_from",
      "valid_until",
      "next_control_due",
      "register_ground",
      "version",
      "territory_path",
      "issuer_body_id",
      "issuer_user_id",
    ])
    .where("person_id", "in", await recordsOfPerson(deps.db, personId));
  const body = bodyRestriction(ctx.actor, "measure");
  if (body !== null) q = q.where("issuer_body_id", "=", body);
  const all = await q.orderBy("issued_at", "desc").limit(500).execute();
  const marks = await wholeRecordMarks(
    deps.db,
    all.map((r) => r.id),
  );
  const left = all.map((r) => ({
    r,
    withheld: withheldOfMeasure(
      ctx.actor,
      { territoryPath: r.territory_path, bodyId: r.issuer_body_id, issuerUserId: r.issuer_user_id },
      marks.get(r.id) ?? [],
    ),
  }));
  const rows = left.filter((x) => x.withheld.length === 0).map((x) => x.r);
  const withheld = itemsWithheld(left.flatMap((x) => x.withheld));
  await recordAudit(deps.db, ctx.audit, {
    action: "measure.list",
    recordType: "person",
    recordId: personId,
    fields: ["measures"],
  });
  const today = legalDateOf(deps.now());
  return {
    items: rows.map((r) => ({
      id: r.id,
      kind: r.kind,
      issuedAt: new Date(r.issued_at).toISOString(),
      // The stored status brought to today: right before the nightly re-projection has run.
      status: statusOnDay(r.status as MeasureStatus, r.valid_from, r.valid_until, today),
      validFrom: r.valid_from,
      validUntil: r.valid_until,
      nextControlDue: r.next_control_due,
      registerGround: r.register_ground,
      version: r.version,
    })),
    ...(withheld.length > 0 ? { withheld } : {}),
  };
}
