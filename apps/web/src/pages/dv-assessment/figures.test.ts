import { describe, expect, it } from "vitest";
import type { PackSchedule } from "./dvAssessmentApi.ts";
import { figureRows, halfOf, missedPeriods } from "./figures.ts";

const period = (year: number, half: 1 | 2, state: "done" | "open" | "missed") => ({
  year,
  half,
  from: `${year}-${half === 1 ? "01" : "07"}-01`,
  until: `${year}-${half === 1 ? "06-30" : "12-31"}`,
  state,
  assessedOn: null,
  packId: null,
});

describe("assessment pack figures (001 Art. 72(4),(7))", () => {
  it("orders the figures as the law package declares them; a code it does not know comes last", () => {
    const rows = figureRows([
      { code: "extra_code", value: 1, article: "001 Art. 72(4)" },
      { code: "incidents", value: 4, article: "001 Art. 72(1)" },
      { code: "outreach_visits", value: 3, article: "001 Art. 11(1)" },
      { code: "identified", value: 9, article: "001 Art. 11(1)" },
    ]);
    expect(rows.map((f) => f.code)).toEqual(["identified", "incidents", "outreach_visits", "extra_code"]);
  });

  it("a date's half-year: January to June is the first", () => {
    expect(halfOf("2026-06-30")).toEqual({ year: 2026, half: 1 });
    expect(halfOf("2026-07-01")).toEqual({ year: 2026, half: 2 });
  });

  it("lists the missed half-years, the latest first, and nothing without a schedule", () => {
    const schedule: PackSchedule = {
      region: { id: "r", name: { kk: "r", ru: "r", en: "r" } },
      article: "001 Art. 72(4)",
      periods: [
        period(2025, 1, "missed"),
        period(2025, 2, "done"),
        period(2026, 1, "missed"),
        period(2026, 2, "open"),
      ],
      nextDue: "2026-12-31",
      missed: 2,
    };
    expect(missedPeriods(schedule).map((p) => `${p.year}-${p.half}`)).toEqual(["2026-1", "2025-1"]);
    expect(missedPeriods(undefined)).toEqual([]);
  });
});
