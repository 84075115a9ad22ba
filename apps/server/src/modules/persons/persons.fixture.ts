import type { LightMyRequestResponse } from "fastify";
import { makeIin, type LegalDate, type Sex } from "@aldyn/law";
import type { Person, PersonCreate } from "@aldyn/contract";
import {
  login,
  makeBody,
  makeUser,
  territories,
  testApp,
  type LoggedIn,
  type TestApp,
} from "../../test/app.ts";

/**
 * A real API on a fresh database with the users the persons tests act as: inspectors of two
 * districts of one region, a region-level prosecutor, an analyst, a family centre specialist of the
 * first district.
 */
export interface PersonsWorld {
  readonly t: TestApp;
  readonly d1: { id: string; code: string };
  readonly d2: { id: string; code: string };
  readonly otherDistrict: { id: string; code: string };
  readonly as: Record<"cop1" | "cop2" | "prosecutor" | "analyst" | "family", LoggedIn>;
  readonly userIds: Record<"cop1" | "cop2", string>;
  close(): Promise<void>;
}

async function territoryId(t: TestApp, code: string): Promise<string> {
  const r = await t.db
    .selectFrom("territory")
    .select("id")
    .where("code", "=", code)
    .executeTakeFirstOrThrow();
  return r.id;
}

export async function personsWorld(): Promise<PersonsWorld> {
  const t = await testApp();
  const terr = await territories(t.db);
  const b1 = await makeBody(t.db, terr.d1, "police_unit", "District 1 police");
  const b2 = await makeBody(t.db, terr.d2, "police_unit", "District 2 police");
  const region = await makeBody(t.db, terr.region, "prosecutor_office", "Region prosecutor");
  const centre = await makeBody(t.db, terr.d1, "family_support_centre", "Family centre");
  const cop1 = await makeUser(t.db, { username: "cop1", roles: ["police_inspector_local"], bodyId: b1 });
  const cop2 = await makeUser(t.db, { username: "cop2", roles: ["police_inspector_juvenile"], bodyId: b2 });
  await makeUser(t.db, { username: "prosecutor", roles: ["prosecutor"], bodyId: region });
  await makeUser(t.db, { username: "analyst", roles: ["analyst"], bodyId: region });
  await makeUser(t.db, { username: "family", roles: ["family_centre_specialist"], bodyId: centre });
  const as = {
    cop1: await login(t.app, "cop1"),
    cop2: await login(t.app, "cop2"),
    prosecutor: await login(t.app, "prosecutor"),
    analyst: await login(t.app, "analyst"),
    family: await login(t.app, "family"),
  };
  return {
    t,
    d1: { id: await territoryId(t, terr.d1), code: terr.d1 },
    d2: { id: await territoryId(t, terr.d2), code: terr.d2 },
    otherDistrict: { id: await territoryId(t, terr.otherDistrict), code: terr.otherDistrict },
    as,
    userIds: { cop1, cop2 },
    close: () => t.close(),
  };
}

let serial = 100;

/** A valid person in a district; each call gets a fresh IIN unless one is given. */
export function personInput(
  districtId: string,
  over: Partial<PersonCreate> & { born?: LegalDate; sex?: Sex } = {},
): PersonCreate {
  const { born = "1990-05-17", ...rest } = over;
  const sex = over.sex ?? "male";
  return {
    iin: makeIin(born, sex, serial++),
    lastNameCyr: "Сейтқали",
    firstNameCyr: "Нұрлан",
    middleNameCyr: "Серікұлы",
    lastNameLat: "Seitkali",
    firstNameLat: "Nurlan",
    actualAddress: { text: "ул. Абая, 1", territoryId: districtId },
    contacts: [{ kind: "phone", value: "+7 701 000 00 00" }],
    documents: [
      { kind: "identity_card", number: "012345678", issuedOn: "2020-01-10", validUntil: "2030-01-09" },
    ],
    ...rest,
  };
}

export async function post(
  w: PersonsWorld,
  who: LoggedIn,
  url: string,
  payload: unknown,
): Promise<LightMyRequestResponse> {
  return w.t.app.inject({ method: "POST", url, headers: who.headers, payload: payload as object });
}

export async function get(w: PersonsWorld, who: LoggedIn, url: string): Promise<LightMyRequestResponse> {
  return w.t.app.inject({ method: "GET", url, headers: who.headers });
}

export async function patch(
  w: PersonsWorld,
  who: LoggedIn,
  url: string,
  payload: unknown,
): Promise<LightMyRequestResponse> {
  return w.t.app.inject({ method: "PATCH", url, headers: who.headers, payload: payload as object });
}

/** Creates a person through the API and returns it (throws unless 201). */
export async function createVia(w: PersonsWorld, who: LoggedIn, input: PersonCreate): Promise<Person> {
  const res = await post(w, who, "/api/v1/persons", input);
  if (res.statusCode !== 201) throw new Error(`create person: ${res.statusCode} ${res.body}`);
  return res.json() as Person;
}

export interface ErrorJson {
  error: {
    code: string;
    field?: string;
    article?: string;
    message: string;
    details?: { field: string; message: string }[];
  };
}

export async function auditRows(w: PersonsWorld, recordId: string, action?: string) {
  let q = w.t.db
    .selectFrom("audit_log")
    .selectAll()
    .where("record_type", "=", "person")
    .where("record_id", "=", recordId);
  if (action) q = q.where("action", "=", action);
  return q.orderBy("id").execute();
}
