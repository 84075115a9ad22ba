import { describe, expect, it } from "vitest";
import type { Action } from "./actions.ts";
import { can } from "./can.ts";
import type { Resource } from "./resources.ts";
import type { Actor, Role } from "./roles.ts";

/**
 * Named cases of `can` for reports from citizens and hand-offs between bodies, in the shape of the
 * demo region: a region's contact centre (KZ.ABA), a district's police (KZ.ABA.ABA01), the region's
 * guardianship body and prosecutor's office.
 */

const D1 = "KZ.ABA.ABA01";
const D2 = "KZ.ABA.ABA02";
const REGION = "KZ.ABA";

function actor(role: Role, path: string, bodyId: string): Actor {
  const depth = path.split(".").length;
  const territoryLevel = depth === 1 ? "country" : depth === 2 ? "region" : "district";
  return { userId: "u1", roles: [role], bodyId, territoryPath: path, territoryLevel };
}
const code = (a: Actor, action: Action, r: Resource) => {
  const d = can(a, action, r);
  return d.allowed ? "allowed" : d.code;
};
const report = (territoryPath: string | null): Resource => ({ type: "citizen_report", territoryPath });
/** A report that concerns the body `bodyId` (taken by it, handed to or from it). */
const ownReport = (territoryPath: string, bodyId: string): Resource => ({
  type: "citizen_report",
  territoryPath,
  bodyId,
});
const handoff = (parties?: string[]): Resource => ({ type: "handoff", territoryPath: D1, parties });

describe("reports from citizens (001 Arts. 6(4), 39(3), 71(8))", () => {
  it("the contact centre's operator triages and routes the region's reports, not another region's", () => {
    const operator = actor("hotline_operator", REGION, "contact-centre");
    for (const a of ["read", "read_personal", "create", "update"] as const)
      expect(code(operator, a, report(D2))).toBe("allowed");
    expect(code(operator, "read", report("KZ.AST"))).toBe("access.territory");
    expect(code(operator, "read", report(null))).toBe("access.territory");
  });
  it("an official of a body takes a report in person and reads it with the reporter's contacts", () => {
    for (const role of ["police_inspector_local", "guardianship_officer", "school_council_member"] as const) {
      const official = actor(role, D1, "body-1");
      expect(code(official, "create", ownReport(D1, "body-1"))).toBe("allowed");
      expect(code(official, "read_personal", ownReport(D1, "body-1"))).toBe("allowed");
      // Triage and routing are the contact centre's work.
      expect(code(official, "update", ownReport(D1, "body-1"))).toBe("access.role");
      expect(code(official, "read", ownReport(D2, "body-1"))).toBe("access.territory");
    }
  });
  it("bodies other than the police read only the reports that concern them (001 Arts. 39(3), 83(2))", () => {
    for (const role of ["guardianship_officer", "school_council_member", "body_head"] as const)
      expect(code(actor(role, D1, "body-1"), "read", report(D1))).toBe("access.territory");
    // The police read their territory's reports: offences are theirs to know (001 Art. 13).
    expect(code(actor("police_inspector_local", D1, "police-d1"), "read_personal", report(D1))).toBe(
      "allowed",
    );
  });
  it("the prosecutor reads; a body's head reads without the reporter's contacts; the analyst not at all", () => {
    expect(code(actor("prosecutor", REGION, "pro"), "read_personal", report(D1))).toBe("allowed");
    expect(code(actor("prosecutor", REGION, "pro"), "create", report(D1))).toBe("access.role");
    expect(code(actor("body_head", REGION, "guard"), "read", ownReport(D1, "guard"))).toBe("allowed");
    expect(code(actor("body_head", REGION, "guard"), "read_personal", ownReport(D1, "guard"))).toBe(
      "access.personal_fields",
    );
    expect(code(actor("analyst", REGION, "stat"), "read", report(D1))).toBe("access.role");
  });
});

describe("hand-offs: their sender and receiver only, wherever they are (001 Art. 39(3))", () => {
  it("the receiving body acts on a hand-off outside its territory; any other body does not see it", () => {
    const police = actor("police_inspector_local", D2, "police-d2");
    expect(code(police, "read", handoff(["contact-centre", "police-d2"]))).toBe("allowed");
    expect(code(police, "update", handoff(["police-d2"]))).toBe("allowed");
    expect(code(police, "read", handoff(["contact-centre", "police-d1"]))).toBe("access.territory");
  });
  it("a national actor is no party by being national; no parties named means no one", () => {
    const head = actor("police_head", "KZ", "ministry");
    expect(code(head, "read", handoff(["contact-centre", "police-d1"]))).toBe("access.territory");
    expect(code(actor("prosecutor", REGION, "pro"), "read", handoff())).toBe("access.territory");
    expect(code(actor("prosecutor", REGION, "pro"), "read", handoff([]))).toBe("access.territory");
  });
  it("the prosecutor's office acknowledges a warning's copy (001 Art. 51(3)); a hand-off is never created alone", () => {
    const prosecutor = actor("prosecutor", REGION, "pro");
    expect(code(prosecutor, "update", handoff(["police-d1", "pro"]))).toBe("allowed");
    expect(code(prosecutor, "create", handoff(["police-d1", "pro"]))).toBe("access.role");
  });
  it("roles with no part in hand-offs never reach one, even as a party", () => {
    for (const role of [
      "analyst",
      "system_admin",
      "auditor",
      "npm_participant",
      "minors_commission_member",
    ] as const)
      expect(code(actor(role, "KZ", "b"), "read", handoff(["b"]))).toBe("access.role");
  });
});
