-- Idempotency keys are reserved inside the request's own transaction and committed with its writes
-- (apps/server/src/http/idempotency.ts): status 0 marks a reservation that has not answered yet and is
-- never seen committed; request_hash is the sha256 of the JSON body, so a key reused for a different
-- body is refused instead of replaying an unrelated answer.
ALTER TABLE idempotency_key ADD COLUMN request_hash text;
COMMENT ON COLUMN idempotency_key.request_hash IS 'sha256 of the request body the key was first used with; a retry with another body is refused.';
COMMENT ON COLUMN idempotency_key.status IS 'HTTP status of the first response (2xx/3xx only; refusals and failures keep no key). 0 only inside the reserving transaction.';
-- The stored answer is the exact text first sent (jsonb would reorder its keys): a replay is byte-identical.
ALTER TABLE idempotency_key ALTER COLUMN response TYPE text USING response::text;
