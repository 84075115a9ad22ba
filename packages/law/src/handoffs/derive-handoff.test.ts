import { describe, expect, it } from "vitest";
import {
  deriveHandoff,
  HANDOFF_FACT_TYPES,
  HANDOFF_STATES,
  mayAddHandoffFact,
  type HandoffFact,
  type HandoffFactType,
} from "./derive-handoff.ts";

// A warning issued Monday 1 June 2026 10:00 Almaty; its copy is due 24 hours later (001 Art. 51(3)).
const dueAt = new Date("2026-06-02T05:00:00Z");
const at = (h: number): Date => new Date(Date.UTC(2026, 5, 1, 5 + h));
const sent: HandoffFact = { type: "sent", at: at(0) };
const received: HandoffFact = { type: "received", at: at(2) };
const accepted: HandoffFact = { type: "accepted", at: at(3) };
const declined: HandoffFact = { type: "declined", at: at(3), reason: "not our district" };
const answered: HandoffFact = { type: "answered", at: at(5), outcome: "a preventive conversation was held" };

describe("deriveHandoff: the state from the facts (sent → received → accepted | declined → answered)", () => {
  it("fact types and states are the same five words", () => {
    expect(HANDOFF_FACT_TYPES).toEqual(["sent", "received", "accepted", "declined", "answered"]);
    expect(HANDOFF_STATES).toEqual(["sent", "received", "accepted", "declined", "answered"]);
  });

  it.each<[string, HandoffFact[], string]>([
    ["sent", [sent], "sent"],
    ["received", [sent, received], "received"],
    ["accepted", [sent, received, accepted], "accepted"],
    ["declined", [sent, received, declined], "declined"],
    ["answered", [sent, received, accepted, answered], "answered"],
  ])("%s", (_n, facts, state) => {
    const d = deriveHandoff(facts, dueAt, at(10));
    expect(d.state).toBe(state);
    expect(d.sentAt).toEqual(at(0));
  });

  it("the instants of each step", () => {
    const d = deriveHandoff([sent, received, accepted, answered], dueAt, at(10));
    expect(d).toMatchObject({
      receivedAt: at(2),
      acceptedAt: at(3),
      declinedAt: null,
      answeredAt: at(5),
      overdue: false,
      receivedLate: false,
    });
    expect(deriveHandoff([sent, received, declined], dueAt, at(10)).declinedAt).toEqual(at(3));
  });

  it("facts recorded after 'now' are not yet known; the order of recording does not matter", () => {
    expect(deriveHandoff([sent, received, accepted], dueAt, at(2)).state).toBe("received");
    expect(deriveHandoff([accepted, sent, received], dueAt, at(10)).state).toBe("accepted");
    expect(deriveHandoff([], dueAt, at(1)).state).toBe("sent");
    // Received and accepted in the same instant: the order of recording decides.
    const same = [sent, { type: "received" as const, at: at(2) }, { type: "accepted" as const, at: at(2) }];
    expect(deriveHandoff(same, dueAt, at(2))).toMatchObject({ state: "accepted", receivedAt: at(2) });
  });

  // 001 Art. 51(3): unacknowledged past the 24 hours = overdue; acknowledgement ends it.
  it.each<[string, HandoffFact[], Date, boolean, boolean]>([
    ["not received, before the due instant", [sent], new Date("2026-06-02T04:59:59Z"), false, false],
    ["not received, at the due instant exactly", [sent], dueAt, false, false],
    ["not received, after the due instant", [sent], new Date("2026-06-02T05:00:01Z"), true, false],
    ["received in time", [sent, received], new Date("2026-06-05T00:00:00Z"), false, false],
    [
      "received late: no longer overdue, but late",
      [sent, { type: "received", at: new Date("2026-06-02T07:00:00Z") }],
      new Date("2026-06-05T00:00:00Z"),
      false,
      true,
    ],
    [
      "received after 'now' is not known yet: still overdue",
      [sent, { type: "received", at: new Date("2026-06-03T07:00:00Z") }],
      new Date("2026-06-02T07:00:00Z"),
      true,
      false,
    ],
  ])("001 Art. 51(3) overdue: %s", (_n, facts, now, overdue, late) => {
    const d = deriveHandoff(facts, dueAt, now);
    expect(d.overdue).toBe(overdue);
    expect(d.receivedLate).toBe(late);
  });
});

describe("mayAddHandoffFact: every transition and every refusal", () => {
  const ok = (facts: HandoffFact[], fact: HandoffFact) => mayAddHandoffFact(facts, fact);
  const code = (facts: HandoffFact[], fact: HandoffFact): string | null => {
    const v = mayAddHandoffFact(facts, fact);
    return v.ok ? null : v.code;
  };

  it.each<[string, HandoffFact[], HandoffFact, string]>([
    ["send a new hand-off", [], sent, "sent"],
    ["acknowledge it", [sent], received, "received"],
    ["accept after acknowledging", [sent, received], accepted, "accepted"],
    ["decline with a reason", [sent, received], declined, "declined"],
    ["answer after accepting", [sent, received, accepted], answered, "answered"],
    ["a fact at the same instant as the last", [sent], { type: "received", at: at(0) }, "received"],
  ])("allowed: %s", (_n, facts, fact, state) => {
    expect(ok(facts, fact)).toEqual({ ok: true, value: state });
  });

  const r = (t: HandoffFactType, h: number, extra: Partial<HandoffFact> = {}): HandoffFact => ({
    type: t,
    at: at(h),
    ...extra,
  });
  it.each<[string, HandoffFact[], HandoffFact, string]>([
    ["sent twice", [sent], r("sent", 1), "handoff.already_sent"],
    ["acknowledged before it was sent", [], r("received", 1), "handoff.not_sent"],
    ["acknowledged twice", [sent, received], r("received", 4), "handoff.already_received"],
    ["accepted before acknowledging", [sent], r("accepted", 1), "handoff.not_received_yet"],
    ["declined before acknowledging", [sent], r("declined", 1, { reason: "x" }), "handoff.not_received_yet"],
    ["declined without a reason", [sent, received], r("declined", 4), "handoff.decline_reason_required"],
    [
      "declined with a blank reason",
      [sent, received],
      r("declined", 4, { reason: "  " }),
      "handoff.decline_reason_required",
    ],
    ["accepted twice", [sent, received, accepted], r("accepted", 4), "handoff.already_accepted"],
    [
      "declined after accepting",
      [sent, received, accepted],
      r("declined", 4, { reason: "x" }),
      "handoff.already_accepted",
    ],
    [
      "answered before accepting",
      [sent, received],
      r("answered", 4, { outcome: "x" }),
      "handoff.answer_requires_acceptance",
    ],
    [
      "answered without an outcome",
      [sent, received, accepted],
      r("answered", 4),
      "handoff.answer_outcome_required",
    ],
    [
      "accepted after it was declined",
      [sent, received, declined],
      r("accepted", 4),
      "handoff.already_closed",
    ],
    [
      "answered twice",
      [sent, received, accepted, answered],
      r("answered", 6, { outcome: "y" }),
      "handoff.already_closed",
    ],
    [
      "answered after a decline",
      [sent, received, declined],
      r("answered", 6, { outcome: "y" }),
      "handoff.already_closed",
    ],
    ["dated before the previous fact", [sent, received], r("accepted", 1), "handoff.fact_before_previous"],
  ])("refused: %s → %s", (_n, facts, fact, expected) => {
    expect(code(facts, fact)).toBe(expected);
  });

  it("a refusal names the exchange of information (001 Art. 39(2)(2)) and the field at fault", () => {
    const v = mayAddHandoffFact([sent, received], r("declined", 4));
    expect(v).toMatchObject({
      ok: false,
      code: "handoff.decline_reason_required",
      article: "001 Art. 39(2)(2)",
      field: "reason",
    });
    const w = mayAddHandoffFact([sent, received, accepted], r("answered", 4));
    expect(w).toMatchObject({ ok: false, field: "outcome" });
  });
});
