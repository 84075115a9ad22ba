import { describe, expect, it } from "vitest";
import { scoreLikelihood } from "./likelihood-score.ts";

const none = {
  measuresLastYear: 0,
  protectiveOrders: 0,
  violations: 0,
  absentAtChecks: 0,
  earlierEntries: 0,
  age: 40,
};

describe("likelihood score (001 Art. 59(10); policy)", () => {
  it("an empty record is low, with every factor listed at zero", () => {
    const s = scoreLikelihood(none);
    expect(s).toMatchObject({ score: 0, level: "low" });
    expect(s.factors).toHaveLength(6);
  });

  it("factors add up to medium and high, each capped", () => {
    expect(scoreLikelihood({ ...none, measuresLastYear: 2, age: 20 }).level).toBe("medium");
    const high = scoreLikelihood({ ...none, violations: 10, protectiveOrders: 1 });
    expect(high.factors.find((f) => f.code === "violations")?.points).toBe(6);
    expect(high).toMatchObject({ score: 8, level: "high" });
  });
});
