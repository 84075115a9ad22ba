import { describe, expect, it } from "vitest";
import { isoWeekday } from "../calendar/legal-date.ts";
import type { WorkCalendar } from "../calendar/working-days.ts";
import { deriveVisit } from "./derive-visit.ts";
import type { NpmVisit, NpmVisitFact } from "./visit-facts.ts";

const at = (iso: string): Date => new Date(`${iso}+05:00`);
const weekdays: WorkCalendar = { isWorkingDay: (d) => isoWeekday(d) <= 5 };
const periodic: NpmVisit = { id: "v1", kind: "periodic", form: "one_time", memberIds: ["p1", "p2"] };
const started: NpmVisitFact = { type: "started", on: "2025-03-03" };
const ended: NpmVisitFact = { type: "ended", on: "2025-03-04" };
const signed = (id: string, iso = "2025-03-06T10:00:00"): NpmVisitFact => ({
  type: "report_signed",
  at: at(iso),
  participantId: id,
});
const submitted = (iso: string): NpmVisitFact => ({
  type: "report_submitted",
  at: at(iso),
  listedComplaintIds: [],
});

describe("deriveVisit: status (003 Chapters 2-3)", () => {
  it.each<[string, NpmVisitFact[], string, string]>([
    ["003 p.6: nothing happened yet", [], "2025-03-01T10:00:00", "planned"],
    ["003 p.24: started", [started], "2025-03-03T12:00:00", "in_progress"],
    [
      "003 p.24: a start recorded for a later day is not yet known",
      [started],
      "2025-03-02T12:00:00",
      "planned",
    ],
    ["003 p.27: ended, awaiting the report", [started, ended], "2025-03-05T10:00:00", "awaiting_report"],
    [
      "003 p.28: report submitted",
      [started, ended, submitted("2025-03-10T10:00:00")],
      "2025-03-11T10:00:00",
      "reported",
    ],
    [
      "003 p.28: a submission after asOf is not yet known",
      [started, ended, submitted("2025-03-10T10:00:00")],
      "2025-03-09T10:00:00",
      "awaiting_report",
    ],
    [
      "003 p.6: cancelled",
      [{ type: "cancelled", at: at("2025-03-01T09:00:00"), reason: "quarantine" }],
      "2025-03-02T10:00:00",
      "cancelled",
    ],
  ])("%s", (_name, facts, asOf, status) => {
    expect(deriveVisit(periodic, facts, at(asOf)).status).toBe(status);
  });
});

describe("deriveVisit: report due and overdue (003 pp.27-29)", () => {
  it("003 p.28(1): periodic report due ten days after the end, not yet overdue", () => {
    const d = deriveVisit(periodic, [started, ended], at("2025-03-14T23:00:00"));
    expect(d).toMatchObject({
      reportDueDate: "2025-03-14",
      reportOverdue: false,
      reportLate: false,
      confidential: true,
      missingSignatures: ["p1", "p2"],
    });
    expect(d.duties).toEqual([
      {
        kind: "submit_visit_report",
        article: "003 p.28",
        dueAt: at("2025-03-14T23:59:59.999"),
        doneAt: null,
        overdue: false,
        late: false,
        params: { visitId: "v1" },
      },
    ]);
  });

  it("003 p.28(1): overdue from the first instant of the eleventh day", () => {
    const d = deriveVisit(periodic, [started, ended], at("2025-03-15T00:00:00"));
    expect(d.reportOverdue).toBe(true);
    expect(d.duties[0]?.overdue).toBe(true);
  });

  it.each<[string, NpmVisit, string]>([
    ["003 p.28(2): intermediate → five days", { ...periodic, kind: "intermediate" }, "2025-03-09"],
    ["003 p.28(3): special → two days", { ...periodic, kind: "special" }, "2025-03-06"],
  ])("%s", (_name, v, due) => {
    expect(deriveVisit(v, [started, ended], at("2025-03-05T10:00:00")).reportDueDate).toBe(due);
  });

  it("003 p.28: a report submitted late is marked late, not overdue", () => {
    const d = deriveVisit(
      { ...periodic, kind: "special" },
      [started, ended, signed("p1"), signed("p2"), submitted("2025-03-07T09:00:00")],
      at("2025-03-08T10:00:00"),
    );
    expect(d).toMatchObject({
      status: "reported",
      reportOverdue: false,
      reportLate: true,
      missingSignatures: [],
    });
    expect(d.reportSubmittedAt).toEqual(at("2025-03-07T09:00:00"));
    expect(d.duties[0]).toMatchObject({ late: true, overdue: false, doneAt: at("2025-03-07T09:00:00") });
  });

  it("003 p.27: missing dissenting opinions and unlisted complaints are shown", () => {
    const d = deriveVisit(
      periodic,
      [
        started,
        { type: "complaint_received", at: at("2025-03-03T15:00:00"), complaintId: "c1" },
        ended,
        { type: "dissent_declared", at: at("2025-03-05T10:00:00"), participantId: "p1" },
      ],
      at("2025-03-06T10:00:00"),
    );
    expect(d).toMatchObject({ missingDissentingOpinions: ["p1"], unlistedComplaintIds: ["c1"] });
  });

  it("003 p.28: a cancelled visit has no report due", () => {
    const d = deriveVisit(
      periodic,
      [started, ended, { type: "cancelled", at: at("2025-03-04T18:00:00"), reason: "x" }],
      at("2025-04-01T10:00:00"),
    );
    expect(d).toMatchObject({
      status: "cancelled",
      reportDueDate: null,
      reportDueAt: null,
      reportOverdue: false,
    });
    expect(d.duties).toEqual([]);
  });
});

describe("deriveVisit: signs of torture (003 p.26)", () => {
  const revealed: NpmVisitFact = { type: "torture_signs_revealed", at: at("2025-03-03T14:00:00") };

  it("003 p.26: report to the prosecutor and the Commissioner; no term in the text → never overdue", () => {
    const d = deriveVisit(periodic, [started, revealed], at("2025-06-01T10:00:00"));
    expect(d.duties.map((x) => [x.kind, x.article, x.dueAt, x.overdue])).toEqual([
      ["report_torture_signs_to_prosecutor", "003 p.26", null, false],
      ["report_torture_signs_to_commissioner", "003 p.26", null, false],
    ]);
  });

  it("003 p.26: with a configured term of 24 hours the duty falls due and is met by the first report", () => {
    const config = {
      tortureSignsReportHours: 24,
      complaintRegistrationHours: null,
      complaintTransferHours: null,
    };
    const facts: NpmVisitFact[] = [
      started,
      { type: "torture_signs_reported", to: "prosecutor", at: at("2025-03-03T10:00:00") },
      revealed,
      { type: "torture_signs_reported", to: "prosecutor", at: at("2025-03-04T09:00:00") },
      { type: "torture_signs_reported", to: "prosecutor", at: at("2025-03-03T18:00:00") },
    ];
    const d = deriveVisit(periodic, facts, at("2025-03-04T15:00:00"), { config });
    expect(d.duties.map((x) => [x.kind, x.dueAt, x.doneAt, x.overdue])).toEqual([
      ["report_torture_signs_to_prosecutor", at("2025-03-04T14:00:00"), at("2025-03-03T18:00:00"), false],
      ["report_torture_signs_to_commissioner", at("2025-03-04T14:00:00"), null, true],
    ]);
    expect(d.duties[0]?.params).toEqual({ revealedAt: "2025-03-03T09:00:00.000Z" });
  });
});

describe("deriveVisit: duration with a work calendar (003 pp.24-25)", () => {
  it("003 p.24: without a calendar no duration check", () => {
    expect(deriveVisit(periodic, [started], at("2025-03-10T10:00:00")).durationRefusals).toEqual([]);
  });

  it("003 p.24: a visit still in progress on its third working day is over the limit", () => {
    const d = deriveVisit(periodic, [started], at("2025-03-05T10:00:00"), { calendar: weekdays });
    expect(d.durationRefusals.map((r) => r.code)).toEqual(["npm_visit.duration_exceeded"]);
  });

  it("003 pp.24-25: a travel day and a consented extension keep a four-day visit within limits", () => {
    const facts: NpmVisitFact[] = [
      started,
      { type: "travel_day", on: "2025-03-03" },
      {
        type: "extended",
        at: at("2025-03-04T17:00:00"),
        workingDays: 1,
        commissionerConsent: true,
        reason: "riot",
      },
      { type: "ended", on: "2025-03-06" },
    ];
    const d = deriveVisit(periodic, facts, at("2025-03-07T10:00:00"), { calendar: weekdays });
    expect(d.durationRefusals).toEqual([]);
    expect(d.endedOn).toBe("2025-03-06");
    expect(d.startedOn).toBe("2025-03-03");
  });
});
