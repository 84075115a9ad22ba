import { describe, expect, it } from "vitest";
import {
  factView,
  kazakhstanWorkCalendar,
  MEASURE_RULES,
  NOTICE_RECIPIENTS,
  type DutyContext,
  type MeasureFact,
} from "@aldyn/law";
import { MEASURE_FACT_TYPE_IDS } from "@aldyn/contract";
import { completingFact } from "./duty-completion.ts";

const issued = new Date("2026-05-04T09:00:00Z");
const later = (hours: number) => new Date(issued.getTime() + hours * 3600_000);

/** Facts that make every kind state its duties: issued, served, a refusal, the return home. */
const TRIGGERS: MeasureFact[] = [
  { type: "issued", at: issued },
  { type: "served", at: later(1), channel: "in_person" },
  { type: "representative_refused", at: later(2) },
  { type: "returned_home", at: later(3) },
];
const ctx: DutyContext = {
  workCalendar: kazakhstanWorkCalendar(),
  validFrom: "2026-05-04",
  validUntil: "2026-11-04",
};

/** Every duty the law's kinds state, with the rules that state it. */
function allDuties() {
  return Object.values(MEASURE_RULES).flatMap((rules) =>
    (rules.duties?.({} as never, factView(TRIGGERS), ctx) ?? []).map((d) => ({ rules, code: d.code })),
  );
}

describe("the fact that records a duty as done is the one the law completes it with", () => {
  it("finds duties of several kinds", () => {
    const codes = allDuties().map((d) => d.code);
    expect(codes).toContain("official_warning.prosecutor_copy");
    expect(codes).toContain("special_regime_referral.release_notice_internal_affairs");
    expect(codes).toContain("special_education_referral.akimat_submission");
  });

  it.each(allDuties().map((d) => [d.code, d] as const))("%s", (code, { rules }) => {
    const fact = completingFact(code);
    expect(fact).not.toBeNull();
    expect(MEASURE_FACT_TYPE_IDS).toContain(fact!.type);
    if (fact!.to !== undefined) expect(NOTICE_RECIPIENTS).toContain(fact!.to);
    // Recorded a day later, the law derives the duty as done by it.
    const done = { type: fact!.type, at: later(24), ...(fact!.to ? { to: fact!.to } : {}) } as MeasureFact;
    const after = rules.duties!({} as never, factView([...TRIGGERS, done]), ctx);
    expect(after.find((d) => d.code === code)?.doneAt).toEqual(later(24));
  });

  it("a duty the law may add without such a fact offers none", () => {
    expect(completingFact("some_kind.unknown_duty")).toBeNull();
  });
});
