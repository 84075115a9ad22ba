import { describe, expect, it } from "vitest";
import type { Measure, MeasureList, RegisterEntry } from "../../api/types.ts";
import { timelineEvents } from "./timelineEvents.ts";

const M = "11111111-1111-4111-8111-111111111111";
const E = "22222222-2222-4222-8222-222222222222";

const summary = { id: M, kind: "official_warning", issuedAt: "2026-11-20T05:15:00Z", status: "active" };
function measure(facts: Measure["facts"]): Measure {
  return { id: M, kind: "official_warning", facts } as unknown as Measure;
}
function entry(facts: RegisterEntry["facts"]): RegisterEntry {
  return {
    id: E,
    ground: "59.2.5_official_warning",
    placedOn: "2026-11-20",
    status: "active",
    control: null,
    facts,
  } as unknown as RegisterEntry;
}
const fact = (seq: number, type: string, data: Record<string, unknown>) => ({
  seq,
  type,
  data,
  recordedBy: null,
  recordedAt: "2026-12-06T05:15:00Z",
});
const checks = (m: Measure, e: RegisterEntry) =>
  timelineEvents([summary] as unknown as MeasureList["items"], [m], [e]).filter(
    (x) => x.testId === "timeline-check",
  );

describe("a control check on the timeline (001 Art. 59(10))", () => {
  it("recorded on the warning and carried to its register entry: shown once, on the warning", () => {
    const m = measure([
      { ...fact(1, "control_check", { place: "At home", outcome: "complied" }), at: "2026-12-06T05:15:00Z" },
    ]);
    const e = entry([
      {
        ...fact(2, "control_check", { place: "At home", outcome: "complied", measureId: M }),
        on: "2026-12-06",
      },
    ]);
    expect(checks(m, e)).toEqual([expect.objectContaining({ kind: "fact", id: M, note: "At home" })]);
  });

  it("recorded on the register entry and carried to the warning: shown once, on the entry", () => {
    const m = measure([
      {
        ...fact(1, "control_check", { place: "At work", outcome: "complied", entryId: E }),
        at: "2026-12-06T07:00:00Z",
      },
    ]);
    const e = entry([
      { ...fact(2, "control_check", { place: "At work", outcome: "complied" }), on: "2026-12-06" },
    ]);
    expect(checks(m, e)).toEqual([expect.objectContaining({ kind: "entryFact", id: E })]);
  });

  it("the copy stays when the record it came from is not on the timeline (a role that reads only one)", () => {
    const e = entry([
      {
        ...fact(2, "control_check", { place: "At home", outcome: "complied", measureId: M }),
        on: "2026-12-06",
      },
    ]);
    expect(timelineEvents([], [], [e]).filter((x) => x.testId === "timeline-check")).toHaveLength(1);
  });
});
