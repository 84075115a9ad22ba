import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  maxGapDays,
  ONCE_EVERY_SEVEN_DAYS,
  TWICE_A_MONTH,
  type ControlFrequency,
} from "../calendar/schedule.ts";
import { controlFrequencyFor, LIKELIHOOD_CONTROL_FREQUENCY, type LikelihoodLevel } from "./control.ts";

describe("controlFrequencyFor (001 Art. 59(10))", () => {
  it.each<[LikelihoodLevel, ControlFrequency]>([
    ["low", { per: "month", times: 1 }],
    ["medium", TWICE_A_MONTH],
    ["high", ONCE_EVERY_SEVEN_DAYS],
  ])("001 Art. 59(10): likelihood %s with no legal minimum (policy mapping)", (likelihood, frequency) => {
    expect(controlFrequencyFor({ likelihood })).toEqual({
      frequency,
      source: "likelihood",
      article: "001 Art. 59(10)",
    });
  });
  it("001 Art. 59(10), 60(5): a protective order's weekly minimum stands against a low likelihood", () => {
    expect(
      controlFrequencyFor({
        likelihood: "low",
        legalMinimum: ONCE_EVERY_SEVEN_DAYS,
        legalMinimumArticle: "001 Art. 60(5)",
      }),
    ).toEqual({ frequency: ONCE_EVERY_SEVEN_DAYS, source: "legal_minimum", article: "001 Art. 60(5)" });
  });
  it("001 Art. 59(10), 51(6): equal strictness keeps the law's own minimum", () => {
    expect(controlFrequencyFor({ likelihood: "medium", legalMinimum: TWICE_A_MONTH })).toEqual({
      frequency: TWICE_A_MONTH,
      source: "legal_minimum",
      article: "001 Art. 59(10)",
    });
  });
  it("001 Art. 59(10), 51(6): a high likelihood raises a warning's twice-a-month minimum to weekly", () => {
    expect(controlFrequencyFor({ likelihood: "high", legalMinimum: TWICE_A_MONTH })).toEqual({
      frequency: ONCE_EVERY_SEVEN_DAYS,
      source: "likelihood",
      article: "001 Art. 59(10)",
    });
  });
  it("001 Art. 59(10) (property): never less frequent than the legal minimum nor the likelihood level", () => {
    const freq = fc.oneof(
      fc.integer({ min: 1, max: 8 }).map((times): ControlFrequency => ({ per: "month", times })),
      fc.integer({ min: 1, max: 60 }).map((days): ControlFrequency => ({ per: "days", days, times: 1 })),
    );
    const level = fc.constantFrom<LikelihoodLevel>("low", "medium", "high");
    fc.assert(
      fc.property(freq, level, (legalMinimum, likelihood) => {
        const gap = maxGapDays(controlFrequencyFor({ legalMinimum, likelihood }).frequency);
        expect(gap).toBeLessThanOrEqual(maxGapDays(legalMinimum));
        expect(gap).toBeLessThanOrEqual(maxGapDays(LIKELIHOOD_CONTROL_FREQUENCY[likelihood]));
      }),
    );
  });
});
