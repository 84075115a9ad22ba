-- Every POST of the web app now carries an Idempotency-Key, and a stored answer holds the record it
-- returned (personal data): keys are kept only as long as a retry can come (24 hours) and then purged
-- by a daily job (apps/server/src/http/idempotency-retention.ts). This index finds the old ones.
CREATE INDEX idempotency_key_created_at ON idempotency_key (created_at);
COMMENT ON COLUMN idempotency_key.created_at IS 'When the key was first used; purged 24 hours later (idempotency-retention.ts).';
