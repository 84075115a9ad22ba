import { describe, expect, it } from "vitest";
import type { NpmInterview } from "../../api/npm-interviews.ts";
import { bodyOf, draftOf, isProtected } from "./interviewDraft.ts";

const stored: NpmInterview = {
  id: "00000000-0000-4000-8000-000000000001",
  visitId: "00000000-0000-4000-8000-000000000002",
  interviewerParticipantId: "00000000-0000-4000-8000-000000000003",
  category: "legal_representative",
  label: "I-4",
  intervieweeName: null,
  withoutWitnesses: false,
  interpreterUsed: false,
  rightsExplained: true,
  consentToDisclose: true,
  includeInReport: true,
  securityThreatNotified: true,
  securityThreatNote: "Notice",
  restrictionRefused: false,
  restrictionRefusalText: null,
  summary: "S",
  followUpReprisals: true,
  version: 3,
  createdAt: "2026-03-03T10:00:00.000Z",
  createdBy: "00000000-0000-4000-8000-000000000004",
  updatedAt: null,
};

describe("interview form (000 Art. 29(1)(4); 003 pp.17-23)", () => {
  it("003 p.17(2): a new interview starts without witnesses, with a person held, nothing else assumed", () => {
    const d = draftOf(null);
    expect(d).toMatchObject({ category: "held_person", withoutWitnesses: true, consentToDisclose: false });
    expect(bodyOf({ ...d, summary: "Said" })).toEqual({
      category: "held_person",
      summary: "Said",
      withoutWitnesses: true,
      interpreterUsed: false,
      rightsExplained: false,
      consentToDisclose: false,
      includeInReport: false,
      securityThreatNotified: false,
      restrictionRefused: false,
      followUpReprisals: false,
    });
  });

  it("leaves out an empty label and name, so the server numbers the label and stores no name", () => {
    const body = bodyOf({ ...draftOf(null), label: "  ", intervieweeName: "", summary: "S" });
    expect(body).not.toHaveProperty("label");
    expect(body).not.toHaveProperty("intervieweeName");
  });

  it("003 p.23: the written refusal is sent only when the restriction was refused", () => {
    const d = { ...draftOf(null), restrictionRefusalText: "I refuse" };
    expect(bodyOf(d)).not.toHaveProperty("restrictionRefusalText");
    expect(bodyOf({ ...d, restrictionRefused: true })).toMatchObject({ restrictionRefusalText: "I refuse" });
  });

  it("a correction starts from the stored record", () => {
    expect(bodyOf(draftOf(stored))).toMatchObject({
      category: "legal_representative",
      label: "I-4",
      securityThreatNote: "Notice",
      includeInReport: true,
      followUpReprisals: true,
    });
  });

  it("003 pp.17(2), 18: persons held and legal representatives are the protected interviewees", () => {
    expect(
      ["held_person", "legal_representative", "staff", "other"].map((c) => isProtected(c as never)),
    ).toEqual([true, true, false, false]);
  });
});
