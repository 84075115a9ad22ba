// The statements of the minors' seed (seed-minors.ts). `$n` are read from the one-row temp table prm
// by name (see params in seed-minors.ts). Shapes as the modules write them: minors-commissions
// (open-case.ts), commission-meetings (agenda.ts, record-decision.ts, sign-protocol.ts), school-prevention
// and registered-minors.

/** A deterministic number in [0, 1) from a text (the same key gives the same number). */
export const R = `CREATE OR REPLACE FUNCTION pg_temp.r(k text) RETURNS float8 LANGUAGE sql IMMUTABLE AS
  $$ SELECT ('x' || substr(md5(k), 1, 8))::bit(32)::bigint / 4294967296.0 $$`;
/** An id made v4-shaped (the API's ids are checked as such), as seed-families.ts. */
export const V4 = `CREATE OR REPLACE FUNCTION pg_temp.v4(u uuid) RETURNS uuid LANGUAGE sql IMMUTABLE AS
  $$ SELECT CASE WHEN substr(t, 15, 1) = '4' AND substr(t, 20, 1) IN ('8', '9', 'a', 'b') THEN u
    ELSE (substr(t, 1, 14) || '4' || substr(t, 16, 4)
      || substr('89ab', (('x' || substr(t, 20, 1))::bit(4)::int & 3) + 1, 1) || substr(t, 21))::uuid END
    FROM (SELECT u::text AS t) x $$`;
export const UID = `CREATE OR REPLACE FUNCTION pg_temp.uid(k text) RETURNS uuid LANGUAGE sql IMMUTABLE AS
  $$ SELECT pg_temp.v4(md5(k)::uuid) $$`;

/**
 * The commissions (001 Art. 79(2)): one at the country (the interdepartmental), each region and each
 * district — the body of type minors_commission already there (the demo's, the reports' seed's) or a
 * synthetic one — numbered for the batches, with the district's police body (a duty's receiver).
 */
export const WORLD = [
  `CREATE TEMP TABLE mw AS SELECT t.id AS territory_id, t.path, t.level, t.parent_id,
     coalesce(b.id, pg_temp.uid('synthetic:body:minors_commission:' || t.id)) AS body_id, b.id IS NULL AS made,
     (SELECT p.id FROM body p WHERE p.territory_id = t.id AND p.type LIKE 'police%' ORDER BY p.created_at, p.id LIMIT 1) AS police,
     row_number() OVER (PARTITION BY t.level ORDER BY t.path) AS dn
   FROM territory t LEFT JOIN LATERAL (SELECT b.id FROM body b WHERE b.type = 'minors_commission'
     AND b.territory_id = t.id ORDER BY b.created_at, b.id LIMIT 1) b ON true`,
  `INSERT INTO body (id, name_kk, name_ru, name_en, type, territory_id)
   SELECT body_id, 'synthetic: ' || path, 'synthetic: ' || path, 'synthetic: commission on minors'' affairs of ' || path,
     'minors_commission', territory_id FROM mw WHERE made ON CONFLICT (id) DO NOTHING`,
  `UPDATE body b SET parent_id = p.body_id FROM mw c JOIN mw p ON p.territory_id = c.parent_id
   WHERE b.id = c.body_id AND c.made AND b.parent_id IS NULL`,
];

/** The commissions' rows, top down (the parent must be there): $1 the territory level. */
export const COMMISSION = `INSERT INTO minors_commission (body_id, level, parent_body_id, established_on, established_by, created_by)
  SELECT c.body_id, CASE c.level WHEN 'country' THEN 'interdepartmental' ELSE c.level END, p.body_id,
    $2::date - 365 * 5, 'synthetic: resolution of the akimat', $3
  FROM mw c LEFT JOIN mw p ON p.territory_id = c.parent_id WHERE c.level = $1
  ON CONFLICT (body_id) DO NOTHING`;

/** A composition of nine (79(4),(5)) for each commission with none: chair (a deputy akim), deputy, six members, one secretary. */
export const MEMBERS = `INSERT INTO commission_member (id, commission_body_id, full_name, position, role, represents,
    chair_is_deputy_akim, since, created_by)
  SELECT pg_temp.uid('synthetic:member:' || mw.body_id || ':' || m.k), mw.body_id, 'Synthetic member ' || m.k,
    m.position, m.role, m.represents, m.role = 'chair', $1::date - 365 * 4, $2
  FROM mw, (VALUES (1, 'chair', 'akimat', 'Deputy akim'), (2, 'deputy_chair', 'education', 'Head of the education department'),
    (3, 'member', 'internal_affairs', 'Head of the juvenile inspectors'), (4, 'member', 'healthcare', 'Chief doctor'),
    (5, 'member', 'guardianship', 'Guardianship officer'), (6, 'member', 'family_support_centre', 'Director of the centre'),
    (7, 'member', 'child_ombudsperson', 'Representative of the ombudsperson'), (8, 'member', 'psychologist', 'Psychologist'),
    (9, 'secretary', 'akimat', 'Secretary of the commission')) AS m(k, role, represents, position)
  WHERE NOT EXISTS (SELECT 1 FROM commission_member x WHERE x.commission_body_id = mw.body_id)
  ON CONFLICT (id) DO NOTHING`;

/** Minors aged 11 to 17 today of each district, in a seeded order ($1 seed, $2 day). */
export const MINORS = [
  `CREATE TEMP TABLE mk AS SELECT p.id, p.territory_id,
     row_number() OVER (PARTITION BY p.territory_id ORDER BY md5(p.id::text || $1)) AS rn,
     count(*) OVER (PARTITION BY p.territory_id) AS cnt,
     (SELECT l.representative_id FROM person_link l WHERE l.minor_id = p.id ORDER BY l.representative_id LIMIT 1) AS parent
   FROM person p JOIN mw ON mw.territory_id = p.territory_id AND mw.level = 'district'
   WHERE p.merged_into IS NULL AND p.birth_date > $2::date - interval '18 years' AND p.birth_date <= $2::date - interval '11 years'`,
  "CREATE INDEX ON mk (territory_id, rn)",
];

/**
 * One batch of district commissions' cases over three years ($1 lo, $2 hi, $3 seed, $4 day, $5 the
 * generator, $6 cases per commission, $7 the final decisions' codes, $8 their articles). A case is
 * heard at the 15th-day meeting of the month after the one 30 days on from its opening: past meetings
 * decided it (a fifth closed since), a meeting still ahead leaves it gathering or ready — unless its
 * minor has an open case there already (one open case a minor, migration 0039), then it is not made.
 */
export const CASES = [
  `CREATE TEMP TABLE bc ON COMMIT DROP AS SELECT y.*,
     y.year || '-' || lpad((y.base + row_number() OVER (PARTITION BY y.body_id, y.year ORDER BY y.opened_on, y.k))::text, 3, '0') AS number
   FROM (SELECT x.*, extract(year FROM x.opened_on)::int AS year,
       (SELECT coalesce(max(split_part(c.number, '-', 2)::int), 0) FROM minors_case c
        WHERE c.commission_body_id = x.body_id AND c.number LIKE extract(year FROM x.opened_on)::int || '-%') AS base,
       CASE WHEN x.meeting_day < $4::date THEN CASE WHEN pg_temp.r(x.id || ':closed') < 0.2 THEN 'closed' ELSE 'decided' END
         WHEN pg_temp.r(x.id || ':ready') < 0.5 THEN 'gathering' ELSE 'ready' END AS state,
       ($7::text[])[1 + floor(pg_temp.r(x.id || ':d') * cardinality($7::text[]))::int] AS decision
     FROM (SELECT w.*, o.*, (date_trunc('month', o.opened_on + 30) + interval '14 days')::date AS meeting_day
       FROM (SELECT mw.body_id, mw.territory_id, mw.path, mw.police, k,
           pg_temp.uid('synthetic:minors-case:' || $3 || ':' || mw.body_id || ':' || k) AS id
         FROM mw, generate_series(1, $6::int) AS k WHERE mw.level = 'district' AND mw.dn > $1 AND mw.dn <= $2) w,
       LATERAL (SELECT ($4::date - (1 + pg_temp.r(w.id || ':o') * 1095)::int) AS opened_on,
           m.id AS minor, m.parent, m.rn <= m.cnt AND w.k <= m.cnt AS distinct_minor,
           CASE WHEN pg_temp.r(w.id || ':s') < 0.7 THEN 'minor' ELSE 'parents' END AS subject,
           pg_temp.r(w.id || ':u') < 0.1 AS urgent
         FROM mk m WHERE m.territory_id = w.territory_id AND m.rn = 1 + (w.k - 1) % m.cnt) o) x
     WHERE x.meeting_day < $4::date OR (x.distinct_minor AND NOT EXISTS (SELECT 1 FROM minors_case c
       WHERE c.commission_body_id = x.body_id AND c.minor_person_id = x.minor AND c.subject = x.subject
         AND c.state IN ('gathering', 'ready', 'scheduled')))) y`,
  `INSERT INTO minors_case (id, commission_body_id, territory_id, territory_path, number, subject, minor_person_id, summary,
     source, state, urgent, opened_on, opened_by, ready_at, closed_on, closed_reason, version, created_at, updated_at)
   SELECT id, body_id, territory_id, path, number, subject, minor,
     CASE subject WHEN 'minor' THEN 'synthetic: an infraction of the minor' ELSE 'synthetic: the parents fail their duties' END,
     (ARRAY['police_materials', 'police_materials', 'police_materials', 'report', 'own'])[1 + floor(pg_temp.r(id || ':src') * 5)::int],
     state, urgent, opened_on, $5,
     CASE WHEN state <> 'gathering' THEN (least(meeting_day - 7, $4::date) + time '10:00') AT TIME ZONE 'Asia/Almaty' END,
     CASE WHEN state = 'closed' THEN least($4::date, meeting_day + 30 + (pg_temp.r(id || ':cl') * 150)::int) END,
     CASE WHEN state = 'closed' THEN 'synthetic: the decision carried out' END,
     CASE state WHEN 'gathering' THEN 1 WHEN 'ready' THEN 2 WHEN 'decided' THEN 4 ELSE 5 END,
     (opened_on + time '10:00') AT TIME ZONE 'Asia/Almaty', (opened_on + time '10:00') AT TIME ZONE 'Asia/Almaty'
   FROM bc`,
  `INSERT INTO minors_case_person (case_id, person_id, role)
   SELECT id, minor, 'minor' FROM bc
   UNION ALL SELECT id, parent, 'legal_representative' FROM bc WHERE parent IS NOT NULL AND parent <> minor`,
  `INSERT INTO minors_case_material (id, case_id, seq, kind, title, received_on, added_by, added_at)
   SELECT pg_temp.uid(id || ':material:1'), id, 1, 'note', 'synthetic: the materials on the minor', opened_on, $5,
     (opened_on + time '10:00') AT TIME ZONE 'Asia/Almaty' FROM bc`,
  `INSERT INTO minors_case_event (case_id, seq, type, at, note, by)
   SELECT bc.id, e.seq, e.type, (e.on_day + time '10:00') AT TIME ZONE 'Asia/Almaty', e.note, $5
   FROM bc, LATERAL (VALUES (1, 'opened', bc.opened_on, NULL, true),
     (2, 'ready', least(bc.meeting_day - 7, $4::date), NULL, bc.state <> 'gathering'),
     (3, 'scheduled', bc.meeting_day - 5, NULL, bc.state IN ('decided', 'closed')),
     (4, 'decided', bc.meeting_day + 1, bc.decision, bc.state IN ('decided', 'closed')),
     (5, 'closed', least($4::date, bc.meeting_day + 30 + (pg_temp.r(bc.id || ':cl') * 150)::int), NULL, bc.state = 'closed'))
     AS e(seq, type, on_day, note, due)
   WHERE e.due`,
  // The meetings that heard them: held on the 15th at 10:00 (Almaty), the protocol signed the next day.
  `CREATE TEMP TABLE bm ON COMMIT DROP AS SELECT z.*,
     z.base + row_number() OVER (PARTITION BY z.body_id, z.year ORDER BY z.meeting_day) AS number,
     (z.meeting_day + time '10:00') AT TIME ZONE 'Asia/Almaty' AS at
   FROM (SELECT DISTINCT ON (body_id, meeting_day) body_id, meeting_day, police, path,
       pg_temp.uid('synthetic:meeting:' || $3 || ':' || body_id || ':' || meeting_day) AS id,
       extract(year FROM meeting_day)::int AS year,
       (SELECT coalesce(max(m.number), 0) FROM commission_meeting m WHERE m.commission_body_id = bc.body_id
        AND m.year = extract(year FROM bc.meeting_day)::int) AS base
     FROM bc WHERE state IN ('decided', 'closed') ORDER BY body_id, meeting_day) z`,
  `INSERT INTO commission_meeting (id, commission_body_id, year, number, scheduled_at, place, state, opened_at, closed_at,
     chair_signed_at, chair_signed_by, secretary_signed_at, secretary_signed_by, created_by, created_at, version)
   SELECT id, body_id, year, number, at, 'synthetic: the akimat, hall 2', 'held', at, at + interval '1 day',
     at + interval '1 day', $5, at + interval '1 day', $5, $5, at - interval '10 days', 4 FROM bm`,
  // Everyone in office on the day is on the roll; up to two ordinary members absent, so the quorum holds.
  `INSERT INTO meeting_attendance (meeting_id, member_id, present, absence_reason)
   SELECT id, member_id, NOT absent, CASE WHEN absent THEN 'synthetic: on leave' END
   FROM (SELECT bm.id, m.id AS member_id, m.role = 'member' AND row_number() OVER (PARTITION BY bm.id, m.role = 'member'
       ORDER BY md5(bm.id || ':' || m.id)) <= floor(pg_temp.r(bm.id || ':absent') * 3) AS absent
     FROM bm JOIN commission_member m ON m.commission_body_id = bm.body_id AND m.since <= bm.meeting_day
       AND (m.ended_on IS NULL OR m.ended_on >= bm.meeting_day)) x`,
  `CREATE TEMP TABLE bitem ON COMMIT DROP AS SELECT bc.*, bm.id AS meeting_id, bm.at,
     pg_temp.uid(bc.id || ':item') AS item_id,
     row_number() OVER (PARTITION BY bm.id ORDER BY bc.urgent DESC, bc.opened_on, bc.id) AS seq,
     ($8::text[])[array_position($7::text[], bc.decision)] AS article
   FROM bc JOIN bm ON bm.body_id = bc.body_id AND bm.meeting_day = bc.meeting_day`,
  `INSERT INTO meeting_item (id, meeting_id, seq, kind, case_id, title, decision, decision_text, article, decided_at, decided_by, created_at)
   SELECT item_id, meeting_id, seq, 'case', id, 'Case ' || number, decision, 'synthetic: the commission decided',
     article, at + interval '1 hour', $5, at - interval '5 days' FROM bitem`,
  // The present voting members (not the secretary, 79(4)) vote for; on three items in ten one abstains.
  `INSERT INTO meeting_vote (item_id, member_id, vote, recorded_by, recorded_at)
   SELECT item_id, member_id, CASE WHEN abstains THEN 'abstain' ELSE 'for' END, $5, at + interval '1 hour'
   FROM (SELECT i.item_id, i.at, a.member_id, pg_temp.r(i.item_id || ':abstain') < 0.3
       AND row_number() OVER (PARTITION BY i.item_id ORDER BY md5(i.item_id || ':' || a.member_id)) = 1 AS abstains
     FROM bitem i JOIN meeting_attendance a ON a.meeting_id = i.meeting_id AND a.present
     JOIN commission_member m ON m.id = a.member_id AND m.role <> 'secretary') x`,
  // The minor and a legal representative invited with delivery (79(6)(9)).
  `INSERT INTO meeting_invitation (id, meeting_id, item_id, person_id, role, channel, sent_on, delivered_on, attended, heard,
     created_by, created_at)
   SELECT pg_temp.uid(i.item_id || ':inv:' || v.role), i.meeting_id, i.item_id, v.person_id, v.role, 'post',
     i.meeting_day - 10, i.meeting_day - 6, true, v.role = 'minor', $5, i.at - interval '10 days'
   FROM bitem i, LATERAL (VALUES (i.minor, 'minor'), (CASE WHEN i.parent <> i.minor THEN i.parent END, 'legal_representative'))
     AS v(person_id, role) WHERE v.person_id IS NOT NULL`,
  // Half the decisions give the district's police a duty, sent as a hand-off when the protocol was signed.
  `CREATE TEMP TABLE bd ON COMMIT DROP AS SELECT i.*, pg_temp.uid(i.item_id || ':duty') AS duty_id,
     pg_temp.uid(i.item_id || ':duty:handoff') AS hid, i.meeting_day + 30 AS due_on, i.at + interval '1 day' AS sent_at
   FROM bitem i WHERE i.decision <> 'no_measures' AND i.police IS NOT NULL AND pg_temp.r(i.item_id || ':duty') < 0.5`,
  `INSERT INTO handoff (id, ground, article, clock, sender_body_id, receiver_body_id, record_type, record_id, territory_path,
     event_at, sent_at, due_at, state, received_at, accepted_at, sent_by, version, created_at, updated_at)
   SELECT hid, 'minors_commission.decision_duty', '001 Art. 79(6)(1)', NULL, body_id, police, 'minors_case', id, path,
     sent_at, sent_at, ((due_on + 1)::timestamp AT TIME ZONE 'Asia/Almaty') - interval '1 millisecond',
     CASE WHEN sent_at < $9::timestamptz - interval '3 days' THEN 'accepted' ELSE 'sent' END,
     CASE WHEN sent_at < $9::timestamptz - interval '3 days' THEN sent_at + interval '2 hours' END,
     CASE WHEN sent_at < $9::timestamptz - interval '3 days' THEN sent_at + interval '3 hours' END,
     $5, CASE WHEN sent_at < $9::timestamptz - interval '3 days' THEN 3 ELSE 1 END, sent_at,
     CASE WHEN sent_at < $9::timestamptz - interval '3 days' THEN sent_at + interval '3 hours' ELSE sent_at END
   FROM bd`,
  `INSERT INTO handoff_fact (handoff_id, seq, type, at, data, recorded_by)
   SELECT hid, 0, 'sent', sent_at, '{}'::jsonb, $5 FROM bd
   UNION ALL SELECT hid, 1, 'received', sent_at + interval '2 hours', '{}'::jsonb, NULL FROM bd
     WHERE sent_at < $9::timestamptz - interval '3 days'
   UNION ALL SELECT hid, 2, 'accepted', sent_at + interval '3 hours', '{}'::jsonb, NULL FROM bd
     WHERE sent_at < $9::timestamptz - interval '3 days'`,
  `INSERT INTO decision_duty (id, item_id, seq, responsible_body_id, what, due_on, handoff_id)
   SELECT duty_id, item_id, 1, police, 'synthetic: a preventive talk with the minor and the parents', due_on, hid FROM bd`,
];

/** The schools of the sample ($1 schools): the districts' own school bodies first, then those of the most minors. */
export const SCHOOLS = [
  `CREATE TEMP TABLE ms AS SELECT * FROM (SELECT mw.territory_id, mw.path,
     coalesce(s.id, pg_temp.uid('synthetic:body:school:' || mw.territory_id)) AS school, s.id IS NULL AS made,
     row_number() OVER (ORDER BY s.id IS NULL,
       (SELECT max(mk.cnt) FROM mk WHERE mk.territory_id = mw.territory_id) DESC NULLS LAST, mw.path) AS sn
   FROM mw LEFT JOIN LATERAL (SELECT b.id FROM body b WHERE b.type = 'school' AND b.territory_id = mw.territory_id
     ORDER BY b.created_at, b.id LIMIT 1) s ON true WHERE mw.level = 'district') x WHERE sn <= $1`,
  `INSERT INTO body (id, name_kk, name_ru, name_en, type, territory_id)
   SELECT school, 'synthetic: ' || path, 'synthetic: ' || path, 'synthetic: school of ' || path, 'school', territory_id
   FROM ms WHERE made ON CONFLICT (id) DO NOTHING`,
];

/**
 * One school's attendance (001 Art. 78(2)(4)) and attention records ($1 school's number, $2 seed, $3 day,
 * $4 the generator): of the district's pupils (7 to 17 today) 5 % missed 4 to 6 days without a valid
 * reason within the last month, 30 % one to three days over the last 75 (valid six in ten); six in ten
 * of the first are on an attention record, and 2 % of all pupils on one for another 78(2) criterion.
 */
export const SCHOOL = [
  `CREATE TEMP TABLE bp ON COMMIT DROP AS SELECT p.id, ms.school, ms.path, pg_temp.r(p.id || ':abs:' || $2) AS ra
   FROM ms JOIN person p ON p.territory_id = ms.territory_id
   WHERE ms.sn = $1 AND p.merged_into IS NULL AND p.birth_date > $3::date - interval '18 years'
     AND p.birth_date <= $3::date - interval '7 years'`,
  `CREATE TEMP TABLE ba ON COMMIT DROP AS
   SELECT bp.id, bp.school, $3::date - (j * 5 - floor(pg_temp.r(bp.id || ':' || j) * 4))::int AS absent_on, false AS valid
   FROM bp, generate_series(1, 4 + floor(pg_temp.r(bp.id || ':n') * 3)::int) AS j WHERE bp.ra < 0.05
   UNION ALL
   SELECT bp.id, bp.school, $3::date - (j * 20 + floor(pg_temp.r(bp.id || ':' || j) * 15))::int,
     pg_temp.r(bp.id || ':v' || j) < 0.6
   FROM bp, generate_series(1, 1 + floor(pg_temp.r(bp.id || ':n') * 3)::int) AS j WHERE bp.ra >= 0.05 AND bp.ra < 0.35`,
  `INSERT INTO attendance_import (id, school_body_id, file_name, rows, imported_at, imported_by)
   SELECT pg_temp.uid('synthetic:attendance:' || $2 || ':' || school), school, 'synthetic-attendance.csv', count(*),
     ($3::date + time '09:00') AT TIME ZONE 'Asia/Almaty', $4 FROM ba GROUP BY school`,
  `INSERT INTO school_absence (school_body_id, person_id, absent_on, valid_reason, reason, import_id)
   SELECT school, id, absent_on, valid, CASE WHEN valid THEN 'synthetic: illness, a doctor''s note' END,
     pg_temp.uid('synthetic:attendance:' || $2 || ':' || school) FROM ba ON CONFLICT DO NOTHING`,
  `INSERT INTO attention_record (id, school_body_id, territory_path, person_id, criteria, since, absence_days, note, created_by, created_at)
   SELECT pg_temp.uid('synthetic:attention:' || $2 || ':' || bp.school || ':' || bp.id), bp.school, bp.path, bp.id,
     CASE WHEN bp.ra < 0.05 THEN ARRAY['78.2.4_missing_classes']
       ELSE ARRAY[(ARRAY['78.2.1_failing_subjects', '78.2.3_violating_school_rules', '78.2.10_committed_violence_or_bullying',
         '78.2.9_victim_or_witness_of_violence'])[1 + floor(pg_temp.r(bp.id || ':c') * 4)::int]] END,
     CASE WHEN bp.ra < 0.05 THEN $3::date - 2 ELSE $3::date - (pg_temp.r(bp.id || ':since') * 300)::int END,
     CASE WHEN bp.ra < 0.05 THEN (SELECT count(*) FROM ba WHERE ba.id = bp.id) END, 'synthetic', $4,
     ($3::date + time '09:00') AT TIME ZONE 'Asia/Almaty'
   FROM bp WHERE (bp.ra < 0.05 AND pg_temp.r(bp.id || ':att') < 0.6) OR (bp.ra >= 0.35 AND bp.ra < 0.37)
   ON CONFLICT DO NOTHING`,
];

/**
 * Registered minors (001 Art. 82): of the active register entries of persons under 18, six in ten
 * have a judge's restrictions (82(3)) on the police's submission a week before the ruling, and one or
 * two rehabilitation activities (82(2)) checked every 30 days since they began ($1 seed, $2 day, $3 the generator).
 */
export const REGISTERED = [
  `CREATE TEMP TABLE rm ON COMMIT DROP AS SELECT e.id, e.placed_on,
     least($2::date, e.placed_on + 20 + (pg_temp.r(e.id || ':ruling') * 40)::int) AS ruling_on
   FROM register_entry e JOIN person p ON p.id = e.person_id
   WHERE e.status = 'active' AND p.birth_date > $2::date - interval '18 years' AND pg_temp.r(e.id || ':rm:' || $1) < 0.6`,
  `INSERT INTO minor_restriction (id, register_entry_id, seq, kind, restrictions, court, ruling_number, ruling_on,
     police_submission_on, recorded_by, recorded_at)
   SELECT pg_temp.uid('synthetic:restriction:' || $1 || ':' || id), id, 1, 'imposed',
     ARRAY['82.3.1_designated_places'] || array_remove(ARRAY[
       CASE WHEN pg_temp.r(id || ':r2') < 0.4 THEN '82.3.2_travel_without_commission_permission' END,
       CASE WHEN pg_temp.r(id || ':r3') < 0.5 THEN '82.3.3_contact_with_negative_influence' END,
       CASE WHEN pg_temp.r(id || ':r4') < 0.3 THEN '82.3.4_alcohol_or_drugs' END], NULL),
     'synthetic: the district court', 'synthetic-' || substr(md5(id::text), 1, 6), ruling_on,
     greatest(placed_on, ruling_on - 7), $3, (ruling_on + time '12:00') AT TIME ZONE 'Asia/Almaty'
   FROM rm WHERE NOT EXISTS (SELECT 1 FROM minor_restriction x WHERE x.register_entry_id = rm.id)
   ON CONFLICT (id) DO NOTHING`,
  `CREATE TEMP TABLE ra ON COMMIT DROP AS SELECT pg_temp.uid('synthetic:activity:' || $1 || ':' || rm.id || ':' || j) AS aid,
     rm.id AS entry, least($2::date, rm.placed_on + 10 + (pg_temp.r(rm.id || ':' || j || ':from') * 30)::int) AS from_on,
     (ARRAY['82.2.1_social_adaptation_programme', '82.2.2_psychological_support', '82.2.3_educational_activities',
       '82.2.4_socially_useful_activities', '82.2.5_mentoring', '82.2.6_restricted_adverse_contacts',
       '82.2.7_addiction_prevention_programme', '82.2.8_family_counselling'])[j + 2 * floor(pg_temp.r(rm.id || ':act') * 3)::int] AS activity
   FROM rm, generate_series(1, 1 + (pg_temp.r(rm.id || ':acts') < 0.5)::int) AS j
   WHERE NOT EXISTS (SELECT 1 FROM rehabilitation_activity x WHERE x.register_entry_id = rm.id)`,
  `CREATE TEMP TABLE rc ON COMMIT DROP AS SELECT ra.aid, d::date AS checked_on,
     CASE WHEN pg_temp.r(ra.aid || ':' || d) < 0.85 THEN 'attends' WHEN pg_temp.r(ra.aid || ':' || d) < 0.97 THEN 'irregular'
       ELSE 'stopped' END AS outcome
   FROM ra, generate_series(ra.from_on + 30, $2::date, interval '30 days') AS d`,
  `INSERT INTO rehabilitation_activity (id, register_entry_id, activity, provider, from_on, duties, last_check_on, recorded_by, created_at)
   SELECT aid, entry, activity, 'synthetic: the district youth centre', from_on, 'synthetic: attend weekly',
     (SELECT max(checked_on) FROM rc WHERE rc.aid = ra.aid), $3, (from_on + time '12:00') AT TIME ZONE 'Asia/Almaty'
   FROM ra ON CONFLICT (id) DO NOTHING`,
  `INSERT INTO rehabilitation_check (id, activity_id, checked_on, outcome, recorded_by, recorded_at)
   SELECT pg_temp.uid(aid || ':check:' || checked_on), aid, checked_on, outcome, $3,
     (checked_on + time '12:00') AT TIME ZONE 'Asia/Almaty' FROM rc ON CONFLICT (id) DO NOTHING`,
];
