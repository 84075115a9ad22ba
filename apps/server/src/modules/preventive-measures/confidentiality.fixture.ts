import type { MeasureCreate } from "@aldyn/contract";
import { login, makeBody, makeUser, type LoggedIn } from "../../test/app.ts";
import { HOUR, measuresWorld, postJson, type MeasuresWorld } from "./measures.fixture.ts";

/**
 * The measures world plus the users the confidentiality tests act as: a domestic violence inspector
 * of district 1 (cleared for victims' data by the task, 001 Art. 72) and a system administrator of
 * the region (gives and revokes grants). `cop1` is district 1's local inspector, without a grant.
 */
export interface ConfidentialityWorld extends MeasuresWorld {
  readonly dv: LoggedIn;
  readonly admin: LoggedIn;
  readonly ids: { readonly cop1: string; readonly head: string; readonly admin: string; readonly dv: string };
}

export async function confidentialityWorld(): Promise<ConfidentialityWorld> {
  const w = await measuresWorld();
  const db = w.t.db;
  const d1 = await db
    .selectFrom("territory")
    .select(["path", "parent_id"])
    .where("id", "=", w.d1.id)
    .executeTakeFirstOrThrow();
  const region = await db
    .selectFrom("territory")
    .select("code")
    .where("id", "=", d1.parent_id!)
    .executeTakeFirstOrThrow();
  const dvBody = await makeBody(db, w.d1.code, "police_unit", "District 1 domestic violence unit");
  const dv = await makeUser(db, { username: "dv1", roles: ["police_inspector_dv"], bodyId: dvBody });
  const adminBody = await makeBody(db, region.code, "system_operator", "Region system operator");
  const admin = await makeUser(db, { username: "admin1", roles: ["system_admin"], bodyId: adminBody });
  const head = await db
    .selectFrom("app_user")
    .select("id")
    .where("username", "=", "head")
    .executeTakeFirstOrThrow();
  return {
    ...w,
    dv: await login(w.t.app, "dv1"),
    admin: await login(w.t.app, "admin1"),
    ids: { cop1: w.userIds.cop1, head: head.id, admin, dv },
  };
}

export const VICTIM_NAME = "Сейтқали Әйгерім Болатқызы";
export const VICTIM_ADDRESS = "Астана қ., Сығанақ к-сі, 3";

/** A protective order (001 Art. 60) protecting one victim, linked to her register record when given. */
export function protectiveOrder(personId: string, victimId?: string): MeasureCreate {
  return {
    kind: "protective_order",
    personId,
    issuedAt: new Date(Date.now() - 2 * HOUR).toISOString(),
    legalGround: "direct_discovery",
    justification: { basis: "antisocial_behaviour", text: "Threats of violence against the spouse" },
    details: {
      subjectSane: true,
      placeOfIssue: "District police office",
      placeOfViolence: "The shared dwelling",
      timeOfViolence: new Date(Date.now() - 10 * HOUR).toISOString(),
      circumstances: "Threats of violence against the spouse",
      victims: [
        { fullName: VICTIM_NAME, address: VICTIM_ADDRESS, ...(victimId ? { personId: victimId } : {}) },
      ],
      prohibitions: ["violence", "visiting_victim"],
      coversFamilyMembers: true,
      consequencesStated: true,
      appealRightStated: true,
    },
    rightsExplained: true,
  };
}

/** A compulsory medical measure by a court's decision (001 Art. 58), recorded by the executing body. */
export function medicalMeasure(personId: string): MeasureCreate {
  return {
    kind: "compulsory_medical_measure",
    personId,
    issuerKind: "court",
    issuedAt: new Date(Date.now() - 2 * HOUR).toISOString(),
    legalGround: "state_body_materials",
    justification: { basis: "judicial_act", text: "Court decision on compulsory treatment" },
    details: {},
  };
}

/** Gives a grant through the API as `who`; returns the response. */
export async function giveGrant(
  w: ConfidentialityWorld,
  who: LoggedIn,
  userId: string,
  barrier: string,
  reason = "Duty officer for domestic violence cases in the district",
) {
  return postJson(w, who, `/api/v1/users/${userId}/grants`, { barrier, reason });
}
