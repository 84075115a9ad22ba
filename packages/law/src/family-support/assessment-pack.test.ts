import { describe, expect, it } from "vitest";
import { parseCitation } from "../citation/parse-citation.ts";
import { ASSESSMENT_FIGURE_CODES, ASSESSMENT_FIGURES, onTimeShare } from "./assessment-pack.ts";

// 001 Art. 72(4): "an assessment shall be made of the effectiveness of early identification and
// organization of support"; 72(7): "of the effectiveness of measures taken … for domestic violence prevention".
describe("the figures of the six-monthly assessment (001 Art. 72(4), (7))", () => {
  it("are the issue's figures, each once, with an article and how it is counted", () => {
    expect([...ASSESSMENT_FIGURE_CODES]).toEqual([
      "identified",
      "registered",
      "supported",
      "plans_opened",
      "plans_completed",
      "incidents",
      "repeat_incidents",
      "protective_orders",
      "notifications_total",
      "notifications_on_time",
      "shelter_stays",
      "outreach_visits",
    ]);
    for (const f of ASSESSMENT_FIGURES) {
      expect(parseCitation(f.article), f.code).not.toBeNull();
      expect(f.methodology.length, f.code).toBeGreaterThan(20);
    }
  });

  it.each([
    ["identified", "001 Art. 11(1)"], // "early identification"
    ["registered", "001 Art. 54(1)"],
    ["plans_completed", "001 Art. 55(1)"],
    ["notifications_on_time", "001 Art. 72(3)(2)"], // "within twenty-four hours"
    ["shelter_stays", "001 Art. 10(2)(4)"],
  ])("%s counts the work of %s", (code, article) => {
    expect(ASSESSMENT_FIGURES.find((f) => f.code === code)?.article).toBe(article);
  });
});

describe("the share of notifications on time (001 Art. 72(3)(2))", () => {
  it.each<[number, number, number | null]>([
    [0, 0, null], // nothing sent: no share
    [0, 4, 0],
    [4, 4, 1],
    [1, 3, 0.3333],
    [2, 3, 0.6667],
  ])("%i of %i → %s", (onTime, total, share) => {
    expect(onTimeShare(onTime, total)).toBe(share);
  });

  it.each<[number, number]>([
    [5, 4],
    [-1, 4],
    [1.5, 4],
    [1, Number.NaN],
  ])("%s of %s is not a share", (onTime, total) => {
    expect(() => onTimeShare(onTime, total)).toThrow(RangeError);
  });
});
