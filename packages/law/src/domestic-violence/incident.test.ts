import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { parseCitation } from "../citation/parse-citation.ts";
import { HANDOFF_GROUNDS } from "../handoffs/grounds.ts";
import {
  checkIncident,
  DOMESTIC_VIOLENCE_FORMS,
  INCIDENT_EVENT_ARTICLES,
  INCIDENT_EVENT_TYPES,
  incidentRefusals,
  interestedSubjectsOf,
  isDomesticViolenceForm,
  isIncidentEventType,
  repeatNumber,
  type IncidentInput,
} from "./incident.ts";

const NOW = new Date("2026-12-06T10:00:00Z");
const HOUR = 3_600_000;
const ok: IncidentInput = {
  forms: ["physical"],
  occurredAt: new Date(NOW.getTime() - 3 * HOUR),
  reportedAt: new Date(NOW.getTime() - 2 * HOUR),
  now: NOW,
  victims: 1,
  immediateResponse: "Arrived in 20 minutes, separated the parties, took statements.",
  offenderIsVictim: false,
};

describe("forms of domestic violence (001 Art. 72(1))", () => {
  it("'may be expressed in the form of physical, psychological, sexual, and (or) economic violence'", () => {
    expect([...DOMESTIC_VIOLENCE_FORMS]).toEqual(["physical", "psychological", "sexual", "economic"]);
    for (const f of DOMESTIC_VIOLENCE_FORMS) expect(isDomesticViolenceForm(f)).toBe(true);
    expect(isDomesticViolenceForm("verbal")).toBe(false);
  });

  it("'and (or)': several forms at once, kept once each and in the law's order", () => {
    const v = checkIncident({ ...ok, forms: ["economic", "physical", "economic"] });
    expect(v).toMatchObject({ ok: true, value: { forms: ["physical", "economic"] } });
  });
});

describe("events of an incident (001 Art. 72(3))", () => {
  it.each([
    ["responded", "001 Art. 72(3)(1)"], // "an immediate response to every report"
    ["belongings_removal_secured", "001 Art. 72(3)(3)"], // "ensure public order when victims remove personal hygiene items, seasonal clothing, and identity documents"
    ["measure_linked", "001 Art. 72(3)(1)"], // "take legal measures"
    ["note", "001 Art. 72(3)"],
  ])("%s → %s", (type, article) => {
    expect(isIncidentEventType(type)).toBe(true);
    expect(INCIDENT_EVENT_ARTICLES[type as (typeof INCIDENT_EVENT_TYPES)[number]]).toBe(article);
  });

  it("knows only its own types", () => {
    expect(Object.keys(INCIDENT_EVENT_ARTICLES)).toEqual([...INCIDENT_EVENT_TYPES]);
    expect(isIncidentEventType("closed")).toBe(false);
  });
});

describe("interested subjects notified within twenty-four hours (001 Art. 72(3)(2))", () => {
  // [childrenPresent, childVictim, injuryRecorded, [bodyType, article, optional][]]
  const rows: [boolean, boolean, boolean, [string, string, boolean][]][] = [
    // "Information on persons (families) in difficult life situations shall be sent to family support centers" (72(2))
    [false, false, false, [["family_support_centre", "001 Art. 10(2)(4)", false]]],
    // guardianship: "minors subjected to violence … as well as those who have witnessed violence" (22(3))
    [
      true,
      false,
      false,
      [
        ["family_support_centre", "001 Art. 10(2)(4)", false],
        ["guardianship_body", "001 Art. 22(3)", false],
        ["minors_commission", "001 Art. 79(6)(10)", true],
      ],
    ],
    // the commission: "measures regarding minors in difficult life situations, jointly with family support centers" (79(6)(10))
    [
      false,
      true,
      false,
      [
        ["family_support_centre", "001 Art. 10(2)(4)", false],
        ["guardianship_body", "001 Art. 22(3)", false],
        ["minors_commission", "001 Art. 79(6)(10)", false],
      ],
    ],
    // healthcare: "interact with mobile groups, family support centers … on issues of providing medical care to victims" (26(11))
    [
      false,
      false,
      true,
      [
        ["family_support_centre", "001 Art. 10(2)(4)", false],
        ["healthcare_department", "001 Art. 26(11)", false],
      ],
    ],
    [
      true,
      true,
      true,
      [
        ["family_support_centre", "001 Art. 10(2)(4)", false],
        ["guardianship_body", "001 Art. 22(3)", false],
        ["minors_commission", "001 Art. 79(6)(10)", false],
        ["healthcare_department", "001 Art. 26(11)", false],
      ],
    ],
  ];
  it.each(rows)(
    "children present %s, child victim %s, injury %s",
    (childrenPresent, childVictim, injury, want) => {
      const got = interestedSubjectsOf({ childrenPresent, childVictim, injuryRecorded: injury });
      expect(got.map((s) => [s.bodyType, s.article, s.optional])).toEqual(want);
      for (const s of got) {
        expect(s.ground).toBe("domestic_violence.incident_notice");
        // Every subject is a body the ground may reach, so the hand-off can be sent and re-routed.
        expect(HANDOFF_GROUNDS[s.ground].receiverBodyTypes).toContain(s.bodyType);
        expect(parseCitation(s.article)).not.toBeNull();
      }
    },
  );

  it("the family support centre is always told, whatever the facts", () => {
    fc.assert(
      fc.property(
        fc.boolean(),
        fc.boolean(),
        fc.boolean(),
        (childrenPresent, childVictim, injuryRecorded) => {
          const got = interestedSubjectsOf({ childrenPresent, childVictim, injuryRecorded });
          expect(got[0]).toMatchObject({ bodyType: "family_support_centre", optional: false });
          expect(new Set(got.map((s) => s.bodyType)).size).toBe(got.length);
        },
      ),
    );
  });
});

describe("checks of a new incident record", () => {
  it("a complete record is allowed, due to be notified 24 h after the report (001 Art. 72(3)(2))", () => {
    expect(checkIncident(ok)).toEqual({
      ok: true,
      value: { forms: ["physical"], notifyDueAt: new Date(ok.reportedAt.getTime() + 24 * HOUR) },
    });
  });

  it.each<[string, Partial<IncidentInput>, string, string, string]>([
    ["no form", { forms: [] }, "domestic_violence.forms_required", "forms", "001 Art. 72(1)"],
    [
      "a form the law does not name",
      { forms: ["verbal"] },
      "domestic_violence.form_unknown",
      "forms",
      "001 Art. 72(1)",
    ],
    // "an intentional unlawful act … of one person … against another person(s)" (001 Art. 1(27))
    ["no victim", { victims: 0 }, "domestic_violence.victim_required", "victims", "001 Art. 1(27)"],
    [
      "the offender named as the victim",
      { offenderIsVictim: true },
      "domestic_violence.offender_is_victim",
      "offenderPersonId",
      "001 Art. 1(27)",
    ],
    [
      "it occurs tomorrow",
      { occurredAt: new Date(NOW.getTime() + 24 * HOUR), reportedAt: new Date(NOW.getTime() + 25 * HOUR) },
      "domestic_violence.in_future",
      "occurredAt",
      "001 Art. 72(3)(1)",
    ],
    [
      "reported in an hour",
      { reportedAt: new Date(NOW.getTime() + HOUR) },
      "domestic_violence.in_future",
      "reportedAt",
      "001 Art. 72(3)(1)",
    ],
    // "every report or application from citizens regarding an incident" (72(3)(1)): the incident comes first
    [
      "reported before it occurred",
      { reportedAt: new Date(ok.occurredAt.getTime() - 1) },
      "domestic_violence.reported_before_occurred",
      "reportedAt",
      "001 Art. 72(3)(1)",
    ],
    // "take legal measures for an immediate response to every report" (72(3)(1))
    [
      "no immediate response",
      { immediateResponse: null },
      "domestic_violence.response_required",
      "immediateResponse",
      "001 Art. 72(3)(1)",
    ],
    [
      "a blank response",
      { immediateResponse: "  \n " },
      "domestic_violence.response_required",
      "immediateResponse",
      "001 Art. 72(3)(1)",
    ],
  ])("%s → %s on %s (%s)", (_what, change, code, field, article) => {
    const v = checkIncident({ ...ok, ...change });
    expect(v).toMatchObject({ ok: false, code, field, article });
  });

  it("a browser's clock a few minutes ahead is still now; more is the future", () => {
    expect(checkIncident({ ...ok, reportedAt: new Date(NOW.getTime() + 4 * 60_000) }).ok).toBe(true);
    expect(checkIncident({ ...ok, reportedAt: new Date(NOW.getTime() + 6 * 60_000) }).ok).toBe(false);
  });

  it("reported the same instant it occurred is allowed", () => {
    expect(checkIncident({ ...ok, reportedAt: ok.occurredAt }).ok).toBe(true);
  });

  it("the form gets every refusal at once, in its order", () => {
    const all = incidentRefusals({
      forms: ["verbal", "physical", "other"],
      occurredAt: new Date(NOW.getTime() + 2 * HOUR),
      reportedAt: new Date(NOW.getTime() + HOUR),
      now: NOW,
      victims: 0,
      immediateResponse: "",
      offenderIsVictim: true,
    });
    expect(all.map((r) => [r.code, r.field])).toEqual([
      ["domestic_violence.form_unknown", "forms"],
      ["domestic_violence.form_unknown", "forms"],
      ["domestic_violence.victim_required", "victims"],
      ["domestic_violence.offender_is_victim", "offenderPersonId"],
      ["domestic_violence.in_future", "occurredAt"],
      ["domestic_violence.in_future", "reportedAt"],
      ["domestic_violence.reported_before_occurred", "reportedAt"],
      ["domestic_violence.response_required", "immediateResponse"],
    ]);
    expect(all[0]?.params).toEqual({ form: "verbal" });
    expect(incidentRefusals(ok)).toEqual([]);
  });
});

describe("repeat incidents in the same family (R5.1)", () => {
  const d = (s: string) => new Date(s);
  it.each<[string[], string, number]>([
    [[], "2026-05-01T10:00:00Z", 1],
    [["2026-01-01T10:00:00Z"], "2026-05-01T10:00:00Z", 2],
    [["2026-01-01T10:00:00Z", "2026-03-01T10:00:00Z"], "2026-05-01T10:00:00Z", 3],
    // recorded late: it takes its place by when it occurred
    [["2026-01-01T10:00:00Z", "2026-09-01T10:00:00Z"], "2026-05-01T10:00:00Z", 2],
    [["2026-09-01T10:00:00Z"], "2026-05-01T10:00:00Z", 1],
    // the same instant recorded earlier counts first
    [["2026-05-01T10:00:00Z"], "2026-05-01T10:00:00Z", 2],
  ])("before %j, at %s → number %i", (previous, at, n) => {
    expect(repeatNumber(previous.map(d), d(at))).toBe(n);
  });

  it("numbers the incidents of a family 1..n in the order they occurred", () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer({ min: 0, max: 10_000_000 }), { minLength: 1, maxLength: 20 }),
        (ts) => {
          const dates = ts.map((t) => new Date(t * 60_000));
          const numbers = dates.map((at, i) =>
            repeatNumber([...dates.slice(0, i), ...dates.slice(i + 1)], at),
          );
          expect([...numbers].sort((a, b) => a - b)).toEqual(dates.map((_, i) => i + 1));
        },
      ),
    );
  });
});
