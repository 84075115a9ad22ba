import { dateOfAge, legalDateOf, type LegalDate } from "../calendar/legal-date.ts";
import type { WorkCalendar } from "../calendar/working-days.ts";
import { art, type Citation } from "../core/citation.ts";
import { refuse, type Refusal } from "../core/verdict.ts";
import { lazyWorkCalendar } from "./derive-measure.ts";
import { birthDateOf } from "./kinds/common.ts";
import { effectiveFactIndices, type MeasureFact, type MeasureFactType } from "./facts.ts";
import type { DutyContext, KindRules } from "./kind-rules.ts";
import type { MeasureKind } from "./kinds.ts";
import type { NormalizedMeasure } from "./measure-input.ts";
import { timelineOf, type MeasureTimeline } from "./timeline.ts";

/** What fact validation needs: today's date (no fact from the future) and the working calendar. */
export interface FactValidationContext {
  readonly today: LegalDate;
  readonly workCalendar?: WorkCalendar;
}

/** Facts recorded at most once (a second one is a correction: supersede the first). */
const ONCE: readonly MeasureFactType[] = [
  "issued",
  "served",
  "prosecutor_notified",
  "answer_received",
  "court_sanctioned",
  "placed",
  "returned_home",
  "representative_refused",
];

/** Facts that may still be recorded after a measure ended early: the return home and its follow-up (001 Arts. 80(11), 81(12)). */
const AFTER_END: readonly MeasureFactType[] = ["returned_home", "submitted_to_commission"];

/** The fact types a kind accepts. Issue, appeal (001 Art. 48(4)) and termination belong to every kind. */
export function factTypesOf(r: KindRules<MeasureKind>): MeasureFactType[] {
  const out: MeasureFactType[] = ["issued", "appealed", "appeal_decided", "terminated", "superseded"];
  if (r.service)
    out.push("served", ...(r.service.signature ? (["signed", "signature_refused"] as const) : []));
  if (r.notices.length > 0) out.push("notice_sent");
  if (r.controlled) out.push("control_check");
  if (r.violations) out.push("violation");
  if (r.extension) out.push("extended");
  out.push(...r.extraFacts);
  return out;
}

function no(code: string, article: Citation, message: string, params?: Record<string, string>): Refusal {
  return refuse(code, article, `${article}: ${message}`, params ? { params } : {});
}

function supersedeRefusal(facts: readonly MeasureFact[], target: number, article: Citation): Refusal | null {
  if (!Number.isInteger(target) || target < 0 || target >= facts.length) {
    return no(
      "fact.supersede_target_invalid",
      article,
      "the corrected fact must be an earlier fact of this measure.",
    );
  }
  const live = facts[target]!.type === "superseded" || effectiveFactIndices(facts).includes(target);
  return live ? null : no("fact.already_superseded", article, "that fact is already corrected.");
}

/** The checks of a fact against the measure's course so far (after the common gate). */
function courseRefusal(m: NormalizedMeasure, t: MeasureTimeline, fact: MeasureFact): Refusal | null {
  const r = t.rules;
  const v = t.view;
  const day = legalDateOf(fact.at);
  switch (fact.type) {
    case "signed":
    case "signature_refused": {
      const served = v.first("served");
      if (!served || fact.at < served.at)
        return no(
          "fact.not_served",
          r.service!.article,
          "the document is signed (or the refusal noted) when it is served.",
        );
      if (v.first("signed") || v.first("signature_refused"))
        return no(
          "fact.already_recorded",
          r.service!.article,
          "the signature or its refusal is already recorded.",
        );
      return null;
    }
    case "answer_received":
      return v.first("served")
        ? null
        : no("fact.not_served", r.service!.article, "an answer follows receipt of the notice.");
    case "notice_sent":
      return r.notices.includes(fact.to)
        ? null
        : no(
            "fact.recipient_not_applicable",
            r.article,
            `no notice to "${fact.to}" is provided for this measure.`,
          );
    case "control_check":
    case "violation":
    case "extended": {
      const inForce =
        t.validFrom !== null && day >= t.validFrom && (t.validUntil === null || day <= t.validUntil);
      if (fact.type !== "extended" && !inForce)
        return no("fact.not_active", r.termArticle, "the measure was not in force on that day.");
      if (fact.type === "extended" && (t.validFrom === null || t.termUntil === null))
        return no("fact.not_active", r.extension!.article, "only a running term can be extended.");
      if (fact.type === "extended" && fact.until <= t.termUntil!)
        return no(
          "fact.extension_not_later",
          r.extension!.article,
          "the new last day must be after the current one.",
        );
      return null;
    }
    case "appealed":
      return t.appeal === "pending"
        ? no("fact.appeal_pending", art("001", "48(4)"), "an appeal is already pending.")
        : null;
    case "appeal_decided":
      return t.appeal === "pending"
        ? null
        : no("fact.no_pending_appeal", art("001", "48(4)"), "no appeal is pending.");
    case "terminated": {
      if (!r.terminationGrounds.includes(fact.ground)) {
        return no(
          "fact.termination_ground_not_applicable",
          r.article,
          `the ground "${fact.ground}" does not end this measure.`,
        );
      }
      const birth = birthDateOf(m.subject);
      if (fact.ground === "reached_18" && (!birth || dateOfAge(birth, 18) > day)) {
        return no(
          "fact.not_yet_18",
          art("001", "59(8)(4)"),
          "the person has not reached eighteen on that day.",
        );
      }
      return null;
    }
    case "returned_home":
      return v.first("placed")
        ? null
        : no("fact.not_placed", r.article, "the minor was never placed in the institution.");
    case "submitted_to_commission":
      return v.first("returned_home") || v.first("representative_refused")
        ? null
        : no(
            "fact.nothing_to_submit",
            r.article,
            "there is no return home or refusal to submit to the commission.",
          );
    default:
      return null;
  }
}

/**
 * Whether a new fact may be appended to a measure's facts; a refusal with the article, or null.
 * Corrections (`superseded`) are always possible; otherwise nothing follows an annulment or a
 * termination (`measure.terminated`) except the return home of a released minor and its submission to
 * the commission; a fact must be of the kind, not from the future, not before the issue; a fact
 * recorded once is not recorded twice; signature follows service; checks and violations fall within
 * the validity; extensions lengthen a running term; appeals alternate with decisions (001 Art. 48(4));
 * termination grounds are the kind's (001 Art. 59(8)).
 */
export function validateFact(
  m: NormalizedMeasure,
  facts: readonly MeasureFact[],
  fact: MeasureFact,
  ctx: FactValidationContext,
): Refusal | null {
  const t = timelineOf(m, facts);
  const r = t.rules;
  if (fact.type === "superseded") return supersedeRefusal(facts, fact.supersedes, r.article);
  const day = legalDateOf(fact.at);
  if (day > ctx.today)
    return no("fact.in_future", r.article, `a fact cannot be dated after today (${ctx.today}).`);
  if (t.end && !(t.end.by === "terminated" && AFTER_END.includes(fact.type))) {
    return no(
      "measure.terminated",
      t.end.by === "annulled" ? art("001", "48(4)") : r.article,
      `the measure was ${t.end.by}; no further facts may be recorded.`,
    );
  }
  if (!factTypesOf(r).includes(fact.type)) {
    return no(
      "fact.not_applicable",
      r.article,
      `a "${fact.type}" fact does not belong to a measure of kind "${m.kind}".`,
      { type: fact.type },
    );
  }
  if (fact.type === "issued") {
    if (t.issued)
      return no("fact.already_recorded", r.article, "the measure is already issued.", { type: fact.type });
    return day === m.issuedOn
      ? null
      : no("fact.issued_date_mismatch", r.article, `the decision is dated ${m.issuedOn}.`);
  }
  if (!t.issued) return no("fact.not_issued", r.article, "the measure is not issued yet.");
  if (fact.at < t.issued.at)
    return no("fact.before_issue", r.article, "a fact of a measure cannot precede its issue.");
  if (ONCE.includes(fact.type) && t.view.first(fact.type)) {
    return no(
      "fact.already_recorded",
      r.article,
      `a "${fact.type}" fact is already recorded; supersede it to correct it.`,
      { type: fact.type },
    );
  }
  const course = courseRefusal(m, t, fact);
  if (course || !r.checkFact) return course;
  const d: DutyContext = {
    workCalendar: lazyWorkCalendar(ctx.workCalendar),
    validFrom: t.validFrom,
    validUntil: t.termUntil,
  };
  return r.checkFact(m, t.view, fact, d);
}
