import { sql, type Transaction } from "kysely";
import {
  DEFAULT_DAY_TRANSFERS,
  DEFAULT_LAW_CONFIG,
  kazakhstanWorkCalendar,
  type LegalDate,
} from "@aldyn/law";
import type { Db } from "../db/pool.ts";
import type { Database } from "../db/schema.ts";
import { loadUserContext, toAuth } from "../auth/user-queries.ts";
import type { ActCtx, MeasureDeps } from "../modules/preventive-measures/measure-deps.ts";

/**
 * What the demo's families and centre scenario (demo-families.ts) needs to write through the modules'
 * own use cases — so every projection, mark, hand-off and audit row is what the app writes — inside the
 * seed's one transaction, on a clock of the scenario's choosing.
 */

/**
 * The seed's transaction in the shape of a database the use cases open their transactions on: each
 * `db.transaction().execute(fn)` runs `fn` on the seed's transaction, so a first start cut short still
 * leaves nothing behind (seed-demo.ts).
 */
export function inSeedTransaction(trx: Transaction<Database>): Db {
  const builder = {
    setIsolationLevel: () => builder,
    setAccessMode: () => builder,
    execute: <T>(fn: (t: Transaction<Database>) => Promise<T>) => fn(trx),
  };
  return new Proxy(trx, {
    get(target, key, receiver) {
      if (key === "transaction") return () => builder;
      const value = Reflect.get(target, key, receiver) as unknown;
      // Kysely keeps its state in private fields: its methods must run on the transaction itself.
      return typeof value === "function" ? (value as (...a: unknown[]) => unknown).bind(target) : value;
    },
  }) as unknown as Db;
}

/** The scenario's clock: a day counted from the demo's today, at an hour of Almaty (UTC+5). */
export interface DemoClock {
  readonly today: LegalDate;
  /** The instant `days` days from today (negative: ago) at `hour`:`minute` in Almaty. */
  at(days: number, hour?: number, minute?: number): Date;
  /** The legal date `days` days from today. */
  day(days: number): LegalDate;
}

export function demoClock(today: LegalDate): DemoClock {
  const base = Date.parse(`${today}T00:00:00+05:00`);
  const DAY = 86_400_000;
  return {
    today,
    at: (days, hour = 10, minute = 0) => new Date(base + days * DAY + (hour * 60 + minute) * 60_000),
    day: (days) => new Date(base + days * DAY + 12 * 3_600_000).toISOString().slice(0, 10) as LegalDate,
  };
}

/** The use cases' dependencies on the seed's transaction, their clock set to `now`. */
export function demoDeps(trx: Transaction<Database>, now: Date): MeasureDeps {
  return {
    db: inSeedTransaction(trx),
    law: DEFAULT_LAW_CONFIG,
    workCalendar: kazakhstanWorkCalendar(DEFAULT_DAY_TRANSFERS),
    now: () => now,
  };
}

/** A demo user acting as the app sees it after login: its actor and an audit context of the seed. */
export async function demoCtx(trx: Transaction<Database>, username: string): Promise<ActCtx> {
  const u = await trx
    .selectFrom("app_user")
    .select(["id", "full_name", "roles", "body_id"])
    .where("username", "=", username)
    .executeTakeFirstOrThrow();
  const row = await loadUserContext(trx, u.id);
  if (!row) throw new Error(`The demo user ${username} is missing.`);
  const { actor } = toAuth(row, null);
  return {
    actor,
    userId: u.id,
    audit: {
      actorId: u.id,
      actorName: u.full_name,
      role: actor.roles[0] ?? null,
      bodyId: u.body_id,
      route: "demo seed",
      ip: null,
      requestId: null,
    },
  };
}

export async function bodyIdOf(trx: Transaction<Database>, username: string): Promise<string> {
  const u = await trx
    .selectFrom("app_user")
    .select("body_id")
    .where("username", "=", username)
    .executeTakeFirstOrThrow();
  return u.body_id;
}

/** One family of the demo as the persons the synthetic population already holds. */
export interface DemoHousehold {
  readonly mother: string;
  readonly children: readonly string[];
  readonly partner: string;
}

/**
 * Households of the district's population (tools/synthetic: a minor and the parents the generator
 * linked): first mothers with their children under 18, then women of the district without children on
 * record; the partner is the children's father where linked, else a man of the district without
 * family links. In a fixed order, so every first start picks the same persons.
 */
export async function demoHouseholds(
  trx: Transaction<Database>,
  territoryId: string,
  today: LegalDate,
  n: number,
): Promise<DemoHousehold[]> {
  const mothers = await sql<{ mother: string; children: string[]; father: string | null }>`
    SELECT r.id AS mother, array_agg(l.minor_id ORDER BY m.birth_date, m.id) AS children,
      (SELECT l2.representative_id FROM person_link l2 JOIN person f ON f.id = l2.representative_id
        WHERE l2.minor_id = ANY (array_agg(l.minor_id)) AND l2.until IS NULL AND f.sex = 'male'
        ORDER BY f.id LIMIT 1) AS father
    FROM person_link l
    JOIN person r ON r.id = l.representative_id
    JOIN person m ON m.id = l.minor_id
    WHERE r.territory_id = ${territoryId}::uuid AND r.sex = 'female' AND l.kind = 'parent' AND l.until IS NULL
      AND m.birth_date > (${today}::date - interval '18 years')
    GROUP BY r.id ORDER BY count(*) DESC, r.id LIMIT ${n}`.execute(trx);
  const women = await sql<{ id: string }>`SELECT p.id FROM person p
    WHERE p.territory_id = ${territoryId}::uuid AND p.sex = 'female'
      AND p.birth_date BETWEEN (${today}::date - interval '55 years') AND (${today}::date - interval '20 years')
      AND NOT EXISTS (SELECT 1 FROM person_link l WHERE l.representative_id = p.id OR l.minor_id = p.id)
    ORDER BY p.id LIMIT ${n}`.execute(trx);
  const men = await sql<{ id: string }>`SELECT p.id FROM person p
    WHERE p.territory_id = ${territoryId}::uuid AND p.sex = 'male'
      AND p.birth_date < (${today}::date - interval '20 years')
      AND NOT EXISTS (SELECT 1 FROM person_link l WHERE l.representative_id = p.id OR l.minor_id = p.id)
    ORDER BY p.id LIMIT ${n * 2}`.execute(trx);
  const used = new Set(
    mothers.rows.flatMap((r) => [r.mother, ...r.children, ...(r.father ? [r.father] : [])]),
  );
  const spare = men.rows.map((r) => r.id).filter((id) => !used.has(id));
  const out: DemoHousehold[] = [];
  for (const r of mothers.rows) {
    const partner = r.father ?? spare.shift();
    // Up to three children each, so the shelter's places hold the scenario's stays.
    if (partner) out.push({ mother: r.mother, children: r.children.slice(0, 3), partner });
  }
  for (const w of women.rows) {
    const partner = spare.shift();
    if (out.length < n && partner) out.push({ mother: w.id, children: [], partner });
  }
  return out.slice(0, n);
}
