import { describe, expect, it } from "vitest";
import { assessmentPeriodOf, effectivenessAssessmentSchedule } from "./assessment.ts";
import * as dv from "./index.ts";

describe("six-monthly effectiveness assessment (001 Art. 72(4))", () => {
  it.each([
    ["2026-01-01", 1, "2026-01-01", "2026-06-30"],
    ["2026-06-30", 1, "2026-01-01", "2026-06-30"],
    ["2026-07-01", 2, "2026-07-01", "2026-12-31"],
    ["2026-12-31", 2, "2026-07-01", "2026-12-31"],
  ])("001 Art. 72(4): %s lies in half-year %i (%s to %s)", (date, half, from, until) => {
    expect(assessmentPeriodOf(date)).toEqual({ year: 2026, half, from, until });
  });

  it("001 Art. 72(4): from the commencement, the first period runs 2 March to 30 June 2026", () => {
    const s = effectivenessAssessmentSchedule({ since: "2026-03-02", meetings: [], today: "2026-04-01" });
    expect(s.article).toBe("001 Art. 72(4)");
    expect(s.periods).toEqual([
      { year: 2026, half: 1, from: "2026-03-02", until: "2026-06-30", assessedOn: null, state: "open" },
    ]);
    expect(s.nextDue).toBe("2026-06-30");
  });

  it("001 Art. 72(4): a half-year without an assessment is missed; a held one is done", () => {
    const s = effectivenessAssessmentSchedule({
      since: "2026-03-02",
      meetings: ["2026-12-20", "2026-01-15", "2027-02-10", "2026-12-28"], // January 2026 predates `since`
      today: "2027-03-01",
    });
    expect(s.periods.map((p) => [p.from, p.state, p.assessedOn])).toEqual([
      ["2026-03-02", "missed", null],
      ["2026-07-01", "done", "2026-12-20"],
      ["2027-01-01", "done", "2027-02-10"],
    ]);
    expect(s.nextDue).toBe("2027-12-31"); // this half-year is done: the next is due by the end of the following one
  });

  it("001 Art. 72(4): a meeting recorded after today is not yet known", () => {
    const s = effectivenessAssessmentSchedule({
      since: "2026-03-02",
      meetings: ["2026-06-20"],
      today: "2026-06-10",
    });
    expect(s.periods[0]?.state).toBe("open");
  });

  it("001 Art. 72(4): the index re-exports the domestic-violence rules", () => {
    for (const name of [
      "domesticViolenceNotificationDuty",
      "checkTemporaryResidence",
      "effectivenessAssessmentSchedule",
      "assessmentPeriodOf",
    ])
      expect(dv).toHaveProperty(name);
  });
});
