import type { HandoffGroundCode } from "../handoffs/grounds.ts";

/**
 * A minors' case of a commission and the agenda of its meetings: the commission "consider[s] … materials
 * regarding minors who have committed infractions, as well as parents and legal representatives of
 * minors who fail to perform their duties" (001 Art. 79(6)(9)). The states and the agenda's order are
 * the system's reading of the procedure the authorised body sets (79(7)).
 */

/**
 * The states of a case: gathering materials → ready (the secretary marks it; it fills the next
 * agenda) → scheduled (on a meeting's agenda) → decided (decision recorded, protocol signed) → closed.
 */
export const MINORS_CASE_STATES = ["gathering", "ready", "scheduled", "decided", "closed"] as const;
export type MinorsCaseState = (typeof MINORS_CASE_STATES)[number];

/**
 * Where a case's materials came from: a hand-off addressed to the commission, a school's referral after
 * the representatives refused pedagogical support (78(4)), a release notice of a special organisation
 * (80(10)(4), 81(11)(4)), the akimat's submission on a returned minor (80(11), 81(12)), police
 * materials (79(6)(9)), a report, or the commission's own initiative.
 */
export const MINORS_CASE_SOURCES = [
  "handoff",
  "school_refusal",
  "release_notice",
  "returned_minor",
  "police_materials",
  "report",
  "own",
] as const;
export type MinorsCaseSource = (typeof MINORS_CASE_SOURCES)[number];

/** True for a case state. */
export function isMinorsCaseState(value: string): value is MinorsCaseState {
  return (MINORS_CASE_STATES as readonly string[]).includes(value);
}

/** The source of a case opened from a hand-off of `ground`. */
export function sourceOfGround(ground: HandoffGroundCode): MinorsCaseSource {
  switch (ground) {
    case "pedagogical_support.refusal_referral":
      return "school_refusal";
    case "special_education.release_notice":
    case "special_regime.release_notice":
      return "release_notice";
    case "returned_minor.commission_submission":
      return "returned_minor";
    case "minors.police_materials":
      return "police_materials";
    case "report.inform_competent_body":
    case "report_000.inform_minors_commission":
      return "report";
    default:
      return "handoff";
  }
}

/**
 * The agenda's order of ready cases (system reading of 79(7)): urgent cases first, then the ones ready
 * longest; the case id breaks ties so the order is stable. Returns the case ids.
 */
export function orderAgenda(items: readonly { caseId: string; readyAt: Date; urgent: boolean }[]): string[] {
  return [...items]
    .sort(
      (a, b) =>
        Number(b.urgent) - Number(a.urgent) ||
        a.readyAt.getTime() - b.readyAt.getTime() ||
        (a.caseId < b.caseId ? -1 : a.caseId > b.caseId ? 1 : 0),
    )
    .map((i) => i.caseId);
}

/**
 * The protocol's state: it is signed by the chairperson and the secretary, and a decision is final
 * only when both have signed (the system's reading of the procedure of 79(7)).
 */
export function protocolState(sig: {
  chairSignedAt: Date | null;
  secretarySignedAt: Date | null;
}): "unsigned" | "partly_signed" | "signed" {
  const n = Number(sig.chairSignedAt !== null) + Number(sig.secretarySignedAt !== null);
  return n === 2 ? "signed" : n === 1 ? "partly_signed" : "unsigned";
}
