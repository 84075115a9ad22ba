import { describe, expect, it } from "vitest";
import { MEASURE_KIND_IDS, MeasureCreate } from "./measures.ts";
import { hasPrintedForm, PRINTED_MEASURE_KINDS } from "./printed-forms.ts";

const order = (details: Record<string, unknown>) => ({
  kind: "protective_order",
  personId: "0b6f3a52-6a8e-4f43-9a55-3a3f1f0c2b11",
  issuedAt: "2026-04-10T10:00:00+05:00",
  details,
});

describe("MeasureCreate: a protective order's victims (001 Art. 60(4))", () => {
  it("accepts named victims, with or without a register id and address, and an order without any (the law refuses that one)", () => {
    const victims = [
      { fullName: "Сейтқали Әйгерім", personId: "6c1f1e2a-3b0e-4c55-8a41-5b9f7c2d1e00", address: "Астана" },
      { fullName: "Сейтқали Ерлан" },
    ];
    expect(MeasureCreate.safeParse(order({ victims })).success).toBe(true);
    expect(MeasureCreate.safeParse(order({})).success).toBe(true);
  });

  it("reports a malformed victim at its path inside the body", () => {
    const r = MeasureCreate.safeParse(
      order({ victims: [{ fullName: "A" }, { fullName: "B", personId: "x" }] }),
    );
    expect(r.success).toBe(false);
    expect(r.error?.issues.map((i) => i.path.join("."))).toEqual(["details.victims.1.personId"]);
    expect(MeasureCreate.safeParse(order({ victims: "Әйгерім" })).success).toBe(false);
  });

  it("leaves other kinds' details to the law", () => {
    expect(MeasureCreate.safeParse({ ...order({ victims: "x" }), kind: "official_warning" }).success).toBe(
      true,
    );
  });
});

describe("MeasureCreate: the statutory notice's organisation (001 Art. 57(1))", () => {
  it("carries the organisation's address", () => {
    const body = {
      kind: "statutory_notice",
      organisation: {
        name: "«Құлагер» ЖШС",
        headOrOfficial: "Director",
        address: "Астана, Қабанбай батыр, 5",
      },
      issuedAt: "2026-04-10T10:00:00+05:00",
    };
    const r = MeasureCreate.safeParse(body);
    expect(r.success && r.data.organisation?.address).toBe("Астана, Қабанбай батыр, 5");
  });
});

describe("printed forms (R11.5)", () => {
  it("are kinds of the contract and say which kinds have one", () => {
    for (const k of PRINTED_MEASURE_KINDS) expect(MEASURE_KIND_IDS).toContain(k);
    expect(hasPrintedForm("protective_order")).toBe(true);
    expect(hasPrintedForm("preventive_conversation")).toBe(false);
  });
});
