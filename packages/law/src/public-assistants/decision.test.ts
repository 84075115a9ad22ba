import { describe, expect, it } from "vitest";
import { DEFAULT_DAY_TRANSFERS } from "../calendar/day-transfers.ts";
import { kazakhstanWorkCalendar } from "../calendar/working-days.ts";
import {
  checkPublicAssistantRemoval,
  isPublicAssistantTerminationGround,
  petitionDecisionDeadline,
  petitionStatus,
  PUBLIC_ASSISTANT_TERMINATION_GROUNDS,
  type PublicAssistantRemoval,
} from "./decision.ts";

const cal = kazakhstanWorkCalendar(DEFAULT_DAY_TRANSFERS);

describe("the akimat's decision on a petition (001 Art. 45(4))", () => {
  it.each([
    // received (UTC)           Almaty day   due date
    ["2026-04-06T05:00:00Z", "2026-04-15"], // Monday → 7 working days → Wednesday of the next week
    ["2026-03-19T05:00:00Z", "2026-04-02"], // Thursday before Nauryz: 23-25 March are days off
    ["2026-03-19T19:30:00Z", "2026-04-03"], // 00:30 on Friday 20 March in Almaty
    ["2026-03-21T05:00:00Z", "2026-04-03"], // received on a Saturday
    ["2026-05-04T05:00:00Z", "2026-05-15"], // 7 and 11 May are days off
  ])("001 Art. 45(4): petition received %s → decision due %s", (received, due) => {
    const d = petitionDecisionDeadline(new Date(received), cal);
    expect(d.article).toBe("001 Art. 45(4)");
    expect(d.dueDate).toBe(due);
    expect(d.dueBy.toISOString()).toBe(`${due}T18:59:59.999Z`);
  });

  const received = new Date("2026-04-06T05:00:00Z");
  it.each<[string, string | null, string, string]>([
    ["pending before the due day ends", null, "2026-04-15T18:00:00Z", "pending"],
    ["overdue once the due day has ended", null, "2026-04-15T19:00:00Z", "overdue"],
    ["decided in time", "2026-04-10T06:00:00Z", "2026-04-20T00:00:00Z", "decided_in_time"],
    ["decided on the last minute", "2026-04-15T18:59:00Z", "2026-04-20T00:00:00Z", "decided_in_time"],
    ["decided late", "2026-04-16T06:00:00Z", "2026-04-20T00:00:00Z", "decided_late"],
    [
      "a decision after the instant asked about is not yet known",
      "2026-04-16T06:00:00Z",
      "2026-04-16T05:00:00Z",
      "overdue",
    ],
  ])("001 Art. 45(4): %s", (_name, decided, at, state) => {
    expect(
      petitionStatus(received, decided === null ? null : new Date(decided), new Date(at), cal).state,
    ).toBe(state);
  });
});

describe("removal from the register of public assistants (001 Art. 45(7)-(8))", () => {
  const ok: PublicAssistantRemoval = {
    ground: "criminal_liability",
    recommendedByLawEnforcement: true,
    decidedBy: "local_executive_body",
  };

  it.each(Object.entries(PUBLIC_ASSISTANT_TERMINATION_GROUNDS))(
    "001 Art. 45(7): %s is a ground (%s)",
    (ground, article) => {
      expect(isPublicAssistantTerminationGround(ground)).toBe(true);
      expect(checkPublicAssistantRemoval({ ...ok, ground })).toEqual({
        ok: true,
        value: { ground, article },
      });
    },
  );

  it("001 Art. 45(7): the five grounds, with illness and death both under (5)", () => {
    expect(new Set(Object.values(PUBLIC_ASSISTANT_TERMINATION_GROUNDS)).size).toBe(5);
    expect(isPublicAssistantTerminationGround("toString")).toBe(false);
  });

  it.each<[string, Partial<PublicAssistantRemoval>, string, string]>([
    [
      "001 Art. 45(7): an unlisted ground",
      { ground: "absence_from_meetings" },
      "public_assistant.unknown_termination_ground",
      "001 Art. 45(7)",
    ],
    [
      "001 Art. 45(8): removed by the police itself",
      { decidedBy: "law_enforcement_body" },
      "public_assistant.removal_not_by_akimat",
      "001 Art. 45(8)",
    ],
    [
      "001 Art. 45(8): without the police's recommendation",
      { recommendedByLawEnforcement: false },
      "public_assistant.removal_without_recommendation",
      "001 Art. 45(8)",
    ],
  ])("%s → refused", (_name, change, code, article) => {
    expect(checkPublicAssistantRemoval({ ...ok, ...change })).toMatchObject({ ok: false, code, article });
  });
});
