import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ACTIONS, type Action } from "./actions.ts";
import { can } from "./can.ts";
import { covers, segmentsWithin } from "./matrix.oracle.ts";
import type { Resource } from "./resources.ts";
import { ROLES, type Actor, type Role } from "./roles.ts";
import { overseersOf, reachableBodies, territoryFilter, type BodyLink } from "./scope.ts";

/**
 * Commissions on minors' affairs and school records generated with fast-check (R11.1; 001 Arts.
 * 21(10), 23(9), 78(3), 79): role × territory × body in a tree of commissions, each allowed decision
 * checked against rules stated here from the law, independently of policy.ts and of the oracle — zero
 * leaks; and a commission's list (reachableBodies + territory) shows exactly what `can` lets it read.
 */

// The interdepartmental commission over the region's, over two districts', over a settlement's (at
// district 1, 79(3)); a second region's commission stands apart.
const TREE: readonly (BodyLink & { readonly path: string })[] = [
  { bodyId: "kdn-kz", parentBodyId: null, path: "KZ" },
  { bodyId: "kdn-aba", parentBodyId: "kdn-kz", path: "KZ.ABA" },
  { bodyId: "kdn-d1", parentBodyId: "kdn-aba", path: "KZ.ABA.ABA01" },
  { bodyId: "kdn-s1", parentBodyId: "kdn-d1", path: "KZ.ABA.ABA01" },
  { bodyId: "kdn-d2", parentBodyId: "kdn-aba", path: "KZ.ABA.ABA02" },
  { bodyId: "kdn-ast", parentBodyId: "kdn-kz", path: "KZ.AST" },
];
const LINKS: readonly BodyLink[] = TREE.map(({ bodyId, parentBodyId }) => ({ bodyId, parentBodyId }));
const COMMISSION: readonly Role[] = ["minors_commission_secretary", "minors_commission_member"];
const SCHOOLS = ["school-1", "school-2"];
const BODIES = [...TREE.map((t) => t.bodyId), ...SCHOOLS, "akimat-d1"];
const levelOf = (path: string) =>
  path.split(".").length === 1 ? "country" : path.split(".").length === 2 ? "region" : "district";

const actorArb: fc.Arbitrary<Actor> = fc
  .record({
    roles: fc.uniqueArray(fc.constantFrom(...ROLES), { minLength: 1, maxLength: 2 }),
    bodyId: fc.constantFrom(...BODIES),
    territoryPath: fc.constantFrom("KZ", "KZ.ABA", "KZ.ABA.ABA01", "KZ.ABA.ABA02", "KZ.AST"),
    service: fc.boolean(),
  })
  .map((a) => ({ ...a, userId: "u", territoryLevel: levelOf(a.territoryPath) }) as Actor);

/** A record of a commission in the tree, or of a school, with the chain the server would attach. */
const recordArb: fc.Arbitrary<Resource> = fc.oneof(
  fc
    .record({
      type: fc.constantFrom("minors_case" as const, "minors_commission" as const),
      at: fc.constantFrom(...TREE),
    })
    .map(({ type, at }) => ({
      type,
      territoryPath: at.path,
      bodyId: at.bodyId,
      overseers: overseersOf(at.bodyId, LINKS),
    })),
  fc
    .record({
      bodyId: fc.constantFrom(...SCHOOLS),
      territoryPath: fc.constantFrom("KZ.ABA.ABA01", "KZ.ABA.ABA02"),
    })
    .map((r) => ({ ...r, type: "school_record" as const })),
);

/** Is `upper` above `lower` in the tree of commissions? Stated by walking the tree, not by overseersOf. */
function above(upper: string, lower: string): boolean {
  let at = TREE.find((t) => t.bodyId === lower)?.parentBodyId ?? null;
  for (let i = 0; at !== null && i < TREE.length; i++) {
    if (at === upper) return true;
    at = TREE.find((t) => t.bodyId === at)?.parentBodyId ?? null;
  }
  return false;
}

const national = (a: Actor) => a.territoryLevel === "country" && !a.territoryPath.includes(".");
const reading = (action: Action) => action === "read" || action === "read_personal";

/** The rules an allowed decision breaks, for one role of the actor. */
function leaks(a: Actor, role: Role, action: Action, r: Resource): string[] {
  const out: string[] = [];
  if (!national(a) && (r.territoryPath === null || !segmentsWithin(a.territoryPath, r.territoryPath)))
    out.push("outside the territory");
  if (r.type === "minors_case") {
    // 79(4), 79(6)(9): the commission's own secretary and members; 79(6)(4): the commissions above
    // read; the prosecutor supervises. Only the own secretary writes.
    const own = r.bodyId === a.bodyId;
    const ok =
      (COMMISSION.includes(role) && (own || (reading(action) && above(a.bodyId, r.bodyId ?? "")))) ||
      (role === "prosecutor" && reading(action));
    if (!ok) out.push("a minors' case reached outside its commission, the ones above and supervision");
    if (!reading(action) && !(role === "minors_commission_secretary" && own))
      out.push("a minors' case written by other than its own secretary");
  }
  if (r.type === "minors_commission") {
    const own = r.bodyId === a.bodyId;
    if (COMMISSION.includes(role) && !own && !(reading(action) && above(a.bodyId, r.bodyId ?? "")))
      out.push("a commission's composition reached by a commission not above it");
    if (action === "create" && role !== "akimat_officer" && role !== "system_admin")
      out.push("a commission established by other than the akimat or an administrator (79(2),(3))");
  }
  if (r.type === "school_record") {
    if (role === "school_council_member" && r.bodyId !== a.bodyId) out.push("another school's record");
    if (role !== "school_council_member" && !(role === "prosecutor" && reading(action)))
      out.push("a school's record outside its council and supervision (21(10): figures only)");
  }
  if (a.service && (action === "sign" || action === "manage" || action === "approve"))
    out.push("a service account signed");
  return out;
}

describe("commissions on minors' affairs and school records: generated (fast-check)", () => {
  it("no allowed decision breaks a rule of the law (zero leaks)", () => {
    fc.assert(
      fc.property(actorArb, fc.constantFrom(...ACTIONS), recordArb, (actor, action, r) => {
        if (!can(actor, action, r).allowed) return;
        // Some single role allowed it; that role must break no rule.
        const allowing = actor.roles.filter((role) => can({ ...actor, roles: [role] }, action, r).allowed);
        expect(allowing.length).toBeGreaterThan(0);
        for (const role of allowing) expect(leaks(actor, role, action, r)).toEqual([]);
      }),
      { numRuns: 20000 },
    );
  });

  it("a list of cases shows exactly the rows can lets the actor read", () => {
    fc.assert(
      fc.property(
        actorArb,
        fc.constantFrom("read" as const, "read_personal" as const, "update" as const),
        fc.constantFrom(...TREE),
        (actor, action, at) => {
          // A list is asked only by who may do the action at all (the oracle's role table).
          if (!actor.roles.some((role) => covers(role, action, "minors_case"))) return;
          const r: Resource = {
            type: "minors_case",
            territoryPath: at.path,
            bodyId: at.bodyId,
            overseers: overseersOf(at.bodyId, LINKS),
          };
          const f = territoryFilter(actor, "minors_case", action);
          const inTerritory = f.kind === "all" || at.path === f.equals || at.path.startsWith(`${f.equals}.`);
          const bodies = reachableBodies(actor, "minors_case", LINKS, action);
          const listed = inTerritory && (bodies === null || bodies.includes(at.bodyId));
          expect(listed).toBe(can(actor, action, r).allowed);
        },
      ),
      { numRuns: 20000 },
    );
  });

  it("every commission role reads something, and the settlement's is not read by its district's neighbour", () => {
    const d2 = (role: Role): Actor => ({
      userId: "u",
      roles: [role],
      bodyId: "kdn-d2",
      territoryPath: "KZ.ABA.ABA01",
      territoryLevel: "district",
    });
    const s1: Resource = {
      type: "minors_case",
      territoryPath: "KZ.ABA.ABA01",
      bodyId: "kdn-s1",
      overseers: overseersOf("kdn-s1", LINKS),
    };
    for (const role of COMMISSION) {
      expect(can(d2(role), "read", s1).allowed).toBe(false);
      expect(can({ ...d2(role), bodyId: "kdn-s1" }, "read", s1).allowed).toBe(true);
      expect(can({ ...d2(role), bodyId: "kdn-aba", territoryPath: "KZ.ABA" }, "read", s1).allowed).toBe(true);
    }
  });
});
