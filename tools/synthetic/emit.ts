import {
  DEFAULT_LAW_CONFIG,
  deriveMeasure,
  deriveRegisterEntry,
  legalDateOf,
  validatePlacement,
  type DerivedMeasure,
  type MeasureFact,
  type NormalizedMeasure,
  type WorkCalendar,
} from "@aldyn/law";
import {
  autoEndOf,
  lawEntry,
  lawFacts,
} from "../../apps/server/src/modules/preventive-register/register-entry-state.ts";

export interface Issuer {
  bodyId: string;
  userId: string;
}

/** Rows of a batch by table, in the shape of tools/synthetic/insert.ts COLUMNS. */
export interface Generated {
  measures: Record<string, unknown>[];
  facts: Record<string, unknown>[];
  duties: Record<string, unknown>[];
  entries: Record<string, unknown>[];
  entryFacts: Record<string, unknown>[];
  links: Record<string, unknown>[];
  refused: number;
}

export function emptyGenerated(): Generated {
  return { measures: [], facts: [], duties: [], entries: [], entryFacts: [], links: [], refused: 0 };
}

/** One decision as the server stores it once its facts are recorded. */
export interface Decision {
  id: string;
  /** The id of the register entry the decision places, if it places one. */
  entryId: string;
  m: NormalizedMeasure;
  /** Its facts in order, each already allowed by the law (`validateFact`). */
  facts: readonly MeasureFact[];
  /** The subject; null for an organisation (a statutory notice, 001 Art. 57). */
  person: { id: string; birth_date: string } | null;
  territoryPath: string;
  issuer: Issuer;
}

/**
 * Writes a decision's rows as the server would after recording its facts: the measure with the
 * projection the law derives at `now`, its facts, its duties, and the register entry it places
 * (001 Art. 59(2)) with the control checks that count for the entry while it runs — a check of the
 * measure is also the check of the registration it carries (001 Art. 59(10); check-carried-entries.ts).
 * The entry's next check is derived from those checks, as the server derives it.
 */
export function emitDecision(
  out: Generated,
  a: Decision,
  now: Date,
  workCalendar: WorkCalendar,
): DerivedMeasure {
  const { m, id, issuer } = a;
  const today = legalDateOf(now);
  const d = deriveMeasure(m, a.facts, now, { workCalendar });
  const territory = a.territoryPath;
  out.measures.push({
    id,
    kind: m.kind,
    person_id: a.person?.id ?? null,
    issuer_body_id: issuer.bodyId,
    issuer_user_id: issuer.userId,
    issuer_kind: m.issuerKind,
    territory_path: territory,
    input: m,
    law_version: m.lawVersion,
    issued_at: m.issuedAt.toISOString(),
    status: d.status,
    valid_from: d.validFrom,
    valid_until: d.validUntil,
    next_control_due: d.control?.nextDue ?? null,
    register_ground: d.register.places ? d.register.ground : null,
    violations: d.violations,
  });
  a.facts.forEach((f, seq) => {
    const { type, at, ...data } = f;
    out.facts.push({ measure_id: id, seq, type, at: at.toISOString(), data, recorded_by: issuer.userId });
  });
  for (const duty of d.duties)
    out.duties.push({
      measure_id: id,
      code: duty.code,
      article: duty.article,
      due_at: duty.dueAt?.toISOString() ?? null,
      done_at: duty.doneAt?.toISOString() ?? null,
      liability: duty.liability,
      territory_path: territory,
      issuer_body_id: issuer.bodyId,
      issuer_user_id: issuer.userId,
    });
  const ground = d.register.ground;
  const since = d.register.since;
  const p = a.person;
  if (!p || !d.register.places || !ground || !since) return d;
  const placement = { ground, subjectBirthDate: p.birth_date, placedOn: since, placedBy: m.issuerKind };
  if (validatePlacement({ ...placement, rightsExplained: true }, DEFAULT_LAW_CONFIG).length > 0) return d;
  const linked = {
    id,
    kind: m.kind,
    issued_at: m.issuedAt,
    valid_from: d.validFrom,
    valid_until: d.validUntil,
  };
  const entryRow = {
    id: a.entryId,
    person_id: p.id,
    ground,
    territory_path: territory,
    placed_on: since,
    placed_by_body: issuer.bodyId,
    placed_by_kind: m.issuerKind,
    rights_explained: true,
    control_frequency: null,
    likelihood_level: null,
    likelihood_rationale: null,
    version: 1,
    birth_date: p.birth_date,
  };
  const entry = lawEntry(entryRow, [linked]);
  // The checks fall in the entry's period, which ends on its last day (termination does not depend on them).
  const last = deriveRegisterEntry(entry, [], today).lastDay ?? today;
  const rows: { seq: number; type: string; on: string; data: Record<string, unknown> }[] = [
    {
      seq: 0,
      type: "placed",
      on: since,
      data: { measureId: id, article: d.register.article, rightsExplained: true },
    },
  ];
  for (const f of a.facts) {
    if (f.type !== "control_check") continue;
    const on = legalDateOf(f.at);
    if (on < since || on > last) continue;
    const place = (f as { place?: string }).place;
    rows.push({
      seq: rows.length,
      type: "control_check",
      on,
      data: { ...(place ? { place } : {}), outcome: f.outcome, measureId: id },
    });
  }
  const s = deriveRegisterEntry(entry, lawFacts(rows), today);
  out.entries.push({
    id: a.entryId,
    person_id: p.id,
    ground,
    territory_path: territory,
    placed_on: since,
    placed_by_body: issuer.bodyId,
    placed_by_user: issuer.userId,
    placed_by_kind: m.issuerKind,
    rights_explained: true,
    status: s.status,
    last_day: s.lastDay,
    auto_end_on: autoEndOf(s),
    next_control_due: s.status === "active" ? (s.control?.nextDue ?? null) : null,
  });
  for (const r of rows) out.entryFacts.push({ entry_id: a.entryId, ...r, recorded_by: issuer.userId });
  out.links.push({ entry_id: a.entryId, measure_id: id });
  return d;
}
