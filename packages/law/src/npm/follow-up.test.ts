import { describe, expect, it } from "vitest";
import { followUpRefusals, type NpmVisitFollowUp } from "./follow-up.ts";

const rec = { id: "r1", visitKind: "periodic", institutionIds: ["i1"], visitStartsOn: "2025-03-03" } as const;
const intermediate: NpmVisitFollowUp = {
  kind: "intermediate",
  institutionIds: ["i1"],
  startsOn: "2025-09-01",
  recommendationIds: ["r1"],
  followsUpInterviewees: false,
  recommendations: [rec],
};
const codes = (v: NpmVisitFollowUp) => followUpRefusals(v).map((r) => [r.code, r.article]);

describe("followUpRefusals (003 p.3(2); 000 Art. 32(1)(2))", () => {
  it("003 p.3(2): an intermediate visit monitoring a recommendation of a previous periodic visit is allowed", () => {
    expect(codes(intermediate)).toEqual([]);
  });
  it("003 p.3(2): preventing persecution of interviewees founds it without a recommendation", () => {
    expect(
      codes({ ...intermediate, recommendationIds: [], followsUpInterviewees: true, recommendations: [] }),
    ).toEqual([]);
  });
  it("003 p.3(2): an intermediate visit with neither purpose is refused", () => {
    expect(codes({ ...intermediate, recommendationIds: [], recommendations: [] })).toEqual([
      ["npm_visit.intermediate_without_purpose", "003 p.3(2)"],
    ]);
  });
  it("003 p.3(2): a recommendation not on record is refused", () => {
    expect(codes({ ...intermediate, recommendationIds: ["r9"] })).toEqual([
      ["npm_visit.follow_up_recommendation_unknown", "003 p.3(2)"],
    ]);
  });
  it.each([
    ["another institution", { institutionIds: ["i2"] }],
    ["a special visit", { visitKind: "special" as const }],
    ["a later visit", { visitStartsOn: "2025-10-01" }],
    ["a visit the same day", { visitStartsOn: "2025-09-01" }],
  ])("003 p.3(2): a recommendation of %s is refused", (_, patch) => {
    expect(codes({ ...intermediate, recommendations: [{ ...rec, ...patch }] })).toEqual([
      ["npm_visit.follow_up_recommendation_not_of_institution", "003 p.3(2)"],
    ]);
  });
  it("003 p.3(1): a periodic visit needs no follow-up purpose", () => {
    expect(codes({ ...intermediate, kind: "periodic", recommendationIds: [], recommendations: [] })).toEqual(
      [],
    );
  });
});
