import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ACTIONS } from "./actions.ts";
import { can } from "./can.ts";
import { withheldParts } from "./confidentiality.ts";
import { segmentsWithin } from "./matrix.oracle.ts";
import type { Resource } from "./resources.ts";
import { ROLES, type Actor, type ConfidentialGrant, type Role } from "./roles.ts";

/**
 * Families' records and shelters generated with fast-check (R11.1; 001 Arts. 10(2)(4), 11, 72(2),
 * 83(2)): role × territory × barrier × grants × body, each allowed decision checked against rules
 * stated here from the law, independently of policy.ts and of the oracle — zero leaks.
 */

/** Whose task victims are (001 Arts. 11, 72): the DV inspector, the centre, the mobile group. */
const VICTIM_TASK: readonly Role[] = [
  "police_inspector_dv",
  "family_centre_specialist",
  "mobile_group_member",
];
/** Who may know where a shelter is: the centre that keeps it and the DV inspector (001 Art. 72(2)). */
const ADDRESS_HOLDERS: readonly Role[] = ["family_centre_specialist", "police_inspector_dv"];

const segment = fc.constantFrom("KZ", "ABA", "ABA01", "ABA02", "ABA011", "A_A", "A%");
const path = fc.array(segment, { minLength: 1, maxLength: 4 }).map((s) => s.join("."));
const actorArb: fc.Arbitrary<Actor> = fc.record({
  userId: fc.constant("u"),
  roles: fc.uniqueArray(fc.constantFrom(...ROLES), { minLength: 1, maxLength: 3 }),
  bodyId: fc.constantFrom("centre-1", "centre-2", "police-1"),
  territoryPath: fc.oneof(fc.constantFrom("KZ", "KZ.ABA", "KZ.ABA.ABA01"), path),
  territoryLevel: fc.constantFrom("country" as const, "region" as const, "district" as const),
  service: fc.boolean(),
  grants: fc.subarray<ConfidentialGrant>(["victim", "health"]),
});
const resourceArb: fc.Arbitrary<Resource> = fc.record(
  {
    type: fc.constantFrom("family_case" as const, "shelter" as const, "person" as const),
    territoryPath: fc.oneof(fc.constantFrom("KZ.ABA.ABA01", "KZ.ABA.ABA02", "KZ.ABA"), path),
    bodyId: fc.constantFrom("centre-1", "centre-2", "police-1"),
    confidential: fc.constantFrom("victim" as const, "health" as const),
  },
  { requiredKeys: ["type", "territoryPath", "bodyId"] },
);

const national = (a: Actor) => a.territoryLevel === "country" && !a.territoryPath.includes(".");
const within = (a: Actor, r: Resource) =>
  national(a) || (r.territoryPath !== null && segmentsWithin(a.territoryPath, r.territoryPath));

/** The rules an allowed decision breaks, for one role of the actor. */
function leaks(a: Actor, role: Role, action: (typeof ACTIONS)[number], r: Resource): string[] {
  const out: string[] = [];
  const grants = a.grants ?? [];
  if (!within(a, r)) out.push("outside the territory");
  const victim = r.type === "family_case" || r.confidential === "victim";
  if (victim && !VICTIM_TASK.includes(role) && !grants.includes("victim"))
    out.push("victims' data without clearance or grant");
  if (r.confidential === "health" && !grants.includes("health")) out.push("health data without a grant");
  if (r.type === "family_case" && action === "update" && !VICTIM_TASK.includes(role))
    out.push("a family's record changed outside the roles whose task victims are");
  if (r.type === "family_case" && !["read", "read_personal", "create", "update"].includes(action))
    out.push(`${action} on a family's record`);
  if (r.type === "shelter") {
    if (action === "read_personal" && !ADDRESS_HOLDERS.includes(role)) out.push("a shelter's address leaked");
    if (role === "family_centre_specialist" && r.bodyId !== a.bodyId) out.push("another centre's shelter");
    if ((action === "create" || action === "update") && role !== "family_centre_specialist")
      out.push("a shelter kept outside a centre");
  }
  if (["analyst", "system_admin", "auditor"].includes(role)) out.push(`${role} reached case data`);
  return out;
}

describe("families' records and shelters: generated (fast-check), zero leaks", () => {
  it("every allowed decision is allowed by some single role of the actor without a leak", () => {
    let allowedSeen = 0;
    fc.assert(
      fc.property(actorArb, fc.constantFrom(...ACTIONS), resourceArb, (actor, action, resource) => {
        if (!can(actor, action, resource).allowed) return;
        allowedSeen++;
        // The decision is some role's alone (a role never lends its clearance), and that role leaks nothing.
        const clean = actor.roles.filter(
          (role) => can({ ...actor, roles: [role] }, action, resource).allowed,
        );
        expect(clean.length).toBeGreaterThan(0);
        const leaked = clean.map((role) => leaks(actor, role, action, resource));
        expect(
          leaked.some((l) => l.length === 0),
          JSON.stringify({ actor, action, resource, leaked }),
        ).toBe(true);
        if (action === "read_personal") expect(can(actor, "read", resource).allowed).toBe(true);
      }),
      { numRuns: 30000 },
    );
    // Not vacuous: the generator reaches allowed decisions.
    expect(allowedSeen).toBeGreaterThan(100);
  });

  it("an injury or a victim marked on a family's record is shown only past its barrier or to its author", () => {
    fc.assert(
      fc.property(actorArb, resourceArb, fc.boolean(), (actor, resource, author) => {
        const r: Resource = { ...resource, type: "family_case", confidential: undefined };
        const marks = [
          { field: "injury", barrier: "health" as const, article: "001 Art. 83(2)" },
          { field: "victims", barrier: "victim" as const, article: "001 Art. 83(2)" },
        ];
        const hidden = new Set(
          withheldParts(actor, r, marks, { authoredByActor: author }).map((w) => w.field),
        );
        const reads = can(actor, "read_personal", r).allowed;
        const grants = actor.grants ?? [];
        if (!hidden.has("injury")) expect(reads && (author || grants.includes("health"))).toBe(true);
        if (!hidden.has("victims")) expect(reads).toBe(true);
      }),
      { numRuns: 20000 },
    );
  });

  it("the shelter's address is never shown to a role outside the centre and the DV inspector, whatever grants", () => {
    fc.assert(
      fc.property(actorArb, resourceArb, (actor, resource) => {
        const r: Resource = { ...resource, type: "shelter", confidential: undefined };
        const holders = actor.roles.filter((role) => ADDRESS_HOLDERS.includes(role));
        const got = can(actor, "read_personal", r).allowed;
        if (holders.length === 0) expect(got).toBe(false);
        else
          expect(got).toBe(
            holders.some((role) => can({ ...actor, roles: [role] }, "read_personal", r).allowed),
          );
      }),
      { numRuns: 20000 },
    );
  });
});
