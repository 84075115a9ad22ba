import { legalDateOf, type LegalDate } from "../calendar/legal-date.ts";
import type { AppealOutcome, FactOf, MeasureFact, TerminationGround } from "./facts.ts";
import { effectiveFacts } from "./facts.ts";
import { factView, type FactView, type KindRules, type KindValidity } from "./kind-rules.ts";
import type { MeasureKind } from "./kinds.ts";
import type { NormalizedMeasure } from "./measure-input.ts";
import { rulesFor } from "./rules.ts";

/** Where an appeal stands (001 Art. 48(4)): none filed, pending, or the last decision's outcome. */
export type AppealState = "none" | "pending" | AppealOutcome;

/** How a measure ended before its term ran out: terminated on a ground, or annulled on appeal. */
export type MeasureEnd =
  | { readonly by: "terminated"; readonly at: Date; readonly ground: TerminationGround }
  | { readonly by: "annulled"; readonly at: Date };

/**
 * The measure's course in time from its facts: the validity the kind derives, then extensions and
 * amended appeals applied in the order they happened, then the end by termination or annulment.
 * Shared by {@link deriveMeasure} and {@link validateFact}.
 */
export interface MeasureTimeline {
  readonly rules: KindRules<MeasureKind>;
  /** The effective facts in the order they happened. */
  readonly view: FactView;
  readonly issued: FactOf<"issued"> | undefined;
  readonly kindValidity: KindValidity;
  readonly validFrom: LegalDate | null;
  /** The last day of the term after extensions and appeals, before any early end. */
  readonly termUntil: LegalDate | null;
  /** The last day the measure actually had effect (an early end cuts the term). */
  readonly validUntil: LegalDate | null;
  readonly end: MeasureEnd | null;
  readonly appeal: AppealState;
}

/** Builds the {@link MeasureTimeline} of a measure from its (raw, append-only) facts. */
export function timelineOf(m: NormalizedMeasure, facts: readonly MeasureFact[]): MeasureTimeline {
  const rules = rulesFor(m.kind);
  // Facts are recorded as they become known; their effect follows the order in which they happened.
  const ordered = effectiveFacts(facts)
    .map((f, i) => ({ f, i }))
    .sort((a, b) => a.f.at.getTime() - b.f.at.getTime() || a.i - b.i)
    .map((x) => x.f);
  const view = factView(ordered);
  const issued = view.first("issued");
  const kindValidity: KindValidity = issued ? rules.validity(m, view) : { from: null, until: null };
  let termUntil = kindValidity.until;
  let appeal: AppealState = "none";
  let end: MeasureEnd | null = null;
  for (const f of ordered) {
    if (end) break;
    if (f.type === "extended" && kindValidity.from !== null) termUntil = f.until;
    if (f.type === "appealed") appeal = "pending";
    if (f.type === "appeal_decided") {
      appeal = f.outcome;
      if (f.outcome === "amended" && f.validUntil !== undefined) termUntil = f.validUntil;
      if (f.outcome === "annulled") end = { by: "annulled", at: f.at };
    }
    if (f.type === "terminated") end = { by: "terminated", at: f.at, ground: f.ground };
  }
  let validFrom = kindValidity.from;
  let validUntil = termUntil;
  if (end && validFrom !== null) {
    const endDay = legalDateOf(end.at);
    if (endDay < validFrom) {
      // Ended before it took effect: it never had any.
      validFrom = null;
      validUntil = null;
    } else if (validUntil === null || endDay < validUntil) {
      validUntil = endDay;
    }
  }
  return { rules, view, issued, kindValidity, validFrom, termUntil, validUntil, end, appeal };
}
