import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ACTIONS } from "./actions.ts";
import { can } from "./can.ts";
import { withheldParts, type ConfidentialMark } from "./confidentiality.ts";
import {
  covers,
  expectOne,
  expectPartShown,
  ORACLE_NPM_ROLES,
  oracleNational,
  segmentsWithin,
  sqlLike,
  type Expectation,
} from "./matrix.oracle.ts";
import { PARTY_SCOPED } from "./policy.ts";
import { RESOURCE_TYPES, type Resource } from "./resources.ts";
import { ROLES, type Actor, type ConfidentialGrant } from "./roles.ts";
import { bodyRestriction, territoryFilter, type TerritoryFilter } from "./scope.ts";

/**
 * The access matrix generated with fast-check (issue 2, item 7): actors with several roles, odd and
 * inconsistent territories, codes holding LIKE wildcards — compared with the oracle, and the query
 * scope of scope.ts compared with the same territory rule.
 */

// Segments include look-alikes (`ABA`/`ABA1`) and LIKE wildcards (`_`, `%`) on purpose.
const segment = fc.constantFrom("KZ", "ABA", "ABA1", "AB", "AST", "A_A", "AXA", "A%", "QQ");
const path = fc.array(segment, { minLength: 1, maxLength: 4 }).map((s) => s.join("."));
const level = fc.constantFrom("country", "region", "district") as fc.Arbitrary<Actor["territoryLevel"]>;

const actorArb: fc.Arbitrary<Actor> = fc.record({
  userId: fc.constant("u"),
  roles: fc.uniqueArray(fc.constantFrom(...ROLES), { minLength: 0, maxLength: 3 }),
  bodyId: fc.constantFrom("b1", "b2"),
  territoryPath: fc.oneof(fc.constantFrom("KZ", "KZ.ABA", "KZ.ABA.AB"), path),
  territoryLevel: level,
  service: fc.boolean(),
  grants: fc.subarray<ConfidentialGrant>(["victim", "health"]),
});

/** A record path related to the actor's: same, below, above, a look-alike, anything, or national. */
function recordPathArb(actor: Actor): fc.Arbitrary<string | null> {
  const p = actor.territoryPath;
  const parent = p.includes(".") ? p.slice(0, p.lastIndexOf(".")) : "QQ";
  return fc.oneof(
    fc.constant(p),
    segment.map((s) => `${p}.${s}`),
    fc.constant(parent),
    fc.constant(`${p}1`),
    fc.constant(`${parent}.ZZZ`),
    path,
    fc.constant(null),
  );
}

const caseArb = actorArb.chain((actor) =>
  fc.record({
    actor: fc.constant(actor),
    action: fc.constantFrom(...ACTIONS),
    resource: fc.record(
      {
        type: fc.constantFrom(...RESOURCE_TYPES),
        territoryPath: recordPathArb(actor),
        bodyId: fc.constantFrom("b1", "b2"),
        confidential: fc.constantFrom("victim" as const, "health" as const, "npm" as const),
        parties: fc.subarray(["b1", "b2", "b3"]),
        overseers: fc.subarray(["b1", "b2", "b3"]),
      },
      { requiredKeys: ["type", "territoryPath"] },
    ) as fc.Arbitrary<Resource>,
  }),
);

function oracleFor(actor: Actor, action: (typeof ACTIONS)[number], r: Resource): Expectation[] {
  return actor.roles.map((role) =>
    expectOne(
      {
        role,
        level: actor.territoryLevel,
        path: actor.territoryPath,
        service: actor.service ?? false,
        grants: actor.grants ?? [],
      },
      {
        action,
        type: r.type,
        confidential: r.confidential,
        within:
          r.territoryPath === null ? "national_record" : segmentsWithin(actor.territoryPath, r.territoryPath),
        sameBody: r.bodyId === actor.bodyId,
        party: r.parties?.includes(actor.bodyId) ?? false,
        overseen: r.overseers?.includes(actor.bodyId) ?? false,
      },
    ),
  );
}

function filterIncludes(f: TerritoryFilter, recordPath: string | null): boolean {
  if (f.kind === "all") return true;
  if (recordPath === null) return f.national;
  return recordPath === f.equals || sqlLike(recordPath, f.like);
}

describe("access matrix: generated (fast-check)", () => {
  it("can agrees with the oracle for actors holding any roles", () => {
    fc.assert(
      fc.property(caseArb, ({ actor, action, resource }) => {
        const got = can(actor, action, resource);
        const want = oracleFor(actor, action, resource);
        const allowed = want.some((w) => w.allowed);
        expect(got.allowed).toBe(allowed);
        // A refusal names the reason one of the roles was refused for (or `role` when there is none).
        if (!got.allowed) {
          const codes = want.flatMap((w) => (w.allowed ? [] : [w.code]));
          expect(codes.length === 0 ? ["access.role"] : codes).toContain(got.code);
        }
      }),
      { numRuns: 20000 },
    );
  });

  it("no role lends its clearance to another: a multi-role actor never exceeds its best single role", () => {
    fc.assert(
      fc.property(caseArb, ({ actor, action, resource }) => {
        const alone = actor.roles.some((role) => can({ ...actor, roles: [role] }, action, resource).allowed);
        expect(can(actor, action, resource).allowed).toBe(alone);
      }),
      { numRuns: 10000 },
    );
  });

  it("the SQL territory filter selects exactly the territories the rule allows", () => {
    fc.assert(
      fc.property(
        actorArb,
        fc.constantFrom(...RESOURCE_TYPES),
        fc.option(path),
        (actor, type, recordPath) => {
          const f = territoryFilter(actor, type);
          const expected = oracleNational({ level: actor.territoryLevel, path: actor.territoryPath })
            ? true
            : recordPath === null
              ? actor.roles.some((r) => ORACLE_NPM_ROLES.includes(r) && covers(r, "read", type))
              : segmentsWithin(actor.territoryPath, recordPath);
          expect(filterIncludes(f, recordPath)).toBe(expected);
        },
      ),
      { numRuns: 20000 },
    );
  });

  it("a list query returns exactly the rows can lets the actor read (records without secrecy barriers)", () => {
    // A hand-off's list is its body's inbox or outbox, not a territory's (policy.ts PARTY_SCOPED).
    const plainTypes = RESOURCE_TYPES.filter(
      (t) => t !== "family_case" && t !== "health_record" && !PARTY_SCOPED.includes(t),
    );
    const arb = actorArb
      .filter((a) => a.roles.length === 1)
      .chain((actor) =>
        fc.tuple(
          fc.constant(actor),
          fc.constantFrom(...plainTypes),
          recordPathArb(actor),
          fc.constantFrom("b1", "b2"),
        ),
      );
    fc.assert(
      fc.property(arb, ([actor, type, recordPath, bodyId]) => {
        const role = actor.roles[0];
        if (role === undefined || !covers(role, "read", type)) return;
        const restriction = bodyRestriction(actor, type);
        const listed =
          filterIncludes(territoryFilter(actor, type), recordPath) &&
          (restriction === null || restriction === bodyId);
        expect(can(actor, "read", { type, territoryPath: recordPath, bodyId }).allowed).toBe(listed);
      }),
      { numRuns: 20000 },
    );
  });

  it("a marked part is withheld exactly when no role of the actor may read it behind its barrier (author aside)", () => {
    const markArb: fc.Arbitrary<ConfidentialMark> = fc.record({
      field: fc.constantFrom("input.details.victims", "input.details.criteria", "personal", "*"),
      barrier: fc.constantFrom("victim" as const, "health" as const),
      article: fc.constant("001 Art. 83(2)"),
    });
    fc.assert(
      fc.property(
        caseArb,
        fc.array(markArb, { maxLength: 3 }),
        fc.boolean(),
        ({ actor, resource }, marks, author) => {
          const r: Resource = { ...resource, confidential: undefined };
          const withheld = withheldParts(actor, r, marks, { authoredByActor: author });
          const oActor = {
            roles: actor.roles,
            level: actor.territoryLevel,
            path: actor.territoryPath,
            service: actor.service ?? false,
            grants: actor.grants ?? [],
          };
          const oCase = {
            type: r.type,
            within:
              r.territoryPath === null
                ? ("national_record" as const)
                : segmentsWithin(actor.territoryPath, r.territoryPath),
            sameBody: r.bodyId === actor.bodyId,
            party: r.parties?.includes(actor.bodyId) ?? false,
            overseen: r.overseers?.includes(actor.bodyId) ?? false,
          };
          for (const m of marks) {
            const hidden = withheld.some((x) => x.field === m.field && x.barrier === m.barrier);
            expect(hidden).toBe(!expectPartShown(oActor, oCase, m.barrier, author));
          }
        },
      ),
      { numRuns: 20000 },
    );
  });
});
