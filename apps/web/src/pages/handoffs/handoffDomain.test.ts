import { describe, expect, it } from "vitest";
import {
  actsFor,
  choiceFromSearch,
  clockStanding,
  searchFromChoice,
  spanBetween,
  spanParts,
} from "./handoffDomain.ts";

describe("the receiving body's acts on a hand-off", () => {
  it("offers by state: acknowledge, then accept or decline, then answer", () => {
    expect(actsFor("sent", true)).toEqual(["receive"]);
    expect(actsFor("received", true)).toEqual(["accept", "decline"]);
    expect(actsFor("accepted", true)).toEqual(["answer"]);
    expect(actsFor("declined", true)).toEqual([]);
    expect(actsFor("answered", true)).toEqual([]);
  });

  it("offers the sender nothing: only the receiving body acts", () => {
    for (const s of ["sent", "received", "accepted", "declined", "answered"] as const) {
      expect(actsFor(s, false)).toEqual([]);
    }
  });
});

describe("a hand-off against its clock", () => {
  const dueAt = "2026-12-06T10:00:00.000Z";

  it("is overdue past the due instant while not acknowledged, by how long", () => {
    const s = clockStanding({ dueAt, receivedAt: null, overdue: true }, new Date("2026-12-07T13:30:00Z"));
    expect(s).toEqual({ kind: "overdue", by: { days: 1, hours: 3, minutes: 30 } });
  });

  it("counts as overdue at the due instant even before the server's sweep marks it", () => {
    const s = clockStanding({ dueAt, receivedAt: null, overdue: false }, new Date("2026-12-06T10:05:00Z"));
    expect(s.kind).toBe("overdue");
  });

  it("tells the time left before the due instant", () => {
    const s = clockStanding({ dueAt, receivedAt: null, overdue: false }, new Date("2026-12-06T07:45:00Z"));
    expect(s).toEqual({ kind: "left", left: { days: 0, hours: 2, minutes: 15 } });
  });

  it("stops at the acknowledgement and says whether it came late", () => {
    const now = new Date("2026-12-09T00:00:00Z");
    expect(clockStanding({ dueAt, receivedAt: "2026-12-06T09:00:00Z", overdue: false }, now)).toEqual({
      kind: "acknowledged",
      late: false,
    });
    expect(clockStanding({ dueAt, receivedAt: "2026-12-06T11:00:00Z", overdue: true }, now)).toEqual({
      kind: "acknowledged",
      late: true,
    });
  });
});

describe("a span in words", () => {
  it("shows the two largest parts, minutes only under a day", () => {
    expect(spanParts({ days: 2, hours: 3, minutes: 40 })).toEqual([
      ["d", 2],
      ["h", 3],
    ]);
    expect(spanParts({ days: 0, hours: 5, minutes: 7 })).toEqual([
      ["h", 5],
      ["min", 7],
    ]);
    expect(spanParts({ days: 3, hours: 0, minutes: 12 })).toEqual([["d", 3]]);
    expect(spanParts({ days: 0, hours: 0, minutes: 0 })).toEqual([["min", 0]]);
  });

  it("never goes negative", () => {
    expect(spanBetween("2026-12-06T10:00:00Z", "2026-12-06T09:00:00Z")).toEqual({
      days: 0,
      hours: 0,
      minutes: 0,
    });
  });
});

describe("a hand-off list's choices in the address", () => {
  it("opens on what awaits receipt, page 1, no filter", () => {
    expect(choiceFromSearch({})).toEqual({ tab: "sent", ground: "", recordType: "", page: 1 });
    expect(searchFromChoice(choiceFromSearch({}))).toEqual({});
  });

  it("round-trips a tab, a ground, a record type and a page", () => {
    const c = {
      tab: "accepted",
      ground: "official_warning.prosecutor_copy",
      recordType: "measure",
      page: 3,
    } as const;
    expect(choiceFromSearch(searchFromChoice(c))).toEqual(c);
  });

  it("ignores what is not a choice: an unknown tab, a page below 2 or not a number", () => {
    expect(choiceFromSearch({ tab: "everything", page: "x" })).toMatchObject({ tab: "sent", page: 1 });
    expect(choiceFromSearch({ tab: "all", page: 0 })).toMatchObject({ tab: "all", page: 1 });
  });
});
