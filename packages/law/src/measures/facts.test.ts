import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { effectiveFactIndices, effectiveFacts, MEASURE_FACT_TYPES, type MeasureFact } from "./facts.ts";

const t = (n: number): Date => new Date(Date.UTC(2026, 3, 10, n));
const issued: MeasureFact = { type: "issued", at: t(0) };
const served: MeasureFact = { type: "served", at: t(1), channel: "in_person" };

describe("effectiveFacts — corrections (ARCHITECTURE.md: a correction is a new fact)", () => {
  it("a superseded fact and the superseding fact itself drop out", () => {
    expect(effectiveFacts([issued, served, { type: "superseded", at: t(2), supersedes: 1 }])).toEqual([
      issued,
    ]);
  });

  it("superseding a correction restores the original", () => {
    const facts: MeasureFact[] = [
      issued,
      served,
      { type: "superseded", at: t(2), supersedes: 1 },
      { type: "superseded", at: t(3), supersedes: 2 },
    ];
    expect(effectiveFactIndices(facts)).toEqual([0, 1]);
  });

  it("every fact type is listed once", () => {
    expect(new Set(MEASURE_FACT_TYPES).size).toBe(MEASURE_FACT_TYPES.length);
  });

  it("property: without corrections every fact counts, in recorded order", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 1000 }), { maxLength: 30 }), (hours) => {
        const facts: MeasureFact[] = hours.map((h) => ({ type: "violation", at: t(h) }));
        expect(effectiveFacts(facts)).toEqual(facts);
      }),
    );
  });

  it("property: the effective facts never include a superseded type and never grow", () => {
    const fact = fc.oneof(
      fc.constant<MeasureFact>(served),
      fc.nat({ max: 20 }).map<MeasureFact>((n) => ({ type: "superseded", at: t(5), supersedes: n })),
    );
    fc.assert(
      fc.property(fc.array(fact, { maxLength: 20 }), (facts) => {
        const out = effectiveFacts(facts);
        expect(out.every((f) => f.type !== "superseded")).toBe(true);
        expect(out.length).toBeLessThanOrEqual(facts.length);
      }),
    );
  });
});
