import { describe, expect, it } from "vitest";
import * as api from "./index.ts";

describe("measures public API", () => {
  it("001 Art. 48(3): exports the kinds, the rules of each and the three entry points", () => {
    expect(api.MEASURE_KINDS).toHaveLength(20);
    expect(Object.keys(api.MEASURE_RULES).sort()).toEqual([...api.MEASURE_KINDS].sort());
    expect(typeof api.validateNewMeasure).toBe("function");
    expect(typeof api.validateFact).toBe("function");
    expect(typeof api.deriveMeasure).toBe("function");
  });

  it("isMeasureKind tells the 20 identifiers from anything else", () => {
    expect(api.isMeasureKind("protective_order")).toBe(true);
    expect(api.isMeasureKind("house_arrest")).toBe(false);
  });

  it.each(api.MEASURE_KINDS)("%s: its rules carry articles of the texts", (kind) => {
    const r = api.rulesFor(kind);
    expect(r.kind).toBe(kind);
    for (const a of [r.article, r.issuerArticle, r.termArticle]) expect(a).toMatch(/^00[01] Art\. \d/);
  });
});
