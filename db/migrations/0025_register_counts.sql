-- The register summary of a territory (modules/figures/register-summary.ts) counted the territory's
-- rows of register_entry, measure and person on every call: its cost grew with the data (10 ms at
-- 100,000 persons, 60 ms at 1,000,000 for a region). Its counts are now kept here, per territory
-- path, by triggers in the writing transactions, so a summary reads a few rows per district whatever
-- the data's size, and an official's own write is in the next summary.
--
-- The summary depends on the day (an entry leaves the register on its off day without any write, a
-- check becomes overdue the day after it was due), so a count is kept as events by day: +1 on the
-- day a thing starts to count, −1 on the day it stops. A stock (what counts today) is the sum of its
-- events up to today; a flow (what happened in a period) is the sum of its events in the period.
--
--   counter    key     counts                                                   kind
--   active     ground  placed entries on the register that day (001 Art. 59)    stock
--   overdue    ground  of those, the ones whose next check was due before       stock
--   running    kind    active measures still in their term (valid_until)        stock
--   m_overdue  kind    of those, the ones whose next check was due before       stock
--   minors     ''      distinct persons under 18 with an entry on the register  stock
--   opened     ''      placements (placed_on), by day; opened_m by month        flow
--   closed     ''      first days off the register, by day; closed_m by month   flow
--
-- The same rules as the summary's reference query (registerSummaryReference): an entry is on the
-- register from placed_on to the day before its off day least(last_day + 1, auto_end_on); annulled
-- and not yet placed entries never count (59(5)). A person is under 18 before the 18th birthday the
-- summary uses: born on 29 February, from 1 March.
--
-- Past days of the stocks are folded nightly (register_count_fold) into one row per (territory,
-- counter, key) dated the fold's day, so a stock reads that row and the few days since. Flows are
-- never folded (any period may be asked); the month rows keep a year's period to a few dozen rows
-- per district. A summary for a day before the last fold cannot use the stocks and falls back to the
-- reference query.
--
-- Writers that skip triggers (the synthetic loader's batches under session_replication_role =
-- replica) call register_count_rebuild() when done; a restore copies the counts with the rows.

CREATE TABLE register_count (
  territory_path text NOT NULL,
  counter text NOT NULL CONSTRAINT register_count_counter_known
    CHECK (counter IN ('active', 'overdue', 'running', 'm_overdue', 'minors', 'opened', 'opened_m', 'closed', 'closed_m')),
  day date NOT NULL,
  key text NOT NULL,
  n integer NOT NULL,
  CONSTRAINT register_count_pkey PRIMARY KEY (territory_path, counter, day, key)
) WITH (fillfactor = 70);
COMMENT ON TABLE register_count IS 'Counts of the register summary kept by triggers on register_entry, measure and person (001 Art. 59): events by territory path, counter and day; a stock is the sum up to a day, a flow the sum over a period (migration 0025).';
COMMENT ON COLUMN register_count.day IS 'The day the event takes effect; -infinity for what counts from the start (a running measure); for opened_m/closed_m the first day of the month.';
COMMENT ON COLUMN register_count.key IS 'The ground of the entry (active, overdue), the kind of the measure (running, m_overdue), or empty.';
COMMENT ON COLUMN register_count.n IS 'The change on that day (+ starts to count, − stops); after a fold, the stock at the fold''s day.';

CREATE TABLE register_count_fold (
  folded_through date NOT NULL,
  one boolean PRIMARY KEY DEFAULT true CONSTRAINT register_count_fold_one CHECK (one)
);
COMMENT ON TABLE register_count_fold IS 'The day through which the stocks of register_count are folded: a summary for an earlier day cannot read them (migration 0025).';
INSERT INTO register_count_fold (folded_through) VALUES ('-infinity');

-- The first day a person born on b is no longer under 18 as the summary counts it: a person is a
-- minor on day t when born after the same day 18 years earlier (29 February of t read as 28).
CREATE FUNCTION register_count_adult_on(b date) RETURNS date LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT CASE WHEN b IS NULL THEN NULL
              WHEN extract(month FROM b) = 2 AND extract(day FROM b) = 29
                THEN make_date(extract(year FROM b)::int + 18, 3, 1)
              ELSE make_date(extract(year FROM b)::int + 18, extract(month FROM b)::int, extract(day FROM b)::int) END
$$;

-- The first day off the register (59(7), 59(8)), or null while open-ended; never before placement.
CREATE FUNCTION register_count_off_day(placed_on date, last_day date, auto_end_on date) RETURNS date
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT CASE WHEN least(last_day + 1, auto_end_on) IS NULL THEN NULL
              ELSE greatest(least(last_day + 1, auto_end_on), placed_on) END
$$;

CREATE FUNCTION register_count_month(d date) RETURNS date LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT d - (extract(day FROM d)::int - 1)
$$;

-- The events of one register entry (all but minors, which are per person).
CREATE FUNCTION register_count_entry_events(status text, ground text, path text, placed_on date,
  last_day date, auto_end_on date, next_due date)
RETURNS TABLE (territory_path text, counter text, day date, key text, n integer)
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT path, v.counter, v.day, v.key, v.n
  FROM (SELECT least(last_day + 1, auto_end_on) AS raw_off,
               register_count_off_day(placed_on, last_day, auto_end_on) AS off,
               CASE WHEN next_due IS NOT NULL THEN greatest(placed_on, next_due + 1) END AS late) d
  CROSS JOIN LATERAL (VALUES
    ('active', placed_on, ground, 1),
    ('active', d.off, ground, -1),
    ('overdue', CASE WHEN d.off IS NULL OR d.off > d.late THEN d.late END, ground, 1),
    ('overdue', CASE WHEN d.off > d.late THEN d.off END, ground, -1),
    ('opened', placed_on, '', 1),
    ('opened_m', register_count_month(placed_on), '', 1),
    ('closed', d.raw_off, '', 1),
    ('closed_m', register_count_month(d.raw_off), '', 1)
  ) v(counter, day, key, n)
  WHERE status IN ('active', 'terminated') AND v.day IS NOT NULL
$$;

-- The events of one measure: running while active and valid_until not passed.
CREATE FUNCTION register_count_measure_events(status text, kind text, path text, valid_until date, next_due date)
RETURNS TABLE (territory_path text, counter text, day date, key text, n integer)
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT path, v.counter, v.day, v.key, v.n
  FROM (SELECT valid_until + 1 AS off, next_due + 1 AS late) d
  CROSS JOIN LATERAL (VALUES
    ('running', '-infinity'::date, kind, 1),
    ('running', d.off, kind, -1),
    ('m_overdue', CASE WHEN d.off IS NULL OR d.off > d.late THEN d.late END, kind, 1),
    ('m_overdue', CASE WHEN d.off > d.late THEN d.off END, kind, -1)
  ) v(counter, day, key, n)
  WHERE status = 'active' AND v.day IS NOT NULL
$$;

-- Minors are distinct persons per territory path, so they are events of the union of a person's
-- spans there: given spans [s, e) signed −1 (the state before a write) and +1 (after), the changes
-- of "has at least one span" on each day, summed per path and day.
CREATE TYPE register_count_span AS (territory_path text, person_id uuid, sign integer, s date, e date);

CREATE FUNCTION register_count_minor_events(spans register_count_span[])
RETURNS TABLE (territory_path text, day date, n integer)
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  WITH ev AS (
    SELECT x.territory_path, x.person_id, x.sign, x.day, sum(x.d) AS d
    FROM (SELECT u.territory_path, u.person_id, u.sign, u.s AS day, 1 AS d FROM unnest(spans) u
          UNION ALL
          SELECT u.territory_path, u.person_id, u.sign, u.e, -1 FROM unnest(spans) u) x
    GROUP BY 1, 2, 3, 4),
  run AS (
    SELECT ev.*, (sum(ev.d) OVER w > 0)::int AS held FROM ev
    WINDOW w AS (PARTITION BY ev.territory_path, ev.person_id, ev.sign ORDER BY ev.day)),
  chg AS (
    SELECT run.territory_path, run.sign, run.day,
      run.held - coalesce(lag(run.held) OVER (PARTITION BY run.territory_path, run.person_id, run.sign ORDER BY run.day), 0) AS c
    FROM run)
  SELECT chg.territory_path, chg.day, sum(chg.sign * chg.c)::int FROM chg WHERE chg.c <> 0
  GROUP BY 1, 2 HAVING sum(chg.sign * chg.c) <> 0
$$;

-- The span of one entry in which its person counts as a minor: [placed_on, least(off day, 18th
-- birthday)), empty when the entry does not count or the birth date is unknown.
CREATE FUNCTION register_count_minor_span(path text, person_id uuid, sign integer, status text,
  placed_on date, last_day date, auto_end_on date, birth_date date)
RETURNS register_count_span LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT CASE WHEN status IN ('active', 'terminated') AND birth_date IS NOT NULL THEN
    ROW(path, person_id, sign, placed_on,
        greatest(placed_on, least(register_count_off_day(placed_on, last_day, auto_end_on),
                                  register_count_adult_on(birth_date))))::register_count_span END
$$;

CREATE FUNCTION register_count_add_minors(spans register_count_span[]) RETURNS void LANGUAGE sql AS $$
  INSERT INTO register_count AS c (territory_path, counter, day, key, n)
  SELECT m.territory_path, 'minors', m.day, '', m.n FROM register_count_minor_events(spans) m
  ORDER BY 1, 3
  ON CONFLICT (territory_path, counter, day, key) DO UPDATE SET n = c.n + excluded.n
$$;

-- Applies a statement's changes of register_entry: the old rows' events out, the new rows' in.
CREATE FUNCTION register_count_apply_entries(olds register_entry[], news register_entry[]) RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO register_count AS c (territory_path, counter, day, key, n)
  SELECT ev.territory_path, ev.counter, ev.day, ev.key, sum(ev.n * x.sign)::int
  FROM (SELECT -1 AS sign, o.* FROM unnest(olds) o UNION ALL SELECT 1, w.* FROM unnest(news) w) x
  CROSS JOIN LATERAL register_count_entry_events(x.status, x.ground, x.territory_path, x.placed_on,
    x.last_day, x.auto_end_on, x.next_control_due) ev
  GROUP BY 1, 2, 3, 4 HAVING sum(ev.n * x.sign) <> 0
  ORDER BY 1, 2, 3, 4
  ON CONFLICT (territory_path, counter, day, key) DO UPDATE SET n = c.n + excluded.n;

  -- Minors change only with the person, the path, the status or the days on the register (most
  -- writes are checks, which change none of them).
  IF NOT EXISTS (
    SELECT 1 FROM unnest(olds) o FULL JOIN unnest(news) w ON o.id = w.id
    WHERE (o.person_id, o.territory_path, o.status, o.placed_on, o.last_day, o.auto_end_on)
      IS DISTINCT FROM (w.person_id, w.territory_path, w.status, w.placed_on, w.last_day, w.auto_end_on)
  ) THEN
    RETURN;
  END IF;
  -- Before and after the statement, the spans of every (person, path) it touched: after is the
  -- table now; before is the same less the new rows, plus the old ones.
  PERFORM register_count_add_minors(ARRAY(
    WITH keys AS (
      SELECT person_id, territory_path FROM unnest(olds)
      UNION SELECT person_id, territory_path FROM unnest(news)),
    now_rows AS (
      SELECT e.id, e.person_id, e.territory_path, e.status, e.placed_on, e.last_day, e.auto_end_on
      FROM register_entry e JOIN keys k ON e.person_id = k.person_id AND e.territory_path = k.territory_path),
    states AS (
      SELECT 1 AS sign, r.* FROM now_rows r
      UNION ALL
      SELECT -1, r.* FROM now_rows r WHERE r.id NOT IN (SELECT w.id FROM unnest(news) w)
      UNION ALL
      SELECT -1, o.id, o.person_id, o.territory_path, o.status, o.placed_on, o.last_day, o.auto_end_on
      FROM unnest(olds) o)
    SELECT register_count_minor_span(s.territory_path, s.person_id, s.sign, s.status, s.placed_on,
      s.last_day, s.auto_end_on, p.birth_date)
    FROM states s JOIN person p ON p.id = s.person_id
    WHERE s.status IN ('active', 'terminated') AND p.birth_date IS NOT NULL));
END $$;

CREATE FUNCTION register_count_apply_measures(olds measure[], news measure[]) RETURNS void
LANGUAGE sql AS $$
  INSERT INTO register_count AS c (territory_path, counter, day, key, n)
  SELECT ev.territory_path, ev.counter, ev.day, ev.key, sum(ev.n * x.sign)::int
  FROM (SELECT -1 AS sign, o.* FROM unnest(olds) o UNION ALL SELECT 1, w.* FROM unnest(news) w) x
  CROSS JOIN LATERAL register_count_measure_events(x.status, x.kind, x.territory_path, x.valid_until,
    x.next_control_due) ev
  GROUP BY 1, 2, 3, 4 HAVING sum(ev.n * x.sign) <> 0
  ORDER BY 1, 2, 3, 4
  ON CONFLICT (territory_path, counter, day, key) DO UPDATE SET n = c.n + excluded.n
$$;

-- A restore (db/backup/load.ts) copies the backup's counts together with the rows they count, so it
-- turns the triggers off for its session with aldyn.register_counts = 'off'; nothing else does.
--
-- Statement triggers with transition tables (one per event: PostgreSQL allows transition tables only
-- on single-event triggers), so a statement that writes many rows (the nightly sweeps) is one pass.
CREATE FUNCTION register_entry_count_insert() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF current_setting('aldyn.register_counts', true) = 'off' THEN RETURN NULL; END IF;
  PERFORM register_count_apply_entries('{}', ARRAY(SELECT ROW(w.*)::register_entry FROM new_rows w));
  RETURN NULL;
END $$;
CREATE FUNCTION register_entry_count_update() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF current_setting('aldyn.register_counts', true) = 'off' THEN RETURN NULL; END IF;
  PERFORM register_count_apply_entries(ARRAY(SELECT ROW(o.*)::register_entry FROM old_rows o), ARRAY(SELECT ROW(w.*)::register_entry FROM new_rows w));
  RETURN NULL;
END $$;
CREATE FUNCTION register_entry_count_delete() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF current_setting('aldyn.register_counts', true) = 'off' THEN RETURN NULL; END IF;
  PERFORM register_count_apply_entries(ARRAY(SELECT ROW(o.*)::register_entry FROM old_rows o), '{}');
  RETURN NULL;
END $$;
CREATE TRIGGER register_entry_count_insert AFTER INSERT ON register_entry
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION register_entry_count_insert();
CREATE TRIGGER register_entry_count_update AFTER UPDATE ON register_entry
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION register_entry_count_update();
CREATE TRIGGER register_entry_count_delete AFTER DELETE ON register_entry
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION register_entry_count_delete();

CREATE FUNCTION measure_count_insert() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF current_setting('aldyn.register_counts', true) = 'off' THEN RETURN NULL; END IF;
  PERFORM register_count_apply_measures('{}', ARRAY(SELECT ROW(w.*)::measure FROM new_rows w));
  RETURN NULL;
END $$;
CREATE FUNCTION measure_count_update() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF current_setting('aldyn.register_counts', true) = 'off' THEN RETURN NULL; END IF;
  PERFORM register_count_apply_measures(ARRAY(SELECT ROW(o.*)::measure FROM old_rows o), ARRAY(SELECT ROW(w.*)::measure FROM new_rows w));
  RETURN NULL;
END $$;
CREATE FUNCTION measure_count_delete() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF current_setting('aldyn.register_counts', true) = 'off' THEN RETURN NULL; END IF;
  PERFORM register_count_apply_measures(ARRAY(SELECT ROW(o.*)::measure FROM old_rows o), '{}');
  RETURN NULL;
END $$;
CREATE TRIGGER measure_count_insert AFTER INSERT ON measure
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION measure_count_insert();
CREATE TRIGGER measure_count_update AFTER UPDATE ON measure
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION measure_count_update();
CREATE TRIGGER measure_count_delete AFTER DELETE ON measure
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION measure_count_delete();

-- A corrected birth date moves the person's 18th birthday on every path of their entries.
CREATE FUNCTION person_count_birth_date() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF current_setting('aldyn.register_counts', true) = 'off' THEN RETURN NULL; END IF;
  PERFORM register_count_add_minors(ARRAY(
    SELECT register_count_minor_span(e.territory_path, e.person_id, b.sign, e.status, e.placed_on,
      e.last_day, e.auto_end_on, b.birth_date)
    FROM register_entry e CROSS JOIN (VALUES (-1, OLD.birth_date), (1, NEW.birth_date)) b(sign, birth_date)
    WHERE e.person_id = NEW.id AND e.status IN ('active', 'terminated') AND b.birth_date IS NOT NULL));
  RETURN NULL;
END $$;
CREATE TRIGGER person_count_birth_date AFTER UPDATE OF birth_date ON person
  FOR EACH ROW WHEN (OLD.birth_date IS DISTINCT FROM NEW.birth_date) EXECUTE FUNCTION person_count_birth_date();

-- Folds the stocks' days up to `through` into one row per (territory, counter, key) dated `through`.
-- Safe beside writers: a row a writer holds is deleted (and its latest count moved) after the writer
-- commits; a row a writer adds behind the fold's back is still summed by every read (day <= today)
-- and folded the next time. Never fold past a day a summary may still be asked for (the nightly job
-- folds through yesterday).
CREATE FUNCTION register_count_fold(through date) RETURNS integer LANGUAGE plpgsql AS $$
DECLARE
  moved integer;
BEGIN
  UPDATE register_count_fold SET folded_through = greatest(folded_through, through);
  WITH gone AS (
    DELETE FROM register_count
    WHERE counter IN ('active', 'overdue', 'running', 'm_overdue', 'minors') AND day <= through
    RETURNING territory_path, counter, key, n)
  INSERT INTO register_count AS c (territory_path, counter, day, key, n)
  SELECT territory_path, counter, through, key, sum(n)::int FROM gone
  GROUP BY 1, 2, 4 HAVING sum(n) <> 0
  ORDER BY 1, 2, 4
  ON CONFLICT (territory_path, counter, day, key) DO UPDATE SET n = c.n + excluded.n;
  GET DIAGNOSTICS moved = ROW_COUNT;
  -- Days whose events cancelled out (a placement annulled the same day) hold nothing.
  DELETE FROM register_count WHERE n = 0;
  RETURN moved;
END $$;

-- Recomputes every count from the tables (after a bulk load without triggers, or to check them),
-- folded through `through` as it goes (no row to delete afterwards).
CREATE FUNCTION register_count_rebuild(through date) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  LOCK TABLE register_entry, measure, person IN SHARE MODE;
  DELETE FROM register_count;
  UPDATE register_count_fold SET folded_through = through;
  INSERT INTO register_count (territory_path, counter, day, key, n)
  SELECT ev.territory_path, ev.counter,
    CASE WHEN ev.counter IN ('active', 'overdue', 'running', 'm_overdue') AND ev.day <= through THEN through
         ELSE ev.day END,
    ev.key, sum(ev.n)::int
  FROM (SELECT x.territory_path, x.counter, x.day, x.key, x.n
        FROM register_entry e CROSS JOIN LATERAL register_count_entry_events(e.status, e.ground,
          e.territory_path, e.placed_on, e.last_day, e.auto_end_on, e.next_control_due) x
        UNION ALL
        SELECT x.territory_path, x.counter, x.day, x.key, x.n
        FROM measure m CROSS JOIN LATERAL register_count_measure_events(m.status, m.kind,
          m.territory_path, m.valid_until, m.next_control_due) x
        WHERE m.status = 'active') ev
  GROUP BY 1, 2, 3, 4 HAVING sum(ev.n) <> 0;
  INSERT INTO register_count (territory_path, counter, day, key, n)
  SELECT m.territory_path, 'minors', CASE WHEN m.day <= through THEN through ELSE m.day END, '', sum(m.n)::int
  FROM register_count_minor_events(ARRAY(
    SELECT register_count_minor_span(e.territory_path, e.person_id, 1, e.status, e.placed_on,
      e.last_day, e.auto_end_on, p.birth_date)
    FROM register_entry e JOIN person p ON p.id = e.person_id
    WHERE e.status IN ('active', 'terminated') AND p.birth_date IS NOT NULL
      AND register_count_adult_on(p.birth_date) > e.placed_on)) m
  GROUP BY 1, 3 HAVING sum(m.n) <> 0;
END $$;

SELECT register_count_rebuild(((now() AT TIME ZONE 'Asia/Almaty')::date - 1));
