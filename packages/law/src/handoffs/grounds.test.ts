import { describe, expect, it } from "vitest";
import { parseCitation } from "../citation/parse-citation.ts";
import { HANDOFF_BODY_TYPES, isHandoffBodyType } from "./body-types.ts";
import { HANDOFF_CLOCKS } from "./clocks.ts";
import {
  HANDOFF_GROUND_CODES,
  HANDOFF_GROUNDS,
  HANDOFF_RECORD_TYPES,
  isHandoffGroundCode,
  decisionDutyDueAt,
  planStepDueAt,
  releaseNoticeDueAt,
  type HandoffGroundCode,
} from "./grounds.ts";

describe("the grounds of hand-offs, built from the text", () => {
  // [ground, article, clock, receivers, record, the words of the text]
  const rows: [HandoffGroundCode, string, string | null, string[], string, string][] = [
    [
      "official_warning.prosecutor_copy",
      "001 Art. 51(3)",
      "hours_24",
      ["prosecutor_office"],
      "measure",
      "A copy of the warning shall be sent to the prosecutor within twenty-four hours after its issuance",
    ],
    [
      "protective_order.copy",
      "001 Art. 72(3)(2)",
      "hours_24",
      [
        "family_support_centre",
        "guardianship_body",
        "akimat",
        "minors_commission",
        "education_department",
        "healthcare_org",
      ],
      "measure",
      "within twenty-four hours, notify interested subjects of prevention of infractions of the incident of domestic violence",
    ],
    [
      "pedagogical_support.refusal_referral",
      "001 Art. 78(4)",
      "working_days_3",
      ["minors_commission"],
      "measure",
      "the educational organization shall transfer the information to the commission on minors' affairs",
    ],
    [
      "special_education.release_notice",
      "001 Art. 80(10)(4)",
      null,
      ["minors_commission"],
      "measure",
      "send to the commission … a notice of his or her release … no later than one month before the end of the term of stay",
    ],
    [
      "special_regime.release_notice",
      "001 Art. 81(11)(4)",
      null,
      ["minors_commission", "police_department"],
      "measure",
      "send to the commission … and internal affairs bodies at the minor's place of residence a notice of his or her release",
    ],
    [
      "returned_minor.commission_submission",
      "001 Art. 80(11)",
      "working_days_3",
      ["minors_commission"],
      "measure",
      "Within three working days after the minor's arrival … submit for consideration by the commission",
    ],
    [
      "domestic_violence.notify_interested",
      "001 Art. 72(3)(2)",
      "hours_24",
      [
        "family_support_centre",
        "guardianship_body",
        "akimat",
        "minors_commission",
        "education_department",
        "healthcare_org",
      ],
      "citizen_report",
      "within twenty-four hours, notify interested subjects of prevention of infractions",
    ],
    [
      "domestic_violence.incident_notice",
      "001 Art. 72(3)(2)",
      "hours_24",
      [
        "family_support_centre",
        "guardianship_body",
        "minors_commission",
        "healthcare_department",
        "healthcare_org",
      ],
      "dv_incident",
      "within twenty-four hours, notify interested subjects of prevention of infractions of the incident of domestic violence",
    ],
    [
      "mobile_group.inform",
      "001 Art. 11(2)",
      "immediately",
      [
        "police_department",
        "police_unit",
        "prosecutor_office",
        "guardianship_body",
        "minors_commission",
        "education_department",
        "healthcare_department",
        "healthcare_org",
        "family_support_centre",
      ],
      "outreach_visit",
      "inform law enforcement and other authorized bodies about identified facts of violence",
    ],
    [
      "difficult_life_situation.inform_centre",
      "001 Art. 72(2)",
      "working_days_3",
      ["family_support_centre"],
      "outreach_visit",
      "Information on persons (families) in difficult life situations shall be sent to family support centers",
    ],
    [
      "report_000.inform_prosecutor",
      "000 Art. 23(1)",
      "immediately",
      ["prosecutor_office"],
      "citizen_report",
      "immediately inform: 1) procuracy bodies",
    ],
    [
      "report_000.inform_minors_commission",
      "000 Art. 23(2)",
      "immediately",
      ["minors_commission"],
      "citizen_report",
      "2) commission on the cases of minors",
    ],
    [
      "report_000.inform_guardianship",
      "000 Art. 23(3)",
      "immediately",
      ["guardianship_body"],
      "citizen_report",
      "3) bodies of guardianship and wardship",
    ],
    [
      "report_000.inform_internal_affairs",
      "000 Art. 23(4)",
      "immediately",
      ["police_department", "police_unit"],
      "citizen_report",
      "4) internal affairs bodies",
    ],
    [
      "report_000.inform_healthcare",
      "000 Art. 23(5)",
      "immediately",
      ["healthcare_department", "healthcare_org"],
      "citizen_report",
      "5) healthcare authorities",
    ],
    [
      "report_000.inform_education",
      "000 Art. 23(6)",
      "immediately",
      ["education_department"],
      "citizen_report",
      "6) education bodies",
    ],
  ];
  it.each(rows.map(([c, a, k, r, rec, words]) => [c, a, k, words, r, rec] as const))(
    "%s: %s, clock %s — “%s”",
    (code, article, clock, _words, receivers, record) => {
      const g = HANDOFF_GROUNDS[code];
      expect(g.code).toBe(code);
      expect(g.article).toBe(article);
      expect(g.clock).toBe(clock);
      expect(g.receiverBodyTypes).toEqual(receivers);
      expect(g.recordType).toBe(record);
      expect(g.version).toBe(article.slice(0, 3));
    },
  );

  it("001 Art. 39(3): 'immediately inform state bodies of … facts … falling within the competence of such bodies'", () => {
    const g = HANDOFF_GROUNDS["report.inform_competent_body"];
    expect(g.article).toBe("001 Art. 39(3)");
    expect(g.clock).toBe("immediately");
    expect(g.recordType).toBe("citizen_report");
    for (const t of [
      "police_department",
      "prosecutor_office",
      "minors_commission",
      "guardianship_body",
      "education_department",
      "healthcare_department",
      "family_support_centre",
    ]) {
      expect(g.receiverBodyTypes).toContain(t);
    }
  });

  it("the spec's codes are all there, and each ground is well formed", () => {
    for (const c of [
      "official_warning.prosecutor_copy",
      "protective_order.copy",
      "pedagogical_support.refusal_referral",
      "special_education.release_notice",
      "report.inform_competent_body",
      "domestic_violence.notify_interested",
      "domestic_violence.incident_notice",
      "assistance_plan.step",
      "mobile_group.inform",
    ]) {
      expect(isHandoffGroundCode(c)).toBe(true);
    }
    expect(isHandoffGroundCode("report.unknown")).toBe(false);
    expect(Object.keys(HANDOFF_GROUNDS).sort()).toEqual([...HANDOFF_GROUND_CODES].sort());
    for (const code of HANDOFF_GROUND_CODES) {
      const g = HANDOFF_GROUNDS[code];
      expect(parseCitation(g.article), code).not.toBeNull();
      if (g.clockArticle) expect(parseCitation(g.clockArticle), code).not.toBeNull();
      if (g.clock) expect(HANDOFF_CLOCKS).toContain(g.clock);
      expect(g.receiverBodyTypes.length, code).toBeGreaterThan(0);
      for (const t of g.receiverBodyTypes) expect(isHandoffBodyType(t), `${code} ${t}`).toBe(true);
      expect(HANDOFF_RECORD_TYPES).toContain(g.recordType);
    }
    expect(new Set(HANDOFF_BODY_TYPES).size).toBe(HANDOFF_BODY_TYPES.length);
  });

  it("a clock without a term in the text says so: 78(4), a plan's step and 72(2)'s referral are the system's reading", () => {
    const reading = HANDOFF_GROUND_CODES.filter((c) => HANDOFF_GROUNDS[c].clockArticle === null);
    expect(reading).toEqual([
      "pedagogical_support.refusal_referral",
      "assistance_plan.step",
      "difficult_life_situation.inform_centre",
      "minors_commission.decision_duty",
      "minors.police_materials",
    ]);
    // The grounds whose due date the domain gives: the release notices (001 Arts. 80(10)(4),
    // 81(11)(4)) and a plan's step, due on the plan's own date (001 Art. 55(1) sets no term).
    expect(HANDOFF_GROUND_CODES.filter((c) => HANDOFF_GROUNDS[c].clock === null)).toEqual([
      "special_education.release_notice",
      "special_regime.release_notice",
      "assistance_plan.step",
      "minors_commission.decision_duty",
    ]);
  });

  it("001 Art. 79(6)(1): a commission decision's duty goes to a body of 79(5) about the case, due on the decision's date", () => {
    // "implement measures for the protection and restoration of the rights and legitimate interests of minors"
    const g = HANDOFF_GROUNDS["minors_commission.decision_duty"];
    expect(g.article).toBe("001 Art. 79(6)(1)");
    expect(g.recordType).toBe("minors_case");
    expect(g.clock).toBeNull();
    expect(g.receiverBodyTypes).toEqual(
      expect.arrayContaining([
        "police_unit",
        "school",
        "guardianship_body",
        "family_support_centre",
        "akimat",
      ]),
    );
    expect(g.receiverBodyTypes).not.toContain("minors_commission");
    expect(decisionDutyDueAt("2026-12-10").toISOString()).toBe("2026-12-10T18:59:59.999Z");
  });

  it('001 Art. 79(6)(9): the police\'s materials on a minor go to the commission, which shall "consider … materials regarding minors who have committed infractions"', () => {
    const g = HANDOFF_GROUNDS["minors.police_materials"];
    expect(g.article).toBe("001 Art. 79(6)(9)");
    expect([...g.receiverBodyTypes]).toEqual(["minors_commission"]);
    expect(g.recordType).toBe("person");
    expect(g.clock).toBe("working_days_3");
    expect(g.clockArticle).toBeNull();
  });

  it("001 Art. 55(1): a plan's step goes to the body responsible for it, whatever its type", () => {
    const g = HANDOFF_GROUNDS["assistance_plan.step"];
    expect(g.article).toBe("001 Art. 55(1)");
    expect(g.recordType).toBe("assistance_plan");
    expect([...g.receiverBodyTypes]).toEqual([...HANDOFF_BODY_TYPES]);
  });

  it("the records of domestic violence and family support are record types of hand-offs", () => {
    for (const t of ["dv_incident", "assistance_plan", "outreach_visit", "minors_case"])
      expect(HANDOFF_RECORD_TYPES).toContain(t);
  });

  // A step is due through its last day (Almaty, UTC+5).
  it.each([
    ["2026-12-10", "2026-12-10T18:59:59.999Z"],
    ["2027-01-01", "2027-01-01T18:59:59.999Z"],
  ])("a plan step due on %s → its hand-off is due by %s", (dueOn, expected) => {
    expect(planStepDueAt(dueOn).toISOString()).toBe(expected);
  });

  // 001 Art. 80(10)(4): "no later than one month before the end of the term of stay".
  it.each([
    ["2026-12-10", "2026-11-10T18:59:59.999Z"],
    ["2026-03-31", "2026-02-28T18:59:59.999Z"], // 31 March → 28 February
    ["2028-03-31", "2028-02-29T18:59:59.999Z"], // leap year
    ["2027-01-15", "2026-12-15T18:59:59.999Z"], // across the year
  ])(
    "001 Art. 80(10)(4): a stay ending %s → the notice is due by %s (end of day, Almaty)",
    (end, expected) => {
      expect(releaseNoticeDueAt(end).toISOString()).toBe(expected);
    },
  );
});
