import type pg from "pg";
import { call, login, type Session } from "./http.ts";
import type { Op } from "./ops.ts";

/**
 * The work with minors (001 Arts. 21(10), 78, 79, 82): the commission secretary's case list, a case's
 * page and a meeting's page (79(6)(9)), the region commission's view of its lower commissions
 * (79(6)(4)), the school council's pupils with the 78(2)(4) criterion, the juvenile inspector's
 * worklist (82), the region's quarterly analysis of the schools (21(10)) and a school's 500-row attendance
 * import (78(2)(4)) — each through the API next to the same work as raw SQL. The users are made here (`bench.mc`, `bench.mc.region`,
 * `bench.school`, `bench.juvenile`, `bench.edu`, with the demo inspector's password hash) at the demo
 * inspector's district and region; the data are tools/synthetic/seed-minors.ts'.
 */
export interface MinorsPlace {
  districtId: string;
  districtPath: string;
  regionId: string;
  regionPath: string;
  policeBodyId: string;
}

async function ensureUser(pool: pg.Pool, username: string, role: string, bodyId: string): Promise<void> {
  await pool.query(
    `INSERT INTO app_user (username, full_name, body_id, roles, password_hash, must_change_password, active)
     SELECT $1, 'Benchmark ' || $2, $3, ARRAY[$2], u.password_hash, false, true
     FROM app_user u WHERE u.username = 'inspector'
     ON CONFLICT (username) DO NOTHING`,
    [username, role, bodyId],
  );
}

/** The body of a type at a territory (the earliest), or null. */
async function bodyAt(pool: pg.Pool, type: string, territoryId: string): Promise<string | null> {
  const r = await pool.query<{ id: string }>(
    "SELECT id FROM body WHERE type = $1 AND territory_id = $2 ORDER BY created_at, id LIMIT 1",
    [type, territoryId],
  );
  return r.rows[0]?.id ?? null;
}

// The secretary's list as case-read.ts listCases reads it: the commission's links (for the access
// rules' oversight), the count and the page (urgent first, newest), the minors' names.
const CASE_LIST_SQL = [
  "SELECT body_id, parent_body_id FROM minors_commission",
  "SELECT count(*)::int FROM minors_case k WHERE k.commission_body_id = $1",
  `SELECT k.*, (SELECT count(*)::int FROM minors_case_material mm WHERE mm.case_id = k.id) AS materials,
     p.last_name_cyr, p.first_name_cyr, p.birth_date
   FROM minors_case k JOIN person p ON p.id = k.minor_person_id WHERE k.commission_body_id = $1
   ORDER BY k.urgent DESC, k.opened_on DESC, k.number DESC LIMIT 25`,
];

// A case whole: persons, materials, events, the items that decided it, its duties' hand-offs.
const CASE_SQL = [
  "SELECT * FROM minors_case WHERE id = $1",
  `SELECT cp.*, p.last_name_cyr, p.first_name_cyr, p.birth_date FROM minors_case_person cp
   JOIN person p ON p.id = cp.person_id WHERE cp.case_id = $1`,
  "SELECT * FROM minors_case_material WHERE case_id = $1 ORDER BY seq",
  "SELECT * FROM minors_case_event WHERE case_id = $1 ORDER BY seq",
  `SELECT i.*, m.scheduled_at, m.number FROM meeting_item i JOIN commission_meeting m ON m.id = i.meeting_id
   WHERE i.case_id = $1 ORDER BY m.scheduled_at`,
  "SELECT * FROM handoff WHERE record_type = 'minors_case' AND record_id = $1 ORDER BY sent_at",
];

// A meeting's page as read-meeting.ts assembles it: the meeting, agenda, roll, votes, invitations, duties.
const MEETING_SQL = [
  "SELECT * FROM commission_meeting WHERE id = $1",
  `SELECT i.*, k.number FROM meeting_item i LEFT JOIN minors_case k ON k.id = i.case_id
   WHERE i.meeting_id = $1 ORDER BY i.seq`,
  `SELECT a.*, m.full_name, m.role FROM meeting_attendance a JOIN commission_member m ON m.id = a.member_id
   WHERE a.meeting_id = $1`,
  "SELECT v.* FROM meeting_vote v JOIN meeting_item i ON i.id = v.item_id WHERE i.meeting_id = $1",
  `SELECT v.*, p.last_name_cyr, p.first_name_cyr FROM meeting_invitation v JOIN person p ON p.id = v.person_id
   WHERE v.meeting_id = $1`,
  "SELECT d.* FROM decision_duty d JOIN meeting_item i ON i.id = d.item_id WHERE i.meeting_id = $1",
];

// The lower commissions of a region's (79(6)(4)): cases by state, meetings held and decisions by code.
const LOWER_SQL = [
  `SELECT k.commission_body_id, k.state, count(*) FROM minors_case k
   JOIN minors_commission c ON c.body_id = k.commission_body_id WHERE c.parent_body_id = $1 GROUP BY 1, 2`,
  `SELECT m.commission_body_id, count(*) FROM commission_meeting m JOIN minors_commission c ON c.body_id = m.commission_body_id
   WHERE c.parent_body_id = $1 AND m.state = 'held' AND m.scheduled_at >= now() - interval '1 year' GROUP BY 1`,
  `SELECT m.commission_body_id, i.decision, count(*) FROM meeting_item i JOIN commission_meeting m ON m.id = i.meeting_id
   JOIN minors_commission c ON c.body_id = m.commission_body_id
   WHERE c.parent_body_id = $1 AND i.decision IS NOT NULL AND m.closed_at IS NOT NULL
     AND i.decided_at >= now() - interval '1 year' GROUP BY 1, 2`,
  `SELECT i.decided_at, m.commission_body_id, i.decision, k.number FROM meeting_item i
   JOIN commission_meeting m ON m.id = i.meeting_id JOIN minors_commission c ON c.body_id = m.commission_body_id
   JOIN minors_case k ON k.id = i.case_id WHERE c.parent_body_id = $1 AND i.decision IS NOT NULL
     AND m.closed_at IS NOT NULL AND i.decided_at >= now() - interval '1 year' ORDER BY i.decided_at DESC`,
];

// The school's pupils as pupils.ts reads them: a year of absences, open attention records, supports, names.
const PUPILS_SQL = [
  `SELECT person_id, absent_on, valid_reason FROM school_absence
   WHERE school_body_id = $1 AND absent_on >= current_date - interval '1 year'`,
  "SELECT * FROM attention_record WHERE school_body_id = $1 AND until IS NULL",
  `SELECT m.id, m.person_id, m.status, (SELECT count(*) FROM support_plan_step s WHERE s.measure_id = m.id)
   FROM measure m WHERE m.issuer_body_id = $1 AND m.kind = 'pedagogical_support'`,
  `SELECT p.id, p.iin, p.birth_date, p.last_name_cyr, p.first_name_cyr FROM person p
   WHERE p.id IN (SELECT person_id FROM school_absence WHERE school_body_id = $1
     AND absent_on >= current_date - interval '1 year')`,
];

// The juvenile worklist as juvenile-worklist.ts reads it: minors on the register of the district with
// their current restrictions and activities, next control check first, 25 a page, and the count.
const WORKLIST_SQL = [
  `SELECT count(*) FROM register_entry e JOIN person p ON p.id = e.person_id
   WHERE (e.territory_path = $1 OR e.territory_path LIKE $1 || '.%') AND e.status = 'active'
     AND (e.last_day IS NULL OR e.last_day >= current_date) AND e.placed_on <= current_date
     AND p.birth_date > current_date - interval '18 years'`,
  `SELECT e.*, p.last_name_cyr, p.first_name_cyr, p.birth_date,
     (SELECT r.restrictions FROM minor_restriction r WHERE r.register_entry_id = e.id ORDER BY r.seq DESC LIMIT 1),
     (SELECT json_agg(a) FROM rehabilitation_activity a WHERE a.register_entry_id = e.id AND a.ended_on IS NULL)
   FROM register_entry e JOIN person p ON p.id = e.person_id
   WHERE (e.territory_path = $1 OR e.territory_path LIKE $1 || '.%') AND e.status = 'active'
     AND (e.last_day IS NULL OR e.last_day >= current_date) AND e.placed_on <= current_date
     AND p.birth_date > current_date - interval '18 years'
   ORDER BY e.next_control_due ASC NULLS LAST, e.id LIMIT 25`,
];

// The region's quarter (analysis.ts, the heavy counts): attention records open in it by school and
// criterion, pupils meeting 78(2)(4) in a month ending in it, council meetings held, reports by pupils.
const ANALYSIS_SQL = [
  `SELECT school_body_id, c, count(*) FROM attention_record, unnest(criteria) AS c
   WHERE territory_path ~>=~ $1 AND territory_path ~<~ ($1 || '/') AND since < $3::date
     AND (until IS NULL OR until >= $2::date) GROUP BY 1, 2`,
  `SELECT a.school_body_id, count(DISTINCT a.person_id) FROM school_absence a JOIN body b ON b.id = a.school_body_id
   JOIN territory t ON t.id = b.territory_id WHERE (t.path = $1 OR t.path LIKE $1 || '.%')
     AND NOT a.valid_reason AND a.absent_on >= $2::date - 30 AND a.absent_on < $3::date GROUP BY 1`,
  `SELECT school_body_id, outcome, count(*) FROM council_meeting
   WHERE territory_path ~>=~ $1 AND territory_path ~<~ ($1 || '/') AND held_on >= $2::date AND held_on < $3::date
   GROUP BY 1, 2`,
  // Offences reported by pupils: the reports taken by the region's schools (no index by the taking body).
  `SELECT r.taken_by_body_id, count(*) FROM citizen_report r
   WHERE r.taken_by_body_id IN (SELECT b.id FROM body b JOIN territory t ON t.id = b.territory_id
     WHERE b.type = 'school' AND (t.path = $1 OR t.path LIKE $1 || '.%'))
     AND (r.received_at AT TIME ZONE 'Asia/Almaty')::date BETWEEN $2::date AND $3::date GROUP BY 1`,
];

async function runAll(pool: pg.Pool, statements: readonly string[], args: unknown[]): Promise<void> {
  for (const s of statements) await pool.query(s, s.includes("$1") ? args : []);
}

export async function minorsOperations(
  base: string,
  pool: pg.Pool,
  password: string,
  place: MinorsPlace,
): Promise<Op[]> {
  const commission = await bodyAt(pool, "minors_commission", place.districtId);
  const regional = await bodyAt(pool, "minors_commission", place.regionId);
  // The school of the region with the most absences on record (the seed's sample).
  const school = (
    await pool.query<{ id: string }>(
      `SELECT b.id FROM body b JOIN territory t ON t.id = b.territory_id
       WHERE b.type = 'school' AND t.path LIKE $1 || '%'
       ORDER BY (SELECT count(*) FROM school_absence a WHERE a.school_body_id = b.id) DESC, b.id LIMIT 1`,
      [place.regionPath],
    )
  ).rows[0];
  if (!commission || !regional || !school) {
    process.stderr.write(
      "Minors' operations skipped: no commissions or school (npx tsx tools/synthetic/seed-minors.ts)\n",
    );
    return [];
  }
  const education =
    (await bodyAt(pool, "education_department", place.regionId)) ??
    (await bodyAt(pool, "education_department", place.districtId));
  await ensureUser(pool, "bench.mc", "minors_commission_secretary", commission);
  await ensureUser(pool, "bench.mc.region", "minors_commission_secretary", regional);
  await ensureUser(pool, "bench.school", "school_council_member", school.id);
  await ensureUser(pool, "bench.juvenile", "police_inspector_juvenile", place.policeBodyId);
  if (education) await ensureUser(pool, "bench.edu", "education_officer", education);
  const names = [
    "bench.mc",
    "bench.mc.region",
    "bench.school",
    "bench.juvenile",
    ...(education ? ["bench.edu"] : []),
  ];
  const [mc, region, sc, juvenile, edu] = (await Promise.all(names.map((u) => login(base, u, password)))) as [
    Session,
    Session,
    Session,
    Session,
    Session | undefined,
  ];
  const cases = (
    await pool.query<{ id: string }>(
      `SELECT id FROM minors_case WHERE commission_body_id = $1 ORDER BY md5(id::text) LIMIT 500`,
      [commission],
    )
  ).rows.map((r) => r.id);
  const meetings = (
    await pool.query<{ id: string }>(
      `SELECT id FROM commission_meeting WHERE commission_body_id = $1 ORDER BY md5(id::text) LIMIT 200`,
      [commission],
    )
  ).rows.map((r) => r.id);
  // The last full quarter.
  const now = new Date();
  const q0 = Math.floor(now.getUTCMonth() / 3);
  const year = q0 === 0 ? now.getUTCFullYear() - 1 : now.getUTCFullYear();
  const quarter = q0 === 0 ? 4 : q0;
  const from = new Date(Date.UTC(year, (quarter - 1) * 3, 1)).toISOString().slice(0, 10);
  const until = new Date(Date.UTC(year, quarter * 3, 1)).toISOString().slice(0, 10);
  const ops: Op[] = [
    {
      name: "minors: secretary's case list",
      api: async () => {
        await call(base, mc, "GET", "/api/v1/minors-cases?page=1&pageSize=25");
      },
      sql: () => runAll(pool, CASE_LIST_SQL, [commission]),
    },
    {
      name: "minors: case page",
      api: async (i) => {
        await call(base, mc, "GET", `/api/v1/minors-cases/${cases[i % cases.length]}`);
      },
      sql: (i) => runAll(pool, CASE_SQL, [cases[i % cases.length]]),
    },
    {
      name: "minors: meeting page",
      api: async (i) => {
        await call(base, mc, "GET", `/api/v1/commission-meetings/${meetings[i % meetings.length]}`);
      },
      sql: (i) => runAll(pool, MEETING_SQL, [meetings[i % meetings.length]]),
    },
    {
      name: "minors: school's pupils",
      api: async () => {
        await call(base, sc, "GET", "/api/v1/school-prevention/pupils?filter=all&page=1");
      },
      sql: () => runAll(pool, PUPILS_SQL, [school.id]),
    },
    {
      name: "minors: juvenile worklist",
      api: async () => {
        await call(base, juvenile, "GET", "/api/v1/juvenile/worklist?filter=all&page=1");
      },
      sql: () => runAll(pool, WORKLIST_SQL, [place.districtPath]),
    },
    {
      name: "minors: lower commissions",
      runs: 50,
      api: async () => {
        await call(base, region, "GET", `/api/v1/minors-commissions/${regional}/lower`);
      },
      sql: () => runAll(pool, LOWER_SQL, [regional]),
    },
  ];
  // 500 absences of 100 of the school district's pupils over the last 25 days (78(2)(4)): the same file
  // each run, so a re-import updates the same rows (the imports' own rows and audit are kept).
  const pupils = (
    await pool.query<{ id: string; iin: string; surname: string; given: string }>(
      `SELECT p.id, p.iin, p.last_name_cyr AS surname, p.first_name_cyr AS given FROM person p
       JOIN body b ON b.territory_id = p.territory_id WHERE b.id = $1 AND p.merged_into IS NULL AND p.iin IS NOT NULL
         AND p.birth_date > current_date - interval '17 years' AND p.birth_date <= current_date - interval '7 years'
       ORDER BY md5(p.id::text) LIMIT 100`,
      [school.id],
    )
  ).rows;
  const day = (k: number) => new Date(Date.now() - (1 + k) * 86_400_000).toISOString().slice(0, 10);
  const file = {
    fileName: "bench-attendance.csv",
    rows: pupils.flatMap((p, i) =>
      [0, 5, 10, 15, 20].map((k) => ({
        iin: p.iin,
        surname: p.surname,
        givenName: p.given,
        date: day(k + (i % 5)),
        validReason: i % 4 === 0 ? "no" : "yes",
      })),
    ),
  };
  if (pupils.length === 100)
    ops.push({
      name: "minors: attendance import (500 rows)",
      runs: 30,
      api: async () => {
        await call(base, sc, "POST", "/api/v1/school-prevention/attendance", file);
      },
      // The floor: the pupils found by IIN, the import and the 500 upserts, in a transaction taken back.
      sql: async () => {
        const c = await pool.connect();
        try {
          await c.query("BEGIN");
          await c.query("SELECT id, iin, last_name_cyr FROM person WHERE iin = ANY($1)", [
            pupils.map((p) => p.iin),
          ]);
          const imp = await c.query<{ id: string }>(
            `INSERT INTO attendance_import (school_body_id, file_name, rows, imported_by)
             VALUES ($1, 'x', 500, (SELECT id FROM app_user WHERE username = 'bench.school')) RETURNING id`,
            [school.id],
          );
          await c.query(
            `INSERT INTO school_absence (school_body_id, person_id, absent_on, valid_reason, import_id)
             SELECT $1, p, d::date, v, $5 FROM unnest($2::uuid[], $3::text[], $4::bool[]) AS x(p, d, v)
             ON CONFLICT (school_body_id, person_id, absent_on) DO UPDATE
               SET valid_reason = excluded.valid_reason, import_id = excluded.import_id`,
            [
              school.id,
              pupils.flatMap((p) => [0, 5, 10, 15, 20].map(() => p.id)),
              pupils.flatMap((_, i) => [0, 5, 10, 15, 20].map((k) => day(k + (i % 5)))),
              pupils.flatMap((_, i) => [0, 5, 10, 15, 20].map(() => i % 4 !== 0)),
              imp.rows[0]!.id,
            ],
          );
          await c.query("ROLLBACK");
        } finally {
          c.release();
        }
      },
    });
  if (edu)
    ops.push({
      name: "minors: region's school analysis",
      runs: 50,
      api: async () => {
        await call(
          base,
          edu,
          "GET",
          `/api/v1/school-prevention/analysis?year=${year}&quarter=${quarter}&territoryId=${place.regionId}`,
        );
      },
      sql: () => runAll(pool, ANALYSIS_SQL, [place.regionPath, from, until]),
    });
  if (meetings.length === 0) ops.splice(2, 1);
  return ops;
}
