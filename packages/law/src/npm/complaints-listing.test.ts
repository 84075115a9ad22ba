import { describe, expect, it } from "vitest";
import { listedComplaintRefusals, type NpmListedComplaint, type NpmListingVisit } from "./complaints.ts";

const visit: NpmListingVisit = {
  id: "v1",
  memberIds: ["p1", "p2"],
  institutionIds: ["i1"],
  regions: ["ABA"],
};
const c = (patch: Partial<NpmListedComplaint>): NpmListedComplaint => ({
  id: "c1",
  visitId: null,
  receivedByParticipantId: "p9",
  institutionId: null,
  institutionRegion: null,
  ...patch,
});
const codes = (found: NpmListedComplaint[], listed = ["c1"]) =>
  listedComplaintRefusals(visit, listed, found).map((r) => [r.code, r.article]);

describe("complaints listed in a visit report (003 p.13; 000 Art. 30(4))", () => {
  it.each([
    ["received on the visit", { visitId: "v1" }],
    ["on no visit, about an institution visited", { institutionId: "i1", institutionRegion: "ABA" }],
    [
      "on no visit, about an institution of a region visited",
      { institutionId: "i7", institutionRegion: "ABA" },
    ],
    ["on no visit nor institution, received by a member", { receivedByParticipantId: "p2" }],
  ])("003 p.13: a complaint %s may be listed", (_, patch) => {
    expect(codes([c(patch)])).toEqual([]);
  });
  it.each([
    ["received on another visit", { visitId: "v2", institutionId: "i1", institutionRegion: "ABA" }],
    ["about an institution of another region", { institutionId: "i8", institutionRegion: "AST" }],
    ["received by someone outside the group, about no institution", {}],
  ])("003 p.13: a complaint %s is refused", (_, patch) => {
    expect(codes([c(patch)])).toEqual([["npm_report.listed_complaint_foreign", "003 p.13"]]);
  });
  it("003 pp.12-13: a complaint not registered is refused", () => {
    expect(codes([], ["c404"])).toEqual([["npm_report.listed_complaint_unknown", "003 p.13"]]);
  });
});
