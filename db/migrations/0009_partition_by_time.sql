-- Range partitioning by time of the big append-only tables (issue 6 item 5; docs/scaling.md):
-- audit_log by `at`, measure_fact by `at` (when the fact happened) and register_fact by its legal date
-- "on". One partition per calendar year from 2015 to 2035 plus a DEFAULT partition for anything
-- outside them, so an old or odd date never fails an insert. Time-bounded reads (a year's control
-- checks, an audit period) touch only their years (partition pruning), and an old year can later be
-- detached and archived whole instead of deleted row by row (which the append-only triggers refuse).
--
-- Each table is rebuilt under its own name: the old one is renamed, a partitioned one created with
-- the same columns in the same order, the rows copied, the old dropped, then keys, indexes, comments
-- and the append-only triggers recreated, so application code does not change. No foreign key points
-- at these tables (checked over 0001-0008), so their keys may grow the partition key.
--
-- What partitioning costs (PostgreSQL requires a unique index to contain the partition key):
-- * audit_log: the key becomes (id, at) and chain_seq is no longer UNIQUE by index. chain_seq is only
--   ever set by audit_seal under its advisory lock, and verifyAuditChain (npm run audit:verify)
--   names any duplicate or gap as a broken link, so the chain's guarantee does not rest on the index.
-- * measure_fact / register_fact: "one fact per position" becomes UNIQUE (parent, seq, time). Every
--   writer bumps the parent's version first (row lock, stale version = 409) and only then takes
--   seq = number of facts, so two facts never get the same seq; the index stays for ordered reads.

-- Dates of the law are days in Asia/Almaty (0004 comments): a year's instants start at its midnight.
CREATE FUNCTION time_partition_bound(key_type regtype, y integer) RETURNS text LANGUAGE sql STABLE AS $$
  SELECT CASE WHEN key_type = 'date'::regtype THEN make_date(y, 1, 1)::text
              ELSE to_char(make_timestamptz(y, 1, 1, 0, 0, 0, 'Asia/Almaty') AT TIME ZONE 'UTC',
                           'YYYY-MM-DD"T"HH24:MI:SS"Z"') END
$$;

-- Creates (if missing) the partition of one calendar year of a table partitioned here, with the
-- table's TRUNCATE guard (statement triggers are not inherited by partitions; row triggers are).
-- Fails if the DEFAULT partition already holds rows of that year: create years before they begin.
CREATE FUNCTION create_year_partition(parent regclass, y integer) RETURNS text LANGUAGE plpgsql AS $$
DECLARE
  part text := format('%s_y%s', parent::text, y);
  key_type regtype;
  key_name name;
  lo text := NULL;
  hi text := NULL;
  stray boolean;
  guard text := CASE WHEN parent = 'audit_log'::regclass THEN 'audit_log_append_only'
                     ELSE 'legal_fact_append_only' END;
BEGIN
  IF to_regclass(part) IS NOT NULL THEN
    RETURN part;
  END IF;
  SELECT a.atttypid::regtype, a.attname INTO STRICT key_type, key_name
    FROM pg_partitioned_table p JOIN pg_attribute a ON a.attrelid = p.partrelid AND a.attnum = p.partattrs[0]
   WHERE p.partrelid = parent;
  lo := time_partition_bound(key_type, y);
  hi := time_partition_bound(key_type, y + 1);
  -- Rows of that year in the default would have to move, which the append-only triggers refuse:
  -- say so plainly rather than fail on PostgreSQL's partition constraint check.
  EXECUTE format('SELECT EXISTS (SELECT 1 FROM %I WHERE %I >= %L AND %I < %L)',
    parent::text || '_default', key_name, lo, key_name, hi) INTO stray;
  IF stray THEN
    RAISE EXCEPTION 'cannot add partition %: %_default already holds rows of %', part, parent, y
      USING HINT = 'Add yearly partitions before their year begins; moving rows out of the default is a DBA task (docs/scaling.md).';
  END IF;
  EXECUTE format('CREATE TABLE %I PARTITION OF %s FOR VALUES FROM (%L) TO (%L)', part, parent, lo, hi);
  EXECUTE format('CREATE TRIGGER %I BEFORE TRUNCATE ON %I FOR EACH STATEMENT EXECUTE FUNCTION %I()',
    part || '_no_truncate', part, guard);
  RETURN part;
END $$;
COMMENT ON FUNCTION create_year_partition(regclass, integer) IS 'Adds the yearly partition of audit_log, measure_fact or register_fact (docs/scaling.md); idempotent.';

-- The yearly partitions of all three tables for the years given; the maintenance entry point.
CREATE FUNCTION ensure_time_partitions(from_year integer, to_year integer) RETURNS integer LANGUAGE plpgsql AS $$
DECLARE
  n integer := 0;
  t regclass;
BEGIN
  FOREACH t IN ARRAY ARRAY['audit_log', 'measure_fact', 'register_fact']::regclass[] LOOP
    FOR y IN from_year..to_year LOOP
      PERFORM create_year_partition(t, y);
      n := n + 1;
    END LOOP;
  END LOOP;
  RETURN n;
END $$;
COMMENT ON FUNCTION ensure_time_partitions(integer, integer) IS 'Creates missing yearly partitions, e.g. SELECT ensure_time_partitions(2036, 2036) before 2036 begins (docs/scaling.md).';

-- Partitions and the TRUNCATE guard of a freshly created partitioned table.
CREATE FUNCTION create_default_partition(parent regclass) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  part text := parent::text || '_default';
BEGIN
  EXECUTE format('CREATE TABLE %I PARTITION OF %s DEFAULT', part, parent);
  EXECUTE format('CREATE TRIGGER %I BEFORE TRUNCATE ON %I FOR EACH STATEMENT EXECUTE FUNCTION %I()',
    part || '_no_truncate', part,
    CASE WHEN parent = 'audit_log'::regclass THEN 'audit_log_append_only' ELSE 'legal_fact_append_only' END);
END $$;

-- ---------------------------------------------------------------------------------------------------
-- audit_log. Its row type is an argument of the hash functions: they are dropped with the old table
-- and recreated over the new one with the same text, so every stored hash still verifies.
DROP FUNCTION audit_link_hash(text, audit_log);
DROP FUNCTION audit_canonical(audit_log);
ALTER TABLE audit_log RENAME TO audit_log_unpartitioned;
ALTER SEQUENCE audit_log_id_seq OWNED BY NONE;
CREATE TABLE audit_log (
  id bigint NOT NULL DEFAULT nextval('audit_log_id_seq'),
  at timestamptz NOT NULL DEFAULT clock_timestamp(),
  actor_id uuid,
  actor_name text,
  role text,
  body_id uuid,
  action text NOT NULL,
  record_type text,
  record_id text,
  fields text[] NOT NULL DEFAULT '{}',
  route text,
  ip text,
  request_id text,
  chain_seq bigint,
  prev_hash text,
  hash text
) PARTITION BY RANGE (at);
ALTER SEQUENCE audit_log_id_seq OWNED BY audit_log.id;
SELECT create_default_partition('audit_log');
SELECT create_year_partition('audit_log', y) FROM generate_series(2015, 2035) AS y;
INSERT INTO audit_log SELECT * FROM audit_log_unpartitioned;
DROP TABLE audit_log_unpartitioned;
ALTER TABLE audit_log ADD CONSTRAINT audit_log_pkey PRIMARY KEY (id, at);
COMMENT ON TABLE audit_log IS 'Append-only, hash-chained audit of reads and changes of personal data (R11.2), partitioned by year of `at` (0009). Sealed columns are set once.';
COMMENT ON COLUMN audit_log.hash IS 'sha256(prev_hash || canonical row); verified by npm run audit:verify.';
COMMENT ON COLUMN audit_log.chain_seq IS 'Position in the hash chain, set once by audit_seal under its lock; a duplicate or gap is reported by audit:verify.';
CREATE INDEX audit_log_chain_seq ON audit_log (chain_seq) WHERE chain_seq IS NOT NULL;
CREATE INDEX audit_log_unsealed ON audit_log (id) WHERE chain_seq IS NULL;
CREATE INDEX audit_log_record ON audit_log (record_type, record_id, at);
CREATE INDEX audit_log_actor ON audit_log (actor_id, at);
CREATE INDEX audit_log_at ON audit_log (at);
CREATE TRIGGER audit_log_no_update BEFORE UPDATE OR DELETE ON audit_log
  FOR EACH ROW EXECUTE FUNCTION audit_log_append_only();
CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
  FOR EACH STATEMENT EXECUTE FUNCTION audit_log_append_only();

CREATE FUNCTION audit_canonical(a audit_log) RETURNS text LANGUAGE sql IMMUTABLE AS $$
  SELECT json_build_array(a.id, a.at, a.actor_id, a.actor_name, a.role, a.body_id, a.action, a.record_type,
    a.record_id, a.fields, a.route, a.ip, a.request_id, a.chain_seq)::text
$$;

CREATE FUNCTION audit_link_hash(prev text, a audit_log) RETURNS text LANGUAGE sql IMMUTABLE AS $$
  SELECT encode(sha256(convert_to(prev || '|' || audit_canonical(a), 'UTF8')), 'hex')
$$;

-- As in 0002; the row is now found by its whole key (id, at) so the update touches one partition.
CREATE OR REPLACE FUNCTION audit_seal(max_rows integer) RETURNS integer LANGUAGE plpgsql AS $$
DECLARE
  last_seq bigint;
  last_hash text;
  r audit_log;
  n integer := 0;
BEGIN
  IF NOT pg_try_advisory_xact_lock(7281002) THEN
    RETURN 0;
  END IF;
  SELECT chain_seq, hash INTO last_seq, last_hash FROM audit_log
    WHERE chain_seq IS NOT NULL ORDER BY chain_seq DESC LIMIT 1;
  last_seq := coalesce(last_seq, 0);
  last_hash := coalesce(last_hash, 'genesis');
  FOR r IN SELECT * FROM audit_log WHERE chain_seq IS NULL ORDER BY id LIMIT max_rows LOOP
    last_seq := last_seq + 1;
    r.chain_seq := last_seq;
    UPDATE audit_log SET chain_seq = last_seq, prev_hash = last_hash, hash = audit_link_hash(last_hash, r)
      WHERE id = r.id AND at = r.at RETURNING hash INTO last_hash;
    n := n + 1;
  END LOOP;
  RETURN n;
END $$;

-- ---------------------------------------------------------------------------------------------------
-- measure_fact, by the instant the fact happened. The identity keeps counting from the copied ids.
ALTER TABLE measure_fact RENAME TO measure_fact_unpartitioned;
ALTER SEQUENCE measure_fact_id_seq RENAME TO measure_fact_unpartitioned_id_seq;
CREATE TABLE measure_fact (
  id bigint GENERATED ALWAYS AS IDENTITY,
  measure_id uuid NOT NULL REFERENCES measure(id),
  seq integer NOT NULL CONSTRAINT measure_fact_seq_non_negative CHECK (seq >= 0),
  type text NOT NULL CONSTRAINT measure_fact_type_identifier CHECK (type ~ '^[a-z_]+$'),
  at timestamptz NOT NULL,
  data jsonb NOT NULL DEFAULT '{}' CONSTRAINT measure_fact_data_object CHECK (jsonb_typeof(data) = 'object'),
  recorded_by uuid REFERENCES app_user(id),
  recorded_at timestamptz NOT NULL DEFAULT now()
) PARTITION BY RANGE (at);
SELECT create_default_partition('measure_fact');
SELECT create_year_partition('measure_fact', y) FROM generate_series(2015, 2035) AS y;
INSERT INTO measure_fact OVERRIDING SYSTEM VALUE SELECT * FROM measure_fact_unpartitioned;
SELECT setval(pg_get_serial_sequence('measure_fact', 'id'), max(id)) FROM measure_fact HAVING max(id) IS NOT NULL;
DROP TABLE measure_fact_unpartitioned;
ALTER TABLE measure_fact ADD CONSTRAINT measure_fact_pkey PRIMARY KEY (id, at);
ALTER TABLE measure_fact ADD CONSTRAINT measure_fact_seq_unique UNIQUE (measure_id, seq, at);
COMMENT ON TABLE measure_fact IS 'Append-only legal facts of a measure (issued, served, signature refused, prosecutor notified, control check, violation, extended, appealed, terminated…; @aldyn/law MeasureFact), partitioned by year of `at` (0009).';
COMMENT ON COLUMN measure_fact.seq IS 'Position in the measure''s list of facts, from 0; a superseded fact names it (a correction, ARCHITECTURE.md). Unique per measure: taken under the measure''s version lock.';
COMMENT ON COLUMN measure_fact.type IS 'MeasureFact type of the law package.';
COMMENT ON COLUMN measure_fact.at IS 'When the fact happened (not when it was typed in); legal dates are its day in Asia/Almaty. The partition key.';
COMMENT ON COLUMN measure_fact.data IS 'The fact''s own fields (channel, outcome, until, ground, supersedes, note, place…).';
CREATE INDEX measure_fact_at_idx ON measure_fact (type, at);
CREATE TRIGGER measure_fact_no_change BEFORE UPDATE OR DELETE ON measure_fact
  FOR EACH ROW EXECUTE FUNCTION legal_fact_append_only();
CREATE TRIGGER measure_fact_no_truncate BEFORE TRUNCATE ON measure_fact
  FOR EACH STATEMENT EXECUTE FUNCTION legal_fact_append_only();

-- ---------------------------------------------------------------------------------------------------
-- register_fact (placements, control checks of 59(10), extensions, terminations…), by legal date.
ALTER TABLE register_fact RENAME TO register_fact_unpartitioned;
ALTER SEQUENCE register_fact_id_seq RENAME TO register_fact_unpartitioned_id_seq;
CREATE TABLE register_fact (
  id bigint GENERATED ALWAYS AS IDENTITY,
  entry_id uuid NOT NULL REFERENCES register_entry(id),
  seq integer NOT NULL CONSTRAINT register_fact_seq_non_negative CHECK (seq >= 0),
  type text NOT NULL CONSTRAINT register_fact_type_known
    CHECK (type IN ('placed', 'control_check', 'extended', 'terminated', 'appealed', 'appeal_decided', 'likelihood_assessed')),
  "on" date NOT NULL,
  data jsonb NOT NULL DEFAULT '{}' CONSTRAINT register_fact_data_object CHECK (jsonb_typeof(data) = 'object'),
  recorded_by uuid REFERENCES app_user(id),
  recorded_at timestamptz NOT NULL DEFAULT now()
) PARTITION BY RANGE ("on");
SELECT create_default_partition('register_fact');
SELECT create_year_partition('register_fact', y) FROM generate_series(2015, 2035) AS y;
INSERT INTO register_fact OVERRIDING SYSTEM VALUE SELECT * FROM register_fact_unpartitioned;
SELECT setval(pg_get_serial_sequence('register_fact', 'id'), max(id)) FROM register_fact HAVING max(id) IS NOT NULL;
DROP TABLE register_fact_unpartitioned;
ALTER TABLE register_fact ADD CONSTRAINT register_fact_pkey PRIMARY KEY (id, "on");
ALTER TABLE register_fact ADD CONSTRAINT register_fact_seq_unique UNIQUE (entry_id, seq, "on");
COMMENT ON TABLE register_fact IS 'Append-only legal facts of a register entry: placement with rights explained (59(4)), control checks (59(10)), extension (59(9)), termination (59(8)), appeal and its outcome (59(5)), likelihood assessments (59(10)); partitioned by year of "on" (0009).';
COMMENT ON COLUMN register_fact.seq IS 'Position in the entry''s list of facts, from 0. Unique per entry: taken under the entry''s version lock.';
COMMENT ON COLUMN register_fact."on" IS 'The legal date of the fact (Asia/Almaty). The partition key.';
COMMENT ON COLUMN register_fact.data IS 'The fact''s own fields: place, outcome, violation, until, reason, basis, ground, outcome of appeal, assessment.';
CREATE INDEX register_fact_on_idx ON register_fact (type, "on");
CREATE TRIGGER register_fact_no_change BEFORE UPDATE OR DELETE ON register_fact
  FOR EACH ROW EXECUTE FUNCTION legal_fact_append_only();
CREATE TRIGGER register_fact_no_truncate BEFORE TRUNCATE ON register_fact
  FOR EACH STATEMENT EXECUTE FUNCTION legal_fact_append_only();

DROP FUNCTION create_default_partition(regclass);
