import { sql, type Transaction } from "kysely";
import type { LegalDate } from "@aldyn/law";
import type { Database } from "../db/schema.ts";
import type { ActCtx, MeasureDeps } from "../modules/preventive-measures/measure-deps.ts";
import { demoCtx, demoDeps, type DemoClock } from "./demo-families-kit.ts";

/**
 * What the demo's minors' scenario (demo-minors.ts) shares: the bodies it works with, found from the
 * demo users' bodies as the seed placed them, the minors of the first district it uses, and a way to
 * act as a demo user on a day of the scenario through the modules' own use cases.
 */

export interface MinorsBodies {
  readonly commissionRegion: string;
  readonly commissionD1: string;
  readonly commissionD2: string;
  readonly police: string;
  readonly school: string;
  readonly familyCentre: string;
  readonly akimat: string;
  readonly guardianship: string;
  readonly health: string;
  readonly education: string;
  /** The first district's territory (the school's, the commission's). */
  readonly d1Territory: string;
}

async function bodyOf(trx: Transaction<Database>, username: string) {
  return trx
    .selectFrom("app_user as u")
    .innerJoin("body as b", "b.id", "u.body_id")
    .select(["b.id", "b.parent_id", "b.territory_id"])
    .where("u.username", "=", username)
    .executeTakeFirstOrThrow();
}

export async function minorsBodies(trx: Transaction<Database>): Promise<MinorsBodies> {
  const d1 = await bodyOf(trx, "commission.secretary");
  if (!d1.parent_id) throw new Error("The demo's district commission has no commission above it.");
  const d2 = await trx
    .selectFrom("body")
    .select("id")
    .where("type", "=", "minors_commission")
    .where("parent_id", "=", d1.parent_id)
    .where("id", "<>", d1.id)
    .executeTakeFirstOrThrow();
  const id = async (username: string) => (await bodyOf(trx, username)).id;
  return {
    commissionRegion: d1.parent_id,
    commissionD1: d1.id,
    commissionD2: d2.id,
    police: await id("juvenile"),
    school: await id("school"),
    familyCentre: await id("family.centre"),
    akimat: await id("akimat"),
    guardianship: await id("guardianship.officer"),
    health: await id("health.officer"),
    education: await id("education.officer"),
    d1Territory: d1.territory_id,
  };
}

/** A minor of the district with a parent on record (the legal representative a council or commission invites). */
export interface DemoMinor {
  readonly id: string;
  readonly iin: string;
  readonly surname: string;
  readonly givenName: string;
  readonly birthDate: string;
  readonly parent: { readonly id: string; readonly fullName: string; readonly sex: string };
}

/**
 * Minors aged 11 to 16 of the district with a parent on record, none of them in the families' scenario
 * (demo-families.ts) nor on the preventive register, in a fixed order so every first start picks the
 * same persons.
 */
export async function districtMinors(
  trx: Transaction<Database>,
  territoryId: string,
  today: LegalDate,
  n: number,
): Promise<DemoMinor[]> {
  const r = await sql<{
    id: string;
    iin: string;
    last_name_cyr: string;
    first_name_cyr: string;
    birth_date: string;
    parent_id: string;
    parent_name: string;
    parent_sex: string;
  }>`SELECT m.id, m.iin, m.last_name_cyr, m.first_name_cyr, to_char(m.birth_date, 'YYYY-MM-DD') AS birth_date,
        p.id AS parent_id, p.last_name_cyr || ' ' || p.first_name_cyr AS parent_name, p.sex AS parent_sex
      FROM person m
      JOIN LATERAL (SELECT r.* FROM person_link l JOIN person r ON r.id = l.representative_id
        WHERE l.minor_id = m.id AND l.kind = 'parent' AND l.until IS NULL ORDER BY r.sex DESC, r.id LIMIT 1) p ON true
     WHERE m.territory_id = ${territoryId}::uuid AND m.iin IS NOT NULL AND m.merged_into IS NULL
       AND m.birth_date BETWEEN (${today}::date - interval '16 years') AND (${today}::date - interval '11 years')
       AND NOT EXISTS (SELECT 1 FROM family_member f WHERE f.person_id IN (m.id, p.id))
       AND NOT EXISTS (SELECT 1 FROM dv_incident_person d WHERE d.person_id IN (m.id, p.id))
       AND NOT EXISTS (SELECT 1 FROM register_entry e WHERE e.person_id = m.id)
     ORDER BY m.id DESC LIMIT ${n}`.execute(trx);
  return r.rows.map((x) => ({
    id: x.id,
    iin: x.iin,
    surname: x.last_name_cyr,
    givenName: x.first_name_cyr,
    birthDate: x.birth_date,
    parent: { id: x.parent_id, fullName: x.parent_name, sex: x.parent_sex },
  }));
}

/** A demo user acting on a day of the scenario: the use case's deps with the clock set, and its context. */
export interface Acting {
  readonly deps: MeasureDeps;
  readonly ctx: ActCtx;
}

export function actingAs(trx: Transaction<Database>, c: DemoClock) {
  const ctxs = new Map<string, ActCtx>();
  return async (username: string, days: number, hour = 10): Promise<Acting> => {
    let ctx = ctxs.get(username);
    if (!ctx) {
      ctx = await demoCtx(trx, username);
      ctxs.set(username, ctx);
    }
    return { deps: demoDeps(trx, c.at(days, hour)), ctx };
  };
}

export type ActAs = ReturnType<typeof actingAs>;
