import { describe, expect, it } from "vitest";
import { checkParticipantEligibility, type NpmCandidate } from "./eligibility.ts";

const eligible: NpmCandidate = {
  categories: ["doctor"],
  citizenOfKazakhstan: true,
  permanentResidenceAbroad: false,
  unexpungedCriminalRecord: false,
  suspectOrAccused: false,
  legalCapacity: "full",
  offices: [],
  psychiatricOrNarcologicalRegistration: false,
  releasesFromCriminalLiability: [],
  dismissals: [],
  advocacyLicenceRevoked: false,
};

const codes = (c: Partial<NpmCandidate>): string[] =>
  checkParticipantEligibility({ ...eligible, ...c }).map((r) => `${r.code} ${r.article}`);

describe("participant eligibility (000 Arts. 26(3), 28)", () => {
  it("000 Art. 28: a doctor with none of the bars is eligible", () => {
    expect(checkParticipantEligibility(eligible)).toEqual([]);
  });

  it.each<[string, Partial<NpmCandidate>, string]>([
    [
      "000 Art. 26(3): no listed category",
      { categories: [] },
      "npm_participant.category_not_listed 000 Art. 26(3)",
    ],
    [
      "000 Art. 31(5): not a citizen",
      { citizenOfKazakhstan: false },
      "npm_participant.not_a_citizen 000 Art. 31(5)",
    ],
    [
      "000 Art. 31(4): permanent residence abroad",
      { permanentResidenceAbroad: true },
      "npm_participant.permanent_residence_abroad 000 Art. 31(4)",
    ],
    [
      "000 Art. 28(1)(1): criminal record not expunged",
      { unexpungedCriminalRecord: true },
      "npm_participant.criminal_record 000 Art. 28(1)(1)",
    ],
    [
      "000 Art. 28(1)(2): suspected or accused",
      { suspectOrAccused: true },
      "npm_participant.suspect_or_accused 000 Art. 28(1)(2)",
    ],
    [
      "000 Art. 28(1)(3): recognised incapable",
      { legalCapacity: "none" },
      "npm_participant.incapable_or_limited_capacity 000 Art. 28(1)(3)",
    ],
    [
      "000 Art. 28(1)(3): recognised of limited capacity",
      { legalCapacity: "limited" },
      "npm_participant.incapable_or_limited_capacity 000 Art. 28(1)(3)",
    ],
    [
      "000 Art. 28(1)(4): a judge",
      { offices: ["judge"] },
      "npm_participant.incompatible_office 000 Art. 28(1)(4)",
    ],
    [
      "000 Art. 28(1)(4): an advocate",
      { offices: ["advocate"] },
      "npm_participant.incompatible_office 000 Art. 28(1)(4)",
    ],
    [
      "000 Art. 28(1)(5): registered with a narcologist",
      { psychiatricOrNarcologicalRegistration: true },
      "npm_participant.psychiatric_or_narcological_registration 000 Art. 28(1)(5)",
    ],
    [
      "000 Art. 28(2): released under CPC Art. 36 for an intentional crime",
      { releasesFromCriminalLiability: [{ ground: "cpc_36", intentionalCrime: true }] },
      "npm_participant.released_from_criminal_liability 000 Art. 28(2)",
    ],
    [
      "000 Art. 28(2): dismissed from a law-enforcement body on negative grounds",
      { dismissals: [{ from: "law_enforcement_body", onNegativeGrounds: true }] },
      "npm_participant.dismissed_on_negative_grounds 000 Art. 28(2)",
    ],
    [
      "000 Art. 28(2): excluded from the bar on negative grounds",
      { dismissals: [{ from: "bar_association", onNegativeGrounds: true }] },
      "npm_participant.dismissed_on_negative_grounds 000 Art. 28(2)",
    ],
    [
      "000 Art. 28(2): deprived of the advocacy licence",
      { advocacyLicenceRevoked: true },
      "npm_participant.advocacy_licence_revoked 000 Art. 28(2)",
    ],
  ])("%s", (_name, patch, expected) => {
    expect(codes(patch)).toEqual([expected]);
  });

  it.each<[string, Partial<NpmCandidate>]>([
    [
      "000 Art. 28(2): release for a careless crime does not bar",
      { releasesFromCriminalLiability: [{ ground: "cpc_35_1_3", intentionalCrime: false }] },
    ],
    [
      "000 Art. 28(2): release on a ground not listed does not bar",
      { releasesFromCriminalLiability: [{ ground: "other", intentionalCrime: true }] },
    ],
    [
      "000 Art. 28(2): dismissal not on negative grounds does not bar",
      { dismissals: [{ from: "state_service", onNegativeGrounds: false }] },
    ],
    ["000 Art. 26(3): a lawyer (legal professional) is eligible", { categories: ["lawyer"] }],
  ])("%s", (_name, patch) => {
    expect(codes(patch)).toEqual([]);
  });

  it("000 Art. 28: every failed ground is returned, each with its article", () => {
    const all = checkParticipantEligibility({
      categories: [],
      citizenOfKazakhstan: false,
      permanentResidenceAbroad: true,
      unexpungedCriminalRecord: true,
      suspectOrAccused: true,
      legalCapacity: "none",
      offices: ["judge", "state_servant", "judge"],
      psychiatricOrNarcologicalRegistration: true,
      releasesFromCriminalLiability: [{ ground: "cpc_35_1_12", intentionalCrime: true }],
      dismissals: [{ from: "court", onNegativeGrounds: true }],
      advocacyLicenceRevoked: true,
    });
    expect(all.map((r) => r.article)).toEqual([
      "000 Art. 26(3)",
      "000 Art. 31(5)",
      "000 Art. 31(4)",
      "000 Art. 28(1)(1)",
      "000 Art. 28(1)(2)",
      "000 Art. 28(1)(3)",
      "000 Art. 28(1)(4)",
      "000 Art. 28(1)(4)",
      "000 Art. 28(1)(5)",
      "000 Art. 28(2)",
      "000 Art. 28(2)",
      "000 Art. 28(2)",
    ]);
    expect(
      all.filter((r) => r.code === "npm_participant.incompatible_office").map((r) => r.params?.office),
    ).toEqual(["judge", "state_servant"]);
    for (const r of all) expect(r.message).toContain("000 Art.");
  });
});
