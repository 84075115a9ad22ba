-- The register summary of a region (issue 6 item 2) read 25,000 scattered heap pages of `measure` and
-- 10,000 of `register_entry` for the Abai region at 1,000,000 persons: 0.5-0.8 s a pass, most of the
-- load test's database time; the region's worklist of due checks read the same pages. These covering
-- indexes hold every column the summary's three passes (modules/figures/register-summary.ts) and the
-- due-checks worklist (modules/worklists/list-due-checks.ts, its counts and its page) read, so each is
-- one index-only range scan of the territory's paths (db/territory-scope.ts inTerritoryRange).
-- Partial on the statuses they count.
CREATE INDEX IF NOT EXISTS register_entry_summary_idx
  ON register_entry (territory_path text_pattern_ops)
  INCLUDE (status, ground, placed_on, last_day, auto_end_on, next_control_due, person_id, id,
    placed_by_body, placed_by_user)
  WHERE status IN ('active', 'terminated');

CREATE INDEX IF NOT EXISTS measure_running_summary_idx
  ON measure (territory_path text_pattern_ops)
  INCLUDE (kind, valid_until, next_control_due, person_id, id, issuer_body_id, issuer_user_id)
  WHERE status = 'active';

-- Minors on the register: a person's birth date by id without visiting the person's row.
CREATE INDEX IF NOT EXISTS person_birth_date_of_idx ON person (id) INCLUDE (birth_date);
