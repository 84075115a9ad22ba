import { describe, expect, it } from "vitest";
import { nonArrivalState, validateNonArrivalFact, type NonArrivalFact } from "./non-arrival.ts";

const due = "2026-04-10";

describe("nonArrivalState (001 Art. 66(1))", () => {
  it.each<[string, NonArrivalFact[], string, string, string | null, string | null]>([
    [
      "001 Art. 66(1): awaiting arrival until the notified date",
      [],
      "2026-04-10",
      "awaiting_arrival",
      null,
      null,
    ],
    [
      "001 Art. 66(1): non-arrival the day after — establish whereabouts",
      [],
      "2026-04-11",
      "non_arrival",
      "establish_whereabouts",
      "2026-04-11",
    ],
    [
      "001 Art. 66(1): arrived in time",
      [{ type: "arrived", on: "2026-04-09" }],
      "2026-04-20",
      "arrived",
      null,
      null,
    ],
    [
      "001 Art. 65(1): arrived late is still arrived, and late",
      [{ type: "arrived", on: "2026-04-12" }],
      "2026-04-20",
      "arrived",
      null,
      "2026-04-11",
    ],
    [
      "001 Art. 66(1): search under way — next the investigation and wanted list",
      [{ type: "search_started", on: "2026-04-11" }],
      "2026-04-15",
      "whereabouts_search",
      "open_investigation_and_wanted_list",
      "2026-04-11",
    ],
    [
      "001 Art. 66(1): whereabouts established",
      [
        { type: "search_started", on: "2026-04-11" },
        { type: "whereabouts_established", on: "2026-04-13" },
      ],
      "2026-04-15",
      "whereabouts_established",
      null,
      "2026-04-11",
    ],
    [
      "001 Art. 66(1): wanted",
      [
        { type: "search_started", on: "2026-04-11" },
        { type: "wanted", on: "2026-04-20" },
      ],
      "2026-04-25",
      "wanted",
      null,
      "2026-04-11",
    ],
    [
      "001 Art. 66(1): facts after asOf are not yet known",
      [{ type: "arrived", on: "2026-04-12" }],
      "2026-04-11",
      "non_arrival",
      "establish_whereabouts",
      "2026-04-11",
    ],
  ])("%s", (_n, facts, asOf, status, nextStep, lateSince) => {
    const s = nonArrivalState({ arrivalDueOn: due, facts, asOf });
    expect(s).toMatchObject({ status, nextStep, lateSince, article: "001 Art. 66(1)", arrivalDueOn: due });
  });
});

describe("validateNonArrivalFact (001 Art. 66(1))", () => {
  it.each<[string, NonArrivalFact[], NonArrivalFact, string[]]>([
    ["001 Art. 66(1): search after non-arrival", [], { type: "search_started", on: "2026-04-11" }, []],
    [
      "001 Art. 66(1): no search before the due date",
      [],
      { type: "search_started", on: "2026-04-10" },
      ["supervision.search_before_non_arrival"],
    ],
    [
      "001 Art. 66(1): wanted after a search",
      [{ type: "search_started", on: "2026-04-11" }],
      { type: "wanted", on: "2026-04-20" },
      [],
    ],
    [
      "001 Art. 66(1): no wanted list without a search",
      [],
      { type: "wanted", on: "2026-04-20" },
      ["supervision.wanted_without_search"],
    ],
    [
      "001 Art. 66(1): no wanted list when located",
      [
        { type: "search_started", on: "2026-04-11" },
        { type: "whereabouts_established", on: "2026-04-12" },
      ],
      { type: "wanted", on: "2026-04-20" },
      ["supervision.wanted_but_located"],
    ],
    ["001 Art. 66(1): arrival is always recordable", [], { type: "arrived", on: "2026-04-01" }, []],
  ])("%s", (_n, facts, fact, expected) => {
    expect(validateNonArrivalFact({ arrivalDueOn: due, facts, fact }).map((r) => r.code)).toEqual(expected);
  });
});
