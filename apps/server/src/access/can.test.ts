import { describe, expect, it } from "vitest";
import type { Action } from "./actions.ts";
import { can } from "./can.ts";
import type { Resource } from "./resources.ts";
import type { Actor, ConfidentialGrant, Role } from "./roles.ts";

/** Named cases of `can` in the shape of the demo data: one region (KZ.ABA), two districts. */

const D1 = "KZ.ABA.ABA01";
const D2 = "KZ.ABA.ABA02";
const REGION = "KZ.ABA";

function actor(role: Role | Role[], path: string, more: Partial<Actor> = {}): Actor {
  const level =
    path.split(".").length === 1 ? "country" : path.split(".").length === 2 ? "region" : "district";
  return {
    userId: "u1",
    roles: Array.isArray(role) ? role : [role],
    bodyId: "body-1",
    territoryPath: path,
    territoryLevel: level,
    ...more,
  };
}
const res = (
  type: Resource["type"],
  territoryPath: string | null,
  more: Partial<Resource> = {},
): Resource => ({
  type,
  territoryPath,
  ...more,
});
const code = (a: Actor, action: Action, r: Resource) => {
  const d = can(a, action, r);
  return d.allowed ? "allowed" : d.code;
};

describe("territory scope", () => {
  const inspector = actor("police_inspector_local", D1);
  it("a district inspector sees persons of the district and below, nothing else", () => {
    expect(code(inspector, "read_personal", res("person", D1))).toBe("allowed");
    expect(code(inspector, "read", res("person", `${D1}.S1`))).toBe("allowed");
    expect(code(inspector, "read", res("person", D2))).toBe("access.territory");
    expect(code(inspector, "read", res("person", REGION))).toBe("access.territory");
    expect(code(inspector, "read", res("person", null))).toBe("access.territory");
  });
  it("a path that only shares a string prefix is another territory", () => {
    expect(code(inspector, "read", res("person", `${D1}1`))).toBe("access.territory");
  });
  it("a region sees both districts; the country sees all, national records included", () => {
    const head = actor("police_head", REGION);
    expect(code(head, "update", res("person", D2))).toBe("allowed");
    expect(code(head, "read", res("person", "KZ.AST.AST01"))).toBe("access.territory");
    const national = actor("police_head", "KZ");
    expect(code(national, "read", res("person", "KZ.AST.AST01"))).toBe("allowed");
    expect(code(national, "read", res("person", null))).toBe("allowed");
  });
  it("a country level on a path below the root is judged by the path", () => {
    const odd = actor("police_head", REGION, { territoryLevel: "country" });
    expect(code(odd, "read", res("person", null))).toBe("access.territory");
    expect(code(odd, "read", res("person", "KZ.AST"))).toBe("access.territory");
  });
});

describe("roles", () => {
  it("police work persons, measures, registration and checks; never NPM data", () => {
    const p = actor("police_inspector_juvenile", D1);
    for (const t of ["person", "measure", "register_entry", "control_check"] as const) {
      expect(code(p, "create", res(t, D1))).toBe("allowed");
    }
    expect(code(p, "issue_measure", res("measure", D1))).toBe("allowed");
    expect(code(p, "record_check", res("control_check", D1))).toBe("allowed");
    expect(code(p, "read", res("npm_visit", D1))).toBe("access.role");
    expect(code(p, "read", res("person", D1, { confidential: "npm" }))).toBe("access.confidential");
  });
  it("prosecutors read personal case data in their territory and never write", () => {
    const pr = actor("prosecutor", REGION);
    expect(code(pr, "read_personal", res("register_entry", D2))).toBe("allowed");
    expect(code(pr, "update", res("register_entry", D2))).toBe("access.role");
    expect(code(pr, "issue_measure", res("measure", D2))).toBe("access.role");
    expect(code(pr, "read", res("npm_report", D2))).toBe("access.role");
    expect(code(pr, "read", res("person", "KZ.AST"))).toBe("access.territory");
  });
  it("analysts read and export aggregates only, never personal fields", () => {
    const an = actor("analyst", REGION);
    expect(code(an, "export", res("aggregate_report", REGION))).toBe("allowed");
    expect(code(an, "read_personal", res("aggregate_report", REGION))).toBe("access.personal_fields");
    expect(code(an, "read", res("person", REGION))).toBe("access.role");
  });
  it("administrators manage users and bodies in their territory, never case, NPM or audit data", () => {
    const admin = actor("system_admin", "KZ");
    expect(code(admin, "manage", res("user", null))).toBe("allowed");
    expect(code(admin, "manage", res("body", D1))).toBe("allowed");
    expect(code(admin, "read", res("territory", D1))).toBe("allowed");
    for (const t of ["person", "family_case", "npm_visit", "audit_log", "aggregate_report"] as const) {
      expect(code(admin, "read", res(t, D1))).toBe("access.role");
    }
    expect(code(actor("system_admin", REGION), "manage", res("user", D2))).toBe("allowed");
    expect(code(actor("system_admin", REGION), "manage", res("user", "KZ.AST"))).toBe("access.territory");
  });
  it("auditors read and verify the audit log of their reach, and nothing of cases", () => {
    expect(code(actor("auditor", "KZ"), "verify", res("audit_log", null))).toBe("allowed");
    expect(code(actor("auditor", REGION), "read", res("audit_log", D1))).toBe("allowed");
    expect(code(actor("auditor", REGION), "read", res("audit_log", null))).toBe("access.territory");
    expect(code(actor("auditor", "KZ"), "read", res("person", D1))).toBe("access.role");
  });
  it("school councils see school records and only their own school's measures", () => {
    const s = actor("school_council_member", D1, { bodyId: "school-1" });
    expect(code(s, "create", res("school_record", D1, { bodyId: "school-1" }))).toBe("allowed");
    // Another school's pupils are not its records (001 Arts. 23(9), 78(3)).
    expect(code(s, "read", res("school_record", D1, { bodyId: "school-2" }))).toBe("access.territory");
    expect(code(s, "issue_measure", res("measure", D1, { bodyId: "school-1" }))).toBe("allowed");
    expect(code(s, "read", res("measure", D1, { bodyId: "police-1" }))).toBe("access.territory");
    expect(code(s, "read", res("measure", D1))).toBe("access.territory");
    // It finds its pupils among persons (001 Art. 78(3)) and changes none.
    expect(code(s, "read", res("person", D1))).toBe("allowed");
    expect(code(s, "update", res("person", D1))).toBe("access.role");
    // A pupil not yet on record is entered with the attendance import (001 Art. 78(2)(4)).
    expect(code(s, "create", res("person", D1))).toBe("allowed");
    // The education management body analyses figures, not pupils' records (001 Art. 21(10)).
    const edu = actor("education_officer", D1);
    expect(code(edu, "read", res("school_record", D1, { bodyId: "school-1" }))).toBe("access.role");
    expect(code(edu, "read", res("aggregate_report", D1))).toBe("allowed");
  });
  it("commissions, family centres and akimats work their own records", () => {
    const own = { bodyId: "body-1" };
    expect(code(actor("minors_commission_secretary", D1), "sign", res("minors_case", D1, own))).toBe(
      "allowed",
    );
    expect(code(actor("minors_commission_member", D1), "update", res("minors_case", D1, own))).toBe(
      "access.role",
    );
    expect(code(actor("family_centre_specialist", D1), "create", res("family_case", D1))).toBe("allowed");
    expect(code(actor("akimat_officer", D1), "update", res("public_assistant", D1))).toBe("allowed");
    expect(code(actor("akimat_officer", D1), "read", res("person", D1))).toBe("access.role");
  });
});

describe("confidential parts", () => {
  const victim = (more: Partial<Resource> = {}) => res("person", D1, { confidential: "victim", ...more });
  it("victims' data: the domestic-violence inspector and the family centre, others only with a grant", () => {
    expect(code(actor("police_inspector_dv", D1), "read_personal", res("family_case", D1))).toBe("allowed");
    expect(code(actor("police_inspector_dv", D1), "read_personal", victim())).toBe("allowed");
    expect(code(actor("police_inspector_local", D1), "read", victim())).toBe("access.confidential");
    // Any officer records an incident (001 Art. 72(3)(1)); reading it still needs the victim barrier cleared.
    expect(code(actor("police_inspector_local", D1), "read", res("family_case", D1))).toBe(
      "access.confidential",
    );
    expect(code(actor("police_inspector_local", D1), "update", res("family_case", D1))).toBe("access.role");
    expect(code(actor("police_inspector_local", D1, { grants: ["victim"] }), "read", victim())).toBe(
      "allowed",
    );
    expect(code(actor("prosecutor", REGION), "read", res("family_case", D1))).toBe("access.confidential");
    expect(code(actor("prosecutor", REGION, { grants: ["victim"] }), "read", res("family_case", D1))).toBe(
      "allowed",
    );
  });
  it("a grant never widens a role or a territory", () => {
    const granted = actor("analyst", D1, { grants: ["victim", "health"] });
    expect(code(granted, "read", res("family_case", D1))).toBe("access.role");
    const dv = actor("police_inspector_dv", D1, { grants: ["victim"] });
    expect(code(dv, "read", res("family_case", D2))).toBe("access.territory");
  });
  it("health data: no one reads health records yet; a health mark needs a health grant", () => {
    const pr = actor("prosecutor", "KZ", { grants: ["victim", "health"] });
    expect(code(pr, "read", res("health_record", D1))).toBe("access.role");
    expect(code(pr, "read", res("person", D1, { confidential: "health" }))).toBe("allowed");
    expect(code(actor("prosecutor", "KZ"), "read", res("person", D1, { confidential: "health" }))).toBe(
      "access.confidential",
    );
  });
  it("NPM data: NPM roles only, never by a grant (000 Art. 35; 003 p.29)", () => {
    const forged = actor("prosecutor", "KZ", { grants: ["npm" as ConfidentialGrant] });
    expect(code(forged, "read", res("person", D1, { confidential: "npm" }))).toBe("access.confidential");
    const participant = actor("npm_participant", REGION);
    expect(code(participant, "create", res("npm_visit", D1))).toBe("allowed");
    expect(code(participant, "read", res("npm_plan", null))).toBe("allowed");
    expect(code(participant, "read", res("npm_visit", "KZ.AST"))).toBe("access.territory");
    expect(code(participant, "approve", res("npm_plan", null))).toBe("access.role");
    expect(code(participant, "sign", res("npm_report", REGION))).toBe("allowed");
    const council = actor("coordinating_council_member", "KZ");
    expect(code(council, "approve", res("npm_plan", null))).toBe("allowed");
    expect(code(council, "read", res("npm_complaint", D1))).toBe("allowed");
    expect(code(council, "read_personal", res("npm_complaint", D1))).toBe("access.personal_fields");
    expect(
      code(actor("commissioner_representative", REGION), "read_personal", res("npm_complaint", D1)),
    ).toBe("allowed");
  });
  it("the annual report: the Council drafts and approves, the office records publication (000 Arts. 34, 36(2))", () => {
    const annual = res("npm_annual_report", null);
    const council = actor("coordinating_council_member", "KZ");
    const rep = actor("commissioner_representative", "KZ");
    const participant = actor("npm_participant", REGION);
    expect([code(council, "create", annual), code(council, "approve", annual)]).toEqual([
      "allowed",
      "allowed",
    ]);
    expect(code(council, "update", annual)).toBe("access.role");
    expect([code(participant, "create", annual), code(participant, "approve", annual)]).toEqual([
      "allowed",
      "access.role",
    ]);
    expect(code(participant, "update", annual)).toBe("access.role");
    expect([code(rep, "update", annual), code(rep, "create", annual), code(rep, "approve", annual)]).toEqual([
      "allowed",
      "access.role",
      "access.role",
    ]);
    // Visit reports stay the group's: the Council still cannot write one.
    expect(code(council, "create", res("npm_report", null))).toBe("access.role");
    expect(code(actor("prosecutor", "KZ"), "read", annual)).toBe("access.role");
    expect(code(actor("police_head", "KZ"), "read", annual)).toBe("access.role");
  });
});

describe("service accounts and several roles", () => {
  it("a service account gets what its roles give, never administration, signatures or approvals", () => {
    expect(code(actor("police_inspector_local", D1, { service: true }), "read", res("person", D1))).toBe(
      "allowed",
    );
    expect(code(actor("police_inspector_local", D1, { service: true }), "sign", res("measure", D1))).toBe(
      "access.role",
    );
    expect(code(actor("system_admin", "KZ", { service: true }), "manage", res("user", D1))).toBe(
      "access.role",
    );
  });
  it("roles do not lend clearance to each other", () => {
    const both = actor(["police_inspector_local", "npm_participant"], REGION);
    expect(code(both, "read", res("person", D1, { confidential: "npm" }))).toBe("access.confidential");
    expect(code(both, "read", res("npm_visit", D1))).toBe("allowed");
    expect(code(both, "read", res("person", null))).toBe("access.territory");
    const schoolAndProsecutor = actor(["school_council_member", "prosecutor"], D1, { bodyId: "school-1" });
    expect(code(schoolAndProsecutor, "read", res("measure", D1, { bodyId: "police-1" }))).toBe("allowed");
    expect(code(schoolAndProsecutor, "update", res("measure", D1, { bodyId: "police-1" }))).toBe(
      "access.territory",
    );
  });
  it("with no role nothing is allowed", () => {
    expect(code(actor([], "KZ"), "read", res("territory", "KZ"))).toBe("access.role");
  });
  it("a refusal explains itself without naming the record", () => {
    const d = can(actor("analyst", D1), "read", res("person", D1, { bodyId: "secret-body" }));
    expect(d).toMatchObject({ allowed: false, code: "access.role" });
    expect(JSON.stringify(d)).not.toContain("secret-body");
  });
});

describe("commissions on minors' affairs (001 Art. 79)", () => {
  // The region's commission over a district commission over a settlement commission at the district.
  const regionCommission = { bodyId: "kdn-region" };
  const district = { bodyId: "kdn-d1", overseers: ["kdn-region"] };
  const settlement = { bodyId: "kdn-s1", overseers: ["kdn-d1", "kdn-region"] };
  const secretary = (bodyId: string, path: string) => actor("minors_commission_secretary", path, { bodyId });
  const member = (bodyId: string, path: string) => actor("minors_commission_member", path, { bodyId });

  it("a secretary works its own commission's cases and members read them", () => {
    expect(code(secretary("kdn-d1", D1), "update", res("minors_case", D1, district))).toBe("allowed");
    expect(code(member("kdn-d1", D1), "read_personal", res("minors_case", D1, district))).toBe("allowed");
    expect(code(member("kdn-d1", D1), "update", res("minors_case", D1, district))).toBe("access.role");
  });
  it("a commission above reads the lower commissions' cases and writes none (79(6)(4))", () => {
    const regional = secretary("kdn-region", REGION);
    expect(code(regional, "read_personal", res("minors_case", D1, district))).toBe("allowed");
    expect(code(regional, "read", res("minors_case", D1, settlement))).toBe("allowed");
    expect(code(regional, "update", res("minors_case", D1, district))).toBe("access.territory");
    expect(code(member("kdn-d1", D1), "read", res("minors_case", D1, settlement))).toBe("allowed");
  });
  it("a lower commission or a neighbour of the same district does not read another's cases", () => {
    // The settlement commission sits at its district, so territory alone would let it in.
    expect(code(member("kdn-s1", D1), "read", res("minors_case", D1, district))).toBe("access.territory");
    expect(code(secretary("kdn-d1", D1), "read", res("minors_case", REGION, regionCommission))).toBe(
      "access.territory",
    );
    expect(code(secretary("kdn-d2", D2), "read", res("minors_case", D1, district))).toBe("access.territory");
    // A case without its commission's chain is its own commission's only (fail closed).
    expect(code(secretary("kdn-region", REGION), "read", res("minors_case", D1, { bodyId: "kdn-d1" }))).toBe(
      "access.territory",
    );
  });
  it("the akimat establishes commissions, the secretary keeps its composition, members read it (79(2)-(4))", () => {
    expect(code(actor("akimat_officer", D1), "create", res("minors_commission", D1))).toBe("allowed");
    expect(code(actor("akimat_officer", D1), "update", res("minors_commission", D2))).toBe(
      "access.territory",
    );
    expect(code(actor("akimat_officer", D1), "read", res("minors_case", D1, district))).toBe("access.role");
    expect(code(secretary("kdn-d1", D1), "update", res("minors_commission", D1, district))).toBe("allowed");
    expect(code(secretary("kdn-d1", D1), "create", res("minors_commission", D1))).toBe("access.role");
    expect(code(secretary("kdn-region", REGION), "update", res("minors_commission", D1, district))).toBe(
      "access.territory",
    );
    expect(code(member("kdn-region", REGION), "read_personal", res("minors_commission", D1, district))).toBe(
      "allowed",
    );
    expect(code(actor("system_admin", "KZ"), "create", res("minors_commission", D1))).toBe("allowed");
    expect(code(actor("system_admin", "KZ"), "read", res("minors_case", D1, district))).toBe("access.role");
  });
  it("the prosecutor reads the territory's cases; other bodies do not", () => {
    expect(code(actor("prosecutor", D1), "read_personal", res("minors_case", D1, district))).toBe("allowed");
    expect(code(actor("prosecutor", D1), "update", res("minors_case", D1, district))).toBe("access.role");
    for (const role of ["school_council_member", "education_officer", "police_inspector_juvenile"] as const)
      expect(code(actor(role, D1), "read", res("minors_case", D1, district))).toBe("access.role");
  });
});
