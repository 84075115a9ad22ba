import { describe, expect, it } from "vitest";
import { figureLabelKey, figureTotal } from "./analysisDomain.ts";

describe("the quarterly analysis' columns (001 Art. 21(10))", () => {
  it("names a figure by its code, and a per-criterion figure by its criterion of 78(2)", () => {
    expect(figureLabelKey("support_assigned")).toEqual({
      key: "schoolAnalysis.figure.support_assigned",
      criterion: null,
    });
    expect(figureLabelKey("attention_by_criterion.78.2.4_missing_classes")).toEqual({
      key: "schoolAnalysis.byCriterion",
      criterion: "78.2.4_missing_classes",
    });
  });

  it("adds a figure over the schools, leaving out those without it", () => {
    const schools: { figures: Record<string, number | null> }[] = [
      { figures: { a: 2, b: null } },
      { figures: { a: 3, b: null } },
      { figures: {} },
    ];
    expect(figureTotal(schools, "a")).toBe(5);
    expect(figureTotal(schools, "b")).toBeNull();
  });
});
