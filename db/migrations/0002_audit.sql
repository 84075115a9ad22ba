-- Audit of every read and change of personal data (issue 2 item 8; REQUIREMENTS R11.2).
-- Rows are written in the same transaction as the work they record. The chain is sealed after
-- commit by a sealer that takes rows in id order and sets chain_seq, prev_hash and hash once; this
-- keeps concurrent transactions from queueing on one lock while still making any later change,
-- insertion or removal detectable.
CREATE TABLE audit_log (
  id bigserial PRIMARY KEY,
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
  chain_seq bigint UNIQUE,
  prev_hash text,
  hash text
);
COMMENT ON TABLE audit_log IS 'Append-only, hash-chained audit of reads and changes of personal data (R11.2). Sealed columns are set once.';
COMMENT ON COLUMN audit_log.hash IS 'sha256(prev_hash || canonical row); verified by npm run audit:verify.';
CREATE INDEX audit_log_unsealed ON audit_log (id) WHERE chain_seq IS NULL;
CREATE INDEX audit_log_record ON audit_log (record_type, record_id, at);
CREATE INDEX audit_log_actor ON audit_log (actor_id, at);
CREATE INDEX audit_log_at ON audit_log (at);

-- Append-only: no delete, no truncate; an update may only seal an unsealed row and change nothing else.
CREATE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' OR TG_OP = 'TRUNCATE' THEN
    RAISE EXCEPTION 'audit_log is append-only' USING ERRCODE = 'insufficient_privilege';
  END IF;
  IF OLD.chain_seq IS NOT NULL
     OR (to_jsonb(NEW) - 'chain_seq' - 'prev_hash' - 'hash') IS DISTINCT FROM (to_jsonb(OLD) - 'chain_seq' - 'prev_hash' - 'hash') THEN
    RAISE EXCEPTION 'audit_log rows cannot be changed' USING ERRCODE = 'insufficient_privilege';
  END IF;
  RETURN NEW;
END $$;
CREATE TRIGGER audit_log_no_update BEFORE UPDATE OR DELETE ON audit_log
  FOR EACH ROW EXECUTE FUNCTION audit_log_append_only();
CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
  FOR EACH STATEMENT EXECUTE FUNCTION audit_log_append_only();

-- The canonical text of a row that its hash covers (every column but the hash fields themselves).
CREATE FUNCTION audit_canonical(a audit_log) RETURNS text LANGUAGE sql IMMUTABLE AS $$
  SELECT json_build_array(a.id, a.at, a.actor_id, a.actor_name, a.role, a.body_id, a.action, a.record_type,
    a.record_id, a.fields, a.route, a.ip, a.request_id, a.chain_seq)::text
$$;

CREATE FUNCTION audit_link_hash(prev text, a audit_log) RETURNS text LANGUAGE sql IMMUTABLE AS $$
  SELECT encode(sha256(convert_to(prev || '|' || audit_canonical(a), 'UTF8')), 'hex')
$$;

-- Seals committed, unsealed rows in id order, continuing the chain. One sealer at a time.
CREATE FUNCTION audit_seal(max_rows integer) RETURNS integer LANGUAGE plpgsql AS $$
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
      WHERE id = r.id RETURNING hash INTO last_hash;
    n := n + 1;
  END LOOP;
  RETURN n;
END $$;
