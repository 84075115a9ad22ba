-- Reports taken in person by a body, by that body and the day received: the education body's quarterly
-- analysis counts the infractions its schools reported (001 Arts. 21(10), 23(1)) without reading every
-- citizen's report of the country.
CREATE INDEX citizen_report_taken_by ON citizen_report (taken_by_body_id, received_at)
  WHERE taken_by_body_id IS NOT NULL;

COMMENT ON INDEX citizen_report_taken_by IS
  'Reports a body took in person (001 Art. 6(4)) by day: a school''s reported infractions in its quarterly analysis (001 Arts. 21(10), 23(1)).';
