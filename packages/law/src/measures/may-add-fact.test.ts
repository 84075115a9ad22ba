import { describe, expect, it } from "vitest";
import { sampleMeasureInput } from "./examples.ts";
import type { MeasureFact } from "./facts.ts";
import { MEASURE_KINDS, type MeasureKind } from "./kinds.ts";
import type { MeasureInput, NormalizedMeasure } from "./measure-input.ts";
import { factTypesOf, validateFact } from "./may-add-fact.ts";
import { rulesFor } from "./rules.ts";
import { validateNewMeasure } from "./validate-measure.ts";

const at = (local: string): Date => new Date(`${local}+05:00`);
const today = "2030-01-01";

function measure(kind: MeasureKind, patch: object = {}): NormalizedMeasure {
  const v = validateNewMeasure({ ...sampleMeasureInput(kind), ...patch } as MeasureInput, {
    today: "2026-04-10",
  });
  if (!v.ok) throw new Error(JSON.stringify(v.refusals));
  return v.value;
}

function check(
  m: NormalizedMeasure,
  facts: MeasureFact[],
  fact: MeasureFact,
  t = today,
): [string, string] | null {
  const r = validateFact(m, facts, fact, { today: t });
  return r ? [r.code, r.article] : null;
}

const ISSUED: MeasureFact = { type: "issued", at: at("2026-04-10T10:00:00") };
const SERVED: MeasureFact = { type: "served", at: at("2026-04-12T09:00:00"), channel: "in_person" };
const warning = measure("official_warning");

describe("validateFact — issue and the common gate", () => {
  it("the issue is recorded on the date of the decision", () => {
    expect(check(warning, [], ISSUED)).toBeNull();
    expect(check(warning, [], { type: "issued", at: at("2026-04-11T10:00:00") })).toEqual([
      "fact.issued_date_mismatch",
      "001 Art. 51",
    ]);
    expect(check(warning, [ISSUED], ISSUED)).toEqual(["fact.already_recorded", "001 Art. 51"]);
  });

  it("nothing before the issue", () => {
    expect(check(warning, [], SERVED)).toEqual(["fact.not_issued", "001 Art. 51"]);
    expect(check(warning, [ISSUED], { ...SERVED, at: at("2026-04-10T09:00:00") })).toEqual([
      "fact.before_issue",
      "001 Art. 51",
    ]);
  });

  it("no fact from the future", () => {
    expect(check(warning, [ISSUED], SERVED, "2026-04-11")).toEqual(["fact.in_future", "001 Art. 51"]);
  });

  it.each([
    [
      "preventive_conversation",
      { type: "control_check", at: at("2026-04-11T10:00:00"), outcome: "complied" },
    ],
    ["preventive_conversation", { type: "violation", at: at("2026-04-11T10:00:00") }],
    ["preventive_conversation", { type: "served", at: at("2026-04-11T10:00:00"), channel: "in_person" }],
    ["preventive_conversation", { type: "notice_sent", at: at("2026-04-11T10:00:00"), to: "victim" }],
    ["official_warning", { type: "answer_received", at: at("2026-04-11T10:00:00") }],
    ["official_warning", { type: "extended", at: at("2026-04-11T10:00:00"), until: "2026-06-01" }],
    ["protective_order", { type: "court_sanctioned", at: at("2026-04-11T10:00:00") }],
    ["statutory_notice", { type: "signed", at: at("2026-04-11T10:00:00") }],
    ["statutory_notice", { type: "terminated", at: at("2026-04-11T10:00:00"), ground: "death" }],
  ] as const)("a %s takes no %j", (kind, fact) => {
    const m = measure(kind);
    const r = validateFact(m, [ISSUED], fact as MeasureFact, { today });
    expect(r?.code === "fact.not_applicable" || r?.code === "fact.termination_ground_not_applicable").toBe(
      true,
    );
  });

  it("facts recorded once are not recorded twice (a second is a correction)", () => {
    const copy: MeasureFact = { type: "prosecutor_notified", at: at("2026-04-10T15:00:00") };
    expect(check(warning, [ISSUED, SERVED], SERVED)).toEqual(["fact.already_recorded", "001 Art. 51"]);
    expect(check(warning, [ISSUED, copy], copy)).toEqual(["fact.already_recorded", "001 Art. 51"]);
  });

  it("every kind accepts issue, appeal, termination and corrections", () => {
    for (const kind of MEASURE_KINDS) {
      expect(factTypesOf(rulesFor(kind))).toEqual(
        expect.arrayContaining(["issued", "appealed", "appeal_decided", "terminated", "superseded"]),
      );
    }
  });
});

describe("validateFact — corrections", () => {
  it.each([-1, 2, 0.5])("a correction names an earlier fact (%s)", (supersedes) => {
    expect(
      check(warning, [ISSUED, SERVED], { type: "superseded", at: at("2026-04-13T10:00:00"), supersedes }),
    ).toEqual(["fact.supersede_target_invalid", "001 Art. 51"]);
  });

  it("a fact is corrected once; undoing a correction restores it", () => {
    const fix: MeasureFact = { type: "superseded", at: at("2026-04-13T10:00:00"), supersedes: 1 };
    expect(check(warning, [ISSUED, SERVED], fix)).toBeNull();
    expect(check(warning, [ISSUED, SERVED, fix], fix)).toEqual(["fact.already_superseded", "001 Art. 51"]);
    expect(check(warning, [ISSUED, SERVED, fix], { ...fix, supersedes: 2 })).toBeNull();
  });

  it("a termination may be corrected after the measure ended", () => {
    const end: MeasureFact = { type: "terminated", at: at("2026-04-20T10:00:00"), ground: "death" };
    expect(
      check(warning, [ISSUED, SERVED, end], {
        type: "superseded",
        at: at("2026-04-21T10:00:00"),
        supersedes: 2,
      }),
    ).toBeNull();
  });
});

describe("validateFact — after the end", () => {
  const end: MeasureFact = { type: "terminated", at: at("2026-04-20T10:00:00"), ground: "early_correction" };

  it("001 Art. 59(8): nothing follows a termination", () => {
    expect(
      check(warning, [ISSUED, SERVED, end], { type: "violation", at: at("2026-04-21T10:00:00") }),
    ).toEqual(["measure.terminated", "001 Art. 51"]);
  });

  it("001 Art. 48(4): nothing follows an annulment", () => {
    const facts: MeasureFact[] = [
      ISSUED,
      { type: "appealed", at: at("2026-04-11T10:00:00") },
      { type: "appeal_decided", at: at("2026-04-15T10:00:00"), outcome: "annulled" },
    ];
    expect(check(warning, facts, SERVED)).toEqual(["measure.terminated", "001 Art. 48(4)"]);
  });

  it("001 Arts. 80(4), 80(11): a minor released early by the court still returns home, and the akimat submits", () => {
    const m = measure("special_education_referral");
    const placed: MeasureFact = { type: "placed", at: at("2026-04-20T10:00:00") };
    const early: MeasureFact = {
      type: "terminated",
      at: at("2026-10-01T10:00:00"),
      ground: "court_early_release",
    };
    const home: MeasureFact = { type: "returned_home", at: at("2026-10-02T10:00:00") };
    expect(check(m, [ISSUED, placed, early], home)).toBeNull();
    expect(
      check(m, [ISSUED, placed, early, home], {
        type: "submitted_to_commission",
        at: at("2026-10-05T10:00:00"),
      }),
    ).toBeNull();
    expect(check(m, [ISSUED, placed, early], { type: "placed", at: at("2026-10-02T10:00:00") })).toEqual([
      "measure.terminated",
      "001 Art. 80",
    ]);
  });
});

describe("validateFact — the course of a measure", () => {
  it("001 Art. 51(2): a signature or its refusal follows service, once", () => {
    const signed: MeasureFact = { type: "signed", at: at("2026-04-12T09:05:00") };
    expect(check(warning, [ISSUED], signed)).toEqual(["fact.not_served", "001 Art. 51(2)"]);
    expect(check(warning, [ISSUED, SERVED], { ...signed, at: at("2026-04-12T08:00:00") })).toEqual([
      "fact.not_served",
      "001 Art. 51(2)",
    ]);
    expect(check(warning, [ISSUED, SERVED], signed)).toBeNull();
    expect(
      check(warning, [ISSUED, SERVED, signed], { type: "signature_refused", at: at("2026-04-12T09:06:00") }),
    ).toEqual(["fact.already_recorded", "001 Art. 51(2)"]);
  });

  it("001 Art. 57(2): an answer follows receipt", () => {
    const m = measure("statutory_notice");
    const answer: MeasureFact = { type: "answer_received", at: at("2026-04-20T10:00:00") };
    expect(check(m, [ISSUED], answer)).toEqual(["fact.not_served", "001 Art. 57(2)"]);
    expect(check(m, [ISSUED, SERVED], answer)).toBeNull();
  });

  it("001 Arts. 51(2), 60(1): notices go only to the addressees the article names", () => {
    expect(
      check(warning, [ISSUED], { type: "notice_sent", at: at("2026-04-11T10:00:00"), to: "victim" }),
    ).toEqual(["fact.recipient_not_applicable", "001 Art. 51"]);
    expect(
      check(warning, [ISSUED], {
        type: "notice_sent",
        at: at("2026-04-11T10:00:00"),
        to: "employer_or_self_government",
      }),
    ).toBeNull();
  });

  it.each([
    ["2026-04-11T10:00:00", false, "fact.not_active"],
    ["2026-04-12T10:00:00", true, null],
    ["2026-05-12T23:00:00", true, null],
    ["2026-05-13T10:00:00", true, "fact.not_active"],
  ] as const)("001 Arts. 51(5)-(6): a check or violation on %s (served: %s)", (when, served, code) => {
    const facts = served ? [ISSUED, SERVED] : [ISSUED];
    for (const fact of [
      { type: "control_check", at: at(when), outcome: "not_at_home" },
      { type: "violation", at: at(when) },
    ] as MeasureFact[]) {
      expect(validateFact(warning, facts, fact, { today })?.code ?? null).toBe(code);
    }
  });

  it("001 Art. 48(5): an extension lengthens a running term", () => {
    const m = measure("special_conduct_requirements");
    expect(
      check(m, [ISSUED], { type: "extended", at: at("2027-04-01T10:00:00"), until: "2027-10-10" }),
    ).toBeNull();
    expect(
      check(m, [ISSUED], { type: "extended", at: at("2027-04-01T10:00:00"), until: "2027-04-10" }),
    ).toEqual(["fact.extension_not_later", "001 Art. 48(5)"]);
    const open = measure("restraining_order", { term: null });
    expect(
      check(open, [ISSUED], { type: "extended", at: at("2026-05-01T10:00:00"), until: "2026-09-01" }),
    ).toEqual(["fact.not_active", "001 Art. 52(2)"]);
  });

  it("001 Art. 48(4): appeals alternate with decisions", () => {
    const appealed: MeasureFact = { type: "appealed", at: at("2026-04-11T10:00:00") };
    const decided: MeasureFact = { type: "appeal_decided", at: at("2026-04-15T10:00:00"), outcome: "upheld" };
    expect(check(warning, [ISSUED], decided)).toEqual(["fact.no_pending_appeal", "001 Art. 48(4)"]);
    expect(check(warning, [ISSUED], appealed)).toBeNull();
    expect(check(warning, [ISSUED, appealed], appealed)).toEqual(["fact.appeal_pending", "001 Art. 48(4)"]);
    expect(check(warning, [ISSUED, appealed], decided)).toBeNull();
    expect(
      check(warning, [ISSUED, appealed, decided], { ...appealed, at: at("2026-04-20T10:00:00") }),
    ).toBeNull();
  });

  it("001 Art. 59(8): termination grounds are the kind's", () => {
    expect(
      check(warning, [ISSUED], {
        type: "terminated",
        at: at("2026-04-15T10:00:00"),
        ground: "court_early_release",
      }),
    ).toEqual(["fact.termination_ground_not_applicable", "001 Art. 51"]);
  });

  it("001 Art. 59(8)(4): reaching eighteen ends on the 18th birthday, not before", () => {
    const m = measure("pedagogical_support");
    const on = (d: string): MeasureFact => ({
      type: "terminated",
      at: at(`${d}T10:00:00`),
      ground: "reached_18",
    });
    expect(check(m, [ISSUED], on("2029-01-14"))).toEqual(["fact.not_yet_18", "001 Art. 59(8)(4)"]);
    expect(check(m, [ISSUED], on("2029-01-15"))).toBeNull();
    const unknown = measure("non_custodial_punishment", { subject: { kind: "person" } });
    expect(check(unknown, [ISSUED], on("2029-01-15"))).toEqual(["fact.not_yet_18", "001 Art. 59(8)(4)"]);
  });

  it("001 Arts. 80(11), 78(4): the return home follows placement; a submission follows a return or refusal", () => {
    const m = measure("special_education_referral");
    expect(check(m, [ISSUED], { type: "returned_home", at: at("2026-05-01T10:00:00") })).toEqual([
      "fact.not_placed",
      "001 Art. 80",
    ]);
    expect(check(m, [ISSUED], { type: "submitted_to_commission", at: at("2026-05-01T10:00:00") })).toEqual([
      "fact.nothing_to_submit",
      "001 Art. 80",
    ]);
    const p = measure("pedagogical_support");
    const refused: MeasureFact = { type: "representative_refused", at: at("2026-04-11T10:00:00") };
    expect(
      check(p, [ISSUED, refused], { type: "submitted_to_commission", at: at("2026-04-12T10:00:00") }),
    ).toBeNull();
    expect(check(p, [ISSUED, refused], refused)).toEqual(["fact.already_recorded", "001 Art. 78"]);
  });
});

describe("validateFact — kind rules", () => {
  it("001 Art. 56(2): the sanction once; extensions never past thirty days from it", () => {
    const m = measure("movement_restriction", { term: { days: 10 } });
    const sanction: MeasureFact = { type: "court_sanctioned", at: at("2026-04-11T10:00:00") };
    expect(
      check(m, [ISSUED], { type: "extended", at: at("2026-04-12T10:00:00"), until: "2026-05-01" }),
    ).toEqual(["fact.not_active", "001 Art. 56(2)"]);
    expect(check(m, [ISSUED], sanction)).toBeNull();
    expect(
      check(m, [ISSUED, sanction], { type: "extended", at: at("2026-04-15T10:00:00"), until: "2026-05-11" }),
    ).toBeNull();
    expect(
      check(m, [ISSUED, sanction], { type: "extended", at: at("2026-04-15T10:00:00"), until: "2026-05-12" }),
    ).toEqual(["movement_restriction.extension_exceeds_30_days", "001 Art. 56(2)"]);
    expect(
      check(m, [ISSUED, sanction], {
        type: "terminated",
        at: at("2026-04-15T10:00:00"),
        ground: "purpose_achieved",
      }),
    ).toBeNull();
    const given = measure("movement_restriction", {
      details: {
        category: "no_residence_or_documents",
        courtSanction: { at: at("2026-04-10T09:00:00"), reference: "S" },
      },
    });
    expect(check(given, [ISSUED], sanction)).toEqual(["fact.already_recorded", "001 Art. 56(2)"]);
  });

  it("001 Art. 64(3): an extension of supervision follows a violation and adds six months", () => {
    const m = measure("administrative_supervision");
    const violation: MeasureFact = { type: "violation", at: at("2027-01-10T22:00:00") };
    const ext = (until: string): MeasureFact => ({ type: "extended", at: at("2027-02-01T10:00:00"), until });
    expect(check(m, [ISSUED], ext("2032-11-01"))).toEqual([
      "administrative_supervision.extension_without_violation",
      "001 Art. 64(3)",
    ]);
    expect(check(m, [ISSUED, violation], ext("2033-05-01"))).toEqual([
      "administrative_supervision.extension_not_six_months",
      "001 Art. 64(3)",
    ]);
    expect(check(m, [ISSUED, violation], ext("2032-11-01"))).toBeNull();
    expect(
      check(m, [ISSUED, violation, ext("2032-11-01")], {
        ...ext("2033-05-01"),
        at: at("2027-03-01T10:00:00"),
      }),
    ).toEqual(["administrative_supervision.extension_without_violation", "001 Art. 64(3)"]);
    expect(check(m, [ISSUED], violation)).toBeNull();
  });

  it("001 Art. 64(3): six months per ruling are counted from release, so a month end does not drift", () => {
    const m = measure("administrative_supervision", {
      details: {
        crimeGravity: "grave",
        releaseDate: "2026-08-31",
        restrictions: ["65.2.5_alcohol_or_drugs"],
      },
    });
    const v1: MeasureFact = { type: "violation", at: at("2027-01-10T22:00:00") };
    const e1: MeasureFact = { type: "extended", at: at("2027-02-01T10:00:00"), until: "2033-02-28" };
    const v2: MeasureFact = { type: "violation", at: at("2027-05-10T22:00:00") };
    expect(check(m, [ISSUED, v1], e1)).toBeNull();
    const e2 = (until: string): MeasureFact => ({ type: "extended", at: at("2027-06-01T10:00:00"), until });
    expect(check(m, [ISSUED, v1, e1, v2], e2("2033-08-31"))).toBeNull();
    expect(check(m, [ISSUED, v1, e1, v2], e2("2033-08-28"))?.[0]).toBe(
      "administrative_supervision.extension_not_six_months",
    );
  });

  it("001 Art. 65(1): the supervision ruling is announced against signature", () => {
    const m = measure("administrative_supervision");
    expect(check(m, [ISSUED, SERVED], { type: "signed", at: at("2026-04-12T09:10:00") })).toBeNull();
  });

  it("a kind without its own fact rules passes on the common ones", () => {
    const m = measure("protective_order");
    expect(
      check(m, [ISSUED], { type: "notice_sent", at: at("2026-04-10T12:00:00"), to: "victim" }),
    ).toBeNull();
  });

  it("passes the calendar on to the kind's own rules", () => {
    const m = measure("administrative_supervision");
    const r = validateFact(
      m,
      [ISSUED],
      { type: "violation", at: at("2027-01-10T22:00:00") },
      {
        today,
        workCalendar: { isWorkingDay: () => true },
      },
    );
    expect(r).toBeNull();
  });
});

describe("facts of every kind: a lawful course is accepted step by step", () => {
  it.each(MEASURE_KINDS)("%s: issued, then appealed and upheld", (kind) => {
    const m = measure(kind);
    const facts: MeasureFact[] = [];
    for (const fact of [
      ISSUED,
      { type: "appealed", at: at("2026-04-11T10:00:00") },
      { type: "appeal_decided", at: at("2026-04-20T10:00:00"), outcome: "upheld" },
    ] as MeasureFact[]) {
      expect(validateFact(m, facts, fact, { today })).toBeNull();
      facts.push(fact);
    }
  });
});
