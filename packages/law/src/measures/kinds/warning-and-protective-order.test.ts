import { describe, expect, it } from "vitest";
import { sampleMeasureInput } from "../examples.ts";
import { ISSUER_KINDS } from "../kinds.ts";
import type { ProtectiveOrderDetails } from "../measure-details.ts";
import type { MeasureInput, NormalizedMeasure } from "../measure-input.ts";
import { addCalendarDays, legalDateOf } from "../../calendar/legal-date.ts";
import { deriveMeasure } from "../derive-measure.ts";
import { validateNewMeasure } from "../validate-measure.ts";

const today = "2026-04-10";

function refusals(input: MeasureInput): Array<[string, string, string | undefined]> {
  const v = validateNewMeasure(input, { today });
  return v.ok ? [] : v.refusals.map((r) => [r.code, r.article, r.field]);
}

const PO = sampleMeasureInput("protective_order");
function order(details: Partial<ProtectiveOrderDetails>, extra: Partial<MeasureInput> = {}): MeasureInput {
  return { ...PO, details: { ...PO.details, ...details }, ...extra } as MeasureInput;
}

describe("official warning (001 Art. 51)", () => {
  it.each(ISSUER_KINDS.filter((k) => k !== "court"))("001 Art. 51(1): issued by %s", (issuerKind) => {
    expect(refusals({ ...sampleMeasureInput("official_warning"), issuerKind })).toEqual([]);
  });

  it("001 Art. 51(1): not by a court", () => {
    expect(refusals({ ...sampleMeasureInput("official_warning"), issuerKind: "court" })).toEqual([
      ["measure.issuer_not_competent", "001 Art. 51(1)", "issuerKind"],
    ]);
  });
});

describe("protective order (001 Art. 60)", () => {
  it.each([
    "police_head",
    "police_district_inspector",
    "police_juvenile_inspector",
    "police_domestic_violence_inspector",
  ] as const)("001 Art. 60(1): issued by %s", (issuerKind) => {
    expect(refusals({ ...PO, issuerKind })).toEqual([]);
  });

  it.each(ISSUER_KINDS.filter((k) => !k.startsWith("police_") || k === "police_officer"))(
    "001 Art. 60(1): not by %s",
    (issuerKind) => {
      expect(refusals({ ...PO, issuerKind })).toEqual([
        ["measure.issuer_not_competent", "001 Art. 60(1)", "issuerKind"],
      ]);
    },
  );

  it("001 Art. 60(2): a person who turns sixteen on the day of issuance may be subject", () => {
    expect(refusals(order({}, { subject: { kind: "person", birthDate: "2010-04-10" } }))).toEqual([]);
  });

  it("001 Art. 60(2): a person of fifteen is refused", () => {
    const v = validateNewMeasure(order({}, { subject: { kind: "person", birthDate: "2010-04-11" } }), {
      today,
    });
    expect(v.ok ? null : v.refusals).toEqual([
      expect.objectContaining({
        code: "protective_order.subject_under_16",
        article: "001 Art. 60(2)",
        params: { age: 15 },
      }),
    ]);
  });

  it.each([false, undefined])("001 Art. 60(2): a subject not stated sane (%s) is refused", (subjectSane) => {
    expect(refusals(order({ subjectSane }))).toEqual([
      ["protective_order.subject_not_sane", "001 Art. 60(2)", "details.subjectSane"],
    ]);
  });

  it.each([[[]], [["visiting_victim"]], [["violence", "confiscation"]], [undefined]])(
    "001 Art. 60(3): prohibitions %j are refused",
    (prohibitions) => {
      expect(refusals(order({ prohibitions } as Partial<ProtectiveOrderDetails>))).toEqual([
        ["protective_order.prohibitions_invalid", "001 Art. 60(3)", "details.prohibitions"],
      ]);
    },
  );

  it("001 Art. 60(3): every prohibition of the article together is allowed", () => {
    const prohibitions = [
      "violence",
      "searching_for_victim",
      "pursuing_victim",
      "visiting_victim",
      "oral_or_phone_conversations",
      "contact_by_other_means",
    ] as const;
    expect(refusals(order({ prohibitions }))).toEqual([]);
  });

  it.each([
    ["placeOfIssue", ""],
    ["placeOfViolence", "  "],
    ["timeOfViolence", undefined],
    ["circumstances", undefined],
    ["consequencesStated", false],
    ["appealRightStated", undefined],
  ] as const)("001 Art. 60(4): the order must indicate %s", (key, value) => {
    expect(refusals(order({ [key]: value }))).toEqual([
      ["protective_order.content_missing", "001 Art. 60(4)", `details.${key}`],
    ]);
  });

  it("001 Art. 60(1), (4): the victim named on the order is accepted, several too", () => {
    expect(
      refusals(order({ victims: [{ fullName: "Сейтқали Әйгерім" }, { fullName: "Сейтқали Ерлан" }] })),
    ).toEqual([]);
  });

  // 60(1): "In order to ensure the safety of the victim ... A copy of the protective order shall be
  // provided to the victim against signature on the day of its issuance"; 60(4): the order indicates
  // "the established restrictions in relations with the victim". A new order names at least one.
  it.each([[undefined], [[]]])(
    "001 Art. 60(1), (4): a new order without a victim (%j) is refused",
    (victims) => {
      const v = validateNewMeasure(order({ victims }), { today });
      expect(v.ok ? null : v.refusals).toEqual([
        expect.objectContaining({
          code: "protective_order.victim_missing",
          article: "001 Art. 60(1), (4)",
          field: "details.victims",
        }),
      ]);
      expect(v.ok ? "" : v.refusals[0]!.message).toContain("001 Art. 60(1), (4)");
    },
  );

  it("001 Art. 60(1), (4): one victim, linked to the register or not, with or without address, suffices", () => {
    expect(refusals(order({ victims: [{ fullName: "Сейтқали Әйгерім" }] }))).toEqual([]);
    expect(
      refusals(order({ victims: [{ fullName: "Сейтқали Әйгерім", personId: "p-1", address: "Астана" }] })),
    ).toEqual([]);
  });

  it("an order recorded before victims were kept still derives its term, control and duties", () => {
    const v = validateNewMeasure(PO, { today });
    if (!v.ok) throw new Error(JSON.stringify(v.refusals));
    const { victims: _dropped, ...older } = v.value.details as ProtectiveOrderDetails;
    const stored = { ...v.value, details: older } as NormalizedMeasure;
    const issued = { type: "issued", at: PO.issuedAt } as const;
    const served = { type: "served", at: PO.issuedAt, channel: "in_person" } as const;
    const d = deriveMeasure(stored, [issued, served], PO.issuedAt);
    expect(d).toMatchObject({ status: "active", validUntil: addCalendarDays(legalDateOf(PO.issuedAt), 30) });
    expect(d.duties.map((x) => x.code)).toEqual(["protective_order.victim_copy"]);
  });

  it.each([[[{ fullName: "  " }]], [[{ fullName: "Сейтқали Әйгерім" }, { personId: "p-1" }]]])(
    "001 Art. 60(4): a protected person without a name is refused (%j)",
    (victims) => {
      const v = validateNewMeasure(order({ victims } as Partial<ProtectiveOrderDetails>), { today });
      expect(v.ok ? null : v.refusals).toEqual([
        expect.objectContaining({
          code: "protective_order.content_missing",
          article: "001 Art. 60(4)",
          field: "details.victims",
          params: { item: "victims", index: victims.length - 1 },
        }),
      ]);
      expect(v.ok ? "" : v.refusals[0]!.message).toContain("001 Art. 60(4)");
    },
  );

  it("001 Art. 60(2)-(4): an empty order lists every missing item at once", () => {
    const v = validateNewMeasure({ ...PO, details: undefined }, { today });
    expect(v.ok ? [] : v.refusals.map((r) => r.code)).toEqual([
      "protective_order.subject_not_sane",
      "protective_order.prohibitions_invalid",
      ...Array(6).fill("protective_order.content_missing"),
      "protective_order.victim_missing",
    ]);
  });
});
