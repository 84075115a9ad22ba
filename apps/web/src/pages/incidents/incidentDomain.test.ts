import { describe, expect, it } from "vitest";
import {
  choiceFromSearch,
  EMPTY_DRAFT,
  incidentChecks,
  incidentFacts,
  incidentRequest,
  notifyStanding,
  searchFromChoice,
  type IncidentDraft,
} from "./incidentDomain.ts";

const victim = { personId: "v1", label: "Иванова А.", child: false };
const full: IncidentDraft = {
  ...EMPTY_DRAFT,
  victims: [victim],
  forms: ["physical"],
  occurredAt: "2026-12-05T21:40",
  reportedAt: "2026-12-05T22:05",
  place: "кв. 12",
  immediateResponse: "Наряд прибыл, правонарушитель доставлен",
};
const now = new Date("2026-12-06T10:00:00Z");

describe("the incidents worklist's address", () => {
  it("defaults to every incident on the first page", () => {
    expect(choiceFromSearch({})).toEqual({ tab: "all", q: "", page: 1 });
    expect(searchFromChoice({ tab: "all", q: " ", page: 1 })).toEqual({});
  });

  it("keeps a tab, a search and a page, and ignores what it does not know", () => {
    const c = choiceFromSearch({ tab: "notify_overdue", q: "Ахмет", page: "3" });
    expect(c).toEqual({ tab: "notify_overdue", q: "Ахмет", page: 3 });
    expect(searchFromChoice(c)).toEqual({ tab: "notify_overdue", q: "Ахмет", page: 3 });
    expect(choiceFromSearch({ tab: "bogus", page: "-2" })).toEqual({ tab: "all", q: "", page: 1 });
  });
});

describe("the record-incident form's checks", () => {
  it("passes a complete draft", () => {
    expect(incidentChecks(full, now)).toEqual({});
  });

  it("asks for a victim, a form, the times, the place and the immediate response", () => {
    expect(incidentChecks(EMPTY_DRAFT, now)).toEqual({
      victims: "victim_required",
      forms: "forms_required",
      occurredAt: "occurred_required",
      reportedAt: "reported_required",
      place: "place_required",
      immediateResponse: "response_required",
    });
  });

  it("refuses a report before the incident and times in the future", () => {
    expect(incidentChecks({ ...full, reportedAt: "2026-12-05T20:00" }, now)).toEqual({
      reportedAt: "reported_before_occurred",
    });
    expect(
      incidentChecks({ ...full, occurredAt: "2026-12-07T09:00", reportedAt: "2026-12-07T10:00" }, now),
    ).toEqual({ occurredAt: "in_future", reportedAt: "in_future" });
  });

  it("refuses the person who committed it as one of the victims", () => {
    const d = { ...full, offender: { personId: "v1", label: "x" } };
    expect(incidentChecks(d, now)).toEqual({ offenderPersonId: "offender_is_victim" });
  });

  it("refuses a count of children that is no whole number", () => {
    const d = { ...full, childrenPresent: true, childrenCount: "два" };
    expect(incidentChecks(d, now)).toEqual({ childrenPresentCount: "children_count" });
  });
});

describe("the record-incident request", () => {
  it("sends the times as instants of Almaty and trims the texts", () => {
    const body = incidentRequest({ ...full, place: "  кв. 12 " });
    expect(body).toEqual({
      victims: [{ personId: "v1", child: false }],
      forms: ["physical"],
      occurredAt: "2026-12-05T16:40:00.000Z",
      reportedAt: "2026-12-05T17:05:00.000Z",
      place: "кв. 12",
      injuryRecorded: false,
      immediateResponse: "Наряд прибыл, правонарушитель доставлен",
    });
  });

  it("sends the family, the offender, the children present and the injury when given", () => {
    const body = incidentRequest({
      ...full,
      familyId: "f1",
      offender: { personId: "o1", label: "x" },
      childrenPresent: true,
      childrenPersons: [{ personId: "c1", label: "y" }],
      childrenCount: "2",
      injuryRecorded: true,
      injury: " ссадины ",
      citizenReportId: "r1",
    });
    expect(body).toMatchObject({
      familyId: "f1",
      offenderPersonId: "o1",
      childrenPresent: [{ personId: "c1" }],
      childrenPresentCount: 2,
      injuryRecorded: true,
      injury: "ссадины",
      citizenReportId: "r1",
    });
  });

  it("counts at least one child present, and the identified ones", () => {
    expect(incidentRequest({ ...full, childrenPresent: true }).childrenPresentCount).toBe(1);
    const two = [
      { personId: "c1", label: "" },
      { personId: "c2", label: "" },
    ];
    expect(
      incidentRequest({ ...full, childrenPresent: true, childrenPersons: two, childrenCount: "1" })
        .childrenPresentCount,
    ).toBe(2);
  });

  it("leaves out the children and the injury's text when their boxes are not ticked", () => {
    const body = incidentRequest({ ...full, childrenCount: "3", injury: "x" });
    expect(body.childrenPresentCount).toBeUndefined();
    expect(body.injury).toBeUndefined();
  });

  it("gives the law the facts of children and injury", () => {
    expect(incidentFacts({ ...full, victims: [{ ...victim, child: true }], injuryRecorded: true })).toEqual({
      childrenPresent: false,
      childVictim: true,
      injuryRecorded: true,
    });
  });
});

describe("the notification against its 24 hours (001 Art. 72(3)(2))", () => {
  const due = "2026-12-06T12:00:00.000Z";
  it("is none without hand-offs", () => {
    expect(notifyStanding([], now)).toBe("none");
  });
  it("is pending before the due instant and overdue after it while unacknowledged", () => {
    expect(notifyStanding([{ dueAt: due, receivedAt: null }], now)).toBe("pending");
    expect(notifyStanding([{ dueAt: due, receivedAt: null }], new Date("2026-12-06T12:00:01Z"))).toBe(
      "overdue",
    );
  });
  it("is overdue while any one subject is late, received once all acknowledged", () => {
    const late = new Date("2026-12-07T00:00:00Z");
    const got = { dueAt: due, receivedAt: "2026-12-06T11:00:00.000Z" };
    expect(notifyStanding([got, { dueAt: due, receivedAt: null }], late)).toBe("overdue");
    expect(notifyStanding([got], late)).toBe("received");
    expect(notifyStanding([got, { dueAt: due, receivedAt: "2026-12-06T13:00:00.000Z" }], late)).toBe(
      "received",
    );
  });
});
