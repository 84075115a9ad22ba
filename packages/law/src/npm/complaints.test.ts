import { describe, expect, it } from "vitest";
import { deriveTortureComplaint, type NpmComplaintFact, type NpmTortureComplaint } from "./complaints.ts";
import { DEFAULT_NPM_CONFIG } from "./config.ts";

const at = (iso: string): Date => new Date(`${iso}+05:00`);
const complaint: NpmTortureComplaint = {
  id: "c1",
  receivedAt: at("2025-03-03T11:00:00"),
  receivedByParticipantId: "p1",
  visitId: "v1",
};
const registered: NpmComplaintFact = {
  type: "registered",
  at: at("2025-03-03T12:00:00"),
  registrationNumber: "N-1",
};
const transferred: NpmComplaintFact = { type: "transferred_to_commissioner", at: at("2025-03-05T09:00:00") };

describe("complaints of torture (000 Art. 30(4); 003 pp.12-13)", () => {
  it("000 Art. 30(4): the texts set no term, so by default nothing is ever overdue", () => {
    expect(DEFAULT_NPM_CONFIG).toEqual({
      tortureSignsReportHours: null,
      complaintRegistrationHours: null,
      complaintTransferHours: null,
    });
    const d = deriveTortureComplaint(complaint, [], at("2026-01-01T00:00:00"));
    expect(d.status).toBe("received");
    expect(d.duties.map((x) => [x.kind, x.article, x.dueAt, x.overdue])).toEqual([
      ["register_complaint", "000 Art. 30(4)", null, false],
      ["transfer_complaint_to_commissioner", "000 Art. 30(4)", null, false],
    ]);
  });

  it.each<[string, NpmComplaintFact[], string, string, Date | null, Date | null]>([
    [
      "000 Art. 30(4) para 1; 003 p.12: registered",
      [registered],
      "2025-03-04T00:00:00",
      "registered",
      registered.at,
      null,
    ],
    [
      "000 Art. 30(4) para 2: transferred to the Commissioner",
      [transferred, registered],
      "2025-03-06T00:00:00",
      "transferred",
      registered.at,
      transferred.at,
    ],
    [
      "000 Art. 30(4): facts after asOf are not yet known",
      [registered, transferred],
      "2025-03-03T11:30:00",
      "received",
      null,
      null,
    ],
  ])("%s", (_name, facts, asOf, status, reg, trans) => {
    const d = deriveTortureComplaint(complaint, facts, at(asOf));
    expect(d).toMatchObject({ status, registeredAt: reg, transferredAt: trans });
  });

  it("000 Art. 30(4): configured terms make the duties fall due", () => {
    const config = {
      tortureSignsReportHours: null,
      complaintRegistrationHours: 24,
      complaintTransferHours: 72,
    };
    const d = deriveTortureComplaint(complaint, [registered], at("2025-03-07T00:00:00"), config);
    expect(d.duties.map((x) => [x.kind, x.dueAt, x.overdue, x.late, x.params])).toEqual([
      ["register_complaint", at("2025-03-04T11:00:00"), false, false, { complaintId: "c1" }],
      ["transfer_complaint_to_commissioner", at("2025-03-06T11:00:00"), true, false, { complaintId: "c1" }],
    ]);
  });

  it("000 Art. 30(4): the earliest registration counts", () => {
    const later: NpmComplaintFact = {
      type: "registered",
      at: at("2025-03-04T12:00:00"),
      registrationNumber: "N-2",
    };
    expect(
      deriveTortureComplaint(complaint, [later, registered], at("2025-03-05T00:00:00")).registeredAt,
    ).toEqual(registered.at);
  });
});
