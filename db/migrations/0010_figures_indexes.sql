-- Indexes for the annual national figures (issue 6 item 2: ≤ 5 s at 1,000,000 persons). Both are
-- covering, so the figures read narrow index pages instead of the wide measure rows (input jsonb):
-- at 1,000,000 persons the measure table is about 1.7 GB, these two indexes about 100-150 MB each.
-- Built in the migration's transaction (CREATE INDEX CONCURRENTLY cannot run in one): on a populated
-- production database, build them CONCURRENTLY by hand before deploying; this file then finds them.

-- Measures issued in a year, by kind and territory: an index-only range scan on the year.
CREATE INDEX IF NOT EXISTS measure_issued_idx ON measure (issued_at) INCLUDE (kind, territory_path);
COMMENT ON INDEX measure_issued_idx IS 'The annual figures: measures issued in a period by kind and territory (001 Art. 48(3)), read without the rows.';

-- Facts of a year (control checks, violations; partitioned by time in 0009) are counted per territory
-- through their measure: the join reads (id, territory_path) from this index instead of the table.
CREATE INDEX IF NOT EXISTS measure_territory_of_idx ON measure (id) INCLUDE (territory_path);
COMMENT ON INDEX measure_territory_of_idx IS 'The annual figures: the territory of a measure for counting its facts by region, read without the rows.';
