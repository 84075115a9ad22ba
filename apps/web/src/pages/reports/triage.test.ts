import type { ReportHandoff, ReportRouting } from "@aldyn/contract";
import i18next from "i18next";
import { beforeAll, describe, expect, it } from "vitest";
import en from "../../i18n/en.json";
import { canTakeReports, takesCalls } from "./reportAbilities.ts";
import { chosenReceivers, initialChoices } from "./routing.ts";
import { categoryArticle } from "./reportLaw.ts";
import { factDetail, recordedByText } from "./timeline.ts";
import {
  NO_TRIAGE_FILTERS,
  searchFromTriageFilters,
  triageFiltersFromSearch,
  triageParams,
  withTriageChange,
} from "./triageList.ts";

const V = {
  statuses: ["received", "triaged"],
  categories: ["child_in_danger", "other"],
  urgencies: ["immediate", "routine"],
  flags: ["minor_involved"],
};

describe("the triage queue's address", () => {
  it("reads the filters it names and leaves out values not in the law's lists", () => {
    const f = triageFiltersFromSearch(
      {
        status: "triaged",
        category: "child_in_danger",
        urgency: "soon",
        flag: "minor_involved",
        q: " 12 ",
        page: 3,
      },
      V,
    );
    expect(f).toEqual({
      status: "triaged",
      category: "child_in_danger",
      urgency: undefined,
      flag: "minor_involved",
      q: "12",
      page: 3,
    });
    expect(triageFiltersFromSearch({ q: "a", page: -1 }, V)).toEqual(NO_TRIAGE_FILTERS);
  });

  it("writes back only what differs from the defaults, and the API's query with its page size", () => {
    const f = { ...NO_TRIAGE_FILTERS, urgency: "immediate", page: 2 };
    expect(searchFromTriageFilters(f)).toEqual({ urgency: "immediate", page: 2 });
    expect(triageParams(f)).toMatchObject({ urgency: "immediate", page: 2, pageSize: 25, q: undefined });
  });

  it("starts at page 1 when a filter changes, keeps the filters when the page changes", () => {
    const f = { ...NO_TRIAGE_FILTERS, flag: "minor_involved", page: 4 };
    expect(withTriageChange(f, { urgency: "routine" }).page).toBe(1);
    expect(withTriageChange(f, { page: 5 })).toMatchObject({ flag: "minor_involved", page: 5 });
  });
});

const body = (id: string) => ({ id, name: { kk: id, ru: id, en: id } });
const proposal = (over: Partial<ReportRouting["items"][number]>): ReportRouting["items"][number] => ({
  bodyType: "guardianship_body",
  ground: "report.inform_competent_body",
  article: "001 Art. 22(3)",
  clock: "immediately",
  body: body("g1"),
  alternatives: [body("g2")],
  dueAt: "2026-12-06T11:00:00Z",
  ...over,
});
const handoff = (over: Partial<ReportHandoff>): ReportHandoff => ({
  id: "h1",
  ground: "report.inform_competent_body",
  article: "001 Art. 39(3)",
  clock: "immediately",
  receiverBody: body("g2"),
  state: "received",
  sentAt: "2026-12-06T10:10:00Z",
  dueAt: "2026-12-06T11:00:00Z",
  overdue: false,
  receivedAt: "2026-12-06T10:20:00Z",
  answeredAt: null,
  reroutedFromId: null,
  ...over,
});

describe("the routing dialog (001 Art. 39(3))", () => {
  it("checks every proposal that has a body covering the place, with the nearest body chosen", () => {
    const c = initialChoices(
      [proposal({}), proposal({ bodyType: "police_department", body: null, alternatives: [] })],
      [],
    );
    expect(c.map((x) => [x.send, x.bodyId])).toEqual([
      [true, "g1"],
      [false, ""],
    ]);
    expect(chosenReceivers(c)).toEqual([{ bodyId: "g1", ground: "report.inform_competent_body" }]);
  });

  it("on a re-route, keeps the body already told on the same ground (its open hand-off is kept)", () => {
    const c = initialChoices([proposal({})], [handoff({})]);
    expect(c[0]).toMatchObject({ bodyId: "g2", alreadySent: true, send: true });
    // A declined hand-off is not kept: the nearest body is proposed again.
    expect(initialChoices([proposal({})], [handoff({ state: "declined" })])[0]).toMatchObject({
      bodyId: "g1",
      alreadySent: false,
    });
  });

  it("sends each body and ground once, and nothing unchecked", () => {
    const [a] = initialChoices([proposal({})], []);
    expect(chosenReceivers([a!, a!, { ...a!, send: false, bodyId: "g2" }])).toEqual([
      { bodyId: "g1", ground: "report.inform_competent_body" },
    ]);
  });
});

describe("the law shown with a choice", () => {
  it("names the article that makes a category a body's duty, from the law package", () => {
    expect(categoryArticle("public_order")).toBe("001 Art. 75(6)");
    expect(categoryArticle("no_such_category")).toBeUndefined();
  });
});

describe("a fact's details on the timeline", () => {
  beforeAll(async () => {
    await i18next.init({ lng: "en", resources: { en: { translation: en } } });
  });
  it("names the codes in the user's language, keeps texts, and leaves identifiers out", () => {
    expect(
      factDetail(i18next.t, {
        category: "child_in_danger",
        flags: ["minor_involved", "threat_to_life"],
        handoffId: "0b5e7a52-8a3c-4c1f-9d7e-1f2a3b4c5d6e",
        text: "We visited the family.",
      }),
    ).toBe("A child in danger or without care · A minor involved, Threat to life · We visited the family.");
    // A citation reads in words, never as the file code (R11).
    expect(factDetail(i18next.t, { article: "001 Art. 39(3)" })).toBe(
      "Art. 39(3) of the Law on Prevention of Infractions",
    );
    // A re-route names the category it changed from.
    expect(factDetail(i18next.t, { fromCategory: "child_in_danger", category: "school_dropout" })).toBe(
      "was: A child in danger or without care · A pupil not attending school",
    );
    // A code a newer server sends that the catalog does not know yet shows as it is.
    expect(factDetail(i18next.t, { category: "new_category" })).toBe("new_category");
  });
});

describe("who recorded a fact", () => {
  it("is the reporter when nobody logged in, the official's name, never an identifier", () => {
    expect(recordedByText(i18next.t, null)).toBe("Reporter");
    expect(recordedByText(i18next.t, "Zhakupova A. N.")).toBe("Zhakupova A. N.");
    expect(recordedByText(i18next.t, "fa5c3ece-2e73-4684-9f92-d99bad49d681")).toBe("An official");
  });
});

describe("who takes reports (policy.ts citizen_report)", () => {
  it("offers the form to the hotline and to the bodies that take reports in person, not to readers", () => {
    expect(canTakeReports(["hotline_operator"])).toBe(true);
    expect(canTakeReports(["guardianship_officer"])).toBe(true);
    expect(canTakeReports(["police_inspector_juvenile"])).toBe(true);
    for (const reader of ["prosecutor", "body_head", "analyst", "minors_commission_member"] as const)
      expect(canTakeReports([reader])).toBe(false);
  });

  it("lets only the contact centre's operator enter a call; others take reports in person", () => {
    expect(takesCalls(["hotline_operator"])).toBe(true);
    expect(takesCalls(["police_inspector_local", "police_head"])).toBe(false);
  });
});
