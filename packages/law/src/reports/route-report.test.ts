import { describe, expect, it } from "vitest";
import { parseCitation } from "../citation/parse-citation.ts";
import { HANDOFF_GROUNDS } from "../handoffs/grounds.ts";
import {
  REPORT_CATEGORIES,
  REPORT_CATEGORY_INFO,
  isReportCategory,
  type ReportCategory,
} from "./categories.ts";
import {
  isReportChannel,
  isReportFlag,
  isReportUrgency,
  REPORT_CHANNEL_ARTICLES,
  REPORT_CHANNELS,
  REPORT_FLAGS,
  type ReportFlag,
} from "./channels.ts";
import { proposeUrgency, routeReport, type RouteProposal } from "./route-report.ts";

const in001 = new Date("2026-06-01T05:00:00Z"); // 1 June 2026, 001 in force
const in000 = new Date("2026-02-20T05:00:00Z"); // before 001's commencement on 2 March 2026
const brief = (ps: RouteProposal[]): string[] => ps.map((p) => `${p.bodyType} ${p.article} ${p.clock}`);
const route = (category: ReportCategory, flags: ReportFlag[] = [], receivedAt = in001) =>
  brief(routeReport({ category, flags, receivedAt }));

describe("report channels (001 Arts. 6(4), (5), 71(8), 49(1)(1))", () => {
  it("four channels, each with its provision", () => {
    expect(REPORT_CHANNELS).toEqual(["web", "hotline", "messenger", "in_person"]);
    expect(REPORT_CHANNEL_ARTICLES).toEqual({
      web: "001 Art. 6(4)",
      hotline: "001 Art. 71(8)",
      messenger: "001 Art. 6(4)",
      in_person: "001 Art. 49(1)(1)",
    });
    expect(REPORT_FLAGS).toEqual(["minor_involved", "domestic_violence", "threat_to_life"]);
    expect([isReportChannel("hotline"), isReportChannel("fax")]).toEqual([true, false]);
    expect([isReportFlag("threat_to_life"), isReportFlag("vip")]).toEqual([true, false]);
    expect([isReportUrgency("urgent"), isReportUrgency("later")]).toEqual([true, false]);
  });
});

describe("routing under 001 (001 Art. 39(3): 'immediately inform state bodies … within the competence of such bodies')", () => {
  // [category, the words of the competence provisions, the bodies proposed]
  it.each<[ReportCategory, string, string[]]>([
    [
      "offence_committed",
      "13(1) internal affairs 'implement measures for prevention of infractions'",
      ["police_department 001 Art. 13(1) immediately"],
    ],
    [
      "offence_impending",
      "39(3) 'impending or committed infractions'",
      ["police_department 001 Art. 13(1) immediately"],
    ],
    [
      "public_order",
      "75(6) public places: 'coordination … entrusted to internal affairs bodies'",
      ["police_department 001 Art. 75(6) immediately"],
    ],
    [
      "domestic_violence",
      "72(3)(1) 'an immediate response to every report … regarding an incident of domestic violence'; 72(2) 'information … shall be sent to family support centers'; 72(3)(2) 'within twenty-four hours, notify interested subjects'",
      ["police_department 001 Art. 72(3)(1) immediately", "family_support_centre 001 Art. 72(2) hours_24"],
    ],
    [
      "minor_rights_violated",
      "12(1) 'supreme supervision over compliance with legality'; 79(6)(1) 'protection and restoration of the rights and legitimate interests of minors'",
      ["prosecutor_office 001 Art. 12(1) immediately", "minors_commission 001 Art. 79(6)(1) immediately"],
    ],
    [
      "child_in_danger",
      "22(3) guardianship 'coordinate activities to provide assistance to minors'; 13(6) police deliver 'children left without parental care'",
      ["guardianship_body 001 Art. 22(3) immediately", "police_department 001 Art. 13(6) immediately"],
    ],
    [
      "minor_violence_or_bullying",
      "22(1) 'identifying minors subjected to violence, abuse, harassment (bullying)'; 21(5) 'assistance to minors subjected to violence'",
      [
        "police_department 001 Art. 13(1) immediately",
        "guardianship_body 001 Art. 22(1) immediately",
        "education_department 001 Art. 21(5) immediately",
      ],
    ],
    [
      "neglected_minor",
      "13(6) 'neglected and homeless children'; 21(9) 'identifying minors requiring special attention'",
      ["police_department 001 Art. 13(6) immediately", "education_department 001 Art. 21(9) immediately"],
    ],
    [
      "adult_involving_minor",
      "1(7), 13(3) 'other persons involving minors in the commission of infractions'; 79(6)(9) commission considers materials on such parents",
      ["police_department 001 Art. 13(3) immediately", "minors_commission 001 Art. 79(6)(9) immediately"],
    ],
    [
      "minor_substance_abuse",
      "25(3) 'organize medical care for persons with addictions (alcohol, narcotic drugs …)'",
      ["healthcare_department 001 Art. 25(3) immediately"],
    ],
    [
      "runaway_minor",
      "1(10) neglected: 'unauthorized departure from home or from organizations'; 13(6); 21(9)",
      ["police_department 001 Art. 13(6) immediately", "education_department 001 Art. 21(9) immediately"],
    ],
    [
      "school_dropout",
      "21(9) education management; 23(9) 'minors not attending … for unexcused reasons'",
      ["education_department 001 Art. 21(9) immediately"],
    ],
    ["other", "no fixed receiver: the operator chooses", []],
  ])("%s — %s", (category, _words, expected) => {
    expect(route(category)).toEqual(expected);
    for (const p of routeReport({ category, flags: [], receivedAt: in001 })) {
      expect(p.version).toBe("001");
      expect(HANDOFF_GROUNDS[p.ground].receiverBodyTypes).toContain(p.bodyType);
      expect(p.dutyArticle).toBe(HANDOFF_GROUNDS[p.ground].article);
    }
  });

  it("the police are told of a report under 39(3); the family support centre under 72(3)(2)", () => {
    const [police, centre] = routeReport({ category: "domestic_violence", flags: [], receivedAt: in001 });
    expect(police).toMatchObject({ ground: "report.inform_competent_body", dutyArticle: "001 Art. 39(3)" });
    expect(centre).toMatchObject({
      ground: "domestic_violence.notify_interested",
      dutyArticle: "001 Art. 72(3)(2)",
    });
  });

  it.each<[string, ReportCategory, ReportFlag[], string[]]>([
    [
      "domestic violence flag adds the police (72(3)(1)) and the family support centre (72(2))",
      "offence_committed",
      ["domestic_violence"],
      ["police_department 001 Art. 13(1) immediately", "family_support_centre 001 Art. 72(2) hours_24"],
    ],
    [
      "a minor involved adds the commission (79(6)(1)) where the category is not about minors",
      "public_order",
      ["minor_involved"],
      ["police_department 001 Art. 75(6) immediately", "minors_commission 001 Art. 79(6)(1) immediately"],
    ],
    [
      "a minor in a domestic-violence case adds guardianship (22(1) 'minors subjected to violence')",
      "domestic_violence",
      ["minor_involved"],
      [
        "police_department 001 Art. 72(3)(1) immediately",
        "family_support_centre 001 Art. 72(2) hours_24",
        "minors_commission 001 Art. 79(6)(1) immediately",
        "guardianship_body 001 Art. 22(1) immediately",
      ],
    ],
    [
      "a minor flag on a minors' category adds nobody twice",
      "child_in_danger",
      ["minor_involved"],
      ["guardianship_body 001 Art. 22(3) immediately", "police_department 001 Art. 13(6) immediately"],
    ],
    [
      "threat to life adds the police (39(3) 'impending … infractions')",
      "minor_substance_abuse",
      ["threat_to_life"],
      ["healthcare_department 001 Art. 25(3) immediately", "police_department 001 Art. 13(1) immediately"],
    ],
    [
      "'other' with domestic violence: the flag's bodies",
      "other",
      ["domestic_violence"],
      ["police_department 001 Art. 72(3)(1) immediately", "family_support_centre 001 Art. 72(2) hours_24"],
    ],
  ])("flags: %s", (_n, category, flags, expected) => {
    expect(route(category, flags)).toEqual(expected);
  });

  it("one proposal per body type: the earliest clock wins, on a tie the category's own provision", () => {
    const ps = routeReport({
      category: "domestic_violence",
      flags: ["domestic_violence", "threat_to_life"],
      receivedAt: in001,
    });
    expect(ps.map((p) => p.bodyType)).toEqual(["police_department", "family_support_centre"]);
    expect(ps[0]!.article).toBe("001 Art. 72(3)(1)");
    for (const category of REPORT_CATEGORIES) {
      const all = routeReport({ category, flags: [...REPORT_FLAGS], receivedAt: in001 });
      expect(new Set(all.map((p) => p.bodyType)).size).toBe(all.length);
    }
  });
});

describe("routing under 000 Art. 23 for reports received before 001's commencement (001 Art. 85)", () => {
  // 000 Art. 23: "immediately inform: 1) procuracy bodies … 6) education bodies".
  it.each<[ReportCategory, ReportFlag[], string[]]>([
    [
      "minor_rights_violated",
      [],
      ["prosecutor_office 000 Art. 23(1) immediately", "minors_commission 000 Art. 23(2) immediately"],
    ],
    ["child_in_danger", [], ["guardianship_body 000 Art. 23(3) immediately"]],
    [
      "minor_violence_or_bullying",
      [],
      ["police_department 000 Art. 23(4) immediately", "guardianship_body 000 Art. 23(3) immediately"],
    ],
    ["neglected_minor", [], ["police_department 000 Art. 23(4) immediately"]],
    ["adult_involving_minor", [], ["police_department 000 Art. 23(4) immediately"]],
    ["minor_substance_abuse", [], ["healthcare_department 000 Art. 23(5) immediately"]],
    [
      "runaway_minor",
      [],
      ["education_department 000 Art. 23(6) immediately", "police_department 000 Art. 23(4) immediately"],
    ],
    ["school_dropout", [], ["education_department 000 Art. 23(6) immediately"]],
    ["offence_committed", ["minor_involved"], ["police_department 000 Art. 23(4) immediately"]],
    [
      "domestic_violence",
      ["minor_involved"],
      ["police_department 000 Art. 23(4) immediately", "guardianship_body 000 Art. 23(3) immediately"],
    ],
    [
      "other",
      ["minor_involved", "threat_to_life"],
      ["guardianship_body 000 Art. 23(3) immediately", "police_department 000 Art. 23(4) immediately"],
    ],
  ])("%s %j", (category, flags, expected) => {
    const ps = routeReport({ category, flags, receivedAt: in000 });
    expect(brief(ps)).toEqual(expected);
    for (const p of ps) {
      expect(p.version).toBe("000");
      expect(p.ground.startsWith("report_000.")).toBe(true);
      expect(p.dutyArticle).toBe(p.article);
    }
  });

  it("000 is the minors' law: an adult's report before commencement follows the 001 table", () => {
    const ps = routeReport({ category: "domestic_violence", flags: [], receivedAt: in000 });
    expect(brief(ps)).toEqual([
      "police_department 001 Art. 72(3)(1) immediately",
      "family_support_centre 001 Art. 72(2) hours_24",
    ]);
    expect(ps.every((p) => p.version === "001")).toBe(true);
  });

  it("the switch is at the commencement, by the Almaty day of receipt (2 March 2026 by default)", () => {
    const at = (iso: string) =>
      routeReport({ category: "child_in_danger", flags: [], receivedAt: new Date(iso) });
    // 1 March 23:59 Almaty = 18:59 UTC: 000; 2 March 00:00 Almaty = 1 March 19:00 UTC: 001.
    expect(at("2026-03-01T18:59:59Z")[0]!.article).toBe("000 Art. 23(3)");
    expect(at("2026-03-01T19:00:00Z")[0]!.article).toBe("001 Art. 22(3)");
  });

  it("the commencement is configuration (001 Art. 85(1))", () => {
    const config = { commencement001: "2026-06-10" };
    const ps = routeReport({ category: "school_dropout", flags: [], receivedAt: in001, config });
    expect(brief(ps)).toEqual(["education_department 000 Art. 23(6) immediately"]);
  });
});

describe("the categories", () => {
  it("a closed list, each with a citation the renderer reads and the words it is built from", () => {
    expect(REPORT_CATEGORIES).toHaveLength(13);
    expect(isReportCategory("child_in_danger")).toBe(true);
    expect(isReportCategory("anything")).toBe(false);
    for (const c of REPORT_CATEGORIES) {
      const info = REPORT_CATEGORY_INFO[c];
      expect(info.code).toBe(c);
      expect(parseCitation(info.article), c).not.toBeNull();
      expect(info.words.length).toBeGreaterThan(0);
      for (const r of [...info.receivers001, ...info.receivers000]) {
        expect(parseCitation(r.article), `${c} ${r.article}`).not.toBeNull();
        expect(HANDOFF_GROUNDS[r.ground].receiverBodyTypes).toContain(r.bodyType);
      }
    }
  });
});

describe("proposed urgency", () => {
  it.each<[ReportCategory, ReportFlag[], string]>([
    ["other", ["threat_to_life"], "immediate"],
    ["public_order", ["threat_to_life", "minor_involved"], "immediate"],
    ["domestic_violence", [], "urgent"],
    ["child_in_danger", [], "urgent"],
    ["minor_violence_or_bullying", [], "urgent"],
    ["runaway_minor", [], "urgent"],
    ["offence_impending", [], "urgent"],
    ["offence_committed", ["domestic_violence"], "urgent"],
    ["public_order", ["minor_involved"], "urgent"],
    ["offence_committed", [], "routine"],
    ["school_dropout", [], "routine"],
    ["other", [], "routine"],
  ])("%s %j → %s", (category, flags, expected) => {
    expect(proposeUrgency(category, flags)).toBe(expected);
  });
});
