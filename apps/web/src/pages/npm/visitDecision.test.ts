import { describe, expect, it } from "vitest";
import { decisionFields, groupLimit, kindsFor, memberField } from "./visitDecision.ts";

describe("visit decision helpers", () => {
  it("limits the group to two on a special visit", () => {
    expect(groupLimit("special")).toBe(2);
    expect(groupLimit("periodic")).toBe(3);
  });

  it("offers the special kind only to the Commissioner's office", () => {
    const kinds = ["periodic", "intermediate", "special"] as const;
    expect(kindsFor(kinds, false)).toEqual(["periodic", "intermediate"]);
    expect(kindsFor(kinds, true)).toEqual(["periodic", "intermediate", "special"]);
  });

  it("sends the complaints and the decision for a special visit", () => {
    expect(
      decisionFields({
        kind: "special",
        commissionerDecision: " No 5 ",
        tortureComplaintIds: ["c1"],
        experts: [],
      }),
    ).toEqual({ tortureComplaintIds: ["c1"], commissionerDecision: "No 5" });
  });

  it("leaves out what does not apply", () => {
    expect(
      decisionFields({
        kind: "periodic",
        commissionerDecision: "No 5",
        tortureComplaintIds: ["c1"],
        experts: [" "],
      }),
    ).toEqual({});
  });

  it("sends the experts with the decision to invite them", () => {
    expect(
      decisionFields({
        kind: "periodic",
        commissionerDecision: "No 7",
        tortureComplaintIds: [],
        experts: [" Dr A ", ""],
      }),
    ).toEqual({ experts: [{ name: "Dr A" }], commissionerDecision: "No 7" });
  });

  it("names a member's field by its index in the request", () => {
    expect(memberField(["a", "b"], "b")).toBe("members[1]");
    expect(memberField(["a"], "z")).toBeUndefined();
  });
});
