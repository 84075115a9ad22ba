// `npx tsx tools/synthetic/seed-families.ts --families N [--seed S] [--batch B] [--now ISO]`: synthetic
// families and incidents of domestic violence (001 Art. 72) over the national seed's persons, in a
// running server's database (DATA_DIR or DATABASE_URL; migration 0034 applied by its start): each
// family a victim and the person who committed it from one district (a child of the district for ~30 %),
// its incidents (1 for 75 % of families, 2-4 for the rest) over three years with their forms, children
// present, injuries (~10 %), the immediate response (72(3)(1)), the repeat number in the family, the
// victims' cards marked confidential (83(2)), and the 72(3)(2) notices to the district's family support
// centre, guardianship body and commission on minors' affairs (a child present) and the healthcare
// body (an injury), due 24 hours after the report — most received in time, some late, some never
// (overdue). Written set-based by the database itself, one transaction per batch of families, in the
// shapes the server writes (modules/domestic-violence/record-incident.ts). Deterministic from the seed;
// resumable (a batch whose first family is there is skipped). docs/benchmark.md "Domestic violence".
import type pg from "pg";
import { arg, openDatabase } from "./db.ts";
import { uuidOf } from "./prng.ts";

const total = Number(arg("families", "100000"));
const seed = Number(arg("seed", "1"));
const size = Number(arg("batch", "5000"));
const now = new Date(arg("now") ?? Date.now());
if (![total, size].every((n) => Number.isInteger(n) && n > 0))
  throw new Error("--families and --batch take positive integers");

/** A deterministic number in [0, 1) from a text (the same key gives the same number). */
const R = `CREATE OR REPLACE FUNCTION pg_temp.r(k text) RETURNS float8 LANGUAGE sql IMMUTABLE AS
  $$ SELECT ('x' || substr(md5(k), 1, 8))::bit(32)::bigint / 4294967296.0 $$`;

/** A deterministic UUID in the v4 layout (as prng.ts uuidOf; the API's ids are checked as such) from a text. */
const UID = `CREATE OR REPLACE FUNCTION pg_temp.uid(k text) RETURNS uuid LANGUAGE sql IMMUTABLE AS
  $$ SELECT pg_temp.v4(md5(k)::uuid) $$`;
/** An id made v4-shaped: the version nibble 4, the variant 10xx (an id already so is kept). */
const V4 = `CREATE OR REPLACE FUNCTION pg_temp.v4(u uuid) RETURNS uuid LANGUAGE sql IMMUTABLE AS
  $$ SELECT CASE WHEN substr(t, 15, 1) = '4' AND substr(t, 20, 1) IN ('8', '9', 'a', 'b') THEN u
    ELSE (substr(t, 1, 14) || '4' || substr(t, 16, 4)
      || substr('89ab', (('x' || substr(t, 20, 1))::bit(4)::int & 3) + 1, 1) || substr(t, 21))::uuid END
    FROM (SELECT u::text AS t) x $$`;

/** The districts with their bodies: the sender (police) and the interested subjects' receivers. */
const WORLD = `CREATE TEMP TABLE w AS
  SELECT d.id AS district_id, d.path,
    (SELECT b.id FROM body b WHERE b.territory_id = d.id AND b.type LIKE 'police%'
      ORDER BY b.id = (SELECT body_id FROM app_user WHERE username = 'inspector') DESC, b.created_at, b.id LIMIT 1) AS police,
    (SELECT b.id FROM body b WHERE b.type = 'family_support_centre' AND b.territory_id IN (d.id, r.id)
      ORDER BY b.territory_id = d.id DESC, b.created_at, b.id LIMIT 1) AS centre,
    (SELECT b.id FROM body b WHERE b.type = 'guardianship_body' AND b.territory_id IN (d.id, r.id)
      ORDER BY b.territory_id = d.id DESC, b.created_at, b.id LIMIT 1) AS guardianship,
    (SELECT b.id FROM body b WHERE b.type = 'minors_commission' AND b.territory_id IN (d.id, r.id)
      ORDER BY b.territory_id = d.id DESC, b.created_at, b.id LIMIT 1) AS commission,
    (SELECT b.id FROM body b WHERE b.type = 'healthcare_department' AND b.territory_id IN (d.id, r.id)
      ORDER BY b.territory_id = d.id DESC, b.created_at, b.id LIMIT 1) AS health
  FROM territory d JOIN territory r ON r.id = d.parent_id WHERE d.level = 'district'`;

/** Pairs of adults of one district (victim, offender) and a child of it, in a seeded random order. */
const PLAN = [
  `CREATE TEMP TABLE cand AS SELECT p.id, p.territory_id, p.last_name_cyr,
     p.birth_date < $2::date - interval '18 years' AS adult,
     row_number() OVER (PARTITION BY p.territory_id, p.birth_date < $2::date - interval '18 years'
       ORDER BY md5(p.id::text || $1)) AS rn
   FROM person p JOIN w ON w.district_id = p.territory_id
   WHERE p.merged_into IS NULL AND p.birth_date IS NOT NULL AND w.police IS NOT NULL AND w.centre IS NOT NULL`,
  "CREATE INDEX ON cand (territory_id, adult, rn)",
  `CREATE TEMP TABLE plan AS SELECT row_number() OVER (ORDER BY md5(v.id::text || 'family' || $1)) AS k,
     v.id AS victim, o.id AS offender, ch.id AS child, v.territory_id, v.last_name_cyr AS label
   FROM cand v JOIN cand o ON o.territory_id = v.territory_id AND o.adult AND o.rn = v.rn + 1
   LEFT JOIN cand ch ON ch.territory_id = v.territory_id AND NOT ch.adult AND ch.rn = (v.rn + 1) / 2
   WHERE v.adult AND v.rn % 2 = 1`,
  "CREATE UNIQUE INDEX ON plan (k)",
];

/** One batch of families ($1 from, $2 to, $3 seed, $4 now, $5 the generator; read from the temp table prm). */
const BATCH = [
  `CREATE TEMP TABLE bf ON COMMIT DROP AS
   SELECT p.*, w.*, pg_temp.uid('synthetic:family:' || $3 || ':' || p.k) AS fid,
     CASE WHEN pg_temp.r(p.k || ':n') < 0.75 THEN 1 WHEN pg_temp.r(p.k || ':n') < 0.85 THEN 2
          WHEN pg_temp.r(p.k || ':n') < 0.95 THEN 3 ELSE 4 END AS incidents,
     pg_temp.r(p.k || ':c') < 0.3 AS with_child
   FROM plan p JOIN w ON w.district_id = p.territory_id WHERE p.k > $1 AND p.k <= $2`,
  `CREATE TEMP TABLE bi ON COMMIT DROP AS
   SELECT x.*, row_number() OVER (PARTITION BY x.fid ORDER BY x.occurred_at, x.id) AS repeat_number,
     x.occurred_at + pg_temp.r(x.id::text || ':rep') * interval '2 hours' AS reported_at
   FROM (SELECT bf.*, pg_temp.uid('synthetic:incident:' || $3 || ':' || bf.k || ':' || j) AS id,
       $4::timestamptz - (0.1 + pg_temp.r(bf.k || ':' || j || ':o') * 1095) * interval '1 day' AS occurred_at,
       bf.with_child AND pg_temp.r(bf.k || ':' || j || ':cp') < 0.8 AS children_present,
       pg_temp.r(bf.k || ':' || j || ':inj') < 0.1 AS injury,
       array_remove(ARRAY[CASE WHEN pg_temp.r(bf.k || ':' || j || ':f1') < 0.6 THEN 'physical' END,
         CASE WHEN pg_temp.r(bf.k || ':' || j || ':f2') < 0.7 THEN 'psychological' END,
         CASE WHEN pg_temp.r(bf.k || ':' || j || ':f3') < 0.03 THEN 'sexual' END,
         CASE WHEN pg_temp.r(bf.k || ':' || j || ':f4') < 0.1 THEN 'economic' END], NULL) AS forms
     FROM bf, generate_series(1, bf.incidents) AS j) x`,
  `INSERT INTO family (id, territory_id, label, created_at, created_by, created_body_id)
   SELECT bf.fid, bf.territory_id, bf.label, (SELECT min(reported_at) FROM bi WHERE bi.fid = bf.fid), $5, bf.police
   FROM bf`,
  `INSERT INTO family_member (family_id, person_id, relation, since)
   SELECT bf.fid, m.person_id, m.relation, (SELECT min(occurred_at) FROM bi WHERE bi.fid = bf.fid)::date
   FROM bf, LATERAL (VALUES (bf.victim, 'victim'), (bf.offender, 'offender'),
     (CASE WHEN bf.with_child THEN bf.child END, 'child')) AS m(person_id, relation)
   WHERE m.person_id IS NOT NULL`,
  `INSERT INTO dv_incident (id, family_id, territory_id, body_id, recorded_by, occurred_at, reported_at, place,
     forms, children_present, children_present_count, injury_recorded, injury, immediate_response,
     offender_person_id, repeat_number, notify_due_at, created_at)
   SELECT id, fid, territory_id, police, $5, occurred_at, reported_at, 'synthetic: the family''s dwelling',
     CASE WHEN cardinality(forms) = 0 THEN ARRAY['psychological'] ELSE forms END, children_present,
     CASE WHEN children_present AND child IS NULL THEN 1 END, injury,
     CASE WHEN injury THEN 'synthetic: bruises recorded by the doctor' END,
     'synthetic: the offender removed from the dwelling, the victim told of her rights', offender,
     repeat_number, reported_at + interval '24 hours', reported_at
   FROM bi`,
  `INSERT INTO dv_incident_person (incident_id, person_id, role)
   SELECT bi.id, m.person_id, m.role FROM bi, LATERAL (VALUES (bi.victim, 'victim'), (bi.offender, 'offender'),
     (CASE WHEN bi.children_present THEN bi.child END, 'child_present')) AS m(person_id, role)
   WHERE m.person_id IS NOT NULL`,
  `INSERT INTO dv_incident_event (incident_id, seq, type, at, recorded_by, recorded_at)
   SELECT id, 0, 'responded', reported_at, $5, reported_at FROM bi
   UNION ALL
   SELECT id, 1, 'belongings_removal_secured', reported_at + interval '3 hours', $5, reported_at + interval '3 hours'
   FROM bi WHERE pg_temp.r(id::text || ':belongings') < 0.05 AND reported_at + interval '3 hours' < $4`,
  `INSERT INTO person_confidential_case (person_id, barrier, article, record_type, record_id, marked_at)
   SELECT m.person_id, 'victim', '001 Art. 83(2)', 'dv_incident', bi.id, bi.reported_at
   FROM bi, LATERAL (VALUES (bi.victim), (CASE WHEN bi.children_present THEN bi.child END)) AS m(person_id)
   WHERE m.person_id IS NOT NULL ON CONFLICT DO NOTHING`,
  // The notices (001 Art. 72(3)(2)): sent at recording, due 24 hours after the report; of those older
  // than three days 85 % received in time, 10 % late and 5 % never; newer ones received as time allows.
  `CREATE TEMP TABLE bh ON COMMIT DROP AS
   SELECT y.*, CASE WHEN y.received_at IS NULL THEN NULL
       WHEN y.received_at + interval '30 minutes' < $4 THEN y.received_at + interval '30 minutes' END AS accepted_at
   FROM (SELECT s.*, CASE
       WHEN s.reported_at < $4::timestamptz - interval '3 days' THEN CASE
         WHEN pg_temp.r(s.hid::text) < 0.85 THEN s.sent_at + pg_temp.r(s.hid::text || 'd') * interval '20 hours'
         WHEN pg_temp.r(s.hid::text) < 0.95 THEN s.sent_at + (25 + pg_temp.r(s.hid::text || 'd') * 48) * interval '1 hour'
       END
       WHEN s.sent_at + pg_temp.r(s.hid::text || 'd') * interval '30 hours' < $4
         THEN s.sent_at + pg_temp.r(s.hid::text || 'd') * interval '30 hours'
     END AS received_at
   FROM (SELECT bi.*, pg_temp.uid('synthetic:dv-handoff:' || bi.id || ':' || n.receiver) AS hid, n.receiver, n.article,
       least(bi.reported_at + pg_temp.r(bi.id::text || ':sent') * interval '40 minutes', $4::timestamptz) AS sent_at
     FROM bi, LATERAL (VALUES (bi.centre, '001 Art. 10(2)(4)', true),
       (bi.guardianship, '001 Art. 22(3)', bi.children_present), (bi.commission, '001 Art. 79(6)(10)', bi.children_present),
       (bi.health, '001 Art. 26(11)', bi.injury)) AS n(receiver, article, due)
     WHERE n.due AND n.receiver IS NOT NULL) s) y`,
  `INSERT INTO handoff (id, ground, article, clock, sender_body_id, receiver_body_id, record_type, record_id,
     territory_path, event_at, sent_at, due_at, state, received_at, accepted_at, sent_by, version, created_at, updated_at)
   SELECT hid, 'domestic_violence.incident_notice', article, 'hours_24', police, receiver, 'dv_incident', id, path,
     reported_at, sent_at, reported_at + interval '24 hours',
     CASE WHEN accepted_at IS NOT NULL THEN 'accepted' WHEN received_at IS NOT NULL THEN 'received' ELSE 'sent' END,
     received_at, accepted_at, $5, 1 + (received_at IS NOT NULL)::int + (accepted_at IS NOT NULL)::int, sent_at,
     coalesce(accepted_at, received_at, sent_at)
   FROM bh`,
  `INSERT INTO handoff_fact (handoff_id, seq, type, at, data, recorded_by)
   SELECT hid, 0, 'sent', sent_at, '{}'::jsonb, $5 FROM bh
   UNION ALL SELECT hid, 1, 'received', received_at, '{}'::jsonb, NULL FROM bh WHERE received_at IS NOT NULL
   UNION ALL SELECT hid, 2, 'accepted', accepted_at, '{}'::jsonb, NULL FROM bh WHERE accepted_at IS NOT NULL`,
];

/** `$n` of a statement as the n-th named value of the one-row table prm (each statement takes its own). */
function params(s: string, names: readonly string[]): string {
  return s.replace(/\$(\d)/g, (_, n: string) => `(SELECT ${names[Number(n) - 1]} FROM prm)`);
}

/** Writes the synthetic families; returns the rows written by table. */
export async function seedFamilies(
  client: pg.PoolClient,
  o: { total: number; seed: number; size: number; now: Date },
  log: (s: string) => void = () => {},
): Promise<Record<string, number>> {
  const user = uuidOf("synthetic:user");
  await client.query(R);
  await client.query(V4);
  await client.query(UID);
  await client.query("DROP TABLE IF EXISTS w, cand, plan");
  await client.query(WORLD);
  await client.query("DROP TABLE IF EXISTS prm");
  await client.query(
    "CREATE TEMP TABLE prm (lo bigint, hi bigint, seed text, now timestamptz, gen uuid, day date)",
  );
  await client.query("INSERT INTO prm VALUES (0, 0, $1, $2, $3, $4)", [
    String(o.seed),
    o.now.toISOString(),
    user,
    o.now.toISOString().slice(0, 10),
  ]);
  for (const s of PLAN) await client.query(params(s, ["seed", "day"]));
  const available = Number((await client.query("SELECT count(*) AS n FROM plan")).rows[0].n);
  const want = Math.min(o.total, available);
  const rows: Record<string, number> = {};
  for (let from = 0; from < want; from += o.size) {
    const to = Math.min(want, from + o.size);
    const first = await client.query("SELECT 1 FROM family WHERE id = pg_temp.uid($1)", [
      `synthetic:family:${o.seed}:${from + 1}`,
    ]);
    if (first.rowCount) continue;
    await client.query("BEGIN");
    try {
      await client.query("UPDATE prm SET lo = $1, hi = $2", [from, to]);
      for (const s of BATCH) {
        const r = await client.query(params(s, ["lo", "hi", "seed", "now", "gen"]));
        const table = /INSERT INTO (\w+)/.exec(s)?.[1];
        if (table) rows[table] = (rows[table] ?? 0) + (r.rowCount ?? 0);
      }
      await client.query("COMMIT");
    } catch (e) {
      await client.query("ROLLBACK");
      throw e;
    }
    log(`\rfamilies ${to}/${want}  ${JSON.stringify(rows)}   `);
  }
  return rows;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const pool = await openDatabase(1);
  const started = Date.now();
  const client = await pool.connect();
  try {
    const rows = await seedFamilies(client, { total, seed, size, now }, (s) => process.stderr.write(s));
    await client.query(
      "VACUUM (ANALYZE) family, family_member, dv_incident, dv_incident_person, dv_incident_event, handoff, handoff_fact, person_confidential_case",
    );
    process.stderr.write(
      `\ndone in ${((Date.now() - started) / 1000).toFixed(1)} s (this run): ${JSON.stringify(rows)}\n`,
    );
  } finally {
    client.release();
    await pool.end();
  }
}
