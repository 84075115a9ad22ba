import { describe, expect, it } from "vitest";
import { figureLabelKey } from "./analysisDomain.ts";

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
});
