import type { LightMyRequestResponse } from "fastify";
import type { DvIncident, DvIncidentCreate, DvIncidentCreated } from "@aldyn/contract";
import { login, makeBody, makeUser, type LoggedIn } from "../../test/app.ts";
import {
  confidentialityWorld,
  type ConfidentialityWorld,
} from "../preventive-measures/confidentiality.fixture.ts";
import { bornYearsAgo, getJson, HOUR, newPerson, postJson } from "../preventive-measures/measures.fixture.ts";

/**
 * The confidentiality world (district 1's DV inspector `dv1`, local inspector `cop1` without a grant,
 * the family support centre's specialist `family`, the region's prosecutor) plus the bodies an
 * incident's notifications reach in district 1 (001 Art. 72(3)(2)) — guardianship, the commission on
 * minors' affairs, the healthcare department — a second DV inspector `dv2` of district 1 (not the
 * author of the incidents), and a school's prevention council member `school1` of district 1.
 */
export interface IncidentsWorld extends ConfidentialityWorld {
  readonly dv2: LoggedIn;
  readonly school: LoggedIn;
  readonly bodyIds: Record<"guardianship" | "commission" | "health" | "centre", string>;
}

export async function incidentsWorld(): Promise<IncidentsWorld> {
  const w = await confidentialityWorld();
  const db = w.t.db;
  const guardianship = await makeBody(db, w.d1.code, "guardianship_body", "District 1 guardianship");
  const commission = await makeBody(db, w.d1.code, "minors_commission", "District 1 commission");
  const health = await makeBody(db, w.d1.code, "healthcare_department", "District 1 healthcare");
  const school = await makeBody(db, w.d1.code, "school", "School 1");
  const dvBody = await db
    .selectFrom("app_user")
    .select("body_id")
    .where("username", "=", "dv1")
    .executeTakeFirstOrThrow();
  await makeUser(db, { username: "dv2", roles: ["police_inspector_dv"], bodyId: dvBody.body_id });
  await makeUser(db, { username: "school1", roles: ["school_council_member"], bodyId: school });
  const centre = await db
    .selectFrom("body")
    .select("id")
    .where("type", "=", "family_support_centre")
    .executeTakeFirstOrThrow();
  return {
    ...w,
    dv2: await login(w.t.app, "dv2"),
    school: await login(w.t.app, "school1"),
    bodyIds: { guardianship, commission, health, centre: centre.id },
  };
}

/** A valid incident: one adult victim, the person who committed it, reported two hours ago. */
export function incidentBody(victimId: string, over: Partial<DvIncidentCreate> = {}): DvIncidentCreate {
  return {
    victims: [{ personId: victimId, child: false }],
    forms: ["physical", "psychological"],
    occurredAt: new Date(Date.now() - 3 * HOUR).toISOString(),
    reportedAt: new Date(Date.now() - 2 * HOUR).toISOString(),
    place: "The shared dwelling",
    injuryRecorded: false,
    immediateResponse: "Arrived within 20 minutes; the offender was taken to the police unit",
    ...over,
  };
}

export async function recordVia(
  w: IncidentsWorld,
  who: LoggedIn,
  body: DvIncidentCreate,
  headers: Record<string, string> = {},
): Promise<LightMyRequestResponse> {
  return w.t.app.inject({
    method: "POST",
    url: "/api/v1/dv-incidents",
    headers: { ...who.headers, ...headers },
    payload: body,
  });
}

export async function record(
  w: IncidentsWorld,
  who: LoggedIn,
  body: DvIncidentCreate,
): Promise<DvIncidentCreated> {
  const res = await recordVia(w, who, body);
  if (res.statusCode !== 201) throw new Error(`incident: ${res.statusCode} ${res.body}`);
  return res.json() as DvIncidentCreated;
}

export async function readVia(w: IncidentsWorld, who: LoggedIn, id: string): Promise<LightMyRequestResponse> {
  return getJson(w, who, `/api/v1/dv-incidents/${id}`);
}

export async function readOk(w: IncidentsWorld, who: LoggedIn, id: string): Promise<DvIncident> {
  const res = await readVia(w, who, id);
  if (res.statusCode !== 200) throw new Error(`read incident: ${res.statusCode} ${res.body}`);
  return res.json() as DvIncident;
}

/** An adult and a child of district 1, created by the DV inspector. */
export async function victimAndChild(
  w: IncidentsWorld,
): Promise<{ adult: string; child: string; offender: string }> {
  return {
    adult: await newPerson(w, w.dv),
    child: await newPerson(w, w.dv, { born: bornYearsAgo(8) }),
    offender: await newPerson(w, w.dv),
  };
}

/** How many rows the incident's write touches, to prove a refusal wrote nothing. */
export async function caseCounts(w: IncidentsWorld): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const t of [
    "family",
    "family_member",
    "dv_incident",
    "dv_incident_person",
    "dv_incident_event",
    "person_confidential_case",
    "handoff",
  ] as const) {
    const r = await w.t.db
      .selectFrom(t)
      .select((eb) => eb.fn.countAll<number>().as("n"))
      .executeTakeFirstOrThrow();
    out[t] = Number(r.n);
  }
  return out;
}

export { postJson, getJson, HOUR };
