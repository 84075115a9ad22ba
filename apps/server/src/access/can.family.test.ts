import { describe, expect, it } from "vitest";
import type { Action } from "./actions.ts";
import { can } from "./can.ts";
import { withheldParts } from "./confidentiality.ts";
import { bodyRestriction } from "./scope.ts";
import type { Resource } from "./resources.ts";
import type { Actor, ConfidentialGrant, Role } from "./roles.ts";

/**
 * Named cases of `can` for families' records and shelters (001 Arts. 10(2)(4), 11, 54, 55, 72,
 * 83(2)) in the shape of the demo: one region (KZ.ABA), two districts, a centre with its shelter.
 */

const D1 = "KZ.ABA.ABA01";
const D2 = "KZ.ABA.ABA02";
const CENTRE = "centre-d1";
const OTHER_CENTRE = "centre-d2";

function actor(role: Role, path = D1, more: Partial<Actor> = {}): Actor {
  const n = path.split(".").length;
  return {
    userId: "u1",
    roles: [role],
    bodyId: CENTRE,
    territoryPath: path,
    territoryLevel: n === 1 ? "country" : n === 2 ? "region" : "district",
    ...more,
  };
}
const familyCase = (path = D1): Resource => ({ type: "family_case", territoryPath: path, bodyId: CENTRE });
const shelter = (bodyId = CENTRE, path = D1): Resource => ({ type: "shelter", territoryPath: path, bodyId });
const code = (a: Actor, action: Action, r: Resource) => {
  const d = can(a, action, r);
  return d.allowed ? "allowed" : d.code;
};

describe("families' records (family_case): behind the victim barrier by type (R11.1; 001 Art. 83(2))", () => {
  it("the DV inspector, the centre and the mobile group work them in their territory", () => {
    for (const role of ["police_inspector_dv", "family_centre_specialist", "mobile_group_member"] as const) {
      for (const action of ["read", "read_personal", "create", "update"] as const)
        expect(code(actor(role), action, familyCase())).toBe("allowed");
      expect(code(actor(role), "read", familyCase(D2))).toBe("access.territory");
    }
  });

  it("any police officer records an incident at once (001 Art. 72(3)(1)) but reads it only with a grant", () => {
    for (const role of ["police_inspector_local", "police_inspector_juvenile", "police_head"] as const) {
      expect(code(actor(role), "create", familyCase())).toBe("access.confidential");
      expect(code(actor(role, D1, { grants: ["victim"] }), "create", familyCase())).toBe("allowed");
      expect(code(actor(role), "read", familyCase())).toBe("access.confidential");
      expect(code(actor(role), "update", familyCase())).toBe("access.role");
      expect(code(actor(role, D1, { grants: ["victim"] }), "read_personal", familyCase())).toBe(
        "access.personal_fields",
      );
    }
  });

  it("a school council, the commission, the akimat, guardianship and an analyst never reach them by role", () => {
    const outside: Role[] = [
      "school_council_member",
      "minors_commission_secretary",
      "minors_commission_member",
      "akimat_officer",
      "guardianship_officer",
      "health_officer",
      "education_officer",
      "body_head",
      "analyst",
      "system_admin",
      "auditor",
    ];
    for (const role of outside)
      for (const grants of [[], ["victim"], ["victim", "health"]] as ConfidentialGrant[][])
        expect(can(actor(role, D1, { grants }), "read", familyCase()).allowed).toBe(false);
  });

  it("the prosecutor reads them with a victim grant only", () => {
    expect(code(actor("prosecutor", "KZ.ABA"), "read", familyCase())).toBe("access.confidential");
    expect(code(actor("prosecutor", "KZ.ABA", { grants: ["victim"] }), "read_personal", familyCase())).toBe(
      "allowed",
    );
  });

  it("an injury described on an incident stays behind the health barrier for everyone but its author", () => {
    const marks = [{ field: "injury", barrier: "health" as const, article: "001 Art. 83(2)" }];
    expect(withheldParts(actor("police_inspector_dv"), familyCase(), marks)).toHaveLength(1);
    expect(withheldParts(actor("family_centre_specialist"), familyCase(), marks)).toHaveLength(1);
    expect(
      withheldParts(actor("police_inspector_dv"), familyCase(), marks, { authoredByActor: true }),
    ).toEqual([]);
    const healthGrant = actor("family_centre_specialist", D1, { grants: ["health"] });
    expect(withheldParts(healthGrant, familyCase(), marks)).toEqual([]);
  });
});

describe("a victim's person card (marked victim): the school council finds pupils, not victims", () => {
  const victimCard: Resource = { type: "person", territoryPath: D1, confidential: "victim" };
  const pupil: Resource = { type: "person", territoryPath: D1 };
  it("the school council reads persons of its district (001 Art. 78(3)) but a victim's card is refused", () => {
    const school = actor("school_council_member");
    expect(code(school, "read_personal", pupil)).toBe("allowed");
    expect(code(school, "update", pupil)).toBe("access.role");
    expect(code(school, "read", victimCard)).toBe("access.confidential");
    expect(code(actor("school_council_member", D1, { grants: ["victim"] }), "read", victimCard)).toBe(
      "allowed",
    );
  });
  it("the mobile group reads persons it visits, victims included, and changes none", () => {
    const group = actor("mobile_group_member");
    expect(code(group, "read_personal", victimCard)).toBe("allowed");
    expect(code(group, "create", pupil)).toBe("access.role");
  });
});

describe("shelters: the address only to the centre that keeps it and the DV inspector (001 Arts. 72(2), 83(2))", () => {
  it("the centre keeps its own shelters, with their address; another centre's is not its", () => {
    const centre = actor("family_centre_specialist");
    for (const action of ["read", "read_personal", "create", "update"] as const)
      expect(code(centre, action, shelter())).toBe("allowed");
    expect(code(centre, "read", shelter(OTHER_CENTRE))).toBe("access.territory");
    expect(bodyRestriction(centre, "shelter")).toBe(CENTRE);
  });

  it("the DV inspector reads the territory's shelters with their address and keeps none", () => {
    const dv = actor("police_inspector_dv", D1, { bodyId: "police-d1" });
    expect(code(dv, "read_personal", shelter(OTHER_CENTRE))).toBe("allowed");
    expect(code(dv, "read", shelter(CENTRE, D2))).toBe("access.territory");
    expect(code(dv, "update", shelter())).toBe("access.role");
    expect(bodyRestriction(dv, "shelter")).toBeNull();
  });

  it("police, the mobile group, the akimat and the prosecutor see places and occupancy, never the address", () => {
    const readers: Role[] = [
      "police_inspector_local",
      "police_inspector_juvenile",
      "police_head",
      "mobile_group_member",
      "akimat_officer",
      "prosecutor",
    ];
    for (const role of readers) {
      const a = actor(role, D1, { bodyId: "other", grants: ["victim", "health"] });
      expect(code(a, "read", shelter())).toBe("allowed");
      expect(code(a, "read_personal", shelter())).toBe("access.personal_fields");
      expect(code(a, "create", shelter())).toBe("access.role");
    }
  });

  it("the school council, guardianship, analysts and administrators do not reach shelters", () => {
    for (const role of ["school_council_member", "guardianship_officer", "analyst", "system_admin"] as const)
      expect(code(actor(role), "read", shelter())).toBe("access.role");
  });
});

describe("the centre's measures (001 Arts. 54, 55)", () => {
  it("the centre issues and signs registrations and assistance plans; the mobile group issues none", () => {
    const m: Resource = { type: "measure", territoryPath: D1, bodyId: CENTRE };
    expect(code(actor("family_centre_specialist"), "issue_measure", m)).toBe("allowed");
    expect(code(actor("family_centre_specialist"), "sign", m)).toBe("allowed");
    expect(code(actor("mobile_group_member"), "issue_measure", m)).toBe("access.role");
    expect(code(actor("mobile_group_member"), "read", m)).toBe("access.role");
  });
});
