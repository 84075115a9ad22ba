// Derivation of terms and statuses of the other kinds (split from derive-measure.test.ts).
import { describe, expect, it } from "vitest";
import { isoWeekday } from "../calendar/legal-date.ts";
import type { WorkCalendar } from "../calendar/working-days.ts";
import { deriveMeasure } from "./derive-measure.ts";
import { sampleMeasureInput } from "./examples.ts";
import type { MeasureFact } from "./facts.ts";
import type { MeasureKind } from "./kinds.ts";
import type { MeasureInput, NormalizedMeasure } from "./measure-input.ts";
import { validateNewMeasure } from "./validate-measure.ts";

/** An instant in Almaty time. */
const at = (local: string): Date => new Date(`${local}+05:00`);
const WEEKDAYS: WorkCalendar = { isWorkingDay: (d) => isoWeekday(d) <= 5 };

function measure(kind: MeasureKind, patch: object = {}): NormalizedMeasure {
  const v = validateNewMeasure({ ...sampleMeasureInput(kind), ...patch } as MeasureInput, {
    today: "2026-04-10",
  });
  if (!v.ok) throw new Error(JSON.stringify(v.refusals));
  return v.value;
}

const ISSUED: MeasureFact = { type: "issued", at: at("2026-04-10T10:00:00") };

describe("one-off and open-ended measures", () => {
  it("001 Art. 50: a conversation is completed once recorded; no register, no control", () => {
    const d = deriveMeasure(measure("preventive_conversation"), [ISSUED], at("2026-04-11T00:00:00"));
    expect(d).toMatchObject({
      status: "completed",
      validFrom: "2026-04-10",
      validUntil: "2026-04-10",
      control: null,
      signature: "not_required",
    });
    expect(d.register.places).toBe(false);
  });

  it("001 Art. 54: a registration lasts until closed", () => {
    const d = deriveMeasure(
      measure("difficult_life_situation_registration"),
      [ISSUED],
      at("2027-01-01T00:00:00"),
    );
    expect(d).toMatchObject({ status: "active", validFrom: "2026-04-10", validUntil: null, control: null });
  });

  it("001 Art. 58: compulsory medical measures without a term stay active", () => {
    expect(
      deriveMeasure(measure("compulsory_medical_measure"), [ISSUED], at("2030-01-01T00:00:00")).status,
    ).toBe("active");
  });

  it("001 Art. 78(4): a representative's refusal — status refused, submission to the commission open without a term", () => {
    const m = measure("pedagogical_support");
    const refused: MeasureFact = { type: "representative_refused", at: at("2026-04-11T10:00:00") };
    const d = deriveMeasure(m, [ISSUED, refused], at("2026-06-01T00:00:00"));
    expect(d.status).toBe("refused");
    expect(d.duties).toEqual([
      {
        code: "pedagogical_support.refusal_to_commission",
        article: "001 Art. 78(4)",
        dueAt: null,
        doneAt: undefined,
        overdue: false,
        late: false,
        liability: false,
      },
    ]);
    const sent: MeasureFact = { type: "submitted_to_commission", at: at("2026-04-12T10:00:00") };
    expect(deriveMeasure(m, [ISSUED, refused, sent], at("2026-06-01T00:00:00")).duties[0]?.doneAt).toEqual(
      sent.at,
    );
    expect(deriveMeasure(m, [ISSUED], at("2026-06-01T00:00:00")).duties).toEqual([]);
  });
});

describe("court-sourced terms (001 Arts. 61-63, 67)", () => {
  it.each([
    ["special_conduct_requirements", {}, "2027-04-10", "59.2.2_special_conduct_requirements"],
    ["non_custodial_punishment", {}, "2028-04-10", "59.2.6_non_custodial_punishment"],
    ["parole", {}, "2027-10-01", "59.2.3_parole"],
    ["parole", { details: { lifeSentence: true } }, "2036-04-10", "59.2.3_parole"],
    ["educational_influence", {}, null, "59.2.11_educational_influence"],
  ] as const)("%s %j: valid until %s, register ground %s", (kind, patch, until, ground) => {
    const d = deriveMeasure(measure(kind, patch), [ISSUED], at("2026-04-11T00:00:00"));
    expect(d).toMatchObject({ status: "active", validFrom: "2026-04-10", validUntil: until });
    expect(d.register).toMatchObject({ places: true, ground, since: "2026-04-10" });
  });

  it("001 Art. 59(10): without a legal minimum, control follows the assessed frequency only", () => {
    const m = measure("special_conduct_requirements");
    expect(deriveMeasure(m, [ISSUED], at("2026-04-11T00:00:00")).control).toBeNull();
    const d = deriveMeasure(m, [ISSUED], at("2026-04-11T00:00:00"), {
      controlFrequency: { per: "month", times: 1 },
    });
    expect(d.control).toMatchObject({ nextDue: "2026-05-08", article: "001 Art. 59(10)" });
  });

  it("001 Art. 48(5): an extension and an amended appeal move the last day", () => {
    const m = measure("special_conduct_requirements");
    const ext: MeasureFact = { type: "extended", at: at("2027-04-01T10:00:00"), until: "2027-10-10" };
    expect(deriveMeasure(m, [ISSUED, ext], at("2027-05-01T00:00:00"))).toMatchObject({
      validUntil: "2027-10-10",
      extensions: 1,
    });
    const amended: MeasureFact = {
      type: "appeal_decided",
      at: at("2026-05-01T10:00:00"),
      outcome: "amended",
      validUntil: "2026-12-31",
    };
    const appealed: MeasureFact = { type: "appealed", at: at("2026-04-15T10:00:00") };
    expect(deriveMeasure(m, [ISSUED, appealed, amended], at("2026-05-02T00:00:00"))).toMatchObject({
      appeal: "amended",
      validUntil: "2026-12-31",
    });
    const plain: MeasureFact = { type: "appeal_decided", at: at("2026-05-01T10:00:00"), outcome: "amended" };
    expect(deriveMeasure(m, [ISSUED, appealed, plain], at("2026-05-02T00:00:00")).validUntil).toBe(
      "2027-04-10",
    );
  });

  it("facts take effect in the order they happened, whatever the order of recording", () => {
    const m = measure("special_conduct_requirements");
    const t: MeasureFact = { type: "terminated", at: at("2027-06-01T10:00:00"), ground: "imprisonment" };
    const ext: MeasureFact = { type: "extended", at: at("2027-04-01T10:00:00"), until: "2027-10-10" };
    expect(deriveMeasure(m, [ISSUED, t, ext], at("2027-07-01T00:00:00"))).toMatchObject({
      status: "terminated",
      validUntil: "2027-06-01",
    });
  });
});

describe("preventive restriction on freedom of movement (001 Art. 56)", () => {
  it("001 Art. 56(2): waits for the court's sanction, then runs the days from it", () => {
    const m = measure("movement_restriction");
    expect(deriveMeasure(m, [ISSUED], at("2026-04-10T12:00:00"))).toMatchObject({
      status: "awaiting_sanction",
      awaiting: "sanction",
    });
    const sanction: MeasureFact = {
      type: "court_sanctioned",
      at: at("2026-04-11T10:00:00"),
      reference: "S-7",
    };
    expect(deriveMeasure(m, [ISSUED, sanction], at("2026-04-12T00:00:00"))).toMatchObject({
      status: "active",
      validFrom: "2026-04-11",
      validUntil: "2026-05-11",
    });
  });

  it("001 Art. 56(2): a sanction given at recording starts the term at once", () => {
    const m = measure("movement_restriction", {
      term: { days: 10 },
      details: {
        category: "no_residence_or_documents",
        courtSanction: { at: at("2026-04-10T09:00:00"), reference: "S-1" },
      },
    });
    expect(deriveMeasure(m, [ISSUED], at("2026-04-12T00:00:00"))).toMatchObject({
      status: "active",
      validUntil: "2026-04-20",
    });
  });
});

describe("administrative supervision (001 Arts. 64-66)", () => {
  const m = measure("administrative_supervision");

  it("001 Art. 64(2)(2): six years after release for a grave crime; pending until release", () => {
    expect(deriveMeasure(m, [ISSUED], at("2026-04-20T00:00:00"))).toMatchObject({
      status: "pending_start",
      validFrom: "2026-05-01",
      validUntil: "2032-05-01",
      control: null,
    });
    expect(deriveMeasure(m, [ISSUED], at("2026-05-02T00:00:00")).status).toBe("active");
  });

  it("001 Art. 64(3): each ruling on a violation adds six months", () => {
    const facts: MeasureFact[] = [
      ISSUED,
      { type: "violation", at: at("2027-01-10T22:00:00") },
      { type: "extended", at: at("2027-02-01T10:00:00"), until: "2032-11-01" },
    ];
    expect(deriveMeasure(m, facts, at("2027-02-02T00:00:00"))).toMatchObject({
      validUntil: "2032-11-01",
      violations: 1,
      extensions: 1,
    });
  });

  it("ended before it took effect: no validity at all", () => {
    const facts: MeasureFact[] = [
      ISSUED,
      { type: "terminated", at: at("2026-04-20T10:00:00"), ground: "death" },
    ];
    expect(deriveMeasure(m, facts, at("2026-05-02T00:00:00"))).toMatchObject({
      status: "terminated",
      validFrom: null,
      validUntil: null,
    });
  });
});

describe("referrals to special organisations (001 Arts. 80-81)", () => {
  const placed: MeasureFact = { type: "placed", at: at("2026-04-20T15:00:00") };

  it("001 Art. 80(3): the stay runs from placement for the months set", () => {
    const m = measure("special_education_referral");
    expect(deriveMeasure(m, [ISSUED], at("2026-04-15T00:00:00"))).toMatchObject({
      status: "issued",
      awaiting: "placement",
      duties: [],
    });
    const d = deriveMeasure(m, [ISSUED, placed], at("2026-05-01T00:00:00"));
    expect(d).toMatchObject({ status: "active", validFrom: "2026-04-20", validUntil: "2027-04-20" });
    expect(d.register).toEqual({
      places: false,
      ground: "59.2.9_special_institution_graduate",
      article: "001 Art. 59(2)(9)",
      since: null,
    });
  });

  it("001 Art. 80(10)(4): release notice to the commission one month before the end", () => {
    const m = measure("special_education_referral");
    const [due] = deriveMeasure(m, [ISSUED, placed], at("2027-03-21T00:00:00")).duties;
    expect(due).toMatchObject({
      code: "special_education_referral.release_notice_commission_on_minors",
      article: "001 Art. 80(10)(4)",
      dueAt: at("2027-03-20T23:59:59.999"),
      overdue: true,
    });
    const sent: MeasureFact = {
      type: "notice_sent",
      at: at("2027-03-01T10:00:00"),
      to: "commission_on_minors",
    };
    expect(deriveMeasure(m, [ISSUED, placed, sent], at("2027-03-21T00:00:00")).duties[0]?.overdue).toBe(
      false,
    );
  });

  it("001 Arts. 59(2)(9), 80(11): after the stay a graduate is registered; the akimat has three working days", () => {
    const m = measure("special_education_referral");
    const home: MeasureFact = { type: "returned_home", at: at("2027-04-21T12:00:00") };
    const d = deriveMeasure(m, [ISSUED, placed, home], at("2027-04-27T00:00:00"), { workCalendar: WEEKDAYS });
    expect(d.status).toBe("expired");
    expect(d.register).toMatchObject({ places: true, since: "2027-04-20" });
    expect(d.duties[1]).toMatchObject({
      code: "special_education_referral.akimat_submission",
      article: "001 Art. 80(11)",
      dueAt: at("2027-04-26T23:59:59.999"),
      overdue: true,
    });
    const submitted: MeasureFact = { type: "submitted_to_commission", at: at("2027-04-23T10:00:00") };
    expect(
      deriveMeasure(m, [ISSUED, placed, home, submitted], at("2027-04-27T00:00:00")).duties[1]?.doneAt,
    ).toEqual(submitted.at);
  });

  it("001 Art. 80(11): the Kazakhstan working calendar is the default", () => {
    const m = measure("special_education_referral");
    const home: MeasureFact = { type: "returned_home", at: at("2027-04-21T12:00:00") };
    expect(deriveMeasure(m, [ISSUED, placed, home], at("2027-04-22T00:00:00")).duties[1]?.dueAt).toEqual(
      at("2027-04-26T23:59:59.999"),
    );
  });

  it("001 Art. 81(11)(4): the special regime notifies the commission and the internal affairs body", () => {
    const m = measure("special_regime_referral");
    const codes = deriveMeasure(m, [ISSUED, placed], at("2026-05-01T00:00:00")).duties.map((d) => [
      d.code,
      d.article,
    ]);
    expect(codes).toEqual([
      ["special_regime_referral.release_notice_commission_on_minors", "001 Art. 81(11)(4)"],
      ["special_regime_referral.release_notice_internal_affairs", "001 Art. 81(11)(4)"],
    ]);
  });

  it("001 Art. 80(4): released early by the court — registered from that day, the release notice is moot", () => {
    const m = measure("special_education_referral");
    const early: MeasureFact = {
      type: "terminated",
      at: at("2026-10-01T10:00:00"),
      ground: "court_early_release",
    };
    const d = deriveMeasure(m, [ISSUED, placed, early], at("2026-10-02T00:00:00"));
    expect(d).toMatchObject({ status: "terminated", validUntil: "2026-10-01", duties: [] });
    expect(d.register).toMatchObject({ places: true, since: "2026-10-01" });
    const death: MeasureFact = { type: "terminated", at: at("2026-10-01T10:00:00"), ground: "death" };
    expect(deriveMeasure(m, [ISSUED, placed, death], at("2026-10-02T00:00:00")).register.places).toBe(false);
  });
});
