-- The NPM annual consolidated report (issue 5 item 7; 000 Arts. 34, 36(2)) and the costs of visits
-- its financial report is made from. Confidential NPM data like 0007 (000 Art. 35); the report itself
-- is built from counts only, so nothing personal is stored here.

CREATE TABLE npm_visit_cost (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  visit_id uuid NOT NULL REFERENCES npm_visit(id),
  item text NOT NULL,
  amount_kzt numeric(14, 2) NOT NULL CONSTRAINT npm_visit_cost_non_negative CHECK (amount_kzt >= 0),
  recorded_by uuid NOT NULL REFERENCES app_user(id),
  created_at timestamptz NOT NULL DEFAULT now()
);
COMMENT ON TABLE npm_visit_cost IS 'A cost of a preventive visit (travel, experts...), summed into the financial report attached to the annual report (000 Art. 34(2)).';
CREATE INDEX npm_visit_cost_visit ON npm_visit_cost (visit_id);

CREATE TABLE npm_annual_report (
  year integer PRIMARY KEY CONSTRAINT npm_annual_report_year CHECK (year BETWEEN 2000 AND 2200),
  legislation_suggestions text[] NOT NULL DEFAULT '{}',
  approved_on date,
  approved_by uuid REFERENCES app_user(id),
  sent_to_bodies_on date,
  posted_on date,
  created_by uuid NOT NULL REFERENCES app_user(id),
  version integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT npm_annual_report_approval_whole CHECK ((approved_on IS NULL) = (approved_by IS NULL))
);
COMMENT ON TABLE npm_annual_report IS 'The annual consolidated report of the participants (000 Art. 34): a draft with suggestions on legislation, approved by the Coordinating Council, sent and posted within one month (34(3)). Its figures are computed from the year''s visits on read.';

CREATE TABLE npm_annual_report_recipient (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  year integer NOT NULL REFERENCES npm_annual_report(year),
  body_name text NOT NULL,
  received_on date NOT NULL,
  answered_on date,
  version integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT now()
);
COMMENT ON TABLE npm_annual_report_recipient IS 'An authorised state body that received the annual report; it informs the Commissioner of the measures taken within three months (000 Art. 36(2)).';
CREATE INDEX npm_annual_report_recipient_year ON npm_annual_report_recipient (year);
