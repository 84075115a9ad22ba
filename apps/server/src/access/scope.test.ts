import { describe, expect, it } from "vitest";
import type { Resource } from "./resources.ts";
import type { Actor, Role } from "./roles.ts";
import {
  bodyRestriction,
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
    expect(
      bodyRestriction(actor(["school_council_member"], "KZ.ABA.ABA01", "district"), "school_record"),
    ).toBeNull();
    expect(
      bodyRestriction(actor(["school_council_member", "prosecutor"], "KZ.ABA.ABA01", "district"), "measure"),
    ).toBeNull();
    expect(bodyRestriction(actor(["police_head"], "KZ.ABA", "region"), "measure")).toBeNull();
  });
  it("restricts to the own body when no role may read the type at all (fail closed)", () => {
    expect(bodyRestriction(actor(["analyst"], "KZ", "country", "b9"), "person")).toBe("b9");
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
