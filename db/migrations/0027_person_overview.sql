-- The persons list (modules/persons/list-persons.ts) shows each person with where the prevention
-- work stands: on the preventive register or not and on which ground (001 Art. 59(2)), the last
-- individual prevention measure (001 Art. 48(3)), the responsible official; it filters and sorts by
-- them over a district, a region or the country. Read from measure and register_entry per person,
-- a page sorted by the last measure's date had to aggregate every measure of the territory (2,000,000
-- at 1,000,000 persons). So these are kept here, one row per person, as projection columns written by
-- triggers in the transaction of every write that changes them (ARCHITECTURE.md "facts in, state
-- out"), and the list is an index scan whatever the data's size.
--
-- A record merged into another (R1.1) has no row: its measures and entries count for the kept record,
-- as the person's card reads them. A measure confidential as a whole (health data, 001 Arts. 58, 69;
-- 83(2)) is left out of the list for every reader: its kind and date would tell what its mark hides.
-- Being on the register depends on the day (an entry ends on its off day without a write), so the row
-- keeps each active entry's first day off and the list compares it with the day it is read for.
--
-- Writers that skip triggers (the synthetic loader under session_replication_role = replica) call
-- person_overview_rebuild() when done, as they call register_count_rebuild().

-- The bit of a measure kind in person_overview.measure_kind_bits: its position in the law package's
-- MEASURE_KINDS (packages/law/src/measures/kinds.ts; a test holds the two lists equal). 0 for a kind
-- the list does not know. A kind added to the law needs a migration redefining this function.
CREATE FUNCTION measure_kind_bit(kind text) RETURNS integer
LANGUAGE sql IMMUTABLE PARALLEL SAFE
RETURN coalesce(1 << (array_position(ARRAY[
  'preventive_conversation', 'official_warning', 'restraining_order', 'administrative_penalty',
  'difficult_life_situation_registration', 'social_adaptation_plan', 'movement_restriction',
  'statutory_notice', 'compulsory_medical_measure', 'pedagogical_support', 'protective_order',
  'special_conduct_requirements', 'administrative_supervision', 'special_education_referral',
  'special_regime_referral', 'educational_influence', 'parental_rights_measure',
  'psychological_assistance', 'non_custodial_punishment', 'parole'], kind) - 1), 0);
COMMENT ON FUNCTION measure_kind_bit(text) IS 'The bit of a measure kind (001 Art. 48(3)) in person_overview.measure_kind_bits: 1 << its index in the law package''s MEASURE_KINDS; 0 when unknown.';

-- The kept record of a person (itself when not merged), following merged_into (R1.1).
CREATE FUNCTION person_kept_record(p_person uuid) RETURNS uuid
LANGUAGE plpgsql STABLE AS $$
DECLARE
  root uuid := p_person;
  next uuid;
  hops integer := 0;
BEGIN
  LOOP
    SELECT merged_into INTO next FROM person WHERE id = root;
    EXIT WHEN next IS NULL OR hops >= 100;
    root := next;
    hops := hops + 1;
  END LOOP;
  RETURN root;
END
$$;
COMMENT ON FUNCTION person_kept_record(uuid) IS 'The record a person''s record was merged into, through any chain of merges; the record itself when not merged (R1.1).';

-- The record and every record merged into it, directly or through a chain (PL/pgSQL: its plans are
-- kept for the session, as person_confidential_barriers in 0021).
CREATE FUNCTION person_merged_records(p_person uuid) RETURNS uuid[]
LANGUAGE plpgsql STABLE AS $$
DECLARE
  records uuid[] := ARRAY[p_person];
  frontier uuid[] := ARRAY[p_person];
  hops integer := 0;
BEGIN
  LOOP
    SELECT array_agg(id) INTO frontier FROM person WHERE merged_into = ANY (frontier);
    EXIT WHEN frontier IS NULL OR hops >= 100;
    records := records || frontier;
    hops := hops + 1;
  END LOOP;
  RETURN records;
END
$$;
COMMENT ON FUNCTION person_merged_records(uuid) IS 'A kept record and every record merged into it (R1.1: a merge keeps both histories).';

CREATE TABLE person_overview (
  person_id uuid PRIMARY KEY REFERENCES person(id),
  territory_id uuid NOT NULL,
  last_name_cyr text NOT NULL,
  first_name_cyr text NOT NULL,
  birth_date date NOT NULL,
  last_measure_kind text,
  last_measure_at timestamptz,
  measure_kind_bits integer NOT NULL,
  register_grounds text[] NOT NULL,
  register_off_days date[] NOT NULL,
  register_until date,
  responsible_user_id uuid,
  barriers text[] NOT NULL,
  CONSTRAINT person_overview_register_parallel
    CHECK (cardinality(register_grounds) = cardinality(register_off_days))
);
COMMENT ON TABLE person_overview IS 'Projection for the persons list: one row per person not merged into another, kept by triggers on person, measure, measure_confidential, register_entry and person_confidential (migration 0027).';
COMMENT ON COLUMN person_overview.territory_id IS 'The person''s district (person.territory_id): the list''s access scope (R11.1).';
COMMENT ON COLUMN person_overview.last_name_cyr IS 'Copied from person: the list sorts by the Cyrillic last and first names, as the search does.';
COMMENT ON COLUMN person_overview.last_measure_kind IS 'Kind of the latest individual prevention measure by issued_at (001 Art. 48(3)); measures confidential as a whole are left out (001 Art. 83(2)).';
COMMENT ON COLUMN person_overview.last_measure_at IS 'issued_at of that measure; null when the person has none.';
COMMENT ON COLUMN person_overview.measure_kind_bits IS 'The kinds of all the person''s measures (those not confidential as a whole), one bit each (measure_kind_bit): the "has a measure of this kind" filter read from the index.';
COMMENT ON COLUMN person_overview.register_grounds IS 'Grounds (001 Art. 59(2)) of the person''s active register entries, latest placement first.';
COMMENT ON COLUMN person_overview.register_off_days IS 'For each of register_grounds, the first day off the register as known (register_count_off_day: last_day + 1 or auto_end_on, 001 Art. 59(7), (8)); infinity while open-ended.';
COMMENT ON COLUMN person_overview.register_until IS 'The latest of register_off_days: the person is on the register on day d when register_until > d; null with no active entry.';
COMMENT ON COLUMN person_overview.responsible_user_id IS 'The official responsible for the person''s preventive control: who placed the latest active register entry (001 Art. 59(2), (10)), else who issued the last measure.';
COMMENT ON COLUMN person_overview.barriers IS 'The confidentiality barriers of the person''s card (person_confidential_barriers, 001 Art. 83(2)): a reader who does not clear them does not find the person by what the list tells.';

-- What a row holds, computed for any set of persons the query narrows it to (the triggers: one).
CREATE VIEW person_overview_source AS
SELECT p.id AS person_id, p.territory_id, p.last_name_cyr, p.first_name_cyr, p.birth_date,
  m.last_kind AS last_measure_kind, m.last_at AS last_measure_at,
  coalesce(m.kind_bits, 0) AS measure_kind_bits,
  coalesce(e.grounds, '{}') AS register_grounds,
  coalesce(e.off_days, '{}') AS register_off_days,
  e.until AS register_until,
  coalesce(e.placer, m.issuer) AS responsible_user_id,
  person_confidential_barriers(p.id) AS barriers
FROM person p
CROSS JOIN LATERAL (SELECT person_merged_records(p.id) AS ids OFFSET 0) r
LEFT JOIN LATERAL (
  SELECT (array_agg(x.kind ORDER BY x.issued_at DESC, x.id DESC))[1] AS last_kind,
    max(x.issued_at) AS last_at,
    (array_agg(x.issuer_user_id ORDER BY x.issued_at DESC, x.id DESC))[1] AS issuer,
    bit_or(measure_kind_bit(x.kind)) AS kind_bits
  FROM measure x
  WHERE x.person_id = ANY (r.ids)
    AND NOT EXISTS (SELECT 1 FROM measure_confidential c WHERE c.measure_id = x.id AND c.field = '*')
  HAVING count(*) > 0
) m ON true
LEFT JOIN LATERAL (
  SELECT array_agg(y.ground ORDER BY y.placed_on DESC, y.id) AS grounds,
    array_agg(y.off_day ORDER BY y.placed_on DESC, y.id) AS off_days,
    max(y.off_day) AS until,
    (array_agg(y.placed_by_user ORDER BY y.placed_on DESC, y.id))[1] AS placer
  FROM (
    SELECT e.id, e.ground, e.placed_on, e.placed_by_user,
      coalesce(register_count_off_day(e.placed_on, e.last_day, e.auto_end_on), 'infinity') AS off_day
    FROM register_entry e
    WHERE e.person_id = ANY (r.ids) AND e.status = 'active'
  ) y
  HAVING count(*) > 0
) e ON true
WHERE p.merged_into IS NULL;
COMMENT ON VIEW person_overview_source IS 'The row of person_overview as computed from person, measure and register_entry (migration 0027).';

-- Recomputes the row of a person's kept record; a record merged into another loses its own row.
-- The kept record's row is locked before it is read, so of two transactions writing about one
-- person the second computes after the first commits (READ COMMITTED: a new snapshot per statement).
-- Its statements look up one person by key: their generic plan is the right one from the first call
-- (custom plans re-planned person_overview_source on each of a connection's first five writes:
-- 1-5 ms a write at 1,000,000 persons, against ~0.3 ms).
CREATE FUNCTION person_overview_refresh(p_person uuid) RETURNS void
LANGUAGE plpgsql SET plan_cache_mode = force_generic_plan AS $$
DECLARE
  root uuid := person_kept_record(p_person);
BEGIN
  IF root <> p_person THEN
    DELETE FROM person_overview WHERE person_id = p_person;
  END IF;
  PERFORM 1 FROM person_overview WHERE person_id = root FOR UPDATE;
  INSERT INTO person_overview AS o
  SELECT * FROM person_overview_source WHERE person_id = root
  ON CONFLICT (person_id) DO UPDATE SET
    territory_id = EXCLUDED.territory_id,
    last_name_cyr = EXCLUDED.last_name_cyr,
    first_name_cyr = EXCLUDED.first_name_cyr,
    birth_date = EXCLUDED.birth_date,
    last_measure_kind = EXCLUDED.last_measure_kind,
    last_measure_at = EXCLUDED.last_measure_at,
    measure_kind_bits = EXCLUDED.measure_kind_bits,
    register_grounds = EXCLUDED.register_grounds,
    register_off_days = EXCLUDED.register_off_days,
    register_until = EXCLUDED.register_until,
    responsible_user_id = EXCLUDED.responsible_user_id,
    barriers = EXCLUDED.barriers
  WHERE (o.*) IS DISTINCT FROM (EXCLUDED.*);
END
$$;
COMMENT ON FUNCTION person_overview_refresh(uuid) IS 'Recomputes the persons list''s row of a person''s kept record from person_overview_source (migration 0027).';

-- Every row anew in one pass (set-based; person_overview_source per person would take an index
-- lookup per person and table): after the synthetic loader's batches, which skip triggers, and below.
CREATE FUNCTION person_overview_rebuild() RETURNS bigint
LANGUAGE plpgsql AS $$
DECLARE
  n bigint;
BEGIN
  TRUNCATE person_overview;
  WITH kept AS (
    SELECT id, person_kept_record(id) AS root FROM person WHERE merged_into IS NOT NULL
  ),
  ms AS (
    SELECT coalesce(k.root, x.person_id) AS pid, x.id, x.kind, x.issued_at, x.issuer_user_id
    FROM measure x LEFT JOIN kept k ON k.id = x.person_id
    WHERE x.person_id IS NOT NULL
      AND NOT EXISTS (SELECT 1 FROM measure_confidential c WHERE c.measure_id = x.id AND c.field = '*')
  ),
  m AS (
    SELECT pid, (array_agg(kind ORDER BY issued_at DESC, id DESC))[1] AS last_kind,
      max(issued_at) AS last_at,
      (array_agg(issuer_user_id ORDER BY issued_at DESC, id DESC))[1] AS issuer,
      bit_or(measure_kind_bit(kind)) AS kind_bits
    FROM ms GROUP BY pid
  ),
  es AS (
    SELECT coalesce(k.root, y.person_id) AS pid, y.id, y.ground, y.placed_on, y.placed_by_user,
      coalesce(register_count_off_day(y.placed_on, y.last_day, y.auto_end_on), 'infinity') AS off_day
    FROM register_entry y LEFT JOIN kept k ON k.id = y.person_id
    WHERE y.status = 'active'
  ),
  e AS (
    SELECT pid, array_agg(ground ORDER BY placed_on DESC, id) AS grounds,
      array_agg(off_day ORDER BY placed_on DESC, id) AS off_days, max(off_day) AS until,
      (array_agg(placed_by_user ORDER BY placed_on DESC, id))[1] AS placer
    FROM es GROUP BY pid
  ),
  b AS (
    SELECT coalesce(k.root, c.person_id) AS pid, array_agg(DISTINCT c.barrier ORDER BY c.barrier) AS barriers
    FROM person_confidential c LEFT JOIN kept k ON k.id = c.person_id
    GROUP BY 1
  )
  INSERT INTO person_overview
  SELECT p.id, p.territory_id, p.last_name_cyr, p.first_name_cyr, p.birth_date, m.last_kind, m.last_at,
    coalesce(m.kind_bits, 0), coalesce(e.grounds, '{}'), coalesce(e.off_days, '{}'), e.until,
    coalesce(e.placer, m.issuer), coalesce(b.barriers, '{}')
  FROM person p LEFT JOIN m ON m.pid = p.id LEFT JOIN e ON e.pid = p.id LEFT JOIN b ON b.pid = p.id
  WHERE p.merged_into IS NULL;
  GET DIAGNOSTICS n = ROW_COUNT;
  RETURN n;
END
$$;
COMMENT ON FUNCTION person_overview_rebuild() IS 'Rebuilds person_overview whole, with the same rules as person_overview_source (migration 0027); returns the rows written.';

-- The triggers: a person's row follows every write that changes what it shows. A restore
-- (apps/server/src/db/backup/load.ts) copies this table with the rows it is computed from and turns
-- the kept projections' triggers off for its session (aldyn.register_counts = 'off', migration 0025).
CREATE FUNCTION person_overview_person_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF current_setting('aldyn.register_counts', true) = 'off' THEN RETURN NULL; END IF;
  PERFORM person_overview_refresh(NEW.id);
  RETURN NULL;
END $$;
CREATE TRIGGER person_overview_insert AFTER INSERT ON person
  FOR EACH ROW EXECUTE FUNCTION person_overview_person_change();
CREATE TRIGGER person_overview_update AFTER UPDATE OF territory_id, last_name_cyr, first_name_cyr, birth_date, merged_into ON person
  FOR EACH ROW WHEN ((OLD.territory_id, OLD.last_name_cyr, OLD.first_name_cyr, OLD.birth_date, OLD.merged_into)
    IS DISTINCT FROM (NEW.territory_id, NEW.last_name_cyr, NEW.first_name_cyr, NEW.birth_date, NEW.merged_into))
  EXECUTE FUNCTION person_overview_person_change();

-- A measure's or an entry's person: the new one, and the old one when it changed or the row went.
CREATE FUNCTION person_overview_record_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF current_setting('aldyn.register_counts', true) = 'off' THEN RETURN NULL; END IF;
  IF TG_OP <> 'DELETE' AND NEW.person_id IS NOT NULL THEN
    PERFORM person_overview_refresh(NEW.person_id);
  END IF;
  IF TG_OP <> 'INSERT' AND OLD.person_id IS NOT NULL
     AND (TG_OP = 'DELETE' OR OLD.person_id IS DISTINCT FROM NEW.person_id) THEN
    PERFORM person_overview_refresh(OLD.person_id);
  END IF;
  RETURN NULL;
END $$;
CREATE TRIGGER person_overview_measure_insert AFTER INSERT OR DELETE ON measure
  FOR EACH ROW EXECUTE FUNCTION person_overview_record_change();
-- Recording a fact rewrites the measure's projections (status, next check), none of which is shown.
CREATE TRIGGER person_overview_measure_update AFTER UPDATE OF person_id, kind, issued_at, issuer_user_id ON measure
  FOR EACH ROW WHEN ((OLD.person_id, OLD.kind, OLD.issued_at, OLD.issuer_user_id)
    IS DISTINCT FROM (NEW.person_id, NEW.kind, NEW.issued_at, NEW.issuer_user_id))
  EXECUTE FUNCTION person_overview_record_change();
CREATE TRIGGER person_overview_entry_insert AFTER INSERT OR DELETE ON register_entry
  FOR EACH ROW EXECUTE FUNCTION person_overview_record_change();
-- A check of control moves next_control_due only: no refresh.
CREATE TRIGGER person_overview_entry_update AFTER UPDATE OF person_id, ground, status, placed_on, last_day, auto_end_on, placed_by_user ON register_entry
  FOR EACH ROW WHEN ((OLD.person_id, OLD.ground, OLD.status, OLD.placed_on, OLD.last_day, OLD.auto_end_on, OLD.placed_by_user)
    IS DISTINCT FROM (NEW.person_id, NEW.ground, NEW.status, NEW.placed_on, NEW.last_day, NEW.auto_end_on, NEW.placed_by_user))
  EXECUTE FUNCTION person_overview_record_change();
CREATE TRIGGER person_overview_confidential_person AFTER INSERT OR DELETE ON person_confidential
  FOR EACH ROW EXECUTE FUNCTION person_overview_record_change();

-- A mark of a whole measure takes it out of (or back into) its person's last measure and kinds.
CREATE FUNCTION person_overview_measure_mark() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  mark measure_confidential := CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
  subject uuid;
BEGIN
  IF current_setting('aldyn.register_counts', true) = 'off' THEN RETURN NULL; END IF;
  IF mark.field = '*' THEN
    SELECT person_id INTO subject FROM measure WHERE id = mark.measure_id;
    IF subject IS NOT NULL THEN
      PERFORM person_overview_refresh(subject);
    END IF;
  END IF;
  RETURN NULL;
END $$;
CREATE TRIGGER person_overview_measure_mark AFTER INSERT OR DELETE ON measure_confidential
  FOR EACH ROW EXECUTE FUNCTION person_overview_measure_mark();

-- The rows of the persons written before this migration. Sorts in memory where they fit.
SET LOCAL work_mem = '256MB';
SET LOCAL maintenance_work_mem = '256MB';
SELECT person_overview_rebuild();

-- Each index answers a page alone (an index-only scan): the territory, the sort keys, and the
-- columns the filters read. A district's page walks its district's part of the first two; a
-- region's or the country's the other two, skipping other districts inside the index.
CREATE INDEX person_overview_district_name ON person_overview
  (territory_id, last_name_cyr, first_name_cyr, person_id)
  INCLUDE (birth_date, register_until, responsible_user_id, measure_kind_bits, barriers);
CREATE INDEX person_overview_district_measure ON person_overview
  (territory_id, last_measure_at DESC NULLS LAST, person_id)
  INCLUDE (register_until, responsible_user_id, measure_kind_bits, barriers);
CREATE INDEX person_overview_name ON person_overview
  (last_name_cyr, first_name_cyr, person_id, territory_id)
  INCLUDE (register_until, responsible_user_id, measure_kind_bits, barriers);
CREATE INDEX person_overview_measure ON person_overview
  (last_measure_at DESC NULLS LAST, person_id, territory_id)
  INCLUDE (register_until, responsible_user_id, measure_kind_bits, barriers);
-- "Whose persons": one official's persons across a region.
CREATE INDEX person_overview_responsible ON person_overview (responsible_user_id);
ANALYZE person_overview;
