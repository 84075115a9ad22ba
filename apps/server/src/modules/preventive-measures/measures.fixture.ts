import type { LightMyRequestResponse } from "fastify";
import { addCalendarDays, legalDateOf, type LegalDate } from "@aldyn/law";
import type { Measure, MeasureCreate, MeasureFactCreate } from "@aldyn/contract";
import { login, makeBody, makeUser, type LoggedIn } from "../../test/app.ts";
import { createVia, personInput, personsWorld, type PersonsWorld } from "../persons/persons.fixture.ts";

/**
 * The persons world (inspectors of two districts of one region, a region prosecutor, an analyst)
 * plus a region-level police head, for the measures, register and worklist tests.
 */
export interface MeasuresWorld extends PersonsWorld {
  readonly head: LoggedIn;
}

export async function measuresWorld(): Promise<MeasuresWorld> {
  const w = await personsWorld();
  const d1Path = await pathOf(w, w.d1.code);
  const region = await w.t.db
    .selectFrom("territory")
    .select("code")
    .where("path", "=", d1Path.split(".").slice(0, 2).join("."))
    .executeTakeFirstOrThrow();
  const body = await makeBody(w.t.db, region.code, "police_unit", "Region police department");
  await makeUser(w.t.db, { username: "head", roles: ["police_head"], bodyId: body });
  return { ...w, head: await login(w.t.app, "head") };
}

async function pathOf(w: PersonsWorld, code: string): Promise<string> {
  const t = await w.t.db
    .selectFrom("territory")
    .select("path")
    .where("code", "=", code)
    .executeTakeFirstOrThrow();
  return t.path;
}

export const HOUR = 3600_000;
export const DAY = 24 * HOUR;

export function today(): LegalDate {
  return legalDateOf(new Date());
}

/**
 * 09:00 in Almaty `days` legal days before today: an instant whose following hours stay on the same
 * legal day, so a fact an hour later (a warning served after its issue) falls on the same day whatever
 * the hour the suite runs — `Date.now() - days` at 23:30 Almaty put the service on the next day and
 * the checks of the warning and its register entry on two days.
 */
export function morningDaysAgo(days: number): Date {
  return new Date(`${addCalendarDays(today(), -days)}T09:00:00+05:00`);
}

/** A birth date `years` years and `days` days before today. */
export function bornYearsAgo(years: number, days = 0): LegalDate {
  const t = today();
  const y = Number(t.slice(0, 4)) - years;
  return addCalendarDays(`${y}${t.slice(4)}`.replace("-02-29", "-02-28"), -days);
}

let adults = 0;

/** A person in district 1 (or another) created by the given user. */
export async function newPerson(
  w: PersonsWorld,
  who: LoggedIn,
  opts: { born?: LegalDate; districtId?: string } = {},
): Promise<string> {
  // Distinct birth dates keep generated IINs apart (makeIin moves a serial with no check digit onto
  // the next one, so serials alone can collide).
  const born = opts.born ?? addCalendarDays("1980-01-01", adults++);
  const p = await createVia(w, who, personInput(opts.districtId ?? w.d1.id, { born }));
  return p.id;
}

export function warningBody(personId: string, issuedAt: Date): MeasureCreate {
  return {
    kind: "official_warning",
    personId,
    issuedAt: issuedAt.toISOString(),
    legalGround: "direct_discovery",
    justification: { basis: "antisocial_behaviour", text: "Repeated threats reported by neighbours" },
    details: {},
    rightsExplained: true,
  };
}

export async function postJson(
  w: PersonsWorld,
  who: LoggedIn,
  url: string,
  payload: unknown,
): Promise<LightMyRequestResponse> {
  return w.t.app.inject({ method: "POST", url, headers: who.headers, payload: payload as object });
}

export async function getJson(w: PersonsWorld, who: LoggedIn, url: string): Promise<LightMyRequestResponse> {
  return w.t.app.inject({ method: "GET", url, headers: who.headers });
}

export async function issue(w: PersonsWorld, who: LoggedIn, body: MeasureCreate): Promise<Measure> {
  const res = await postJson(w, who, "/api/v1/measures", body);
  if (res.statusCode !== 201) throw new Error(`issue: ${res.statusCode} ${res.body}`);
  return res.json() as Measure;
}

export async function addFact(
  w: PersonsWorld,
  who: LoggedIn,
  m: Measure,
  fact: Omit<MeasureFactCreate, "version">,
): Promise<Measure> {
  const res = await postJson(w, who, `/api/v1/measures/${m.id}/facts`, { version: m.version, ...fact });
  if (res.statusCode !== 201) throw new Error(`fact: ${res.statusCode} ${res.body}`);
  return res.json() as Measure;
}

export async function countRows(w: PersonsWorld): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const t of [
    "measure",
    "measure_fact",
    "measure_duty",
    "register_entry",
    "register_fact",
    "audit_log",
  ] as const) {
    const r = await w.t.db
      .selectFrom(t)
      .select((eb) => eb.fn.countAll<number>().as("n"))
      .executeTakeFirstOrThrow();
    out[t] = Number(r.n);
  }
  return out;
}
