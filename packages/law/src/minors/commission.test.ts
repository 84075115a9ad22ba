import { describe, expect, it } from "vitest";
import {
  checkCommission,
  checkComposition,
  COMMISSION_LEVELS,
  COMMISSION_REPRESENTS,
  compositionGaps,
  parentLevelOf,
  parentLevelsFor,
  type CompositionMember,
} from "./commission.ts";

const codes = (r: { code: string }[]) => r.map((x) => x.code);

describe("commission levels and hierarchy (001 Art. 79(2),(3), 79(6)(4))", () => {
  it("79(2),(3): interdepartmental, regional, city, district and settlement commissions", () => {
    expect([...COMMISSION_LEVELS]).toEqual(["interdepartmental", "region", "city", "district", "settlement"]);
  });

  it('79(6)(4) "coordinate and monitor the activities of lower-level commissions": the commission above each level', () => {
    expect(parentLevelOf("interdepartmental")).toEqual([]);
    expect(parentLevelOf("region")).toEqual(["interdepartmental"]);
    expect(parentLevelOf("city")).toContain("interdepartmental");
    expect(parentLevelOf("district")).toEqual(["region", "city"]);
    expect(parentLevelOf("settlement")).toEqual(["district", "city"]);
    // A city of republican significance answers to the interdepartmental commission, a city of
    // regional significance (a district-level territory) to its region's.
    expect(parentLevelsFor("city", "region")).toEqual(["interdepartmental"]);
    expect(parentLevelsFor("city", "district")).toEqual(["region"]);
  });

  const ok: Parameters<typeof checkCommission>[0] = {
    level: "district",
    territoryLevel: "district",
    parentLevel: "region",
    settlementName: null,
    maslikhatApproval: null,
  };

  it("a district commission under the akimat, below its region's: allowed", () => {
    expect(checkCommission(ok)).toEqual([]);
    expect(checkCommission({ ...ok, parentLevel: null })).toEqual([]);
    expect(
      checkCommission({ ...ok, level: "interdepartmental", territoryLevel: "country", parentLevel: null }),
    ).toEqual([]);
  });

  it.each<[string, Partial<typeof ok>, string, string]>([
    [
      "79(2): a region commission at a district",
      { level: "region", parentLevel: "interdepartmental" },
      "minors_commission.level_territory",
      "001 Art. 79(2)",
    ],
    [
      "79(2): the interdepartmental commission at a region",
      { level: "interdepartmental", territoryLevel: "region", parentLevel: null },
      "minors_commission.level_territory",
      "001 Art. 79(2)",
    ],
    [
      "79(6)(4): a district commission below another district's",
      { parentLevel: "district" },
      "minors_commission.parent_level",
      "001 Art. 79(6)(4)",
    ],
    [
      "79(6)(4): the interdepartmental commission has none above",
      { level: "interdepartmental", territoryLevel: "country", parentLevel: "region" },
      "minors_commission.parent_level",
      "001 Art. 79(6)(4)",
    ],
    [
      "79(3): only a settlement commission names a settlement",
      { settlementName: "Akkol" },
      "minors_commission.settlement_name_required",
      "001 Art. 79(3)",
    ],
  ])("%s", (_name, change, code, article) => {
    const r = checkCommission({ ...ok, ...change });
    expect(codes(r)).toEqual([code]);
    expect(r[0]!.article).toBe(article);
  });

  // 79(3): "a commission may be established under the akim of a settlement … The decision to establish
  // settlement … commissions shall be made by the city or district akimat, and the personal composition
  // shall be approved by the maslikhat of the respective city or district."
  it("79(3): a settlement commission names its settlement and records the maslikhat's approval", () => {
    const s = { ...ok, level: "settlement" as const, parentLevel: "district" as const };
    expect(codes(checkCommission(s))).toEqual([
      "minors_commission.settlement_name_required",
      "minors_commission.settlement_approval_required",
    ]);
    expect(
      checkCommission({ ...s, settlementName: "Akkol", maslikhatApproval: "Maslikhat decision No. 12" }),
    ).toEqual([]);
  });
});

const m = (
  role: CompositionMember["role"],
  represents: CompositionMember["represents"],
  extra: Partial<CompositionMember> = {},
): CompositionMember => ({
  role,
  represents,
  active: true,
  ...extra,
});

describe("composition (001 Art. 79(4),(5))", () => {
  const base: CompositionMember[] = [
    m("chair", "akimat", { chairIsDeputyAkim: true }),
    m("deputy_chair", "internal_affairs"),
    m("member", "education"),
    m("secretary", "akimat", { userId: "u-sec" }),
  ];

  it('79(4) "a chairperson, deputy chairperson, members of the commission, and a secretary": one of each position', () => {
    expect(checkComposition(base, "district")).toEqual([]);
    expect(
      codes(checkComposition([...base, m("chair", "akimat", { chairIsDeputyAkim: true })], "district")),
    ).toEqual(["minors_commission.one_chair"]);
    expect(codes(checkComposition([...base, m("deputy_chair", "education")], "district"))).toEqual([
      "minors_commission.one_deputy_chair",
    ]);
    expect(codes(checkComposition([...base, m("secretary", "akimat")], "district"))).toEqual([
      "minors_commission.one_secretary",
    ]);
    // An ended member holds no position: a new secretary replaces the old one.
    expect(checkComposition([...base, m("secretary", "akimat", { active: false })], "district")).toEqual([]);
  });

  it('79(4) "The chairperson of the commission shall be the deputy akim … except for settlement … commissions, which shall be headed by the akim"', () => {
    const noAkim = [m("chair", "education", { chairIsDeputyAkim: false }), ...base.slice(1)];
    const r = checkComposition(noAkim, "district");
    expect(codes(r)).toEqual(["minors_commission.chair_position"]);
    expect(r[0]!.article).toBe("001 Art. 79(4)");
    expect(checkComposition(noAkim, "settlement")[0]!.message).toMatch(/akim of the settlement/);
  });

  it('79(4) "It shall be prohibited to assign any other functional duties to the secretary"', () => {
    expect(codes(checkComposition([...base, m("member", "other", { userId: "u-sec" })], "district"))).toEqual(
      ["minors_commission.secretary_other_duties"],
    );
  });

  it("79(5): the gaps are the positions with no holder and the bodies no member represents", () => {
    const g = compositionGaps(base, "district");
    expect(g.missingRoles).toEqual([]);
    expect(g.missingBodies).toContain("maslikhat");
    expect(g.missingBodies).toContain("family_support_centre");
    expect(g.missingBodies).not.toContain("education");
    expect(g.missingBodies).not.toContain("akimat");
    expect(compositionGaps([], "district").missingRoles).toEqual([
      "chair",
      "deputy_chair",
      "member",
      "secretary",
    ]);
    // The interdepartmental commission has no "respective maslikhat" nor "regional" ombudspersons.
    expect(compositionGaps([], "interdepartmental").missingBodies).not.toContain("maslikhat");
    const full = COMMISSION_REPRESENTS.map((r) => m("member", r));
    expect(compositionGaps(full, "district").missingBodies).toEqual([]);
  });
});
