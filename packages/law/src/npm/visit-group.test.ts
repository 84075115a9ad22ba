import { describe, expect, it } from "vitest";
import type { NpmInstitution } from "./kinds.ts";
import type { NpmParticipantRecord } from "./participants.ts";
import {
  NPM_GROUP_MAX_SIZE,
  validateVisitGroup,
  type NpmGroupMember,
  type NpmVisitProposal,
} from "./visit-group.ts";

const participant = (id: string, region = "Almaty"): NpmParticipantRecord => ({
  id,
  region,
  selectedOn: "2023-01-01",
  certificateIssuedOn: "2023-01-10",
  termination: null,
});
const member = (id: string, region = "Almaty", extra: Partial<NpmGroupMember> = {}): NpmGroupMember => ({
  participant: participant(id, region),
  ...extra,
});
const institution = (
  id: string,
  region = "Almaty",
  kind: NpmInstitution["kind"] = "penal_institution",
): NpmInstitution => ({
  id,
  kind,
  region,
  lastPeriodicVisitOn: "2022-05-01",
});

const periodic: NpmVisitProposal = {
  kind: "periodic",
  form: "one_time",
  institutions: [institution("i1")],
  members: [member("p1"), member("p2"), member("p3")],
  startsOn: "2025-04-01",
  inApprovedPlan: true,
};
const special: NpmVisitProposal = {
  kind: "special",
  form: "one_time",
  institutions: [institution("i1")],
  members: [member("p1"), member("p2")],
  startsOn: "2025-04-01",
  decidedByCommissioner: true,
  tortureReportIds: ["c1"],
};
const thematic: NpmVisitProposal = {
  kind: "periodic",
  form: "thematic",
  topic: "Medical care of detained minors",
  institutions: [institution("i1", "Almaty"), institution("i2", "Astana")],
  members: [member("p1", "Almaty", { topicExpert: true }), member("p2", "Astana")],
  startsOn: "2025-04-01",
  inApprovedPlan: true,
};

const codes = (v: NpmVisitProposal): string[] => validateVisitGroup(v).map((r) => `${r.code} ${r.article}`);

describe("validateVisitGroup (003 pp.3-11, 16, 19; 000 Arts. 30(3), 31)", () => {
  it("003 pp.8, 11: group limits are three (periodic, intermediate) and two (special)", () => {
    expect(NPM_GROUP_MAX_SIZE).toEqual({ periodic: 3, intermediate: 3, special: 2 });
  });

  it.each<[string, NpmVisitProposal]>([
    ["003 p.8: a planned one-time periodic visit with three participants", periodic],
    ["003 p.11: a special visit with two participants on a torture report", special],
    ["003 pp.7(2), 9: a thematic visit in two regions with an expert and a participant from each", thematic],
    ["003 p.3(2): an intermediate visit after a periodic one", { ...periodic, kind: "intermediate" }],
    [
      "003 p.9 last paragraph: the Coordinating Council may include other participants",
      { ...thematic, members: [member("p9", "Shymkent")], councilDecisionOnComposition: true },
    ],
  ])("%s is allowed", (_name, v) => {
    expect(validateVisitGroup(v)).toEqual([]);
  });

  it.each<[string, NpmVisitProposal, string[]]>([
    [
      "003 p.8: four participants on a periodic visit",
      { ...periodic, members: [...periodic.members, member("p4")] },
      ["npm_visit.group_too_large 003 p.8"],
    ],
    [
      "003 p.11: three participants on a special visit",
      { ...special, members: [...special.members, member("p3")] },
      ["npm_visit.group_too_large 003 p.11"],
    ],
    ["003 p.5: no participants", { ...periodic, members: [] }, ["npm_visit.group_empty 003 p.5"]],
    [
      "003 p.8: the same participant twice",
      { ...periodic, members: [member("p1"), member("p1")] },
      ["npm_visit.duplicate_member 003 p.8"],
    ],
    [
      "003 p.19: conflict of interest",
      { ...periodic, members: [member("p1", "Almaty", { conflictOfInterest: true })] },
      ["npm_visit.member_conflict_of_interest 003 p.19"],
    ],
    [
      "003 p.16: a member without a certificate",
      { ...periodic, members: [{ participant: { ...participant("p1"), certificateIssuedOn: null } }] },
      ["npm_participant.no_certificate 003 p.16"],
    ],
    [
      "000 Art. 31(2): a member who resigned",
      {
        ...periodic,
        members: [
          { participant: { ...participant("p1"), termination: { ground: "resignation", on: "2025-01-01" } } },
        ],
      },
      ["npm_participant.powers_not_active 000 Art. 31(2)"],
    ],
    [
      "003 p.6: a periodic visit outside the approved plan",
      { ...periodic, inApprovedPlan: false },
      ["npm_visit.not_in_approved_plan 003 p.6"],
    ],
    [
      "003 p.3(2): an intermediate visit with no prior periodic visit",
      {
        ...periodic,
        kind: "intermediate",
        institutions: [{ ...institution("i1"), lastPeriodicVisitOn: null }],
      },
      ["npm_visit.intermediate_without_periodic 003 p.3(2)"],
    ],
    [
      "003 p.3(2): an intermediate visit on the day of the periodic one",
      {
        ...periodic,
        kind: "intermediate",
        institutions: [{ ...institution("i1"), lastPeriodicVisitOn: "2025-04-01" }],
      },
      ["npm_visit.intermediate_without_periodic 003 p.3(2)"],
    ],
    [
      "003 p.7(1): a one-time visit to two institutions",
      { ...periodic, institutions: [institution("i1"), institution("i2")] },
      ["npm_visit.one_time_institution_count 003 p.7(1)"],
    ],
    [
      "003 p.10: a special visit not decided by the Commissioner",
      { ...special, decidedByCommissioner: false },
      ["npm_visit.special_not_decided_by_commissioner 003 p.10"],
    ],
    [
      "003 p.10: a special visit without a report of torture",
      { ...special, tortureReportIds: [] },
      ["npm_visit.special_without_torture_report 003 p.10"],
    ],
    [
      "003 p.10: a special visit announced in advance",
      { ...special, announcedInAdvance: true },
      ["npm_visit.special_announced 003 p.10"],
    ],
    [
      "003 p.7(2): a thematic visit to one institution",
      { ...thematic, institutions: [institution("i1")] },
      ["npm_visit.thematic_too_few_institutions 003 p.7(2)", "npm_visit.thematic_single_region 003 p.7(2)"],
    ],
    [
      "003 p.7(2): a thematic visit to institutions of different kinds",
      {
        ...thematic,
        institutions: [institution("i1", "Almaty"), institution("i2", "Astana", "healthcare_organisation")],
      },
      ["npm_visit.thematic_institutions_not_similar 003 p.7(2)"],
    ],
    [
      "003 p.7(2): a thematic visit in one region",
      { ...thematic, institutions: [institution("i1"), institution("i2")] },
      ["npm_visit.thematic_single_region 003 p.7(2)"],
    ],
    [
      "003 p.7(2): a thematic visit without a topic",
      { ...thematic, topic: " " },
      ["npm_visit.thematic_topic_missing 003 p.7(2)"],
    ],
    [
      "003 p.9(1): a thematic group without an expert on the topic",
      { ...thematic, members: [member("p1", "Almaty"), member("p2", "Astana")] },
      ["npm_visit.thematic_no_topic_expert 003 p.9(1)"],
    ],
    [
      "003 p.9(2): a thematic group without a participant from a region visited",
      { ...thematic, members: [member("p1", "Almaty", { topicExpert: true }), member("p2", "Almaty")] },
      ["npm_visit.thematic_region_without_participant 003 p.9(2)"],
    ],
    [
      "003 p.7: a special visit cannot be thematic",
      {
        ...special,
        form: "thematic",
        topic: "x",
        institutions: thematic.institutions,
        members: thematic.members,
      },
      ["npm_visit.special_thematic 003 p.7"],
    ],
    [
      "003 pp.8, 9(2): a thematic visit to four regions cannot have a regional participant from each within three",
      {
        ...thematic,
        institutions: ["Almaty", "Astana", "Shymkent", "Aktobe"].map((r, i) => institution(`i${i}`, r)),
        members: ["Almaty", "Astana", "Shymkent", "Aktobe"].map((r, i) =>
          member(`p${i}`, r, { topicExpert: i === 0 }),
        ),
      },
      ["npm_visit.group_too_large 003 p.8"],
    ],
  ])("%s is refused", (_name, v, expected) => {
    expect(codes(v)).toEqual(expected);
  });

  it("003 p.8: group_too_large carries the limit and the count", () => {
    const [r] = validateVisitGroup({ ...periodic, members: ["a", "b", "c", "d"].map((id) => member(id)) });
    expect(r).toMatchObject({ code: "npm_visit.group_too_large", params: { max: 3, count: 4 } });
  });

  it("003 p.19: the refusal names the member at fault and cites 000 Art. 30(3) too", () => {
    const [r] = validateVisitGroup({
      ...periodic,
      members: [member("p1"), member("p2", "Almaty", { conflictOfInterest: true })],
    });
    expect(r).toMatchObject({
      field: "members[1]",
      params: { participantId: "p2", alsoCited: "000 Art. 30(3)" },
    });
  });

  it("003 pp.3-11: every refusal is returned at once", () => {
    const all = codes({
      kind: "special",
      form: "thematic",
      institutions: [institution("i1")],
      members: [member("p1"), member("p2"), member("p3", "Almaty", { conflictOfInterest: true })],
      startsOn: "2025-04-01",
      announcedInAdvance: true,
    });
    expect(all).toEqual([
      "npm_visit.special_not_decided_by_commissioner 003 p.10",
      "npm_visit.special_without_torture_report 003 p.10",
      "npm_visit.special_announced 003 p.10",
      "npm_visit.special_thematic 003 p.7",
      "npm_visit.thematic_too_few_institutions 003 p.7(2)",
      "npm_visit.thematic_single_region 003 p.7(2)",
      "npm_visit.thematic_topic_missing 003 p.7(2)",
      "npm_visit.thematic_no_topic_expert 003 p.9(1)",
      "npm_visit.group_too_large 003 p.11",
      "npm_visit.member_conflict_of_interest 003 p.19",
    ]);
  });
});
