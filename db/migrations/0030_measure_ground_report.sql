-- A report from a citizen as the ground of an individual prevention measure (001 Art. 49(1)(1):
-- "reports or statements of individuals and legal entities"). The measure keeps the report it was
-- taken on; the report finds its measures through the index (the link is kept both ways, R6).

ALTER TABLE measure ADD COLUMN ground_report_id uuid
  CONSTRAINT measure_ground_report_fk REFERENCES citizen_report(id);
COMMENT ON COLUMN measure.ground_report_id IS 'The citizen''s report the measure was taken on (001 Art. 49(1)(1)); null when its ground is another of 001 Art. 49(1).';

-- Only a measure whose legal ground is a report or statement (001 Art. 49(1)(1)) names a report.
-- NOT VALID then VALIDATE: every existing row has no report, and the table is not locked for the scan.
ALTER TABLE measure ADD CONSTRAINT measure_ground_report_is_report_ground
  CHECK (ground_report_id IS NULL OR input ->> 'legalGround' = 'report_or_statement') NOT VALID;
ALTER TABLE measure VALIDATE CONSTRAINT measure_ground_report_is_report_ground;

-- The report's measures (its page lists them).
CREATE INDEX measure_ground_report ON measure (ground_report_id) WHERE ground_report_id IS NOT NULL;
