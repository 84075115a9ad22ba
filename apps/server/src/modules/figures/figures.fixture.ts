import { sql } from "kysely";
import { addCalendarDays, legalDateOf, type LegalDate } from "@aldyn/law";
import type { Role } from "../../access/roles.ts";
import type { Db } from "../../db/pool.ts";
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
 * A small world for the figures: users of every level and rows written straight into the tables (the
 * use cases that write them are tested in their own modules; here only what the counts read matters).
 * Dates are relative to today, or fixed in last year, so the expected counts hold on any day.
 */
export interface FiguresWorld {
  readonly t: TestApp;
  readonly today: LegalDate;
  readonly lastYear: number;
  readonly codes: { region: string; d1: string; d2: string; otherRegion: string; otherDistrict: string };
  readonly paths: { region: string; d1: string; d2: string; otherRegion: string; otherDistrict: string };
  readonly as: Record<
    "cop1" | "head" | "otherHead" | "analyst" | "regionAnalyst" | "prosecutor" | "npm" | "admin",
    LoggedIn
  >;
  /** Personal data written into the fixture, which no figures response may contain. */
  readonly secrets: readonly string[];
  close(): Promise<void>;
}

let serial = 0;

async function person(db: Db, territoryCode: string, born: LegalDate): Promise<string> {
  serial++;
  const t = await db
    .selectFrom("territory")
    .select("id")
    .where("code", "=", territoryCode)
    .executeTakeFirstOrThrow();
  const p = await db
    .insertInto("person")
    .values({
      iin: String(880_000_000_000 + serial),
      last_name_cyr: `Фамилиясы${serial}`,
      first_name_cyr: "Аты",
      birth_date: born,
      sex: "male",
      actual_address: "Мекенжай",
      territory_id: t.id,
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  return p.id;
}

interface Issuer {
  body: string;
  user: string;
}

async function measure(
  db: Db,
  who: Issuer,
  path: string,
  m: { kind: string; personId: string; issuedAt: string; status: string; nextDue?: LegalDate | null },
): Promise<string> {
  const r = await db
    .insertInto("measure")
    .values({
      kind: m.kind,
      person_id: m.personId,
      issuer_body_id: who.body,
      issuer_user_id: who.user,
      issuer_kind: "police_district_inspector",
      territory_path: path,
      input: "{}",
      law_version: "001",
      issued_at: m.issuedAt,
      status: m.status,
      next_control_due: m.nextDue ?? null,
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  return r.id;
}

async function measureFact(db: Db, measureId: string, seq: number, type: string, at: string): Promise<void> {
  await db.insertInto("measure_fact").values({ measure_id: measureId, seq, type, at, data: "{}" }).execute();
}

async function entry(
  db: Db,
  who: Issuer,
  path: string,
  e: {
    personId: string;
    ground: string;
    placedOn: LegalDate;
    status: string;
    lastDay?: LegalDate | null;
    nextDue?: LegalDate | null;
  },
): Promise<string> {
  const r = await db
    .insertInto("register_entry")
    .values({
      person_id: e.personId,
      ground: e.ground,
      territory_path: path,
      placed_on: e.placedOn,
      placed_by_body: who.body,
      placed_by_user: who.user,
      placed_by_kind: "police_district_inspector",
      rights_explained: true,
      status: e.status,
      last_day: e.lastDay ?? null,
      next_control_due: e.nextDue ?? null,
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  return r.id;
}

const WARNING = "59.2.5_official_warning";
const ORDER = "59.2.6_protective_order";

export async function figuresWorld(): Promise<FiguresWorld> {
  const t = await testApp();
  const db = t.db;
  const codes = await territories(db);
  const rows = await db.selectFrom("territory").select(["code", "path"]).execute();
  const pathOf = (c: string) => rows.find((r) => r.code === c)!.path;
  const paths = {
    region: pathOf(codes.region),
    d1: pathOf(codes.d1),
    d2: pathOf(codes.d2),
    otherRegion: pathOf(codes.otherRegion),
    otherDistrict: pathOf(codes.otherDistrict),
  };
  const users: [string, Role, string, string][] = [
    ["cop1", "police_inspector_local", codes.d1, "police_unit"],
    ["head", "police_head", codes.region, "police_unit"],
    ["otherHead", "police_head", codes.otherRegion, "police_unit"],
    ["analyst", "analyst", "KZ", "ministry"],
    ["regionAnalyst", "analyst", codes.region, "akimat"],
    ["prosecutor", "prosecutor", "KZ", "prosecutor_office"],
    ["npm", "npm_participant", "KZ", "commissioner_office"],
    ["admin", "system_admin", "KZ", "system_operator"],
  ];
  let issuer: Issuer | null = null;
  for (const [name, role, code, type] of users) {
    const body = await makeBody(db, code, type, `${name} body`);
    const user = await makeUser(db, { username: name.toLowerCase(), roles: [role], bodyId: body });
    issuer ??= { body, user };
  }
  const who = issuer!;
  const today = legalDateOf(new Date());
  const day = (n: number) => addCalendarDays(today, n);
  const y = Number(today.slice(0, 4)) - 1;
  const adult = "1980-05-05";
  const minor = day(-10 * 365);

  // Region: the register summary (period: the last 30 days).
  const a1 = await person(db, codes.d1, adult);
  const a2 = await person(db, codes.d1, minor);
  const a3 = await person(db, codes.d2, minor);
  const a4 = await person(db, codes.d1, adult);
  await entry(db, who, paths.d1, {
    personId: a1,
    ground: WARNING,
    placedOn: day(-10),
    status: "active",
    nextDue: day(-1),
  });
  await entry(db, who, paths.d1, {
    personId: a2,
    ground: ORDER,
    placedOn: day(-400),
    status: "active",
    nextDue: day(5),
  });
  await entry(db, who, paths.d1, {
    personId: a4,
    ground: WARNING,
    placedOn: day(-100),
    status: "terminated",
    lastDay: day(-3),
  });
  await entry(db, who, paths.d1, { personId: a4, ground: WARNING, placedOn: day(-9), status: "annulled" });
  await entry(db, who, paths.d2, {
    personId: a3,
    ground: WARNING,
    placedOn: day(-5),
    status: "active",
    nextDue: day(-3),
  });
  const now = new Date().toISOString();
  await measure(db, who, paths.d1, {
    kind: "official_warning",
    personId: a1,
    issuedAt: now,
    status: "active",
    nextDue: day(-2),
  });
  await measure(db, who, paths.d2, {
    kind: "protective_order",
    personId: a3,
    issuedAt: now,
    status: "active",
    nextDue: day(3),
  });

  // Other region: the national figures of last year, with edges of the Almaty year.
  const b1 = await person(db, codes.otherDistrict, adult);
  const b2 = await person(db, codes.otherDistrict, adult);
  const od = paths.otherDistrict;
  const m3 = await measure(db, who, od, {
    kind: "official_warning",
    personId: b1,
    issuedAt: `${y}-03-10T10:00:00+05:00`,
    status: "active",
    nextDue: `${y}-06-10`,
  });
  await measureFact(db, m3, 0, "issued", `${y}-03-10T10:00:00+05:00`);
  await measureFact(db, m3, 1, "control_check", `${y}-04-10T11:00:00+05:00`);
  await measureFact(db, m3, 2, "control_check", `${y}-05-10T11:00:00+05:00`);
  await measureFact(db, m3, 3, "violation", `${y}-05-11T11:00:00+05:00`);
  // 1 January 01:00 in Almaty is still 31 December in UTC: it belongs to the next year.
  await measureFact(db, m3, 4, "control_check", `${y + 1}-01-01T01:00:00+05:00`);
  await measure(db, who, od, {
    kind: "protective_order",
    personId: b2,
    issuedAt: `${y}-12-31T23:30:00+05:00`,
    status: "expired",
  });
  await measure(db, who, od, {
    kind: "protective_order",
    personId: b2,
    issuedAt: `${y + 1}-01-01T02:00:00+05:00`,
    status: "expired",
  });
  const f1 = await entry(db, who, od, {
    personId: b1,
    ground: WARNING,
    placedOn: `${y}-03-10`,
    status: "active",
    nextDue: `${y}-11-01`,
  });
  await entry(db, who, od, {
    personId: b2,
    ground: ORDER,
    placedOn: `${y - 1}-05-01`,
    status: "terminated",
    lastDay: `${y}-06-30`,
  });
  await entry(db, who, od, { personId: b2, ground: ORDER, placedOn: `${y}-12-31`, status: "annulled" });
  await sql`INSERT INTO register_fact (entry_id, seq, type, "on") VALUES (${f1}, 0, 'placed', ${`${y}-03-10`}),
    (${f1}, 1, 'control_check', ${`${y}-09-01`})`.execute(db);

  const as = {} as Record<keyof FiguresWorld["as"], LoggedIn>;
  for (const [name] of users) as[name as keyof FiguresWorld["as"]] = await login(t.app, name.toLowerCase());
  const iins = await db.selectFrom("person").select(["iin", "last_name_cyr"]).execute();
  return {
    t,
    today,
    lastYear: y,
    codes,
    paths,
    as,
    secrets: iins.flatMap((p) => [p.iin ?? "", p.last_name_cyr]).filter(Boolean),
    close: () => t.close(),
  };
}
