import type pg from "pg";
import { call, login, type Session } from "./http.ts";
import type { Op } from "./ops.ts";

/**
 * Domestic violence and family support (001 Arts. 10, 54, 55, 72): recording an incident with its
 * 72(3)(2) hand-offs, the DV inspector's worklist page, the family support centre's worklist, a
 * family's page and a region's six-monthly assessment pack (72(4)) — each through the API next to the
 * same work as raw SQL. The users are made here (`bench.dv`, `bench.centre`, `bench.akimat`, with the
 * demo inspector's password hash) in the demo inspector's district and region; the families are the
 * synthetic ones (tools/synthetic/seed-families.ts).
 */
export interface DvPlace {
  districtId: string;
  districtPath: string;
  regionId: string;
  regionPath: string;
  policeBodyId: string;
}

/** A login for a role at a body, made once (idempotent by username). */
async function ensureUser(pool: pg.Pool, username: string, role: string, bodyId: string): Promise<void> {
  await pool.query(
    `INSERT INTO app_user (username, full_name, body_id, roles, password_hash, must_change_password, active)
     SELECT $1, 'Benchmark ' || $2, $3, ARRAY[$2], u.password_hash, false, true
     FROM app_user u WHERE u.username = 'inspector'
     ON CONFLICT (username) DO NOTHING`,
    [username, role, bodyId],
  );
}

/** The body of a type at a territory, made under the synthetic root when none is there. */
async function ensureBody(pool: pg.Pool, type: string, territoryId: string): Promise<string> {
  const had = await pool.query<{ id: string }>(
    "SELECT id FROM body WHERE type = $1 AND territory_id = $2 ORDER BY created_at, id LIMIT 1",
    [type, territoryId],
  );
  if (had.rows[0]) return had.rows[0].id;
  const made = await pool.query<{ id: string }>(
    `INSERT INTO body (name_kk, name_ru, name_en, type, territory_id)
     VALUES ('synthetic: ' || $1, 'synthetic: ' || $1, 'synthetic: ' || $1, $1, $2) RETURNING id`,
    [type, territoryId],
  );
  return made.rows[0]!.id;
}

// The worklist's page as list-incidents.ts reads it: the incidents of the district, newest report
// first, with the notification state from the hand-offs (001 Art. 72(3)(2)), 25 a page, and the count.
const NOTIFY_STATE = `CASE
    WHEN NOT EXISTS (SELECT 1 FROM handoff h WHERE h.record_type = 'dv_incident' AND h.record_id = i.id) THEN 'none'
    WHEN EXISTS (SELECT 1 FROM handoff h WHERE h.record_type = 'dv_incident' AND h.record_id = i.id
      AND h.state = 'sent' AND h.due_at < now()) THEN 'overdue'
    WHEN EXISTS (SELECT 1 FROM handoff h WHERE h.record_type = 'dv_incident' AND h.record_id = i.id
      AND h.state = 'sent') THEN 'pending'
    ELSE 'received' END`;
const worklistSql = (filter: string) => [
  `SELECT count(*) FROM dv_incident i JOIN territory t ON t.id = i.territory_id
   WHERE (t.path = $1 OR t.path LIKE $1 || '.%') ${filter}`,
  `SELECT i.*, f.label, ${NOTIFY_STATE} AS notify,
     (SELECT array_agg(p.last_name_cyr) FROM dv_incident_person ip JOIN person p ON p.id = ip.person_id
      WHERE ip.incident_id = i.id AND ip.role IN ('victim', 'child_victim')) AS victims
   FROM dv_incident i JOIN territory t ON t.id = i.territory_id JOIN family f ON f.id = i.family_id
   WHERE (t.path = $1 OR t.path LIKE $1 || '.%') ${filter}
   ORDER BY i.reported_at DESC, i.id LIMIT 25`,
];

// The centre's worklist as family-support/worklist.ts reads it: open steps due within 7 days or
// overdue of the centre's plans, stays ending within 3 days or past, notices not yet accepted.
const CENTRE_SQL = [
  `SELECT s.id, s.measure_id, s.due_on, m.person_id FROM assistance_plan_step s JOIN measure m ON m.id = s.measure_id
   WHERE s.state = 'open' AND s.due_on <= current_date + 7 AND m.issuer_body_id = $1 AND m.status <> 'terminated'
   ORDER BY s.due_on, s.id`,
  `SELECT st.id, st.planned_until FROM shelter_stay st JOIN shelter s ON s.id = st.shelter_id
   WHERE st.state = 'staying' AND s.centre_body_id = $1 AND st.planned_until <= current_date + 3
   ORDER BY st.planned_until, st.id`,
  `SELECT id, due_at FROM handoff WHERE receiver_body_id = $1 AND state IN ('sent', 'received')
     AND ground = ANY('{domestic_violence.incident_notice,protective_order.copy,difficult_life_situation.inform_centre}')
   ORDER BY due_at, id`,
];

// A family's page as families/read-family.ts assembles it: members, incidents, measures, stays, visits.
const FAMILY_SQL = [
  `SELECT f.*, t.path FROM family f JOIN territory t ON t.id = f.territory_id WHERE f.id = $1`,
  `SELECT fm.*, p.last_name_cyr, p.first_name_cyr, p.birth_date FROM family_member fm
   JOIN person p ON p.id = fm.person_id WHERE fm.family_id = $1`,
  `SELECT i.*, (SELECT count(*) FROM handoff h WHERE h.record_type = 'dv_incident' AND h.record_id = i.id)
   FROM dv_incident i WHERE i.family_id = $1 ORDER BY i.occurred_at`,
  `SELECT m.id, m.kind, m.status, m.issued_at FROM family_measure fm JOIN measure m ON m.id = fm.measure_id
   WHERE fm.family_id = $1`,
  `SELECT * FROM shelter_stay WHERE family_id = $1`,
  `SELECT * FROM outreach_visit WHERE family_id = $1`,
];

// The pack's figures for a region's half-year (dv-assessment/assessment-figures.ts), the heavy counts.
const PACK_SQL = [
  `SELECT count(*), count(*) FILTER (WHERE i.repeat_number > 1), count(*) FILTER (WHERE i.children_present),
     count(*) FILTER (WHERE i.injury_recorded), count(DISTINCT i.family_id)
   FROM dv_incident i JOIN territory t ON t.id = i.territory_id
   WHERE (t.path = $1 OR t.path LIKE $1 || '.%') AND i.occurred_at >= $2 AND i.occurred_at < $3`,
  `SELECT h.state, count(*), count(*) FILTER (WHERE coalesce(h.received_at, now()) > h.due_at)
   FROM handoff h WHERE h.record_type = 'dv_incident' AND h.territory_path ~>=~ $1
     AND h.territory_path ~<~ ($1 || '/') AND h.sent_at >= $2 AND h.sent_at < $3 GROUP BY 1`,
  `SELECT m.kind, count(*) FROM measure m WHERE m.kind IN
     ('difficult_life_situation_registration', 'social_adaptation_plan', 'protective_order')
   AND m.territory_path ~>=~ $1 AND m.territory_path ~<~ ($1 || '/') AND m.issued_at >= $2 AND m.issued_at < $3
   GROUP BY 1`,
  `SELECT count(*), count(*) FILTER (WHERE signs_of_violence) FROM outreach_visit
   WHERE territory_path ~>=~ $1 AND territory_path ~<~ ($1 || '/') AND visited_on >= $2::date AND visited_on < $3::date`,
  `SELECT count(*) FROM shelter_stay st JOIN shelter s ON s.id = st.shelter_id JOIN body b ON b.id = s.centre_body_id
   JOIN territory t ON t.id = b.territory_id
   WHERE (t.path = $1 OR t.path LIKE $1 || '.%') AND st.admitted_on >= $2::date AND st.admitted_on < $3::date`,
];

async function runAll(pool: pg.Pool, statements: readonly string[], args: unknown[]): Promise<void> {
  for (const s of statements) await pool.query(s, args);
}

export async function dvOperations(
  base: string,
  pool: pg.Pool,
  password: string,
  place: DvPlace,
  victims: readonly string[],
): Promise<Op[]> {
  const centreBody = await ensureBody(pool, "family_support_centre", place.districtId);
  const akimatBody = await ensureBody(pool, "akimat", place.regionId);
  await ensureUser(pool, "bench.dv", "police_inspector_dv", place.policeBodyId);
  await ensureUser(pool, "bench.centre", "family_centre_specialist", centreBody);
  await ensureUser(pool, "bench.akimat", "akimat_officer", akimatBody);
  const [dv, centre, akimat] = (await Promise.all(
    ["bench.dv", "bench.centre", "bench.akimat"].map((u) => login(base, u, password)),
  )) as [Session, Session, Session];
  const families = (
    await pool.query<{ id: string }>(
      `SELECT f.id FROM family f WHERE f.territory_id = $1 AND EXISTS (SELECT 1 FROM dv_incident i WHERE i.family_id = f.id)
       ORDER BY md5(f.id::text) LIMIT 500`,
      [place.districtId],
    )
  ).rows.map((r) => r.id);
  if (families.length === 0) {
    process.stderr.write("DV operations skipped: no families (npx tsx tools/synthetic/seed-families.ts)\n");
    return [];
  }
  // The current half-year's pack of the region: opened once (a draft recomputes its figures on each read).
  const now = new Date();
  const half = now.getUTCMonth() < 6 ? 1 : 2;
  const from = new Date(Date.UTC(now.getUTCFullYear(), half === 1 ? 0 : 6, 1));
  const until = new Date(Date.UTC(now.getUTCFullYear(), half === 1 ? 6 : 12, 1));
  const had = await pool.query<{ id: string }>(
    "SELECT id FROM dv_assessment_pack WHERE region_path = $1 AND year = $2 AND half = $3",
    [place.regionPath, now.getUTCFullYear(), half],
  );
  const packId =
    had.rows[0]?.id ??
    ((await call(base, akimat, "POST", "/api/v1/dv-assessments", {})) as { id: string }).id;
  const incident = (i: number) => {
    const reported = new Date(Date.now() - 3_600_000);
    return {
      victims: [{ personId: victims[i % victims.length]!, child: false }],
      forms: ["physical", "psychological"],
      occurredAt: new Date(reported.getTime() - 1_800_000).toISOString(),
      reportedAt: reported.toISOString(),
      place: "Benchmark: the family's dwelling",
      injuryRecorded: i % 10 === 0,
      childrenPresentCount: i % 3 === 0 ? 1 : 0,
      immediateResponse: "Benchmark: the offender removed, the victim told of her rights.",
    };
  };
  return [
    {
      name: "DV: record an incident",
      runs: 100,
      api: async (i) => {
        await call(base, dv, "POST", "/api/v1/dv-incidents", incident(i));
      },
      // The floor writes what the use case writes (the incident, its person, event, one family and a
      // hand-off to the centre) in a transaction taken back, so it leaves nothing.
      sql: async (i) => {
        const c = await pool.connect();
        try {
          await c.query("BEGIN");
          const v = victims[i % victims.length]!;
          const f = await c.query<{ id: string }>(
            `INSERT INTO family (territory_id, label, created_by, created_body_id)
             SELECT p.territory_id, p.last_name_cyr, (SELECT id FROM app_user WHERE username = 'bench.dv'), $2
             FROM person p WHERE p.id = $1 RETURNING id`,
            [v, place.policeBodyId],
          );
          const inc = await c.query<{ id: string }>(
            `INSERT INTO dv_incident (family_id, territory_id, body_id, recorded_by, occurred_at, reported_at, place,
               forms, children_present, injury_recorded, immediate_response, repeat_number, notify_due_at)
             SELECT $1, f.territory_id, $2, f.created_by, now() - interval '90 minutes', now() - interval '1 hour',
               'x', '{physical}', false, false, 'x', 1, now() + interval '23 hours' FROM family f WHERE f.id = $1
             RETURNING id`,
            [f.rows[0]!.id, place.policeBodyId],
          );
          const id = inc.rows[0]!.id;
          await c.query("INSERT INTO dv_incident_person VALUES ($1, $2, 'victim')", [id, v]);
          await c.query(
            `INSERT INTO handoff (ground, article, clock, sender_body_id, receiver_body_id, record_type, record_id,
               territory_path, event_at, sent_at, due_at)
             VALUES ('domestic_violence.incident_notice', '001 Art. 72(3)(2)', 'hours_24', $1, $2, 'dv_incident', $3,
               $4, now(), now(), now() + interval '1 day')`,
            [place.policeBodyId, centreBody, id, place.districtPath],
          );
          await c.query("ROLLBACK");
        } finally {
          c.release();
        }
      },
    },
    {
      name: "DV: worklist (all)",
      api: async () => {
        await call(base, dv, "GET", "/api/v1/dv-incidents?page=1&pageSize=25");
      },
      sql: () => runAll(pool, worklistSql(""), [place.districtPath]),
    },
    {
      name: "DV: worklist (overdue)",
      api: async () => {
        await call(base, dv, "GET", "/api/v1/dv-incidents?filter=notify_overdue&page=1&pageSize=25");
      },
      sql: () => runAll(pool, worklistSql(`AND ${NOTIFY_STATE} = 'overdue'`), [place.districtPath]),
    },
    {
      name: "FS: centre's worklist",
      api: async () => {
        await call(base, centre, "GET", "/api/v1/family-support/worklist");
      },
      sql: () => runAll(pool, CENTRE_SQL, [centreBody]),
    },
    {
      name: "family page",
      api: async (i) => {
        await call(base, dv, "GET", `/api/v1/families/${families[i % families.length]}`);
      },
      sql: (i) => runAll(pool, FAMILY_SQL, [families[i % families.length]]),
    },
    {
      name: "DV: region's pack (draft)",
      runs: 20,
      api: async () => {
        await call(base, akimat, "GET", `/api/v1/dv-assessments/${packId}`);
      },
      sql: () => runAll(pool, PACK_SQL, [place.regionPath, from, until]),
    },
  ];
}
