import { describe, expect, it } from "vitest";
import {
  NPM_REPORT_DAYS,
  NPM_VISIT_REPORT_CONFIDENTIALITY,
  reportGaps,
  validateReportSubmission,
  visitReportDueAt,
  visitReportDueDate,
} from "./report.ts";
import type { NpmVisit, NpmVisitFact } from "./visit-facts.ts";

const at = (iso: string): Date => new Date(`${iso}+05:00`);
const visit: NpmVisit = {
  id: "v1",
  kind: "periodic",
  form: "one_time",
  memberIds: ["p1", "p2"],
  expertIds: ["e1"],
};
const complete: NpmVisitFact[] = [
  { type: "started", on: "2025-03-03" },
  { type: "complaint_received", at: at("2025-03-03T11:00:00"), complaintId: "c1" },
  { type: "ended", on: "2025-03-04" },
  { type: "expert_opinion_attached", at: at("2025-03-05T10:00:00"), expertId: "e1" },
  { type: "dissent_declared", at: at("2025-03-05T10:00:00"), participantId: "p2" },
  { type: "dissenting_opinion_attached", at: at("2025-03-06T10:00:00"), participantId: "p2" },
  { type: "report_signed", at: at("2025-03-06T11:00:00"), participantId: "p1" },
  { type: "report_signed", at: at("2025-03-06T12:00:00"), participantId: "p2" },
];
const submission = { at: at("2025-03-07T09:00:00"), listedComplaintIds: ["c1"] };

describe("report due dates (003 p.28)", () => {
  it("003 p.28: ten, five and two days after periodic, intermediate and special visits", () => {
    expect(NPM_REPORT_DAYS).toEqual({ periodic: 10, intermediate: 5, special: 2 });
  });

  it.each<[string, "periodic" | "intermediate" | "special", string, string]>([
    ["003 p.28(1): periodic visit ended 4 March → 14 March", "periodic", "2025-03-04", "2025-03-14"],
    [
      "003 p.28(2): intermediate visit ended 4 March → 9 March (a Sunday: calendar days)",
      "intermediate",
      "2025-03-04",
      "2025-03-09",
    ],
    ["003 p.28(3): special visit ended 30 December → 1 January", "special", "2025-12-30", "2026-01-01"],
  ])("%s", (_name, kind, ended, due) => {
    expect(visitReportDueDate(kind, ended)).toBe(due);
  });

  it("003 p.28: the report falls due at the end of its last day in Almaty", () => {
    expect(visitReportDueAt("periodic", "2025-03-04").toISOString()).toBe("2025-03-14T18:59:59.999Z");
  });

  it("003 p.29: reports are confidential", () => {
    expect(NPM_VISIT_REPORT_CONFIDENTIALITY).toEqual({ confidential: true, article: "003 p.29" });
  });
});

describe("validateReportSubmission (003 pp.13, 15, 27)", () => {
  it("003 p.27: a report signed by all, with the dissent and expert opinion attached, listing complaints", () => {
    expect(validateReportSubmission(visit, complete, submission)).toEqual([]);
  });

  it.each<[string, NpmVisitFact[], { at: Date; listedComplaintIds: string[] }, string[]]>([
    [
      "003 p.27: a member has not signed",
      complete.filter((f) => !(f.type === "report_signed" && f.participantId === "p2")),
      submission,
      ["npm_report.signature_missing 003 p.27"],
    ],
    [
      "003 p.27: a signature after the submission does not count",
      complete,
      { ...submission, at: at("2025-03-06T11:30:00") },
      ["npm_report.signature_missing 003 p.27"],
    ],
    [
      "003 p.27: a declared dissent not attached in writing",
      complete.filter((f) => f.type !== "dissenting_opinion_attached"),
      submission,
      ["npm_report.dissenting_opinion_missing 003 p.27"],
    ],
    [
      "003 p.15: the expert's opinion is missing",
      complete.filter((f) => f.type !== "expert_opinion_attached"),
      submission,
      ["npm_report.expert_opinion_missing 003 p.15"],
    ],
    [
      "003 p.13: a complaint received is not listed",
      complete,
      { ...submission, listedComplaintIds: [] },
      ["npm_report.complaints_not_listed 003 p.13"],
    ],
    [
      "003 p.27: the visit has not ended",
      complete.filter((f) => f.type !== "ended"),
      submission,
      ["npm_report.visit_not_ended 003 p.27"],
    ],
    [
      "003 p.27: a cancelled visit has no report",
      [...complete, { type: "cancelled", at: at("2025-03-06T00:00:00"), reason: "quarantine" }],
      submission,
      ["npm_report.visit_cancelled 003 p.27"],
    ],
    [
      "003 p.28: the report is already submitted",
      [...complete, { type: "report_submitted", at: at("2025-03-06T15:00:00"), listedComplaintIds: ["c1"] }],
      submission,
      ["npm_report.already_submitted 003 p.28"],
    ],
  ])("%s", (_name, facts, sub, expected) => {
    expect(validateReportSubmission(visit, facts, sub).map((r) => `${r.code} ${r.article}`)).toEqual(
      expected,
    );
  });

  it("003 p.27: each missing signature is a refusal naming the member", () => {
    const refusals = validateReportSubmission(
      { ...visit, expertIds: [] },
      [{ type: "ended", on: "2025-03-04" }],
      submission,
    );
    expect(refusals.map((r) => r.params?.participantId)).toEqual(["p1", "p2"]);
  });

  it("003 pp.13, 15, 27: gaps of a visit without experts or complaints", () => {
    expect(reportGaps({ ...visit, expertIds: undefined }, [], [])).toEqual({
      missingSignatures: ["p1", "p2"],
      missingDissentingOpinions: [],
      missingExpertOpinions: [],
      unlistedComplaintIds: [],
    });
  });
});
