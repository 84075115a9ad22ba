import { describe, expect, it } from "vitest";
import { SUPERVISION_RESTRICTIONS, validateSupervisionEstablishment } from "./restrictions.ts";

describe("restrictions and establishment (001 Arts. 64-65)", () => {
  it("001 Art. 65(2)(1)-(5): five restrictions in the order of the text", () => {
    expect(SUPERVISION_RESTRICTIONS.map((r) => r.article)).toEqual(
      [1, 2, 3, 4, 5].map((n) => `001 Art. 65(2)(${n})`),
    );
    expect(SUPERVISION_RESTRICTIONS.map((r) => r.id)).toEqual([
      "65.2.1_leaving_dwelling_at_set_times",
      "65.2.2_being_in_set_places",
      "65.2.3_travel_outside_district",
      "65.2.4_contact_with_minors",
      "65.2.5_alcohol_or_drugs",
    ]);
  });
  const ok: Parameters<typeof validateSupervisionEstablishment>[0] = {
    establishedBy: "court",
    submittedBy: "penitentiary_institution_head",
    sentencedToImprisonment: true,
    restrictions: ["65.2.1_leaving_dwelling_at_set_times", "65.2.5_alcohol_or_drugs"],
  };
  it.each<[string, Partial<typeof ok>, string[]]>([
    ["001 Art. 65(1)(1): court on the penitentiary head's submission", {}, []],
    [
      "001 Art. 65(1)(2): court on the police head's submission",
      { submittedBy: "internal_affairs_head" },
      [],
    ],
    [
      "001 Arts. 64(1), 65(2): at least one restriction",
      { restrictions: [] },
      ["supervision.restrictions_empty"],
    ],
    ["001 Art. 64(1): only a judge", { establishedBy: "police_head" }, ["supervision.not_by_judge"]],
    [
      "001 Art. 65(1): not on a prosecutor's submission",
      { submittedBy: "prosecutor" },
      ["supervision.submitter_not_competent"],
    ],
    [
      "001 Art. 64(2): only persons sentenced to imprisonment",
      { sentencedToImprisonment: false },
      ["supervision.not_sentenced_to_imprisonment"],
    ],
    [
      "001 Art. 65(2): nothing outside the list",
      { restrictions: ["curfew", "65.2.1_leaving_dwelling_at_set_times"] },
      ["supervision.restriction_unknown"],
    ],
  ])("%s", (_n, input, expected) => {
    expect(validateSupervisionEstablishment({ ...ok, ...input }).map((r) => r.code)).toEqual(expected);
  });
});
