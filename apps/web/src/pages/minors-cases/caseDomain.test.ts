import type { TFunction } from "i18next";
import { describe, expect, it } from "vitest";
import { caseActions, CASE_STATES, caseStateColor, eventNote, isCaseWriter } from "./caseDomain.ts";

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

describe("a case event's note in the user's language", () => {
  const t = ((key: string, o?: Record<string, string>) =>
    `${key}${o ? JSON.stringify(o) : ""}`) as unknown as TFunction;
  it("names the decision and the meeting instead of their codes", () => {
    expect(eventNote(t, "warning_to_parents (meeting 1/2026)")).toBe(
      'minorsCases.note.decision{"decision":"meetings.decision.warning_to_parents","meeting":"1/2026"}',
    );
    expect(eventNote(t, "meeting 2/2026")).toBe('minorsCases.note.meeting{"meeting":"2/2026"}');
    expect(eventNote(t, "off the agenda of meeting 2/2026")).toBe(
      'minorsCases.note.offAgenda{"meeting":"2/2026"}',
    );
  });
  it("keeps a note typed by the secretary", () => {
    expect(eventNote(t, "unknown_code (meeting 1/2026)")).toBe("unknown_code (meeting 1/2026)");
    expect(eventNote(t, "The decision is carried out")).toBe("The decision is carried out");
  });
});
