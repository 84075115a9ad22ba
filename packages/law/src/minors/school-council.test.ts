import { describe, expect, it } from "vitest";
import { checkCouncilMeeting, outcomeRefersToCommission } from "./school-council.ts";

const codes = (r: { code: string }[]) => r.map((x) => x.code);
const ok = {
  minorPresent: true,
  representativesPresent: 1,
  criteria: ["78.2.4_missing_classes"],
  outcome: "support_assigned" as const,
};

describe("the school prevention council's meeting (001 Art. 78(3),(4))", () => {
  it("the minor and a legal representative take part, a criterion of 78(2) applies: recorded", () => {
    expect(checkCouncilMeeting(ok)).toEqual([]);
  });

  // 78(3): "considered at a meeting of prevention council of the educational organization with the
  // participation of the minor and his/her legal representatives"
  it("78(3): without the minor, refused", () => {
    const r = checkCouncilMeeting({ ...ok, minorPresent: false });
    expect(codes(r)).toEqual(["school_council.minor_absent"]);
    expect(r[0]!.article).toBe("001 Art. 78(3)");
    expect(r[0]!.field).toBe("minorPresent");
  });

  it("78(3): without a legal representative, refused — also a refusal of support, which is theirs (78(4))", () => {
    expect(codes(checkCouncilMeeting({ ...ok, representativesPresent: 0 }))).toEqual([
      "school_council.representatives_absent",
    ]);
    expect(
      codes(checkCouncilMeeting({ ...ok, representativesPresent: 0, outcome: "representatives_refused" })),
    ).toEqual(["school_council.representatives_absent"]);
  });

  it('78(2): "The following minors shall be subject to pedagogical support" — at least one criterion of the list', () => {
    expect(codes(checkCouncilMeeting({ ...ok, criteria: [] }))).toEqual(["school_council.criteria_required"]);
    expect(codes(checkCouncilMeeting({ ...ok, criteria: ["78.2.99_bad_mood"] }))).toEqual([
      "school_council.criterion_unknown",
    ]);
  });

  it("a council that finds support not needed assigns nothing, so it may meet without the family (system reading)", () => {
    expect(
      checkCouncilMeeting({ ...ok, outcome: "not_needed", minorPresent: false, representativesPresent: 0 }),
    ).toEqual([]);
    expect(codes(checkCouncilMeeting({ ...ok, outcome: "not_needed", criteria: [] }))).toEqual([
      "school_council.criteria_required",
    ]);
  });

  // 78(4): "In the event of refusal by the legal representatives of pedagogical support for the minor,
  // the educational organization shall transfer the information to the commission on minors' affairs"
  it("78(4): only the representatives' refusal goes to the commission", () => {
    expect(outcomeRefersToCommission("representatives_refused")).toBe(true);
    expect(outcomeRefersToCommission("support_assigned")).toBe(false);
    expect(outcomeRefersToCommission("not_needed")).toBe(false);
  });
});
