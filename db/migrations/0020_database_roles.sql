-- Least-privilege database roles (REQUIREMENTS R11.2; ARCHITECTURE.md "Database roles").
-- Until now the application connected as the role that owns every table — in embedded mode the
-- cluster's superuser — so whoever held its credentials could disable the audit triggers, rewrite an
-- audit row and recompute the chain after it. From here on there are two roles:
-- * the owner: whichever role runs the migrations (this file runs as it). It owns every table and
--   function and is used only for migrations (DATABASE_OWNER_URL, `npm run db:migrate`);
-- * aldyn_app: the application's connections. Not a superuser, owns nothing, reads and writes the
--   tables the application writes, and may only INSERT and SELECT audit rows. Sealing the chain and
--   making yearly partitions go through SECURITY DEFINER functions of the owner (below).
-- The role is cluster-wide. It is created here NOLOGIN when missing (an owner that may not create
-- roles needs a DBA to create it first); the server gives it LOGIN in embedded mode, and in production
-- a DBA gives it LOGIN with a password and puts that login in DATABASE_URL (README, Configuration).
DO $$
BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'aldyn_app') THEN
    BEGIN
      CREATE ROLE aldyn_app NOLOGIN;
      COMMENT ON ROLE aldyn_app IS 'Aldyn application connections (migration 0020): no superuser, owns no table, audit_log insert and select only (R11.2).';
    EXCEPTION
      -- Made meanwhile by the migration of another database of the same cluster (parallel tests).
      WHEN duplicate_object OR unique_violation THEN NULL;
      WHEN insufficient_privilege THEN
        RAISE EXCEPTION 'the role aldyn_app does not exist and % may not create it', current_user
          USING HINT = 'Ask a DBA to run: CREATE ROLE aldyn_app NOLOGIN; then run the migrations again.';
    END;
  END IF;
END $$;

-- Nobody but the owner creates objects in public (PostgreSQL 15's default, made explicit): the
-- SECURITY DEFINER functions below resolve names there and must not meet a look-alike.
REVOKE CREATE ON SCHEMA public FROM PUBLIC;
GRANT USAGE ON SCHEMA public TO aldyn_app;

-- Every table the application writes: read and write. Sequences: nextval for serial keys.
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO aldyn_app;
GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO aldyn_app;
-- The migrations' bookkeeping: read only (the health route reports pending migrations).
REVOKE ALL ON schema_migrations FROM aldyn_app;
GRANT SELECT ON schema_migrations TO aldyn_app;
-- The audit log and every partition of it: append and read, never change or remove (R11.2). The
-- append-only triggers (0002, 0009) stay, for the owner.
DO $$
DECLARE
  p regclass;
BEGIN
  FOR p IN SELECT relid FROM pg_partition_tree('audit_log') LOOP
    EXECUTE format('REVOKE ALL ON %s FROM aldyn_app', p);
    EXECUTE format('GRANT SELECT, INSERT ON %s TO aldyn_app', p);
  END LOOP;
END $$;

-- Tables and sequences that later migrations create (run by the same owner role) get the same
-- application rights without each migration repeating them. A later migration that adds a table the
-- application must not change revokes what it should not have, as above for audit_log.
ALTER DEFAULT PRIVILEGES GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO aldyn_app;
ALTER DEFAULT PRIVILEGES GRANT USAGE, SELECT ON SEQUENCES TO aldyn_app;

-- Sealing sets chain_seq, prev_hash and hash of unsealed rows: an UPDATE the application may not
-- make. audit_seal runs as its owner instead, with a fixed search_path so no object of the caller's
-- choosing is found in its place. A later CREATE OR REPLACE of it must repeat both clauses.
ALTER FUNCTION audit_seal(integer) SECURITY DEFINER SET search_path = public, pg_temp;
REVOKE EXECUTE ON FUNCTION audit_seal(integer) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION audit_seal(integer) TO aldyn_app;

-- As in 0009, and the new partition gets exactly the application's rights on its parent: the default
-- privileges above would otherwise give every new table — a new year of audit_log too — UPDATE and
-- DELETE for aldyn_app.
CREATE OR REPLACE FUNCTION create_year_partition(parent regclass, y integer) RETURNS text LANGUAGE plpgsql AS $$
DECLARE
  part text := format('%s_y%s', parent::text, y);
  key_type regtype;
  key_name name;
  lo text := NULL;
  hi text := NULL;
  stray boolean;
  privs text;
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
  EXECUTE format('REVOKE ALL ON %I FROM aldyn_app', part);
  SELECT string_agg(p, ', ') INTO privs FROM unnest(ARRAY['SELECT', 'INSERT', 'UPDATE', 'DELETE']) AS p
   WHERE has_table_privilege('aldyn_app', parent, p);
  IF privs IS NOT NULL THEN
    EXECUTE format('GRANT %s ON %I TO aldyn_app', privs, part);
  END IF;
  RETURN part;
END $$;
REVOKE EXECUTE ON FUNCTION create_year_partition(regclass, integer) FROM PUBLIC;

-- The monthly job (jobs/time-partitions.ts) runs as the application; creating tables is the owner's.
ALTER FUNCTION ensure_time_partitions(integer, integer) SECURITY DEFINER SET search_path = public, pg_temp;
REVOKE EXECUTE ON FUNCTION ensure_time_partitions(integer, integer) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION ensure_time_partitions(integer, integer) TO aldyn_app;
