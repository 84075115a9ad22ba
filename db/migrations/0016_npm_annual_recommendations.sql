-- The recommendations the annual consolidated report includes (000 Art. 34(2); review gap 8).
-- The Council prepares the report (34(1)) and chooses which of the year's recommendations to state
-- bodies it includes: their texts are then published (34(3)), so none reaches a published copy
-- without that decision (000 Art. 35: the visit reports stay confidential, 003 p.29).
ALTER TABLE npm_annual_report
  ADD COLUMN recommendation_ids uuid[] NOT NULL DEFAULT '{}';
COMMENT ON COLUMN npm_annual_report.recommendation_ids IS 'Recommendations (npm_recommendation) of the year''s visits included, with their text, addressee and status, in the annual report (000 Art. 34(2)).';
