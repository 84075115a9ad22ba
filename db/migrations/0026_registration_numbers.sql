-- Registration numbers of the documents a body issues (R11.5): a measure's form (an official warning,
-- 001 Art. 51; a protective order, 60; a statutory notice, 57 …) and the notice of placement on the
-- preventive register (59(4)) carried a fragment of the record's UUID. They now carry the number of
-- the issuing body's register of outgoing documents: "12/2026" — the 12th of that body in that year,
-- one series for measures and one for register entries, without gaps.
--
-- The number is assigned by a trigger in the statement that inserts the record, so it is in the same
-- transaction as the record and its audit row, costs the write no round trip, and a write that rolls
-- back takes its number back (the counter's row is locked until the transaction ends: two officials of
-- one body issuing at the same moment get consecutive numbers, one after the other). The year is the
-- Almaty year of issue (measure.issued_at) or of placement (register_entry.placed_on).
--
-- Rows written with triggers skipped (the synthetic loader's batches under session_replication_role =
-- replica) get theirs from registration_number_fill(), as the rows existing before this migration do
-- here: in issue order within each body and year, after the numbers already given.

CREATE TABLE registration_counter (
  body_id uuid NOT NULL REFERENCES body(id),
  year integer NOT NULL CONSTRAINT registration_counter_year_plausible CHECK (year BETWEEN 2000 AND 2200),
  series text NOT NULL CONSTRAINT registration_counter_series_known CHECK (series IN ('measure', 'register_entry')),
  last_number integer NOT NULL CONSTRAINT registration_counter_positive CHECK (last_number > 0),
  CONSTRAINT registration_counter_pkey PRIMARY KEY (body_id, year, series)
);
COMMENT ON TABLE registration_counter IS 'The last registration number a body gave in a year, per series (measures; register entries): the next document of the series gets last_number + 1 (migration 0026; R11.5).';
COMMENT ON COLUMN registration_counter.year IS 'The year of issue in Asia/Almaty (R11.4).';
COMMENT ON COLUMN registration_counter.series IS 'measure: the forms of individual prevention measures (001 Art. 48(3)); register_entry: notices of placement on the preventive register (001 Art. 59(4)).';

ALTER TABLE measure ADD COLUMN registration_number text
  CONSTRAINT measure_registration_number_format CHECK (registration_number ~ '^[1-9][0-9]*/[0-9]{4}$');
ALTER TABLE register_entry ADD COLUMN registration_number text
  CONSTRAINT register_entry_registration_number_format CHECK (registration_number ~ '^[1-9][0-9]*/[0-9]{4}$');
COMMENT ON COLUMN measure.registration_number IS 'The number of the decision in the issuing body''s register, "seq/year" (e.g. 12/2026), printed on the form (R11.5); assigned at insert (migration 0026).';
COMMENT ON COLUMN register_entry.registration_number IS 'The number of the placement in the placing body''s register, "seq/year", printed on the notice of 001 Art. 59(4); assigned at insert (migration 0026).';
CREATE UNIQUE INDEX measure_registration_number ON measure (issuer_body_id, registration_number);
CREATE UNIQUE INDEX register_entry_registration_number ON register_entry (placed_by_body, registration_number);

/** The next number of a body's series in a year, counted in the calling transaction. */
CREATE FUNCTION registration_number_next(p_body uuid, p_year integer, p_series text) RETURNS text
LANGUAGE plpgsql AS $$
DECLARE
  n integer;
BEGIN
  INSERT INTO registration_counter AS c (body_id, year, series, last_number)
  VALUES (p_body, p_year, p_series, 1)
  ON CONFLICT (body_id, year, series) DO UPDATE SET last_number = c.last_number + 1
  RETURNING c.last_number INTO n;
  RETURN n || '/' || p_year;
END $$;

CREATE FUNCTION measure_registration_number() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.registration_number IS NULL THEN
    NEW.registration_number := registration_number_next(
      NEW.issuer_body_id, extract(year FROM NEW.issued_at AT TIME ZONE 'Asia/Almaty')::integer, 'measure');
  END IF;
  RETURN NEW;
END $$;
CREATE TRIGGER measure_registration_number BEFORE INSERT ON measure
  FOR EACH ROW EXECUTE FUNCTION measure_registration_number();

CREATE FUNCTION register_entry_registration_number() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.registration_number IS NULL THEN
    NEW.registration_number := registration_number_next(
      NEW.placed_by_body, extract(year FROM NEW.placed_on)::integer, 'register_entry');
  END IF;
  RETURN NEW;
END $$;
CREATE TRIGGER register_entry_registration_number BEFORE INSERT ON register_entry
  FOR EACH ROW EXECUTE FUNCTION register_entry_registration_number();

/**
 * Numbers the rows that have none (written with triggers skipped, or before this migration), in
 * issue order within each body and year after the numbers already given, and moves the counters on.
 * Returns how many rows it numbered. The synthetic loader calls it in its session with triggers
 * skipped, so the kept register counts (0025), which do not depend on the number, are not recounted.
 */
CREATE FUNCTION registration_number_fill() RETURNS integer LANGUAGE plpgsql AS $$
DECLARE
  measures integer;
  entries integer;
BEGIN
  WITH todo AS (
    SELECT id, issuer_body_id AS body_id,
           extract(year FROM issued_at AT TIME ZONE 'Asia/Almaty')::integer AS year,
           row_number() OVER (PARTITION BY issuer_body_id, extract(year FROM issued_at AT TIME ZONE 'Asia/Almaty')
                              ORDER BY issued_at, created_at, id) AS k
    FROM measure WHERE registration_number IS NULL
  ), numbered AS (
    SELECT t.id, t.body_id, t.year, coalesce(c.last_number, 0) + t.k AS n
    FROM todo t LEFT JOIN registration_counter c
      ON c.body_id = t.body_id AND c.year = t.year AND c.series = 'measure'
  ), counted AS (
    INSERT INTO registration_counter AS c (body_id, year, series, last_number)
    SELECT body_id, year, 'measure', max(n) FROM numbered GROUP BY body_id, year
    ON CONFLICT (body_id, year, series) DO UPDATE SET last_number = excluded.last_number
  )
  UPDATE measure m SET registration_number = x.n || '/' || x.year FROM numbered x WHERE m.id = x.id;
  GET DIAGNOSTICS measures = ROW_COUNT;

  WITH todo AS (
    SELECT id, placed_by_body AS body_id, extract(year FROM placed_on)::integer AS year,
           row_number() OVER (PARTITION BY placed_by_body, extract(year FROM placed_on)
                              ORDER BY placed_on, created_at, id) AS k
    FROM register_entry WHERE registration_number IS NULL
  ), numbered AS (
    SELECT t.id, t.body_id, t.year, coalesce(c.last_number, 0) + t.k AS n
    FROM todo t LEFT JOIN registration_counter c
      ON c.body_id = t.body_id AND c.year = t.year AND c.series = 'register_entry'
  ), counted AS (
    INSERT INTO registration_counter AS c (body_id, year, series, last_number)
    SELECT body_id, year, 'register_entry', max(n) FROM numbered GROUP BY body_id, year
    ON CONFLICT (body_id, year, series) DO UPDATE SET last_number = excluded.last_number
  )
  UPDATE register_entry r SET registration_number = x.n || '/' || x.year FROM numbered x WHERE r.id = x.id;
  GET DIAGNOSTICS entries = ROW_COUNT;

  RETURN measures + entries;
END $$;
COMMENT ON FUNCTION registration_number_fill() IS 'Numbers measures and register entries that have no registration number yet (rows loaded with triggers skipped), in issue order per body and year, and moves the counters on (migration 0026).';

-- The rows already written, numbered here; the kept counts' update triggers are off meanwhile (the
-- number changes no count, and they would read every row of a large register twice).
ALTER TABLE measure DISABLE TRIGGER measure_count_update;
ALTER TABLE register_entry DISABLE TRIGGER register_entry_count_update;
SELECT registration_number_fill();
ALTER TABLE measure ENABLE TRIGGER measure_count_update;
ALTER TABLE register_entry ENABLE TRIGGER register_entry_count_update;
