import type { LightMyRequestResponse } from "fastify";
import { addCalendarDays } from "@aldyn/law";
import type { RegisterEntry } from "@aldyn/contract";
import { login, makeUser, type LoggedIn } from "../../test/app.ts";
import { createVia, personInput } from "../persons/persons.fixture.ts";
import {
  bornYearsAgo,
  measuresWorld,
  newPerson,
  today,
  type MeasuresWorld,
} from "../preventive-measures/measures.fixture.ts";

/**
 * The measures world (cop1: a local inspector of district 1; cop2: the juvenile inspector of district
 * 2) plus `juv1`, the juvenile inspector of district 1 — whose worklist the tests read.
 */
export interface MinorsWorld extends MeasuresWorld {
  readonly juv1: LoggedIn;
}

export async function minorsWorld(): Promise<MinorsWorld> {
  const w = await measuresWorld();
  const body = await w.t.db
    .selectFrom("app_user")
    .select("body_id")
    .where("username", "=", "cop1")
    .executeTakeFirstOrThrow();
  await makeUser(w.t.db, { username: "juv1", roles: ["police_inspector_juvenile"], bodyId: body.body_id });
  return { ...w, juv1: await login(w.t.app, "juv1") };
}

export async function send(
  w: MinorsWorld,
  who: LoggedIn,
  method: "GET" | "POST",
  url: string,
  payload?: unknown,
  headers: Record<string, string> = {},
): Promise<LightMyRequestResponse> {
  return w.t.app.inject({
    method,
    url: `/api/v1${url}`,
    headers: { ...who.headers, ...headers },
    ...(payload === undefined ? {} : { payload: payload as object }),
  });
}

export function ok<T>(res: LightMyRequestResponse, status = 200): T {
  if (res.statusCode !== status) throw new Error(`expected ${status}, got ${res.statusCode}: ${res.body}`);
  return res.json() as T;
}

let births = 0;

/**
 * A minor of a district (aged `years`, born `days` more days before) placed on the register by hand 60
 * days ago on a minors' ground (001 Art. 59(2)(8)); distinct birth dates keep the IINs apart.
 */
export async function registeredMinor(
  w: MinorsWorld,
  opts: { years?: number; days?: number; district?: "d1" | "d2"; lastName?: string } = {},
): Promise<{ personId: string; entry: RegisterEntry }> {
  const who = opts.district === "d2" ? w.as.cop2 : w.as.cop1;
  const districtId = opts.district === "d2" ? w.d2.id : w.d1.id;
  const born = bornYearsAgo(opts.years ?? 15, (opts.days ?? 0) + births++);
  const personId =
    opts.lastName === undefined
      ? await newPerson(w, who, { born, districtId })
      : (await createVia(w, who, personInput(districtId, { born, lastNameCyr: opts.lastName }))).id;
  const entry = ok<RegisterEntry>(
    await send(w, who, "POST", "/register", {
      personId,
      ground: "59.2.8_neglected_or_homeless_minor",
      placedOn: addCalendarDays(today(), -60),
      rightsExplained: true,
    }),
    201,
  );
  return { personId, entry };
}

/** An adult parent on the register (001 Art. 59(2)(7)): not a minor for 82. */
export async function registeredAdult(w: MinorsWorld): Promise<{ personId: string; entry: RegisterEntry }> {
  const personId = await newPerson(w, w.as.cop1, { born: bornYearsAgo(35, births++) });
  const entry = ok<RegisterEntry>(
    await send(w, w.as.cop1, "POST", "/register", {
      personId,
      ground: "59.2.7_parent_failing_duties",
      placedOn: addCalendarDays(today(), -60),
      rightsExplained: true,
      subjectIsParentOrLegalRepresentative: true,
    }),
    201,
  );
  return { personId, entry };
}

/** A ruling of a judge imposing restrictions (001 Art. 82(3)), to be overridden field by field. */
export function rulingBody(over: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    kind: "imposed",
    restrictions: ["82.3.1_designated_places", "82.3.4_alcohol_or_drugs"],
    court: "Семей қалалық соты",
    rulingNumber: "2-114/2026",
    rulingOn: addCalendarDays(today(), -20),
    policeSubmissionOn: addCalendarDays(today(), -30),
    ...over,
  };
}

export async function countOf(
  w: MinorsWorld,
  table: "minor_restriction" | "rehabilitation_activity" | "rehabilitation_check",
): Promise<number> {
  const r = await w.t.db
    .selectFrom(table)
    .select((eb) => eb.fn.countAll<number>().as("n"))
    .executeTakeFirstOrThrow();
  return Number(r.n);
}
