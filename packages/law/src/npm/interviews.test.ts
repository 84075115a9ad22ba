import { describe, expect, it } from "vitest";
import {
  NPM_INTERVIEWEE_CATEGORIES,
  validateInterview,
  type NpmInterviewRecord,
  type NpmInterviewVisit,
} from "./interviews.ts";

const visit: NpmInterviewVisit = { status: "in_progress", memberIds: ["p1", "p2"] };
const held: NpmInterviewRecord = {
  interviewerParticipantId: "p1",
  category: "held_person",
  withoutWitnesses: true,
  securityThreatNotified: false,
  restrictionRefused: false,
  consentToDisclose: false,
  includeInReport: false,
};
const codes = (i: NpmInterviewRecord, v: NpmInterviewVisit = visit): string[] =>
  validateInterview(i, v).map((r) => `${r.code} ${r.article}`);

describe("validateInterview (000 Art. 29(1)(4); 003 pp.17-23)", () => {
  it("000 Art. 29(1)(4): held persons, legal representatives, staff and any other person", () => {
    expect(NPM_INTERVIEWEE_CATEGORIES).toEqual(["held_person", "legal_representative", "staff", "other"]);
  });

  it.each<[string, NpmInterviewRecord, NpmInterviewVisit?]>([
    ["003 p.17(2): a conversation with a person held, without witnesses", held],
    [
      "003 p.20 para 2: the summary goes into the report with the person's consent",
      { ...held, consentToDisclose: true, includeInReport: true },
    ],
    [
      "003 p.22: confidentiality limited on the administration's notice of a real threat",
      { ...held, withoutWitnesses: false, securityThreatNotified: true },
    ],
    [
      "003 p.23: the participant refused the restriction in writing",
      {
        ...held,
        securityThreatNotified: true,
        restrictionRefused: true,
        restrictionRefusalText: "I refuse the restriction.",
      },
    ],
    [
      "000 Art. 29(1)(4): staff may be interviewed with others present",
      { ...held, category: "staff", withoutWitnesses: false },
    ],
    [
      "003 p.17: recorded after the visit ended, before the report",
      held,
      { ...visit, status: "awaiting_report" },
    ],
  ])("%s is allowed", (_name, i, v) => {
    expect(validateInterview(i, v ?? visit)).toEqual([]);
  });

  it.each<[string, NpmInterviewRecord, NpmInterviewVisit, string[]]>([
    [
      "000 Art. 29(1)(4): the interviewer is not a participant of the group",
      { ...held, interviewerParticipantId: "p9" },
      visit,
      ["npm_interview.interviewer_not_member 000 Art. 29(1)(4)"],
    ],
    [
      "003 p.17: the visit has not started",
      held,
      { ...visit, status: "planned" },
      ["npm_interview.visit_not_started 003 p.17"],
    ],
    [
      "003 p.17: the visit was cancelled",
      held,
      { ...visit, status: "cancelled" },
      ["npm_interview.visit_not_started 003 p.17"],
    ],
    [
      "003 p.22: a legal representative heard with witnesses without the administration's notice",
      { ...held, category: "legal_representative", withoutWitnesses: false },
      visit,
      ["npm_interview.confidentiality_limited_without_notice 003 p.22"],
    ],
    [
      "003 pp.22-23: a refusal of a restriction nobody notified, and not in writing",
      { ...held, restrictionRefused: true, restrictionRefusalText: "  " },
      visit,
      ["npm_interview.refusal_without_notice 003 p.23", "npm_interview.refusal_not_in_writing 003 p.23"],
    ],
    [
      "003 p.20 para 2: the summary in the report without consent",
      { ...held, includeInReport: true },
      visit,
      ["npm_interview.disclosure_without_consent 003 p.20"],
    ],
  ])("%s is refused", (_name, i, v, expected) => {
    expect(codes(i, v)).toEqual(expected);
  });

  it("003 pp.17-23: every refusal is given at once, each with its field", () => {
    const all = validateInterview(
      { ...held, interviewerParticipantId: "x", withoutWitnesses: false, includeInReport: true },
      { status: "planned", memberIds: [] },
    );
    expect(all.map((r) => r.field ?? "")).toEqual([
      "interviewerParticipantId",
      "",
      "securityThreatNotified",
      "includeInReport",
    ]);
    for (const r of all) expect(r.message).toContain(r.article.replace(/\(\d+\)$/, ""));
  });
});
