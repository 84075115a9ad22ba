import { CompiledQuery, sql, type Kysely } from "kysely";
import { HANDOFF_BODY_TYPES, legalDateOf, startOfLegalDate } from "@aldyn/law";
import type { Database } from "../db/schema.ts";
import {
  buildDemo,
  DEMO_ACTORS,
  DEMO_SEED,
  demoPerson,
  townOf,
  writeDemo,
  type DemoActor,
  type DemoWorld,
} from "../../../../tools/synthetic/demo/index.ts";

/** How many persons the demo region gets on a first start (README). */
export const DEMO_PERSONS = 3000;

/** Share of the demo's persons in the inspector's district; the rest live in inspector2's. */
const FIRST_DISTRICT_SHARE = 0.65;

export interface DemoPopulation {
  /** Persons written (0 when the region was populated already). */
  persons: number;
  measures: number;
  registerEntries: number;
  npmVisits: number;
}

/**
 * The demo as the synthetic generator builds it, against the demo bodies and users: the inspector's
 * district (police_d1) and inspector2's, the demo users as the officials who hold each case. Its day
 * is the start of `now`'s day in Almaty (so two first starts on one day write the same rows).
 */
export async function demoWorld(db: Kysely<Database>, now: Date): Promise<DemoWorld> {
  const users = await db
    .selectFrom("app_user as u")
    .innerJoin("body as b", "b.id", "u.body_id")
    .innerJoin("territory as t", "t.id", "b.territory_id")
    .select(["u.username", "u.id", "u.body_id", "t.id as territory_id", "t.path", "t.name_ru", "t.parent_id"])
    .where("u.username", "in", [...DEMO_ACTORS])
    .execute();
  const by = new Map(users.map((u) => [u.username, u]));
  const actor = (name: DemoActor) => {
    const u = by.get(name);
    if (!u) throw new Error(`The demo user ${name} is missing: seed the demo users first.`);
    return u;
  };
  const district = (name: "inspector" | "inspector2", weight: number) => {
    const u = actor(name);
    return {
      id: u.territory_id,
      path: u.path,
      weight,
      town: townOf(u.name_ru),
      police: { bodyId: u.body_id, userId: u.id },
    };
  };
  const region = await db
    .selectFrom("territory")
    .select(["code", "path"])
    .where("id", "=", actor("inspector").parent_id!)
    .executeTakeFirstOrThrow();
  const competent: Record<string, [string, string]> = {};
  for (const type of HANDOFF_BODY_TYPES) {
    const [a, b] = await Promise.all(
      [actor("inspector").path, actor("inspector2").path].map(async (path) => {
        const r = await sql<{
          id: string | null;
        }>`SELECT handoff_competent_body(${type}, ${path}) AS id`.execute(db);
        return r.rows[0]?.id ?? null;
      }),
    );
    if (a && b) competent[type] = [a, b];
  }
  return {
    seed: DEMO_SEED,
    now: startOfLegalDate(legalDateOf(now)).toISOString(),
    region,
    districts: [
      district("inspector", FIRST_DISTRICT_SHARE),
      district("inspector2", 1 - FIRST_DISTRICT_SHARE),
    ],
    actors: Object.fromEntries(
      DEMO_ACTORS.map((name) => [name, { bodyId: actor(name).body_id, userId: actor(name).id }]),
    ) as DemoWorld["actors"],
    competent,
  };
}

/**
 * Populates the demo region (README, "demo data") in the caller's
 * transaction: `persons` persons with five years of measures, register entries and families, the
 * designated cases that give every demo user work today (due and overdue checks and duties, every
 * state of a measure, confidential victims), and the region's NPM institutions, plans, visits and
 * reports. Once: a region already populated (its first demo person is there) gets nothing.
 */
export async function populateDemo(
  db: Kysely<Database>,
  opts: { persons?: number; now?: Date } = {},
): Promise<DemoPopulation> {
  const world = await demoWorld(db, opts.now ?? new Date());
  const first = demoPerson(world, 0);
  const there = await db.selectFrom("person").select("id").where("id", "=", first.id).executeTakeFirst();
  if (there) return { persons: 0, measures: 0, registerEntries: 0, npmVisits: 0 };
  const build = buildDemo(world, opts.persons ?? DEMO_PERSONS);
  await writeDemo({ query: (text, values) => db.executeQuery(CompiledQuery.raw(text, values ?? [])) }, build);
  const rows = (table: string) => build.tables.find((t) => t.table === table)!.rows.length;
  return {
    persons: rows("person"),
    measures: rows("measure"),
    registerEntries: rows("register_entry"),
    npmVisits: build.npm.visits.length,
  };
}
