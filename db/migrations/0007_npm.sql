-- The national preventive mechanism (issue 5; REQUIREMENTS R10; 000 Arts. 26-36; Decree 003).
-- Every table here is confidential NPM data (000 Art. 35; 003 p.29): the server lets only NPM roles
-- reach it. Visits keep facts in an append-only table; their state is derived by @aldyn/law on read.

CREATE TABLE npm_participant (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  user_id uuid UNIQUE REFERENCES app_user(id),
  full_name text NOT NULL,
  categories text[] NOT NULL,
  specialisations text[] NOT NULL DEFAULT '{}',
  region_code text NOT NULL,
  selected_on date NOT NULL,
  selection_basis text,
  candidate jsonb NOT NULL CONSTRAINT npm_participant_candidate_object CHECK (jsonb_typeof(candidate) = 'object'),
  certificate_number text UNIQUE,
  certificate_issued_on date,
  termination_ground text,
  termination_on date,
  termination_basis text,
  version integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT npm_participant_certificate_whole CHECK ((certificate_number IS NULL) = (certificate_issued_on IS NULL)),
  CONSTRAINT npm_participant_termination_whole CHECK ((termination_ground IS NULL) = (termination_on IS NULL))
);
COMMENT ON TABLE npm_participant IS 'A participant selected by the Coordinating Council (000 Art. 26(3)) after the eligibility check of 000 Art. 28; certificate issued by the Commissioner (003 p.16); termination on the grounds of 000 Art. 31.';
COMMENT ON COLUMN npm_participant.candidate IS 'The answers the eligibility check (000 Art. 28) was run on, kept as the selection record.';

CREATE TABLE npm_institution (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  name text NOT NULL,
  kind text NOT NULL,
  region_code text NOT NULL,
  address text NOT NULL,
  capacity integer CONSTRAINT npm_institution_capacity_non_negative CHECK (capacity IS NULL OR capacity >= 0),
  department text NOT NULL,
  subject_since date,
  last_periodic_visit_before date,
  version integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT now()
);
COMMENT ON TABLE npm_institution IS 'A place subject to preventive visits (000 Art. 26(2); 003 p.1). Its department in charge never sees NPM plans (unannounced visits).';
COMMENT ON COLUMN npm_institution.last_periodic_visit_before IS 'Last periodic visit made before the system kept visits; later ones come from npm_visit (003 p.3(1)).';
CREATE INDEX npm_institution_region ON npm_institution (region_code, kind);

CREATE TABLE npm_plan (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  title text NOT NULL,
  period_from date NOT NULL,
  period_until date NOT NULL,
  approved_on date,
  approved_by uuid REFERENCES app_user(id),
  created_by uuid NOT NULL REFERENCES app_user(id),
  version integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT npm_plan_period_ordered CHECK (period_from <= period_until)
);
COMMENT ON TABLE npm_plan IS 'The Coordinating Council''s plan of periodic and intermediate visits (003 p.6). Confidential.';

CREATE TABLE npm_plan_visit (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  plan_id uuid NOT NULL REFERENCES npm_plan(id),
  kind text NOT NULL CONSTRAINT npm_plan_visit_kind CHECK (kind IN ('periodic', 'intermediate', 'special')),
  form text NOT NULL CONSTRAINT npm_plan_visit_form CHECK (form IN ('one_time', 'thematic')),
  topic text,
  from_on date NOT NULL,
  to_on date NOT NULL,
  institution_ids uuid[] NOT NULL,
  group_participant_ids uuid[] NOT NULL
);
CREATE INDEX npm_plan_visit_plan ON npm_plan_visit (plan_id);

CREATE TABLE npm_visit (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  plan_visit_id uuid REFERENCES npm_plan_visit(id),
  kind text NOT NULL CONSTRAINT npm_visit_kind CHECK (kind IN ('periodic', 'intermediate', 'special')),
  form text NOT NULL CONSTRAINT npm_visit_form CHECK (form IN ('one_time', 'thematic')),
  topic text,
  institution_ids uuid[] NOT NULL,
  members jsonb NOT NULL CONSTRAINT npm_visit_members_array CHECK (jsonb_typeof(members) = 'array'),
  experts jsonb NOT NULL DEFAULT '[]',
  representative_name text,
  starts_on date NOT NULL,
  ends_on date NOT NULL,
  commissioner_decision text,
  torture_complaint_ids uuid[] NOT NULL DEFAULT '{}',
  follows_up_recommendation_ids uuid[] NOT NULL DEFAULT '{}',
  created_by uuid NOT NULL REFERENCES app_user(id),
  version integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT now()
);
COMMENT ON TABLE npm_visit IS 'A decided preventive visit (003 Chapter 2): periodic/intermediate from the plan, special on the Commissioner''s decision. members: [{participantId, topicExpert, conflictOfInterest}] validated by the law (003 pp.8, 11, 19).';

CREATE TABLE npm_visit_fact (
  id bigserial PRIMARY KEY,
  visit_id uuid NOT NULL REFERENCES npm_visit(id),
  type text NOT NULL,
  data jsonb NOT NULL CONSTRAINT npm_visit_fact_data_object CHECK (jsonb_typeof(data) = 'object'),
  recorded_by uuid NOT NULL REFERENCES app_user(id),
  recorded_at timestamptz NOT NULL DEFAULT now()
);
COMMENT ON TABLE npm_visit_fact IS 'Append-only legal facts of a visit (law NpmVisitFact): start, end, extension, torture signs revealed/reported (003 p.26), signatures, dissent (003 p.27), submission (003 p.28).';
CREATE INDEX npm_visit_fact_visit ON npm_visit_fact (visit_id, id);

CREATE TABLE npm_report (
  visit_id uuid PRIMARY KEY REFERENCES npm_visit(id),
  findings text NOT NULL,
  listed_complaint_ids uuid[] NOT NULL DEFAULT '{}',
  submitted_at timestamptz NOT NULL,
  submitted_by uuid NOT NULL REFERENCES app_user(id)
);
COMMENT ON TABLE npm_report IS 'The group''s report to the Coordinating Council (003 pp.27-29), confidential. Signatures and dissenting opinions are visit facts.';

CREATE TABLE npm_recommendation (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  visit_id uuid NOT NULL REFERENCES npm_visit(id),
  addressee text NOT NULL,
  text text NOT NULL,
  answer text,
  answered_on date,
  status text NOT NULL DEFAULT 'open'
    CONSTRAINT npm_recommendation_status CHECK (status IN ('open', 'answered', 'in_progress', 'implemented', 'rejected')),
  version integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT now()
);
COMMENT ON TABLE npm_recommendation IS 'A recommendation of a visit report addressed to a state body, with its answer and implementation status (000 Arts. 33, 36).';
CREATE INDEX npm_recommendation_visit ON npm_recommendation (visit_id);

CREATE TABLE npm_complaint (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  registration_number text NOT NULL UNIQUE,
  received_at timestamptz NOT NULL,
  received_by_participant_id uuid NOT NULL REFERENCES npm_participant(id),
  visit_id uuid REFERENCES npm_visit(id),
  institution_id uuid REFERENCES npm_institution(id),
  complainant_name text NOT NULL,
  complainant_contact text,
  summary text NOT NULL,
  registered_at timestamptz NOT NULL,
  transferred_at timestamptz,
  version integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT now()
);
COMMENT ON TABLE npm_complaint IS 'A report or complaint of torture received by a participant, registered and transferred to the Commissioner (000 Art. 30(4); 003 pp.12-13). The complainant''s identity is seen only by participants and the Commissioner''s office.';
CREATE SEQUENCE npm_complaint_number_seq;
