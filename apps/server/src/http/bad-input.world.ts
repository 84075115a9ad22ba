import { sql } from "kysely";
import { addCalendarDays, legalDateOf } from "@aldyn/law";
import type { Db } from "../db/pool.ts";
import { login, makeBody, makeUser, territories, type LoggedIn, type TestApp } from "../test/app.ts";
import { personInput } from "../modules/persons/persons.fixture.ts";
import { warningBody } from "../modules/preventive-measures/measures.fixture.ts";

// The world the bad-input property test writes into (bad-input.property.test.ts), and the checksum
// that tells whether a refused request changed anything.

export type SessionName = "admin" | "cop" | "rep" | "council" | "participant" | "spare";

export interface World {
  readonly sessions: Record<SessionName, LoggedIn>;
  /** Up to three real ids of each table with a uuid `id`. */
  readonly ids: ReadonlyMap<string, string[]>;
  /** Years that have an annual report. */
  readonly years: number[];
  /** Seeds the API refused (their routes then get random ids only). */
  readonly seedFailures: string[];
  /** The table a path segment or a field names (`persons`, `visitId`), when it has rows. */
  tableOf(noun: string): string | undefined;
  /** Who writes on a path, so that a body that slipped through would reach the database. */
  sessionsFor(path: string): LoggedIn[];
}

/** Who writes in each domain (the path's segment after /api/v1); any other: any of the users. */
const SESSIONS_OF: Record<string, SessionName[]> = {
  auth: ["spare"],
  bodies: ["admin"],
  users: ["admin"],
  audit: ["admin"],
  npm: ["rep", "participant", "council"],
};

// Nouns of the API that are not their table's name.
const TABLE_ALIASES: Record<string, string> = {
  register: "register_entry",
  user: "app_user",
  recipient: "npm_annual_report_recipient",
};

function tableNamed(noun: string, ids: ReadonlyMap<string, string[]>): string | undefined {
  const base = noun
    .replace(/Ids?$/, "")
    .replace(/([a-z])([A-Z])/g, "$1_$2")
    .replace(/-/g, "_")
    .toLowerCase()
    .replace(/ies$/, "y")
    .replace(/s$/, "");
  const candidates = [TABLE_ALIASES[base], base, `npm_${base}`, `person_${base}`];
  return candidates.find((c) => c !== undefined && ids.has(c));
}

/**
 * A user of each domain (an administrator, a district inspector, the Commissioner's office, the
 * Council, a participant; a spare administrator for log-out and the like) and, through the API, a
 * record of each kind the routes' paths name: persons and a link, a measure, a register entry, NPM
 * participants, an institution, a complaint, a visit with its interview and report, an annual report.
 */
export async function makeWorld(t: TestApp): Promise<World> {
  const seedFailures: string[] = [];
  const seed = async (who: LoggedIn, url: string, body: unknown) => {
    const r = await t.app.inject({ method: "POST", url, headers: who.headers, payload: body as object });
    if (r.statusCode >= 300) seedFailures.push(`${url}: ${r.statusCode} ${r.body.slice(0, 200)}`);
    return r.statusCode < 300 ? (r.json() as { id?: string; version?: number }) : {};
  };
  const terr = await territories(t.db);
  const district = await t.db
    .selectFrom("territory")
    .select("id")
    .where("code", "=", terr.d1)
    .executeTakeFirstOrThrow();
  const admins = await makeBody(t.db, "KZ", "system_operator", "Operator");
  const police = await makeBody(t.db, terr.d1, "police_unit", "District police");
  const office = await makeBody(t.db, "KZ", "commissioner_office", "Commissioner's office");
  await makeUser(t.db, { username: "admin", roles: ["system_admin"], bodyId: admins });
  await makeUser(t.db, { username: "spare", roles: ["system_admin"], bodyId: admins });
  await makeUser(t.db, { username: "cop", roles: ["police_inspector_local"], bodyId: police });
  await makeUser(t.db, { username: "rep", roles: ["commissioner_representative"], bodyId: office });
  await makeUser(t.db, { username: "council", roles: ["coordinating_council_member"], bodyId: office });
  const p1 = await makeUser(t.db, { username: "npm-p1", roles: ["npm_participant"], bodyId: office });
  const p2 = await makeUser(t.db, { username: "npm-p2", roles: ["npm_participant"], bodyId: office });
  const sessions: Record<SessionName, LoggedIn> = {
    admin: await login(t.app, "admin"),
    spare: await login(t.app, "spare"),
    cop: await login(t.app, "cop"),
    rep: await login(t.app, "rep"),
    council: await login(t.app, "council"),
    participant: await login(t.app, "npm-p1"),
  };
  const { cop, rep, council, participant } = sessions;

  const today = legalDateOf(new Date());
  const minor = await seed(
    cop,
    "/api/v1/persons",
    personInput(district.id, { born: addCalendarDays(today, -5000) }),
  );
  const adult = await seed(cop, "/api/v1/persons", personInput(district.id, { born: "1980-02-03" }));
  await seed(cop, `/api/v1/persons/${minor.id}/links`, { representativeId: adult.id, kind: "parent" });
  await seed(cop, "/api/v1/measures", warningBody(adult.id!, new Date()));
  await seed(cop, "/api/v1/register", {
    personId: minor.id,
    ground: "59.2.8_neglected_or_homeless_minor",
    placedOn: addCalendarDays(today, -10),
    rightsExplained: true,
  });

  const pid: string[] = [];
  for (const [i, userId] of [p1, p2].entries()) {
    const p = await seed(rep, "/api/v1/npm/participants", {
      fullName: `Participant ${i}`,
      userId,
      categories: ["lawyer"],
      regionCode: "ABA",
      selectedOn: "2026-01-15",
      candidate: { citizenOfKazakhstan: true },
      certificate: { number: `C-${i}`, issuedOn: "2026-01-20" },
    });
    if (p.id) pid.push(p.id);
  }
  const inst = await seed(rep, "/api/v1/npm/institutions", {
    name: "Isolator",
    kind: "temporary_isolation_facility",
    regionCode: "ABA",
    address: "1 Main street",
    capacity: 30,
    department: "Police",
  });
  const complaint = await seed(participant, "/api/v1/npm/complaints", {
    receivedAt: "2026-03-03T09:00:00+05:00",
    institutionId: inst.id,
    complainantName: "B.",
    summary: "Torture.",
  });
  const visit = await seed(rep, "/api/v1/npm/visits", {
    kind: "special",
    form: "one_time",
    institutionIds: [inst.id],
    members: pid.map((participantId) => ({ participantId })),
    startsOn: "2026-03-03",
    endsOn: "2026-03-03",
    commissionerDecision: "Decision No. 7",
    tortureComplaintIds: [complaint.id],
  });
  const started = await seed(participant, `/api/v1/npm/visits/${visit.id}/facts`, {
    version: visit.version,
    type: "started",
    on: "2026-03-03",
  });
  await seed(participant, `/api/v1/npm/visits/${visit.id}/interviews`, {
    category: "staff",
    withoutWitnesses: false,
    summary: "Heard.",
  });
  let version = started.version;
  const p2session = await login(t.app, "npm-p2");
  for (const [who, fact] of [
    [participant, { type: "ended", on: "2026-03-03" }],
    [participant, { type: "report_signed" }],
    [p2session, { type: "report_signed" }],
  ] as const) {
    version = (await seed(who, `/api/v1/npm/visits/${visit.id}/facts`, { version, ...fact })).version;
  }
  await seed(participant, `/api/v1/npm/visits/${visit.id}/report`, {
    version,
    findings: "Findings.",
    listedComplaintIds: [complaint.id],
    recommendations: [{ addressee: "Police", text: "Repair the cells." }],
  });
  await seed(council, "/api/v1/npm/annual-reports", { year: 2026 });

  const ids = new Map<string, string[]>();
  const tables = await sql<{ table_name: string }>`
    SELECT table_name FROM information_schema.columns
    WHERE table_schema = 'public' AND column_name = 'id' AND data_type = 'uuid'`.execute(t.db);
  for (const { table_name } of tables.rows) {
    const rows = await sql<{ id: string }>`SELECT id FROM ${sql.table(table_name)} LIMIT 3`.execute(t.db);
    if (rows.rows.length)
      ids.set(
        table_name,
        rows.rows.map((r) => r.id),
      );
  }
  return {
    sessions,
    ids,
    years: [2026],
    seedFailures,
    tableOf: (noun) => tableNamed(noun, ids),
    sessionsFor: (path) =>
      (SESSIONS_OF[path.split("/")[3] ?? ""] ?? ["cop", "admin", "rep", "participant"]).map(
        (k) => sessions[k],
      ),
  };
}

// ---- "changes nothing" ----

export interface Snapshot {
  readonly tables: ReadonlyMap<string, string>;
  readonly auditMax: number;
}

/**
 * A checksum (row count and an order-independent md5) of every table the application may read, in
 * one statement, and the last audit row. Left out, as what a refused request may write by design:
 * the session's last-seen time (user_session), log-in bookkeeping (login_attempt), and audit_log,
 * whose new rows {@link changesSince} allows for refusals only.
 */
export async function snapshot(db: Db): Promise<Snapshot> {
  const tables = await sql<{ name: string }>`
    SELECT format('%I.%I', n.nspname, c.relname) AS name
    FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE c.relkind IN ('r', 'p') AND NOT c.relispartition
      AND n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg\\_%'
      AND c.relname NOT IN ('user_session', 'login_attempt', 'audit_log')
      AND has_table_privilege(c.oid, 'SELECT')
    ORDER BY 1`.execute(db);
  const parts = tables.rows.map(
    ({ name }) =>
      sql`SELECT ${name} AS name, count(*) || ':' || coalesce(md5(string_agg(md5(x::text), '' ORDER BY md5(x::text))), '') AS h FROM ${sql.raw(name)} x`,
  );
  const sums = await sql<{ name: string; h: string }>`${sql.join(parts, sql` UNION ALL `)}`.execute(db);
  const a = await sql<{ m: string | null }>`SELECT max(id)::text AS m FROM audit_log`.execute(db);
  return { tables: new Map(sums.rows.map((r) => [r.name, r.h])), auditMax: Number(a.rows[0]!.m ?? 0) };
}

/** The tables changed since `before`, and the actions of new audit rows that are not refusals. */
export async function changesSince(db: Db, before: Snapshot): Promise<string[]> {
  const after = await snapshot(db);
  const changed = [...after.tables].filter(([k, h]) => before.tables.get(k) !== h).map(([k]) => k);
  const audit = await sql<{ action: string }>`
    SELECT DISTINCT action FROM audit_log
    WHERE id > ${before.auditMax} AND action !~* '(refus|denied|forbidden)'`.execute(db);
  return [...changed, ...audit.rows.map((r) => `audit_log: ${r.action}`)];
}
