import { describe, expect, it } from "vitest";
import { ACTIONS, type Action } from "./actions.ts";
import { can } from "./can.ts";
import { withheldParts, type Barrier, type ConfidentialMark } from "./confidentiality.ts";
import {
  expectOne,
  expectPartShown,
  ORACLE_NPM_ROLES,
  sameDecision,
  showDecision as show,
  type OracleActor,
  type OracleCase,
} from "./matrix.oracle.ts";
import { RESOURCE_TYPES, type Confidentiality, type Resource, type ResourceType } from "./resources.ts";
import { ROLES, type Actor, type ConfidentialGrant, type Role } from "./roles.ts";

/**
 * The exhaustive access matrix (issue 2, item 7): every role × action × resource type × territory
 * relation × confidentiality × own/other body × grants × human/service account, compared with the
 * oracle (matrix.oracle.ts) and checked against the zero-leak invariants stated in the issue; then the
 * marked parts of records (victims' and health data, R11.1) × the same actors × author or not.
 */

type Level = "country" | "region" | "district";
interface Placement {
  readonly level: Level;
  readonly actorPath: string;
  readonly relation: string;
  readonly recordPath: string | null;
  /** What the relation means, by its name alone: in territory, outside, or a national record. */
  readonly within: boolean | "national_record";
}

const place = (level: Level, actorPath: string, rows: ReadonlyArray<[string, string | null]>): Placement[] =>
  rows.map(([relation, recordPath]) => ({
    level,
    actorPath,
    relation,
    recordPath,
    within: relation === "national" ? "national_record" : ["same", "child", "grandchild"].includes(relation),
  }));

// Paths chosen by hand for each relation; `lookalike` shares a string prefix but not a segment.
const PLACEMENTS: readonly Placement[] = [
  ...place("country", "KZ", [
    ["same", "KZ"],
    ["child", "KZ.ABA"],
    ["grandchild", "KZ.ABA.ABA01"],
    ["unrelated", "QQ.ABA"],
    ["national", null],
  ]),
  ...place("region", "KZ.ABA", [
    ["same", "KZ.ABA"],
    ["child", "KZ.ABA.ABA01"],
    ["grandchild", "KZ.ABA.ABA01.S1"],
    ["parent", "KZ"],
    ["sibling", "KZ.AST"],
    ["unrelated", "KZ.AST.AST01"],
    ["lookalike", "KZ.ABA1"],
    ["national", null],
  ]),
  ...place("district", "KZ.ABA.ABA01", [
    ["same", "KZ.ABA.ABA01"],
    ["child", "KZ.ABA.ABA01.S1"],
    ["parent", "KZ.ABA"],
    ["grandparent", "KZ"],
    ["sibling", "KZ.ABA.ABA02"],
    ["unrelated", "KZ.AST.AST01"],
    ["lookalike", "KZ.ABA.ABA011"],
    ["national", null],
  ]),
];

const CONFIDENTIAL: ReadonlyArray<Confidentiality | undefined> = [undefined, "victim", "health", "npm"];
const GRANTS: ReadonlyArray<readonly ConfidentialGrant[]> = [[], ["victim"], ["victim", "health"]];
// `lower`: another body the actor's body is above (a lower commission, 001 Art. 79(6)(4)); `other`
// has overseers too, but not the actor's body.
const BODIES = ["own", "other", "lower", "none"] as const;
const OWN_BODY = "body-own";
const bodyOf = (body: (typeof BODIES)[number]) =>
  body === "own" ? OWN_BODY : body === "other" ? "body-other" : body === "lower" ? "body-lower" : undefined;
const overseersOf = (body: (typeof BODIES)[number]) =>
  body === "other" ? ["body-third"] : body === "lower" ? ["body-mid", OWN_BODY] : undefined;
/** The secretary and members of a commission on minors' affairs (001 Art. 79(4)). */
const COMMISSION: readonly Role[] = ["minors_commission_secretary", "minors_commission_member"];

const CASE_TYPES: readonly ResourceType[] = [
  "person",
  "measure",
  "register_entry",
  "control_check",
  "family_case",
  "health_record",
  "minors_case",
  "school_record",
  "public_assistant",
  "citizen_report",
];
/** Roles whose task victims are (001 Arts. 11, 72): stated from the law, not read from policy.ts. */
const VICTIM_TASK: readonly Role[] = [
  "police_inspector_dv",
  "family_centre_specialist",
  "mobile_group_member",
];
const isNpm = (t: ResourceType, c: Confidentiality | undefined) => t.startsWith("npm_") || c === "npm";

interface Leak {
  readonly rule: string;
  readonly at: string;
}

/**
 * Zero-leak invariants, each stated directly from the issue and independent of the oracle.
 * Returns the names of the rules an allowed decision breaks.
 */
function leaks(
  role: Role,
  action: Action,
  r: Resource,
  p: Placement,
  service: boolean,
  grants: readonly string[],
) {
  const out: string[] = [];
  const t = r.type;
  const npmRole = ORACLE_NPM_ROLES.includes(role);
  if (!npmRole && isNpm(t, r.confidential)) out.push("non-NPM role reached NPM data");
  if (npmRole && !t.startsWith("npm_") && t !== "body" && t !== "territory")
    out.push("NPM role left NPM data");
  if (action === "read_personal" && role === "analyst") out.push("analyst read personal fields");
  if (
    role === "analyst" &&
    t !== "aggregate_report" &&
    !(action === "read" && (t === "body" || t === "territory"))
  ) {
    out.push("analyst beyond aggregates");
  }
  if (
    (role === "system_admin" || role === "auditor") &&
    (CASE_TYPES.includes(t) || t.startsWith("npm_") || t === "shelter")
  ) {
    out.push(`${role} reached case or NPM data`);
  }
  if (role === "system_admin" && t === "audit_log") out.push("system_admin read the audit log");
  if ((t === "health_record" || r.confidential === "health") && !grants.includes("health")) {
    out.push("health data without a grant");
  }
  if (t === "health_record") out.push("someone reached health_record (no role reads it by task)");
  const victim = t === "family_case" || r.confidential === "victim";
  if (victim && !grants.includes("victim") && !VICTIM_TASK.includes(role)) {
    out.push("victims' data without clearance or grant");
  }
  // Families' records are written by those who respond to violence or support families (001 Arts.
  // 11, 54, 72(3)); changed only by the roles whose task victims are.
  if (
    t === "family_case" &&
    action === "create" &&
    !VICTIM_TASK.includes(role) &&
    !role.startsWith("police_")
  )
    out.push("a family's record created outside the police, the centre and the mobile group");
  if (t === "family_case" && action === "update" && !VICTIM_TASK.includes(role))
    out.push("a family's record changed by a role whose task victims are not");
  // A shelter's address is shown only inside the centre and to the DV inspector (001 Arts. 72(2), 83(2));
  // only a centre keeps its shelters, and only its own (001 Art. 10(2)(4)).
  if (
    t === "shelter" &&
    action === "read_personal" &&
    role !== "family_centre_specialist" &&
    role !== "police_inspector_dv"
  )
    out.push("a shelter's address outside the centre and the DV inspector");
  if (t === "shelter" && (action === "create" || action === "update") && role !== "family_centre_specialist")
    out.push("a shelter kept by a body that is not a family support centre");
  if (t === "shelter" && role === "family_centre_specialist" && r.bodyId !== OWN_BODY)
    out.push("a centre reached another centre's shelter");
  // Supervision never writes; acknowledging a hand-off sent to the office (001 Art. 51(3)) is its act.
  if (role === "prosecutor" && !["read", "read_personal", "export"].includes(action))
    if (!(t === "handoff" && action === "update")) out.push("prosecutor wrote");
  // A hand-off is seen by its sender and receiver only (001 Art. 39(3)), wherever they are.
  if (t === "handoff" && r.parties?.includes(OWN_BODY) !== true) out.push("hand-off reached by a non-party");
  if (t === "handoff" && action === "create") out.push("hand-off created outside its record's use case");
  // Reports: the reporter's contacts are personal data (001 Art. 6(4)); a head reads without them, only
  // the contact centre triages and routes (changes) a report.
  if (t === "citizen_report" && action === "read_personal" && role === "body_head")
    out.push("body head read a reporter's contacts");
  if (t === "citizen_report" && action === "update" && role !== "hotline_operator")
    out.push("a report changed outside the contact centre");
  // A commission's cases and composition: its own secretary and members, the commissions above it to
  // read (001 Art. 79(4),(6)(4)), the prosecutor's supervision; established only by the akimat or an
  // administrator (79(2),(3)); never written from above.
  const commissionRecord = t === "minors_case" || t === "minors_commission";
  const reading = action === "read" || action === "read_personal";
  if (commissionRecord && COMMISSION.includes(role)) {
    const own = r.bodyId === OWN_BODY;
    if (!own && !(reading && r.overseers?.includes(OWN_BODY) === true))
      out.push("a commission's record reached by another commission that does not oversee it");
  }
  if (t === "minors_case" && !COMMISSION.includes(role) && role !== "prosecutor")
    out.push("a minors' case reached outside the commission and supervision");
  if (t === "minors_case" && !reading && role !== "minors_commission_secretary")
    out.push("a minors' case written by someone other than the secretary");
  if (
    t === "minors_commission" &&
    action === "create" &&
    role !== "akimat_officer" &&
    role !== "system_admin"
  )
    out.push("a commission established by someone other than the akimat or an administrator");
  // A school's records are its own council's (001 Arts. 23(9), 78(3)); the education management body
  // analyses figures only (21(10)).
  if (t === "school_record" && role === "school_council_member" && r.bodyId !== OWN_BODY)
    out.push("a school council reached another school's record");
  if (t === "school_record" && role !== "school_council_member" && role !== "prosecutor")
    out.push("a school's record reached outside the school and supervision");
  if (t === "person" && role === "school_council_member" && action === "update")
    out.push("a school council changed a person's card");
  if (service && ["manage", "sign", "approve"].includes(action))
    out.push("service account managed, signed or approved");
  if (
    t === "npm_complaint" &&
    action === "read_personal" &&
    role !== "npm_participant" &&
    role !== "commissioner_representative"
  ) {
    out.push("npm_complaint personal data beyond participants and the representative");
  }
  // Territory decides everything but a hand-off, whose parties decide (above).
  const national = p.level === "country" || t === "handoff";
  if (!national && p.within === false) out.push("record outside the territory");
  if (!national && p.within === "national_record" && !npmRole)
    out.push("national record below country level");
  return out;
}

function actorOf(role: Role, p: Placement, service: boolean, grants: readonly ConfidentialGrant[]): Actor {
  return {
    userId: "u",
    roles: [role],
    bodyId: OWN_BODY,
    territoryPath: p.actorPath,
    territoryLevel: p.level,
    service,
    grants,
  };
}

describe("access matrix: every role × action × type × territory relation (exhaustive)", () => {
  it.each(ROLES.map((r) => [r]))("%s matches the oracle with zero leaks", (role) => {
    const mismatches: string[] = [];
    const leaked: Leak[] = [];
    let cases = 0;
    let allowed = 0;
    for (const p of PLACEMENTS)
      for (const service of [false, true])
        for (const grants of GRANTS) {
          const actor = actorOf(role, p, service, grants);
          const oActor: OracleActor = { role, level: p.level, path: p.actorPath, service, grants };
          for (const type of RESOURCE_TYPES)
            for (const confidential of CONFIDENTIAL)
              for (const body of BODIES) {
                const bodyId = bodyOf(body);
                // The parties of a hand-off: the actor's body among two, another body only, or none.
                const parties =
                  body === "own" ? ["body-other", OWN_BODY] : body === "other" ? ["body-other"] : undefined;
                const overseers = overseersOf(body);
                const resource: Resource = {
                  type,
                  territoryPath: p.recordPath,
                  bodyId,
                  confidential,
                  parties,
                  overseers,
                };
                const party = body === "own";
                const overseen = body === "lower";
                const oCase = {
                  type,
                  confidential,
                  within: p.within,
                  sameBody: body === "own",
                  party,
                  overseen,
                };
                for (const action of ACTIONS) {
                  cases++;
                  const got = can(actor, action, resource);
                  const want = expectOne(oActor, { ...oCase, action } satisfies OracleCase);
                  // Built only when needed: millions of cases run here.
                  const at = () =>
                    `${role} ${action} ${type} conf=${confidential ?? "-"} ${p.level}/${p.relation} body=${body} service=${service} grants=${grants.join("+")}`;
                  if (!sameDecision(got, want))
                    mismatches.push(`${at()}: got ${show(got)}, want ${show(want)}`);
                  if (!got.allowed) continue;
                  allowed++;
                  for (const rule of leaks(role, action, resource, p, service, grants))
                    leaked.push({ rule, at: at() });
                  // Seeing personal fields always comes with seeing the record.
                  if (action === "read_personal" && !can(actor, "read", resource).allowed) {
                    leaked.push({ rule: "read_personal without read", at: at() });
                  }
                }
              }
        }
    expect(cases).toBe(
      PLACEMENTS.length * 2 * GRANTS.length * RESOURCE_TYPES.length * 4 * BODIES.length * ACTIONS.length,
    );
    expect(mismatches.slice(0, 20)).toEqual([]);
    expect(leaked.slice(0, 20)).toEqual([]);
    // Every role can do something, or the matrix would be vacuous for it.
    expect(allowed).toBeGreaterThan(0);
  });
});

// Marked parts of records (confidentiality.ts; migration 0021): none, a victim field, a health field,
// both on one field, a whole record behind health.
const MARKS: ReadonlyArray<readonly ConfidentialMark[]> = [
  [],
  [{ field: "input.details.victims", barrier: "victim", article: "001 Art. 83(2)" }],
  [{ field: "input.details.disqualifyingDisease", barrier: "health", article: "001 Art. 83(2)" }],
  [
    { field: "input.details.criteria", barrier: "health", article: "001 Art. 83(2)" },
    { field: "input.details.criteria", barrier: "victim", article: "001 Art. 83(2)" },
  ],
  [{ field: "*", barrier: "health", article: "001 Art. 83(2)" }],
];

/**
 * Zero-leak rules for a marked part shown, stated directly from R11.1 and independent of the oracle:
 * victims' data to the roles whose task it is (001 Art. 72), a victim grant, or their author; health
 * data to a health grant or their author; never to roles without case data.
 */
function partLeaks(role: Role, barrier: Barrier, grants: readonly string[], author: boolean): string[] {
  const out: string[] = [];
  if (barrier === "health" && !grants.includes("health") && !author) out.push("health part without a grant");
  if (barrier === "victim" && !grants.includes("victim") && !author && !VICTIM_TASK.includes(role))
    out.push("victim part without clearance or grant");
  if (["analyst", "system_admin", "auditor", ...ORACLE_NPM_ROLES].includes(role))
    out.push(`${role} saw a marked part of case data`);
  return out;
}

describe("confidential parts: every role × placement × grants × marks × author (exhaustive)", () => {
  it.each(ROLES.map((r) => [r]))("%s: withheld parts match the oracle with zero leaks", (role) => {
    const mismatches: string[] = [];
    const leaked: Leak[] = [];
    let shownParts = 0;
    for (const p of PLACEMENTS)
      for (const service of [false, true])
        for (const grants of GRANTS) {
          const actor = actorOf(role, p, service, grants);
          const oActor = { roles: [role], level: p.level, path: p.actorPath, service, grants };
          for (const type of CASE_TYPES)
            for (const body of BODIES)
              for (const marks of MARKS)
                for (const author of [false, true]) {
                  const bodyId = bodyOf(body);
                  const overseers = overseersOf(body);
                  const resource: Resource = { type, territoryPath: p.recordPath, bodyId, overseers };
                  const withheld = withheldParts(actor, resource, marks, { authoredByActor: author });
                  const overseen = body === "lower";
                  const oCase = { type, within: p.within, sameBody: body === "own", party: false, overseen };
                  const at = () =>
                    `${role} ${type} ${p.level}/${p.relation} body=${body} service=${service} grants=${grants.join("+")} author=${author}`;
                  for (const mark of marks) {
                    const hidden = withheld.some((x) => x.field === mark.field && x.barrier === mark.barrier);
                    const want = expectPartShown(oActor, oCase, mark.barrier, author);
                    if (hidden === want)
                      mismatches.push(
                        `${at()} ${mark.field}/${mark.barrier}: hidden=${hidden}, want shown=${want}`,
                      );
                    if (hidden) continue;
                    shownParts++;
                    for (const rule of partLeaks(role, mark.barrier, grants, author))
                      leaked.push({ rule, at: at() });
                    // A part is shown only on a record whose personal fields the actor may read.
                    if (!can(actor, "read_personal", resource).allowed)
                      leaked.push({ rule: "part shown on an unreadable record", at: at() });
                  }
                  // Nothing is withheld that was not marked, and each withheld part says why.
                  for (const x of withheld)
                    if (!marks.some((m) => m.field === x.field && m.barrier === x.barrier) || x.reason === "")
                      leaked.push({ rule: "withheld part not marked or without a reason", at: at() });
                }
        }
    expect(mismatches.slice(0, 20)).toEqual([]);
    expect(leaked.slice(0, 20)).toEqual([]);
    // A body's head reads reports without personal fields, so no marked part of one either.
    const nonReaders = ["analyst", "system_admin", "auditor", "body_head", ...ORACLE_NPM_ROLES];
    const reader = nonReaders.includes(role) ? 0 : 1;
    expect(shownParts > 0).toBe(reader === 1);
  });
});
