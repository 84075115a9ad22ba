import { describe, expect, it } from "vitest";
import { factTypesOf, MEASURE_FACT_TYPES, MEASURE_KINDS, rulesFor } from "@aldyn/law";
import {
  MANUAL_MEASURE_FACT_TYPES,
  MEASURE_FACT_FIELDS,
  MEASURE_FACT_TYPE_IDS,
  type MeasureFactCreate,
  type MeasureFactField,
} from "@aldyn/contract";
import { AppError } from "../../errors/app-error.ts";
import { factFromBody } from "./measure-codec.ts";

/** A valid value of each own field of a fact (closed lists take one of the law's identifiers). */
const SAMPLE: Record<MeasureFactField, string | number> = {
  channel: "in_person",
  witnessedBy: "Witness",
  to: "victim",
  outcome: "complied",
  place: "At home",
  protocol: "P-1",
  until: "2026-06-30",
  validUntil: "2026-06-30",
  ground: "revoked",
  reference: "Court 1",
  supersedes: 1,
};
const outcomeOf = (type: string) => (type === "appeal_decided" ? "upheld" : SAMPLE.outcome);

function body(type: string, fields: readonly MeasureFactField[]): MeasureFactCreate {
  const b: Record<string, unknown> = { version: 1, type, at: "2026-04-10T10:00:00+05:00" };
  for (const f of fields) b[f] = f === "outcome" ? outcomeOf(type) : SAMPLE[f];
  return b as MeasureFactCreate;
}

describe("the contract's fact types and fields follow the law and the codec", () => {
  it("the contract lists the law's fact types; every one but `issued` is recorded by hand", () => {
    expect([...MEASURE_FACT_TYPE_IDS]).toEqual([...MEASURE_FACT_TYPES]);
    expect(Object.keys(MEASURE_FACT_FIELDS).sort()).toEqual([...MANUAL_MEASURE_FACT_TYPES].sort());
  });

  it("every kind's facts (the measure's `factTypes`) are manual fact types, corrections included", () => {
    for (const kind of MEASURE_KINDS) {
      const offered = factTypesOf(rulesFor(kind)).filter((f) => f !== "issued");
      expect(MANUAL_MEASURE_FACT_TYPES).toEqual(expect.arrayContaining(offered));
      expect(offered).toContain("superseded");
    }
  });

  it.each(MANUAL_MEASURE_FACT_TYPES)("%s: accepted with its required fields, its own fields kept", (type) => {
    const { required, optional } = MEASURE_FACT_FIELDS[type];
    const { fact, data } = factFromBody(body(type, [...required, ...optional]));
    expect(fact.type).toBe(type);
    expect(Object.keys(data).sort()).toEqual([...required, ...optional].sort());
    expect(factFromBody(body(type, required)).fact.type).toBe(type);
  });

  it.each(
    MANUAL_MEASURE_FACT_TYPES.flatMap((type) =>
      MEASURE_FACT_FIELDS[type].required.map((field) => [type, field] as const),
    ),
  )("%s without %s is a 400 naming the field", (type, field) => {
    const without = MEASURE_FACT_FIELDS[type].required.filter((f) => f !== field);
    let error: unknown;
    try {
      factFromBody(body(type, without));
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(AppError);
    expect(error).toMatchObject({ code: "validation.failed", field });
  });
});
