/**
 * A hand-off's course, derived from its facts (facts in, state out — as a measure's): sent → received
 * (a user of the receiving body opens and acknowledges it) → accepted, or declined with a reason and
 * re-routed → answered. The exchange of information between subjects of prevention is a form of their
 * interaction (001 Art. 39(2)(2)); its duty and clock come from the ground (./grounds.ts).
 */
import { art, type Citation } from "../core/citation.ts";
import { allow, refuse, type Verdict } from "../core/verdict.ts";

/** The facts of a hand-off, appended, never edited. */
export const HANDOFF_FACT_TYPES = ["sent", "received", "accepted", "declined", "answered"] as const;
export type HandoffFactType = (typeof HANDOFF_FACT_TYPES)[number];

/** The states of a hand-off, each the state its fact of the same name leads to. */
export const HANDOFF_STATES = ["sent", "received", "accepted", "declined", "answered"] as const;
export type HandoffState = (typeof HANDOFF_STATES)[number];

/** One fact of a hand-off. */
export interface HandoffFact {
  readonly type: HandoffFactType;
  readonly at: Date;
  /** Why the receiving body declines (required on `declined`). */
  readonly reason?: string;
  /** The body the declined hand-off is sent on to, when the receiver names one. */
  readonly reroutedToBodyId?: string;
  /** What the receiving body did (required on `answered`). */
  readonly outcome?: string;
}

/** A hand-off's state at an instant. */
export interface DerivedHandoff {
  readonly state: HandoffState;
  readonly sentAt: Date | null;
  readonly receivedAt: Date | null;
  readonly acceptedAt: Date | null;
  readonly declinedAt: Date | null;
  readonly answeredAt: Date | null;
  /** Not acknowledged by the receiving body and the due instant has passed. */
  readonly overdue: boolean;
  /** Acknowledged after the due instant (for figures: share acknowledged late). */
  readonly receivedLate: boolean;
}

/** The interaction of subjects of prevention by exchange of information (001 Art. 39(2)(2)). */
const EXCHANGE: Citation = art("001", "39(2)(2)");

/** The facts known at `now`, in the order of their instants (the order of recording on a tie). */
function known(facts: readonly HandoffFact[], now: Date): HandoffFact[] {
  return facts
    .map((f, i) => ({ f, i }))
    .filter(({ f }) => f.at.getTime() <= now.getTime())
    .sort((a, b) => a.f.at.getTime() - b.f.at.getTime() || a.i - b.i)
    .map(({ f }) => f);
}

function firstAt(facts: readonly HandoffFact[], type: HandoffFactType): Date | null {
  return facts.find((f) => f.type === type)?.at ?? null;
}

/**
 * The state of a hand-off at `now` from its facts and its due instant (`handoffDueAt` or the domain's
 * due date). A fact recorded with an instant after `now` is not yet known. `overdue` is true while no
 * user of the receiving body has acknowledged it and `now` is past `dueAt` — the duty to inform is
 * met when the receiving body has the information, so an acknowledged hand-off is never overdue; it
 * may be `receivedLate`. Without facts the hand-off is treated as sent (it exists only once sent).
 */
export function deriveHandoff(facts: readonly HandoffFact[], dueAt: Date, now: Date): DerivedHandoff {
  const k = known(facts, now);
  const sentAt = firstAt(k, "sent");
  const receivedAt = firstAt(k, "received");
  const acceptedAt = firstAt(k, "accepted");
  const declinedAt = firstAt(k, "declined");
  const answeredAt = firstAt(k, "answered");
  const state: HandoffState = answeredAt
    ? "answered"
    : declinedAt
      ? "declined"
      : acceptedAt
        ? "accepted"
        : receivedAt
          ? "received"
          : "sent";
  return {
    state,
    sentAt,
    receivedAt,
    acceptedAt,
    declinedAt,
    answeredAt,
    overdue: receivedAt === null && now.getTime() > dueAt.getTime(),
    receivedLate: receivedAt !== null && receivedAt.getTime() > dueAt.getTime(),
  };
}

function no(code: string, message: string, field?: string): Verdict<HandoffState> {
  return refuse(code, EXCHANGE, `${EXCHANGE}: ${message}`, field ? { field } : {});
}

const blank = (s: string | undefined): boolean => s === undefined || s.trim() === "";

/**
 * Whether a fact may be added to a hand-off's facts (all of them, whatever their instants); allowed
 * with the state it leads to. Refusals, with stable codes:
 * - `handoff.already_sent` — a hand-off is sent once (a re-route is a new hand-off);
 * - `handoff.not_sent` — nothing can happen to a hand-off before it is sent;
 * - `handoff.fact_before_previous` — a fact cannot predate the last one recorded;
 * - `handoff.already_closed` — answered or declined: nothing more is recorded;
 * - `handoff.already_received` — acknowledged twice;
 * - `handoff.not_received_yet` — accept or decline before acknowledging;
 * - `handoff.already_accepted` — accepted twice, or declined after accepting;
 * - `handoff.decline_reason_required` (field `reason`) — a decline states why;
 * - `handoff.answer_requires_acceptance` — an answer follows acceptance;
 * - `handoff.answer_outcome_required` (field `outcome`) — an answer states what was done.
 * Which body may act (only the receiver acknowledges) is the server's check, not the law's.
 */
export function mayAddHandoffFact(facts: readonly HandoffFact[], fact: HandoffFact): Verdict<HandoffState> {
  const has = (t: HandoffFactType): boolean => facts.some((f) => f.type === t);
  if (fact.type === "sent") {
    return facts.length > 0 ? no("handoff.already_sent", "a hand-off is sent once.") : allow("sent");
  }
  if (!has("sent")) return no("handoff.not_sent", "the hand-off has not been sent.");
  const last = Math.max(...facts.map((f) => f.at.getTime()));
  if (fact.at.getTime() < last) {
    return no("handoff.fact_before_previous", "a fact cannot be dated before the previous one.", "at");
  }
  if (has("answered") || has("declined")) {
    return no("handoff.already_closed", "the hand-off is already answered or declined.");
  }
  switch (fact.type) {
    case "received":
      return has("received")
        ? no("handoff.already_received", "the hand-off is already acknowledged.")
        : allow("received");
    case "accepted":
    case "declined":
      if (!has("received")) return no("handoff.not_received_yet", "acknowledge the hand-off first.");
      if (has("accepted")) return no("handoff.already_accepted", "the hand-off is already accepted.");
      if (fact.type === "declined" && blank(fact.reason)) {
        return no("handoff.decline_reason_required", "a decline states its reason.", "reason");
      }
      return allow(fact.type);
    case "answered":
      if (!has("accepted")) {
        return no("handoff.answer_requires_acceptance", "accept the hand-off before answering it.");
      }
      if (blank(fact.outcome)) {
        return no("handoff.answer_outcome_required", "an answer states what was done.", "outcome");
      }
      return allow("answered");
  }
}
