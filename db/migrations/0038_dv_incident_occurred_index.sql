-- The six-monthly assessment of a region (001 Art. 72(4)) counts the incidents of domestic violence
-- that occurred in the half-year in the region's districts on every read of a draft pack; by
-- (territory_id, reported_at) alone that was a scan of every incident (93 ms at 145,260 incidents,
-- docs/benchmark.md); by district and instant of occurrence it is an index-only range per district
-- (38 ms for the whole pack). IF NOT EXISTS: the bench database got it by hand while it was measured.
CREATE INDEX IF NOT EXISTS dv_incident_territory_occurred ON dv_incident (territory_id, occurred_at);
COMMENT ON INDEX dv_incident_territory_occurred IS 'Incidents of a district by when they occurred: the six-monthly assessment''s counts of a region''s half-year (001 Art. 72(4)).';
