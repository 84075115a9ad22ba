import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MEASURE_KINDS } from "@aldyn/law";
import type { Me, MeasureCreate } from "@aldyn/contract";
import { ROLES } from "../../access/roles.ts";
import { login, makeBody, makeUser, type LoggedIn } from "../../test/app.ts";
import { personsWorld, type PersonsWorld } from "../persons/persons.fixture.ts";
import { newPerson, postJson } from "./measures.fixture.ts";

/**
 * The issue form offers the kinds `/auth/me` lists (`measureKinds`, R11.1): the list must be exactly
 * what the issue route accepts from that user, role by role. A kind listed is refused neither for the
 * role (403 access.role) nor for the issuer (`measure.issuer_not_competent`, 001 Art. 48(2)) with the
 * issuer listed; a kind not listed is refused for one of them whoever is named as the issuer. The
 * requests name no legal ground (001 Art. 49(1)), so nothing is written.
 */
let w: PersonsWorld;
let personId: string;
const me: Partial<Record<(typeof ROLES)[number], { who: LoggedIn; kinds: Me["measureKinds"] }>> = {};

beforeAll(async () => {
  w = await personsWorld();
  personId = await newPerson(w, w.as.cop1);
  // Every role as a user of a body in the person's district, so territory never decides.
  const body = await makeBody(w.t.db, w.d1.code, "police_unit", "District 1 body of every role");
  for (const role of ROLES) {
    await makeUser(w.t.db, { username: `r_${role}`, roles: [role], bodyId: body });
    const who = await login(w.t.app, `r_${role}`);
    const res = await w.t.app.inject({ method: "GET", url: "/api/v1/auth/me", headers: who.headers });
    expect(res.statusCode).toBe(200);
    me[role] = { who, kinds: (res.json() as { user: Me }).user.measureKinds };
  }
}, 120_000);
afterAll(async () => w.close());

/** Why the route refused the request for this user, if for the role or the issuer; else null. */
async function refusalForUser(who: LoggedIn, kind: string, issuer: "own" | "court"): Promise<string | null> {
  const body = {
    kind,
    ...(kind === "statutory_notice"
      ? { organisation: { name: "School 5", headOrOfficial: "Director" } }
      : {}),
    ...(kind === "statutory_notice" ? {} : { personId }),
    ...(issuer === "court" ? { issuerKind: "court" } : {}),
    issuedAt: new Date().toISOString(),
  } as MeasureCreate;
  const res = await postJson(w, who, "/api/v1/measures", body);
  expect(res.statusCode, res.body).not.toBe(201);
  const error = (res.json() as { error: { code: string; details?: { code: string }[] } }).error;
  const codes = [error.code, ...(error.details ?? []).map((d) => d.code)];
  if (codes.includes("access.role")) return "access.role";
  if (codes.includes("measure.issuer_not_competent")) return "measure.issuer_not_competent";
  expect(res.statusCode, res.body).toBe(422);
  return null;
}

describe("the kinds /auth/me offers are the kinds the issue route accepts (R11.1; 001 Art. 48(2))", () => {
  it.each(ROLES)("%s", async (role) => {
    const { who, kinds } = me[role]!;
    for (const kind of MEASURE_KINDS) {
      const offered = kinds.find((k) => k.kind === kind);
      for (const issuer of ["own", "court"] as const) {
        const refusal = await refusalForUser(who, kind, issuer);
        const listed = offered?.issuers.includes(issuer) ?? false;
        expect({ kind, issuer, accepted: refusal === null }).toEqual({ kind, issuer, accepted: listed });
      }
    }
  });

  it("police issue their own measures and record courts' acts; a family centre its own two; an analyst none", () => {
    const of = (role: (typeof ROLES)[number]) =>
      Object.fromEntries(me[role]!.kinds.map((k) => [k.kind, k.issuers]));
    expect(of("police_inspector_dv").protective_order).toEqual(["own"]);
    expect(of("police_inspector_local").parole).toEqual(["court"]);
    expect(of("police_inspector_local").restraining_order).toEqual(["own", "court"]);
    expect(of("school_council_member").pedagogical_support).toEqual(["own"]);
    expect(of("school_council_member").protective_order).toBeUndefined();
    // The centre registers persons (families) in difficult life situations (001 Art. 54(1)) and
    // draws up their individual assistance plans (001 Art. 55(1)): those two kinds, its own decision.
    expect(of("family_centre_specialist").difficult_life_situation_registration).toEqual(["own"]);
    expect(of("family_centre_specialist").social_adaptation_plan).toEqual(["own"]);
    expect(of("family_centre_specialist").protective_order).toBeUndefined();
    expect(me.mobile_group_member!.kinds).toEqual([]);
    expect(me.analyst!.kinds).toEqual([]);
  });
});
