import { describe, expect, it } from "vitest";
import { caseActions, CASE_STATES, caseStateColor, isCaseWriter } from "./caseDomain.ts";

describe("a minors' case's actions by state (001 Art. 79(6)(9))", () => {
  it("is marked ready only while materials are gathered", () => {
    expect(CASE_STATES.filter((s) => caseActions(s).ready)).toEqual(["gathering"]);
  });
  it("is closed only after its decision", () => {
    expect(CASE_STATES.filter((s) => caseActions(s).close)).toEqual(["decided"]);
  });
  it("takes no materials once decided or closed", () => {
    expect(caseActions("decided").addMaterial).toBe(false);
    expect(caseActions("closed").addMaterial).toBe(false);
  });
  it("has a colour for every state and a writer only in the secretary", () => {
    for (const s of CASE_STATES) expect(caseStateColor(s)).not.toBe("");
    expect(isCaseWriter(["minors_commission_secretary"])).toBe(true);
    expect(isCaseWriter(["minors_commission_member"])).toBe(false);
  });
});
