import { describe, expect, it } from "vitest";
import { deriveMeasure } from "./derive-measure.ts";
import { sampleMeasureInput } from "./examples.ts";
import type { MeasureFact } from "./facts.ts";
import type { MeasureKind } from "./kinds.ts";
import type { MeasureInput, NormalizedMeasure } from "./measure-input.ts";
import { validateNewMeasure } from "./validate-measure.ts";

/** An instant in Almaty time. */
const at = (local: string): Date => new Date(`${local}+05:00`);

function measure(kind: MeasureKind, patch: object = {}): NormalizedMeasure {
  const v = validateNewMeasure({ ...sampleMeasureInput(kind), ...patch } as MeasureInput, {
    today: "2026-04-10",
  });
  if (!v.ok) throw new Error(JSON.stringify(v.refusals));
  return v.value;
}

const ISSUED: MeasureFact = { type: "issued", at: at("2026-04-10T10:00:00") };

describe("official warning (001 Art. 51)", () => {
  const m = measure("official_warning");
  const served: MeasureFact = { type: "served", at: at("2026-04-12T09:00:00"), channel: "in_person" };

  it("a draft has no status beyond draft, no duties, no register placement yet", () => {
    const d = deriveMeasure(m, [], at("2026-04-10T11:00:00"));
    expect(d).toMatchObject({ status: "draft", awaiting: null, issuedAt: null, duties: [], control: null });
    expect(d.register).toEqual({
      places: false,
      ground: "59.2.5_official_warning",
      article: "001 Art. 51(4)",
      since: null,
    });
  });

  it("001 Art. 51(5): issued but not served, it waits for service", () => {
    const d = deriveMeasure(m, [ISSUED], at("2026-04-10T11:00:00"));
    expect(d).toMatchObject({ status: "issued", awaiting: "service", validFrom: null, validUntil: null });
    expect(d.signature).toBe("pending");
  });

  it("001 Art. 51(5): served on 12 April → valid until 12 May", () => {
    const d = deriveMeasure(m, [ISSUED, served], at("2026-04-20T10:00:00"));
    expect(d).toMatchObject({
      status: "active",
      validFrom: "2026-04-12",
      validUntil: "2026-05-12",
      awaiting: null,
    });
    expect(d.servedAt).toEqual(served.at);
    expect(deriveMeasure(m, [ISSUED, served], at("2026-05-12T23:00:00")).status).toBe("active");
    expect(deriveMeasure(m, [ISSUED, served], at("2026-05-13T00:00:00")).status).toBe("expired");
  });

  it.each([
    ["2026-04-11T09:59:00", undefined, { overdue: false, late: false }],
    ["2026-04-11T10:00:01", undefined, { overdue: true, late: false }],
    ["2026-04-12T10:00:00", "2026-04-11T09:00:00", { overdue: false, late: false }],
    ["2026-04-12T10:00:00", "2026-04-11T11:00:00", { overdue: false, late: true }],
  ])(
    "001 Art. 51(3): prosecutor's copy due 24 hours after issue — at %s, sent %s",
    (asOf, sent, expected) => {
      const facts: MeasureFact[] = [ISSUED];
      if (sent) facts.push({ type: "prosecutor_notified", at: at(sent) });
      const [duty] = deriveMeasure(m, facts, at(asOf)).duties;
      expect(duty).toMatchObject({
        code: "official_warning.prosecutor_copy",
        article: "001 Art. 51(3)",
        dueAt: at("2026-04-11T10:00:00"),
        liability: false,
        ...expected,
      });
    },
  );

  it("001 Art. 51(6): checks at least twice a month — next due 14 days after service, then after each check", () => {
    const none = deriveMeasure(m, [ISSUED, served], at("2026-04-20T10:00:00")).control;
    expect(none).toMatchObject({
      nextDue: "2026-04-26",
      overdue: false,
      frequency: { per: "month", times: 2 },
    });
    expect(none?.article).toBe("001 Art. 51(6)");
    const late = deriveMeasure(m, [ISSUED, served], at("2026-04-28T10:00:00")).control;
    expect(late).toMatchObject({ nextDue: "2026-04-26", overdue: true, missed: ["2026-04-26"] });
    const checked = deriveMeasure(
      m,
      [ISSUED, served, { type: "control_check", at: at("2026-04-25T15:00:00"), outcome: "complied" }],
      at("2026-04-28T10:00:00"),
    ).control;
    expect(checked).toMatchObject({ nextDue: "2026-05-09", overdue: false, checksDone: 1 });
  });

  it("facts of the same instant keep their recorded order", () => {
    const copy: MeasureFact = { type: "prosecutor_notified", at: ISSUED.at };
    const d = deriveMeasure(m, [ISSUED, copy], at("2026-04-12T00:00:00"));
    expect(d.duties[0]).toMatchObject({ doneAt: ISSUED.at, overdue: false, late: false });
  });

  it("001 Art. 51(6): after expiry a missed check is history, not overdue", () => {
    const d = deriveMeasure(m, [ISSUED, served], at("2026-05-20T10:00:00"));
    expect(d.status).toBe("expired");
    expect(d.control).toMatchObject({ overdue: false, missed: ["2026-04-26"] });
  });

  it("001 Art. 51(2): the signature or its refusal", () => {
    const signed: MeasureFact = { type: "signed", at: at("2026-04-12T09:05:00") };
    const refused: MeasureFact = { type: "signature_refused", at: at("2026-04-12T09:05:00") };
    expect(deriveMeasure(m, [ISSUED, served, signed], at("2026-04-13T00:00:00")).signature).toBe("signed");
    expect(deriveMeasure(m, [ISSUED, served, refused], at("2026-04-13T00:00:00")).signature).toBe("refused");
  });

  it("001 Arts. 51(4), 59(2)(5): the person is placed on the register from issue", () => {
    const d = deriveMeasure(m, [ISSUED], at("2026-04-10T11:00:00"));
    expect(d.register).toEqual({
      places: true,
      ground: "59.2.5_official_warning",
      article: "001 Art. 51(4)",
      since: "2026-04-10",
    });
  });

  it("001 Art. 51(7): violations are counted", () => {
    const v: MeasureFact = { type: "violation", at: at("2026-04-15T20:00:00"), protocol: "AP-1" };
    expect(
      deriveMeasure(
        m,
        [ISSUED, served, v, { ...v, at: at("2026-04-16T20:00:00") }],
        at("2026-04-17T00:00:00"),
      ).violations,
    ).toBe(2);
  });

  it("001 Art. 59(8)(1): terminated early — the validity ends that day, control stops being overdue", () => {
    const t: MeasureFact = { type: "terminated", at: at("2026-04-20T12:00:00"), ground: "early_correction" };
    const d = deriveMeasure(m, [ISSUED, served, t], at("2026-05-01T10:00:00"));
    expect(d).toMatchObject({
      status: "terminated",
      validUntil: "2026-04-20",
      termination: { at: t.at, ground: "early_correction" },
    });
    expect(d.control?.overdue).toBe(false);
    expect(d.duties).toHaveLength(1);
  });

  it("001 Art. 48(4): an appeal pending, upheld, or annulling the warning", () => {
    const appealed: MeasureFact = { type: "appealed", at: at("2026-04-13T10:00:00") };
    expect(deriveMeasure(m, [ISSUED, served, appealed], at("2026-04-14T00:00:00")).appeal).toBe("pending");
    const upheld: MeasureFact = { type: "appeal_decided", at: at("2026-04-20T10:00:00"), outcome: "upheld" };
    expect(deriveMeasure(m, [ISSUED, served, appealed, upheld], at("2026-04-21T00:00:00"))).toMatchObject({
      appeal: "upheld",
      status: "active",
    });
    const annulled: MeasureFact = {
      type: "appeal_decided",
      at: at("2026-04-20T10:00:00"),
      outcome: "annulled",
    };
    const d = deriveMeasure(m, [ISSUED, served, appealed, annulled], at("2026-04-21T00:00:00"));
    expect(d).toMatchObject({
      status: "annulled",
      appeal: "annulled",
      validUntil: "2026-04-20",
      termination: null,
    });
    expect(d.register.places).toBe(false);
  });

  it("a correction: the service superseded and recorded again moves the validity", () => {
    const facts: MeasureFact[] = [
      ISSUED,
      served,
      { type: "superseded", at: at("2026-04-14T10:00:00"), supersedes: 1 },
      { type: "served", at: at("2026-04-13T09:00:00"), channel: "in_person" },
    ];
    expect(deriveMeasure(m, facts, at("2026-04-20T00:00:00")).validUntil).toBe("2026-05-13");
  });
});

describe("protective order (001 Art. 60)", () => {
  const m = measure("protective_order");
  const delivered: MeasureFact = { type: "served", at: at("2026-04-10T12:00:00"), channel: "in_person" };

  it("001 Art. 60(5): thirty days from delivery, checks at least once every seven days", () => {
    const d = deriveMeasure(m, [ISSUED, delivered], at("2026-04-18T10:00:00"));
    expect(d).toMatchObject({ status: "active", validFrom: "2026-04-10", validUntil: "2026-05-10" });
    expect(d.control).toMatchObject({ nextDue: "2026-04-17", overdue: true, article: "001 Art. 60(5)" });
  });

  it("001 Art. 60(1): the victim's copy is due on the day of issuance", () => {
    const open = deriveMeasure(m, [ISSUED, delivered], at("2026-04-10T23:00:00")).duties[0];
    expect(open).toMatchObject({
      code: "protective_order.victim_copy",
      article: "001 Art. 60(1)",
      overdue: false,
    });
    expect(open?.dueAt).toEqual(at("2026-04-10T23:59:59.999"));
    expect(deriveMeasure(m, [ISSUED, delivered], at("2026-04-11T00:00:00")).duties[0]?.overdue).toBe(true);
    const copy: MeasureFact = { type: "notice_sent", at: at("2026-04-10T15:00:00"), to: "victim" };
    expect(deriveMeasure(m, [ISSUED, delivered, copy], at("2026-04-11T00:00:00")).duties[0]).toMatchObject({
      doneAt: copy.at,
      overdue: false,
    });
  });

  it("001 Arts. 59(10), 60(5): a likelihood assessment may raise, not lower, the frequency", () => {
    const facts = [ISSUED, delivered];
    const raised = deriveMeasure(m, facts, at("2026-04-11T10:00:00"), {
      controlFrequency: { per: "days", days: 3, times: 1 },
    });
    expect(raised.control).toMatchObject({ nextDue: "2026-04-13", article: "001 Art. 59(10)" });
    const lowered = deriveMeasure(m, facts, at("2026-04-11T10:00:00"), {
      controlFrequency: { per: "month", times: 1 },
    });
    expect(lowered.control).toMatchObject({ nextDue: "2026-04-17", article: "001 Art. 60(5)" });
  });

  it("001 Arts. 60(7), 59(2)(1): the subject is placed on the register", () => {
    expect(deriveMeasure(m, [ISSUED], at("2026-04-10T11:00:00")).register.ground).toBe(
      "59.2.1_protective_order",
    );
  });
});

describe("statutory notice (001 Art. 57)", () => {
  const m = measure("statutory_notice");
  const received: MeasureFact = { type: "served", at: at("2026-04-30T11:00:00"), channel: "registered_mail" };

  it("001 Art. 57(2): not yet received — no duty runs", () => {
    expect(deriveMeasure(m, [ISSUED], at("2026-05-01T00:00:00"))).toMatchObject({
      status: "issued",
      duties: [],
      awaiting: "service",
    });
  });

  it("001 Art. 57(2): received on 30 April, the answer is due by the end of 30 May", () => {
    const d = deriveMeasure(m, [ISSUED, received], at("2026-05-30T23:00:00"));
    expect(d).toMatchObject({ status: "served", awaiting: "answer", liabilityCase: false });
    expect(d.duties[0]).toMatchObject({
      code: "statutory_notice.answer",
      dueAt: at("2026-05-30T23:59:59.999"),
      overdue: false,
    });
    expect(d.register).toEqual({ places: false, ground: null, article: null, since: null });
    expect(d.signature).toBe("not_required");
  });

  it("001 Art. 57(3): no answer after the month is a liability case", () => {
    const d = deriveMeasure(m, [ISSUED, received], at("2026-05-31T00:00:00"));
    expect(d.duties[0]).toMatchObject({ overdue: true, liability: true });
    expect(d.liabilityCase).toBe(true);
  });

  it.each([
    ["2026-05-20T10:00:00", false],
    ["2026-06-02T10:00:00", true],
  ])("001 Art. 57(2)-(3): answered %s → completed, liability %s", (answeredAt, liability) => {
    const d = deriveMeasure(
      m,
      [ISSUED, received, { type: "answer_received", at: at(answeredAt) }],
      at("2026-06-05T00:00:00"),
    );
    expect(d).toMatchObject({
      status: "completed",
      liabilityCase: liability,
      validUntil: answeredAt.slice(0, 10),
    });
  });
});
