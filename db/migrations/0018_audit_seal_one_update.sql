-- The sealer (audit_seal, 0002/0009) updated the audit rows one by one: an UPDATE statement per row,
-- partition routing and the hash as a separate query each time — 0.7 ms of database time per row.
-- Under the load test at 1,000,000 persons that was half of all database time: a name search audits
-- one row per person shown (R11.2), up to twenty. Now the chain is computed in the loop exactly as
-- before (same order, same audit_link_hash, so `npm run audit:verify` and existing chains are
-- unchanged) and written in one UPDATE joined on the rows' whole key.
CREATE OR REPLACE FUNCTION audit_seal(max_rows integer) RETURNS integer LANGUAGE plpgsql AS $$
DECLARE
  last_seq bigint;
  last_hash text;
  r audit_log;
  n integer := 0;
  ids bigint[] := '{}';
  ats timestamptz[] := '{}';
  seqs bigint[] := '{}';
  prevs text[] := '{}';
  hashes text[] := '{}';
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
    ids := ids || r.id;
    ats := ats || r.at;
    seqs := seqs || last_seq;
    prevs := prevs || last_hash;
    last_hash := audit_link_hash(last_hash, r);
    hashes := hashes || last_hash;
    n := n + 1;
  END LOOP;
  IF n > 0 THEN
    UPDATE audit_log a SET chain_seq = u.seq, prev_hash = u.prev, hash = u.hash
      FROM unnest(ids, ats, seqs, prevs, hashes) AS u(id, at, seq, prev, hash)
      WHERE a.id = u.id AND a.at = u.at;
  END IF;
  RETURN n;
END $$;
