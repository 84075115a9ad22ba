import type { FastifyInstance, LightMyRequestResponse } from "fastify";
import { loadConfig } from "../config.ts";
import { buildApp } from "../http/app.ts";
import { hashPassword } from "../auth/passwords.ts";
import type { Db } from "../db/pool.ts";
import type { Role } from "../access/roles.ts";
import { testDatabase, type TestDatabase } from "./db.ts";

export const TEST_PASSWORD = "Test-Password-2026!";
let cachedHash: Promise<string> | null = null;

export interface TestApp {
  readonly app: FastifyInstance;
  readonly tdb: TestDatabase;
  readonly db: Db;
  close(): Promise<void>;
}

/** The real API on a fresh real database (no mocks); requests go through fastify.inject. */
export async function testApp(env: Record<string, string> = {}): Promise<TestApp> {
  const tdb = await testDatabase();
  const config = loadConfig({ DEMO: "false", LOG_LEVEL: "silent", ...env });
  const app = await buildApp({ db: tdb.db, pool: tdb.pool, config, logger: false });
  await app.ready();
  return {
    app,
    tdb,
    db: tdb.db,
    async close() {
      await app.close();
      await tdb.close();
    },
  };
}

/** A body of a type in the territory with the given code (KZ, a region code, a district code). */
export async function makeBody(
  db: Db,
  territoryCode: string,
  type = "police_unit",
  name = "Test body",
): Promise<string> {
  const t = await db
    .selectFrom("territory")
    .select("id")
    .where("code", "=", territoryCode)
    .executeTakeFirstOrThrow();
  const b = await db
    .insertInto("body")
    .values({ name_kk: name, name_ru: name, name_en: name, type, territory_id: t.id, parent_id: null })
    .returning("id")
    .executeTakeFirstOrThrow();
  return b.id;
}

export async function makeUser(
  db: Db,
  opts: {
    username: string;
    roles: Role[];
    bodyId: string;
    mustChange?: boolean;
    service?: boolean;
    active?: boolean;
  },
): Promise<string> {
  cachedHash ??= hashPassword(TEST_PASSWORD);
  const u = await db
    .insertInto("app_user")
    .values({
      username: opts.username,
      full_name: `User ${opts.username}`,
      body_id: opts.bodyId,
      roles: opts.roles,
      password_hash: opts.service ? null : await cachedHash,
      must_change_password: opts.mustChange ?? false,
      service: opts.service ?? false,
      active: opts.active ?? true,
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  return u.id;
}

export interface LoggedIn {
  readonly cookie: string;
  readonly csrf: string;
  readonly headers: Record<string, string>;
}

export async function login(
  app: FastifyInstance,
  username: string,
  password = TEST_PASSWORD,
): Promise<LoggedIn> {
  const res = await app.inject({
    method: "POST",
    url: "/api/v1/auth/login",
    payload: { username, password },
  });
  if (res.statusCode !== 200) throw new Error(`login ${username}: ${res.statusCode} ${res.body}`);
  const c = res.cookies.find((x) => x.name === "aldyn_session");
  const csrf = (res.json() as { csrfToken: string }).csrfToken;
  const cookie = `aldyn_session=${c!.value}`;
  return { cookie, csrf, headers: { cookie, "x-csrf-token": csrf } };
}

export function json<T = unknown>(res: LightMyRequestResponse): T {
  return res.json() as T;
}

/** Two districts of one region and a district of another region, picked from the seed. */
export async function territories(
  db: Db,
): Promise<{ region: string; d1: string; d2: string; otherRegion: string; otherDistrict: string }> {
  const regions = await db
    .selectFrom("territory")
    .select(["id", "code"])
    .where("level", "=", "region")
    .orderBy("code")
    .limit(2)
    .execute();
  const [r1, r2] = regions;
  const ds1 = await db
    .selectFrom("territory")
    .select("code")
    .where("parent_id", "=", r1!.id)
    .orderBy("code")
    .limit(2)
    .execute();
  const ds2 = await db
    .selectFrom("territory")
    .select("code")
    .where("parent_id", "=", r2!.id)
    .orderBy("code")
    .limit(1)
    .execute();
  return {
    region: r1!.code,
    d1: ds1[0]!.code,
    d2: ds1[1]!.code,
    otherRegion: r2!.code,
    otherDistrict: ds2[0]!.code,
  };
}
