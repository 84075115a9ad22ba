import { describe, expect, it } from "vitest";
import { sampleMeasureInput } from "../examples.ts";
import type { ConversationDetails } from "../measure-details.ts";
import type { MeasureInput } from "../measure-input.ts";
import { validateNewMeasure } from "../validate-measure.ts";

const today = "2026-04-10";
const MINOR = { kind: "person", birthDate: "2012-09-01" } as const;
const BEFORE_001 = new Date("2026-02-10T10:00:00+05:00");

function refusals(input: MeasureInput): Array<[string, string]> {
  const v = validateNewMeasure(input, { today });
  return v.ok ? [] : v.refusals.map((r) => [r.code, r.article]);
}

function conversation(details: ConversationDetails, extra: Partial<MeasureInput> = {}): MeasureInput {
  return { ...sampleMeasureInput("preventive_conversation"), details, ...extra } as MeasureInput;
}

describe("preventive conversation (001 Art. 50)", () => {
  it.each([
    ["001 Art. 50(4): online format", { place: "online", durationMinutes: 30 }],
    ["001 Art. 50(4): exactly one hour", { place: "residence", durationMinutes: 60 }],
    ["001 Art. 50(4): at the place of detection", { place: "place_of_detection", durationMinutes: 5 }],
  ] as const)("%s is allowed", (_name, details) => {
    expect(refusals(conversation(details))).toEqual([]);
  });

  it.each(["legal_representative", "parent", "teacher"] as const)(
    "001 Art. 50(5): a minor with a %s present is allowed",
    (who) => {
      expect(
        refusals(conversation({ place: "study", durationMinutes: 20, present: [who] }, { subject: MINOR })),
      ).toEqual([]);
    },
  );

  it.each([
    ["no place", { durationMinutes: 20 }, "preventive_conversation.place_missing", "001 Art. 50(4)"],
    ["no duration", { place: "work" }, "preventive_conversation.duration_missing", "001 Art. 50(4)"],
    [
      "zero minutes",
      { place: "work", durationMinutes: 0 },
      "preventive_conversation.duration_missing",
      "001 Art. 50(4)",
    ],
    [
      "61 minutes",
      { place: "work", durationMinutes: 61 },
      "preventive_conversation.duration_exceeds_one_hour",
      "001 Art. 50(4)",
    ],
  ] as const)("%s is refused", (_name, details, code, article) => {
    expect(refusals(conversation(details))).toEqual([[code, article]]);
  });

  it.each([[[]], [["relative", "other"]], [undefined]] as const)(
    "001 Art. 50(5): a minor without a legal representative or teacher (%j) is refused",
    (present) => {
      expect(
        refusals(conversation({ place: "study", durationMinutes: 20, present }, { subject: MINOR })),
      ).toEqual([["preventive_conversation.minor_without_representative_or_teacher", "001 Art. 50(5)"]]);
    },
  );

  it("the subject's age decides presence: the birth date is required", () => {
    expect(
      refusals(conversation({ place: "study", durationMinutes: 20 }, { subject: { kind: "person" } })),
    ).toEqual([["measure.birth_date_required", "001 Art. 50"]]);
  });

  it("000 Art. 19-3(3): before the commencement of 001 no online format", () => {
    const input = conversation({ place: "online", durationMinutes: 20 }, { issuedAt: BEFORE_001 });
    const v = validateNewMeasure(input, { today });
    expect(v.ok ? null : v.refusals[0]).toMatchObject({
      code: "preventive_conversation.place_not_permitted",
      article: "000 Art. 19-3(3)",
      params: { place: "online", version: "000" },
    });
  });

  it("000 Art. 19-3(5): before the commencement, the minor's presence rule cites 000", () => {
    const input = conversation(
      { place: "study", durationMinutes: 20 },
      { issuedAt: BEFORE_001, subject: MINOR },
    );
    expect(refusals(input)).toEqual([
      ["preventive_conversation.minor_without_representative_or_teacher", "000 Art. 19-3(5)"],
    ]);
  });
});
