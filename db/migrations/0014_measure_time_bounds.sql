-- The nightly re-projection of measures whose status changes with the date alone (issue 4 item 2):
-- a term that begins later starts (pending_start → active, e.g. supervision from release, 001 Art.
-- 64(2)) and a running term ends (active → expired, e.g. 30 days of an official warning, 001 Art.
-- 51(5)). Both partial indexes hold only the few rows in those two states that have the date.
CREATE INDEX measure_starts_on_idx ON measure (valid_from) WHERE status = 'pending_start';
CREATE INDEX measure_runs_until_idx ON measure (valid_until) WHERE status = 'active' AND valid_until IS NOT NULL;
COMMENT ON INDEX measure_starts_on_idx IS 'Measures waiting for their term to begin, by its first day (nightly re-projection).';
COMMENT ON INDEX measure_runs_until_idx IS 'Running measures with a last day, by that day (nightly re-projection to expired).';
