import { FAMILY_RELATIONS as CONTRACT_RELATIONS, type PersonSummary } from "@aldyn/contract";
import { describe, expect, it } from "vitest";
import { FAMILY_RELATIONS } from "./familiesApi.ts";
import { currentFirst, familyTimeline, sortKey } from "./familyTimeline.ts";

const person = (id: string): PersonSummary => ({ id, territoryId: "t", mergedInto: null, personal: null });

const family = {
  incidents: [
    {
      id: "i1",
      occurredAt: "2026-10-01T18:00:00.000Z",
      forms: ["physical"],
      repeatNumber: 1,
      notifyState: "received" as const,
    },
    {
      id: "i2",
      occurredAt: "2026-11-20T15:00:00.000Z",
      forms: ["psychological"],
      repeatNumber: 2,
      notifyState: "overdue" as const,
    },
  ],
  measures: [{ id: "m1", kind: "protective_order", state: "active", issuedAt: "2026-11-20T17:00:00.000Z" }],
  members: [
    { person: person("p1"), relation: "victim" as const, since: "2026-10-01", until: null },
    { person: person("p2"), relation: "offender" as const, since: "2026-10-01", until: "2026-11-25" },
  ],
};

describe("the family's timeline", () => {
  it("merges incidents, measures, stays, services, visits and members, newest first", () => {
    const entries = familyTimeline(family, {
      stays: [
        {
          id: "s1",
          shelter: { name: "Үміт" },
          admittedOn: "2026-11-21",
          plannedUntil: "2026-12-20",
          departedOn: null,
          state: "staying",
        },
      ],
      services: [{ id: "v1", deliveredOn: "2026-11-22", area: "psychological", note: null }],
      visits: [{ id: "o1", visitedOn: "2026-09-15", signsOfViolence: true }],
    });
    expect(entries.map((e) => `${e.kind}:${"id" in e ? e.id : e.event}`)).toEqual([
      "member:left",
      "service:v1",
      "stay:s1",
      "measure:m1",
      "incident:i2",
      "incident:i1",
      "member:joined",
      "member:joined",
      "visit:o1",
    ]);
  });

  it("shows the members who joined on the day of an incident below it (joined first)", () => {
    const sameDay = {
      incidents: [{ ...family.incidents[0]!, occurredAt: "2026-12-05T20:00:00.000Z" }],
      measures: [],
      members: [{ person: person("p1"), relation: "victim" as const, since: "2026-12-06", until: null }],
    };
    expect(familyTimeline(sameDay).map((e) => e.kind)).toEqual(["incident", "member"]);
  });

  it("places a legal date at noon in Almaty, among that day's instants", () => {
    expect(sortKey("2026-11-21")).toBe(Date.parse("2026-11-21T07:00:00Z"));
    expect(sortKey("2026-11-21T08:00:00.000Z")).toBeGreaterThan(sortKey("2026-11-21"));
  });

  it("is the family's own records alone when the others are not readable", () => {
    expect(familyTimeline(family)).toHaveLength(6);
  });

  it("lists the members now in the family before those who left", () => {
    const [first, second] = currentFirst([...family.members].reverse());
    expect(first?.person.id).toBe("p1");
    expect(second?.person.id).toBe("p2");
  });

  it("offers the relations of the contract", () => {
    expect([...FAMILY_RELATIONS]).toEqual([...CONTRACT_RELATIONS]);
  });
});
