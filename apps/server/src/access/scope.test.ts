import { describe, expect, it } from "vitest";
import type { Resource } from "./resources.ts";
import type { Actor, Role } from "./roles.ts";
import {
  bodyRestriction,
  overseersOf,
  reachableBodies,
  canSeePersonalFields,
  redactPersonal,
  territoryFilter,
  territoryLikePattern,
  territoryScope,
} from "./scope.ts";

function actor(
  roles: Role[],
  territoryPath: string,
  territoryLevel: Actor["territoryLevel"],
  bodyId = "b1",
): Actor {
  return { userId: "u", roles, bodyId, territoryPath, territoryLevel };
}

describe("territoryScope / territoryFilter", () => {
  it("the country sees all", () => {
    expect(territoryScope(actor(["police_head"], "KZ", "country"))).toEqual({ kind: "all" });
    expect(territoryFilter(actor(["police_head"], "KZ", "country"), "person")).toEqual({ kind: "all" });
  });
  it("a region sees its path and below, as SQL values", () => {
    const a = actor(["police_head"], "KZ.ABA", "region");
    expect(territoryScope(a, "person")).toEqual({ kind: "prefix", path: "KZ.ABA", national: false });
    expect(territoryFilter(a, "person")).toEqual({
      kind: "prefix",
      equals: "KZ.ABA",
      like: "KZ.ABA.%",
      national: false,
    });
  });
  it("NPM roles also see national rows, but only for what an NPM role reads", () => {
    const a = actor(["npm_participant", "police_inspector_local"], "KZ.ABA", "region");
    expect(territoryScope(a, "npm_plan")).toMatchObject({ national: true });
    expect(territoryScope(a, "person")).toMatchObject({ national: false });
    expect(territoryScope(a)).toMatchObject({ national: false });
  });
  it("LIKE wildcards in a code are escaped", () => {
    expect(territoryLikePattern("KZ.A_B")).toBe("KZ.A\\_B.%");
    expect(territoryLikePattern("KZ.100%")).toBe("KZ.100\\%.%");
    expect(territoryLikePattern("KZ.a\\b")).toBe("KZ.a\\\\b.%");
  });
});

describe("bodyRestriction", () => {
  it("limits a school council to its own measures unless another role sees the territory", () => {
    expect(
      bodyRestriction(actor(["school_council_member"], "KZ.ABA.ABA01", "district", "school-1"), "measure"),
    ).toBe("school-1");
    // Its school records are its own school's too (001 Arts. 23(9), 78(3)).
    expect(
      bodyRestriction(
        actor(["school_council_member"], "KZ.ABA.ABA01", "district", "school-1"),
        "school_record",
      ),
    ).toBe("school-1");
    expect(
      bodyRestriction(actor(["school_council_member", "prosecutor"], "KZ.ABA.ABA01", "district"), "measure"),
    ).toBeNull();
    expect(bodyRestriction(actor(["police_head"], "KZ.ABA", "region"), "measure")).toBeNull();
  });
  it("restricts to the own body when no role may read the type at all (fail closed)", () => {
    expect(bodyRestriction(actor(["analyst"], "KZ", "country", "b9"), "person")).toBe("b9");
  });
});

describe("oversight of lower commissions (001 Art. 79(6)(4))", () => {
  // region → district 1 → settlement; district 2 under the region too; a loop in bad data.
  const links = [
    { bodyId: "kdn-region", parentBodyId: null },
    { bodyId: "kdn-d1", parentBodyId: "kdn-region" },
    { bodyId: "kdn-s1", parentBodyId: "kdn-d1" },
    { bodyId: "kdn-d2", parentBodyId: "kdn-region" },
    { bodyId: "loop-a", parentBodyId: "loop-b" },
    { bodyId: "loop-b", parentBodyId: "loop-a" },
  ];
  it("a body's overseers are its parents up the chain, nearest first", () => {
    expect(overseersOf("kdn-s1", links)).toEqual(["kdn-d1", "kdn-region"]);
    expect(overseersOf("kdn-region", links)).toEqual([]);
    expect(overseersOf("unknown", links)).toEqual([]);
    expect(overseersOf("loop-a", links)).toEqual(["loop-b"]);
  });
  it("a commission's list reaches its own body and every lower one, to read only", () => {
    const regional = actor(["minors_commission_member"], "KZ.ABA", "region", "kdn-region");
    expect(reachableBodies(regional, "minors_case", links)?.sort()).toEqual(
      ["kdn-d1", "kdn-d2", "kdn-region", "kdn-s1"].sort(),
    );
    const district = actor(["minors_commission_secretary"], "KZ.ABA.ABA01", "district", "kdn-d1");
    expect(reachableBodies(district, "minors_case", links)?.sort()).toEqual(["kdn-d1", "kdn-s1"]);
    expect(reachableBodies(district, "minors_case", links, "update")).toEqual(["kdn-d1"]);
    expect(reachableBodies(actor(["prosecutor"], "KZ.ABA", "region"), "minors_case", links)).toBeNull();
    expect(reachableBodies(actor(["analyst"], "KZ", "country", "b9"), "minors_case", links)).toEqual(["b9"]);
  });
});

describe("personal fields", () => {
  const person: Resource = { type: "person", territoryPath: "KZ.ABA.ABA01" };
  const row = { id: "p1", fullName: "Name", iin: "000000000000", status: "registered" };
  it("are kept for those who may see them", () => {
    const a = actor(["police_inspector_local"], "KZ.ABA.ABA01", "district");
    expect(canSeePersonalFields(a, person)).toBe(true);
    expect(redactPersonal(a, person, row, ["fullName", "iin"])).toEqual(row);
  });
  it("are withheld from everyone else, in a copy", () => {
    const a = actor(["minors_commission_member"], "KZ.ABA.ABA02", "district");
    const out = redactPersonal(a, person, row, ["fullName", "iin"]);
    expect(out).toEqual({ id: "p1", fullName: null, iin: null, status: "registered" });
    expect(row.fullName).toBe("Name");
  });
  it("are decided per record type, not per actor", () => {
    const council = actor(["coordinating_council_member"], "KZ", "country");
    expect(canSeePersonalFields(council, { type: "npm_participant", territoryPath: null })).toBe(true);
    const complaint = { id: "c1", complainant: "Name" };
    expect(
      redactPersonal(council, { type: "npm_complaint", territoryPath: null }, complaint, ["complainant"]),
    ).toEqual({
      id: "c1",
      complainant: null,
    });
  });
  it("fields the record lacks are not added", () => {
    const a = actor(["analyst"], "KZ", "country");
    expect(redactPersonal(a, person, { id: "p1" } as { id: string; iin?: string }, ["iin"])).toEqual({
      id: "p1",
    });
  });
});
