import { describe, expect, it } from "vitest";
import { previousQuarterOf, quarterOf, quarterRange, SCHOOL_ANALYSIS_FIGURES } from "./quarterly-analysis.ts";

describe("the quarterly analysis of schools (001 Art. 21(10))", () => {
  // 21(10): "conduct a quarterly analysis of the activities of educational organizations in preventing
  // infractions among minors and the effectiveness of the measures taken"
  it.each([
    ["2026-01-01", 1, "2026-01-01", "2026-03-31"],
    ["2026-05-31", 2, "2026-04-01", "2026-06-30"],
    ["2026-09-30", 3, "2026-07-01", "2026-09-30"],
    ["2026-12-06", 4, "2026-10-01", "2026-12-31"],
  ])("%s is in quarter %i: %s to %s", (d, quarter, from, until) => {
    expect(quarterOf(d)).toEqual({ year: 2026, quarter, from, until });
  });

  it("a leap year's first quarter ends on 31 March; the quarter before the first is the last of the previous year", () => {
    expect(quarterRange(2028, 1)).toEqual({ from: "2028-01-01", until: "2028-03-31" });
    expect(previousQuarterOf("2027-02-10")).toEqual({
      year: 2026,
      quarter: 4,
      from: "2026-10-01",
      until: "2026-12-31",
    });
  });

  it("each figure cites what it measures and says how it is counted", () => {
    const codes = SCHOOL_ANALYSIS_FIGURES.map((f) => f.code);
    expect(new Set(codes).size).toBe(codes.length);
    expect(codes).toEqual(
      expect.arrayContaining([
        "attention_pupils",
        "support_assigned",
        "refusals_referred",
        "absence_criterion_met",
        "support_closed_achieved",
        "offences_by_pupils_reported",
      ]),
    );
    for (const f of SCHOOL_ANALYSIS_FIGURES) {
      expect(f.article).toMatch(/^001 Art\. (78|23)\(/);
      expect(f.methodology.length).toBeGreaterThan(20);
    }
    expect(SCHOOL_ANALYSIS_FIGURES.find((f) => f.code === "refusals_referred")?.article).toBe(
      "001 Art. 78(4)",
    );
  });
});
