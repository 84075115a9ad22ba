/**
 * A preventive visit as a record with an append-only list of legal facts (ARCHITECTURE "facts in,
 * state out"). Dates of presence at the institutions are legal dates; everything else is an instant.
 */
import { legalDateOf, type LegalDate } from "../calendar/legal-date.ts";
import type { NpmVisitForm, NpmVisitKind } from "./kinds.ts";

/** A decided preventive visit (003 Chapter 2). */
export interface NpmVisit {
  readonly id: string;
  readonly kind: NpmVisitKind;
  readonly form: NpmVisitForm;
  /** Participants of the group; all sign the report (003 p.27; 000 Art. 33(4)). */
  readonly memberIds: readonly string[];
  /** Experts invited by the Commissioner; their opinions go into the report (003 p.15). */
  readonly expertIds?: readonly string[];
}

/** The legal facts of a visit (003 pp.12-13, 15, 24-28). */
export type NpmVisitFact =
  | { readonly type: "started"; readonly on: LegalDate }
  | { readonly type: "ended"; readonly on: LegalDate }
  /** A day on the road within the visit, not counted in its duration (003 p.24). */
  | { readonly type: "travel_day"; readonly on: LegalDate }
  | {
      readonly type: "extended";
      readonly at: Date;
      readonly workingDays: number;
      readonly commissionerConsent: boolean;
      readonly reason: string;
    }
  | { readonly type: "cancelled"; readonly at: Date; readonly reason: string }
  /** Signs of torture or other cruel, inhuman or degrading treatment revealed (003 p.26). */
  | { readonly type: "torture_signs_revealed"; readonly at: Date }
  | { readonly type: "torture_signs_reported"; readonly at: Date; readonly to: "prosecutor" | "commissioner" }
  /** A report or complaint of torture received during the visit (003 pp.12-13; 000 Art. 30(4)). */
  | { readonly type: "complaint_received"; readonly at: Date; readonly complaintId: string }
  | { readonly type: "expert_opinion_attached"; readonly at: Date; readonly expertId: string }
  | { readonly type: "report_signed"; readonly at: Date; readonly participantId: string }
  | { readonly type: "dissent_declared"; readonly at: Date; readonly participantId: string }
  | { readonly type: "dissenting_opinion_attached"; readonly at: Date; readonly participantId: string }
  /** Report submitted to the Coordinating Council, with the complaints it lists (003 pp.13, 28). */
  | { readonly type: "report_submitted"; readonly at: Date; readonly listedComplaintIds: readonly string[] };

/** The facts known at an instant: instants up to `asOf`, legal dates up to its Almaty day. */
export function visitFactsKnownAt(facts: readonly NpmVisitFact[], asOf: Date): NpmVisitFact[] {
  const today = legalDateOf(asOf);
  return facts.filter((f) => ("at" in f ? f.at <= asOf : f.on <= today));
}

/** Ids of facts of one type carrying a participant, in order. */
export function visitParticipantIdsOf(
  facts: readonly NpmVisitFact[],
  type: "report_signed" | "dissent_declared" | "dissenting_opinion_attached",
): Set<string> {
  const out = new Set<string>();
  for (const f of facts) if (f.type === type) out.add(f.participantId);
  return out;
}
