import { describe, expect, it } from "vitest";
import { HANDOFF_GROUND_CODES } from "../handoffs/grounds.ts";
import {
  MINORS_CASE_SOURCES,
  MINORS_CASE_STATES,
  orderAgenda,
  protocolState,
  sourceOfGround,
} from "./agenda.ts";

describe("minors' cases and the agenda (001 Art. 79(6)(9), 79(7))", () => {
  it("the states of a case, gathering to closed", () => {
    expect([...MINORS_CASE_STATES]).toEqual(["gathering", "ready", "scheduled", "decided", "closed"]);
  });

  it.each([
    // 78(4): "the educational organization shall transfer the information to the commission"
    ["pedagogical_support.refusal_referral", "school_refusal"],
    // 80(10)(4): "send to the commission … a notice of his or her release"
    ["special_education.release_notice", "release_notice"],
    ["special_regime.release_notice", "release_notice"],
    // 80(11): "the local executive body shall be obliged to submit for consideration by the commission"
    ["returned_minor.commission_submission", "returned_minor"],
    // 79(6)(9): "materials regarding minors who have committed infractions"
    ["minors.police_materials", "police_materials"],
    ["report.inform_competent_body", "report"],
    ["domestic_violence.incident_notice", "handoff"],
  ] as const)("a case opened from %s has the source %s", (ground, source) => {
    expect(sourceOfGround(ground)).toBe(source);
  });

  it("every ground gives a known source", () => {
    for (const g of HANDOFF_GROUND_CODES) expect(MINORS_CASE_SOURCES).toContain(sourceOfGround(g));
  });

  it("the agenda: urgent cases first, then the ones ready longest", () => {
    const d = (s: string) => new Date(s);
    expect(
      orderAgenda([
        { caseId: "c", readyAt: d("2026-12-03T10:00:00Z"), urgent: false },
        { caseId: "a", readyAt: d("2026-12-01T10:00:00Z"), urgent: false },
        { caseId: "u", readyAt: d("2026-12-05T10:00:00Z"), urgent: true },
        { caseId: "b", readyAt: d("2026-12-01T10:00:00Z"), urgent: false },
      ]),
    ).toEqual(["u", "a", "b", "c"]);
  });

  it("the protocol is signed when both the chairperson and the secretary signed", () => {
    const t = new Date("2026-12-06T10:00:00Z");
    expect(protocolState({ chairSignedAt: null, secretarySignedAt: null })).toBe("unsigned");
    expect(protocolState({ chairSignedAt: t, secretarySignedAt: null })).toBe("partly_signed");
    expect(protocolState({ chairSignedAt: null, secretarySignedAt: t })).toBe("partly_signed");
    expect(protocolState({ chairSignedAt: t, secretarySignedAt: t })).toBe("signed");
  });
});
