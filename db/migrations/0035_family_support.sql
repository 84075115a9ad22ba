-- The family support centre's work (R5.2; 001 Arts. 10(2), 54, 55; 72(2),(5),(6)): records of victims of
-- domestic violence (10(2)(10)); the individual assistance plan (55(1), 72(5)) — the measure of kind
-- social_adaptation_plan — with its steps, each the task of a responsible body told by a hand-off
-- (migration 0028) and its progress as append-only facts; the closing assessment; services delivered
-- (10(2)(3)); shelters and temporary residence up to one month (10(2)(4), 72(2)). Registration of
-- persons (families) in difficult life situations (54) is the measure difficult_life_situation_registration
-- and needs no table of its own. Facts in, state out (ARCHITECTURE.md): a step's and a stay's state are
-- projections written in the transaction of the fact that changed them. Everything here is victims'
-- data, confidential by type (access resource family_case; 001 Art. 83(2)); a shelter's address is
-- its personal field (access resource shelter).

CREATE TABLE victim_record (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  centre_body_id uuid NOT NULL REFERENCES body(id),
  territory_path text NOT NULL CONSTRAINT victim_record_territory_path_shape CHECK (territory_path ~ '^KZ(\.[A-Z0-9]+){0,2}$'),
  person_id uuid NOT NULL REFERENCES person(id),
  family_id uuid REFERENCES family(id),
  opened_on date NOT NULL,
  source text NOT NULL
    CONSTRAINT victim_record_source_known CHECK (source IN ('incident', 'report', 'mobile_group', 'self', 'other')),
  incident_id uuid REFERENCES dv_incident(id),
  closed_on date,
  closed_reason text CONSTRAINT victim_record_closed_reason_length CHECK (length(btrim(closed_reason)) BETWEEN 1 AND 2000),
  recorded_by uuid NOT NULL REFERENCES app_user(id),
  version integer NOT NULL DEFAULT 1 CONSTRAINT victim_record_version_positive CHECK (version > 0),
  created_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT victim_record_closed_whole CHECK ((closed_on IS NULL) = (closed_reason IS NULL)),
  CONSTRAINT victim_record_closed_after_opened CHECK (closed_on IS NULL OR closed_on >= opened_on),
  CONSTRAINT victim_record_incident_source CHECK (incident_id IS NULL OR source = 'incident')
);
COMMENT ON TABLE victim_record IS 'The records of victims of domestic violence a family support centre keeps (001 Art. 10(2)(10)). Victims'' data: confidential (001 Art. 83(2)).';
COMMENT ON COLUMN victim_record.centre_body_id IS 'The family support centre that keeps the record.';
COMMENT ON COLUMN victim_record.territory_path IS 'The centre''s territory: the access scope of the record (R11.1).';
COMMENT ON COLUMN victim_record.source IS 'How the centre learned of the victim: an incident the police notified (001 Art. 72(3)(2)), a report, a mobile group (001 Art. 11), the person came themself, other.';
COMMENT ON COLUMN victim_record.closed_on IS 'The day the centre closed the record (support no longer needed); null while open.';
CREATE UNIQUE INDEX victim_record_one_open ON victim_record (centre_body_id, person_id) WHERE closed_on IS NULL;
COMMENT ON INDEX victim_record_one_open IS 'A centre keeps one open record of a victim at a time.';
CREATE INDEX victim_record_territory ON victim_record (territory_path text_pattern_ops, opened_on DESC);
CREATE INDEX victim_record_family ON victim_record (family_id) WHERE family_id IS NOT NULL;

CREATE TABLE assistance_plan_step (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  measure_id uuid NOT NULL REFERENCES measure(id),
  seq integer NOT NULL CONSTRAINT assistance_plan_step_seq_positive CHECK (seq >= 1),
  area text NOT NULL CONSTRAINT assistance_plan_step_area_known
    CHECK (area IN ('social', 'legal', 'psychological', 'employment', 'medical', 'education', 'housing')),
  title text NOT NULL CONSTRAINT assistance_plan_step_title_length CHECK (length(btrim(title)) BETWEEN 1 AND 500),
  responsible_body_id uuid NOT NULL REFERENCES body(id),
  due_on date NOT NULL,
  handoff_id uuid REFERENCES handoff(id),
  state text NOT NULL DEFAULT 'open'
    CONSTRAINT assistance_plan_step_state_known CHECK (state IN ('open', 'done', 'not_done', 'cancelled')),
  created_by uuid NOT NULL REFERENCES app_user(id),
  created_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT assistance_plan_step_seq_unique UNIQUE (measure_id, seq)
);
COMMENT ON TABLE assistance_plan_step IS 'A step of an individual assistance plan (001 Art. 55(1); for domestic violence the activities of 72(5)): what is done, in which area, by which responsible body and by when. The plan is the measure social_adaptation_plan.';
COMMENT ON COLUMN assistance_plan_step.area IS 'Social, legal, psychological support (001 Art. 10(2)(3)), employment (72(5)), medical, education, housing.';
COMMENT ON COLUMN assistance_plan_step.responsible_body_id IS 'The body that carries the step out (001 Art. 55(1): the authorised subjects; 10(2)(2): the centre coordinates state bodies); required.';
COMMENT ON COLUMN assistance_plan_step.handoff_id IS 'The hand-off that told the responsible body (ground assistance_plan.step); null when the centre itself is responsible.';
COMMENT ON COLUMN assistance_plan_step.state IS 'Projection of the step''s last closing fact: open until done, not_done or cancelled; overdue is open past due_on, derived when read.';
CREATE INDEX assistance_plan_step_open_due ON assistance_plan_step (due_on) WHERE state = 'open';
CREATE INDEX assistance_plan_step_handoff ON assistance_plan_step (handoff_id) WHERE handoff_id IS NOT NULL;

CREATE TABLE assistance_plan_step_fact (
  step_id uuid NOT NULL REFERENCES assistance_plan_step(id),
  seq integer NOT NULL CONSTRAINT assistance_plan_step_fact_seq_nonnegative CHECK (seq >= 0),
  type text NOT NULL
    CONSTRAINT assistance_plan_step_fact_type_known CHECK (type IN ('progress', 'done', 'not_done', 'cancelled')),
  at timestamptz NOT NULL,
  note text CONSTRAINT assistance_plan_step_fact_note_length CHECK (length(note) <= 2000),
  handoff_id uuid REFERENCES handoff(id),
  recorded_by uuid NOT NULL REFERENCES app_user(id),
  recorded_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT assistance_plan_step_fact_pkey PRIMARY KEY (step_id, seq)
);
COMMENT ON TABLE assistance_plan_step_fact IS 'What happened with a plan step, append-only: progress, done, not done, cancelled (001 Art. 55(1)). A hand-off answered by the responsible body records progress.';
COMMENT ON COLUMN assistance_plan_step_fact.handoff_id IS 'The answered hand-off this progress came from, when it came from the responsible body.';

CREATE TABLE assistance_plan_assessment (
  measure_id uuid PRIMARY KEY REFERENCES measure(id),
  outcome text NOT NULL
    CONSTRAINT assistance_plan_assessment_outcome_known CHECK (outcome IN ('achieved', 'partly_achieved', 'not_achieved')),
  assessment text NOT NULL CONSTRAINT assistance_plan_assessment_text_length CHECK (length(btrim(assessment)) BETWEEN 1 AND 4000),
  at timestamptz NOT NULL,
  recorded_by uuid NOT NULL REFERENCES app_user(id),
  recorded_at timestamptz NOT NULL DEFAULT now()
);
COMMENT ON TABLE assistance_plan_assessment IS 'The closing assessment of an individual assistance plan (001 Art. 55(1)): whether social adaptation was achieved, written with the measure''s termination fact; the six-monthly assessment counts plans completed from it (001 Art. 72(4)).';

CREATE TABLE family_service (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  centre_body_id uuid NOT NULL REFERENCES body(id),
  territory_path text NOT NULL CONSTRAINT family_service_territory_path_shape CHECK (territory_path ~ '^KZ(\.[A-Z0-9]+){0,2}$'),
  person_id uuid NOT NULL REFERENCES person(id),
  family_id uuid REFERENCES family(id),
  delivered_on date NOT NULL,
  area text NOT NULL CONSTRAINT family_service_area_known
    CHECK (area IN ('social', 'legal', 'psychological', 'employment', 'medical', 'education', 'housing')),
  plan_step_id uuid REFERENCES assistance_plan_step(id),
  note text CONSTRAINT family_service_note_length CHECK (length(note) <= 2000),
  recorded_by uuid NOT NULL REFERENCES app_user(id),
  created_at timestamptz NOT NULL DEFAULT now()
);
COMMENT ON TABLE family_service IS 'A service a family support centre delivered to a person: social, legal, psychological support (001 Art. 10(2)(3)), support of persons with signs of domestic violence (10(2)(4), 72(2)). Victims'' data: confidential (001 Art. 83(2)).';
COMMENT ON COLUMN family_service.plan_step_id IS 'The assistance plan step the service carries out, when it does.';
CREATE INDEX family_service_territory ON family_service (territory_path text_pattern_ops, delivered_on DESC);
CREATE INDEX family_service_person ON family_service (person_id);

CREATE TABLE shelter (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  centre_body_id uuid NOT NULL REFERENCES body(id),
  territory_path text NOT NULL CONSTRAINT shelter_territory_path_shape CHECK (territory_path ~ '^KZ(\.[A-Z0-9]+){0,2}$'),
  name text NOT NULL CONSTRAINT shelter_name_length CHECK (length(btrim(name)) BETWEEN 1 AND 300),
  address text NOT NULL CONSTRAINT shelter_address_length CHECK (length(btrim(address)) BETWEEN 1 AND 500),
  places integer NOT NULL CONSTRAINT shelter_places_positive CHECK (places > 0),
  active boolean NOT NULL DEFAULT true,
  created_by uuid NOT NULL REFERENCES app_user(id),
  created_at timestamptz NOT NULL DEFAULT now()
);
COMMENT ON TABLE shelter IS 'A place of temporary residence of a family support centre for persons with signs of domestic violence (001 Arts. 10(2)(4), 72(2)).';
COMMENT ON COLUMN shelter.address IS 'Where the shelter is: its personal field, given only to the centre and the domestic-violence inspector, never printed on anything the person who committed the violence receives (001 Art. 83(2)).';
COMMENT ON COLUMN shelter.places IS 'How many persons it can house at once; an admission past it is refused (shelter.full).';

CREATE TABLE shelter_stay (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  shelter_id uuid NOT NULL REFERENCES shelter(id),
  person_id uuid NOT NULL REFERENCES person(id),
  family_id uuid REFERENCES family(id),
  incident_id uuid REFERENCES dv_incident(id),
  admitted_on date NOT NULL,
  planned_until date NOT NULL,
  departed_on date,
  state text NOT NULL DEFAULT 'staying' CONSTRAINT shelter_stay_state_known CHECK (state IN ('staying', 'departed')),
  recorded_by uuid NOT NULL REFERENCES app_user(id),
  version integer NOT NULL DEFAULT 1 CONSTRAINT shelter_stay_version_positive CHECK (version > 0),
  created_at timestamptz NOT NULL DEFAULT now(),
  -- Up to one month (001 Arts. 10(2)(4), 72(2)): the law package computes the month (the last day of a
  -- shorter month); the database keeps the outer bound so no write can pass it.
  CONSTRAINT shelter_stay_up_to_one_month CHECK (planned_until >= admitted_on AND planned_until <= (admitted_on + interval '1 month')::date),
  CONSTRAINT shelter_stay_departed_after_admitted CHECK (departed_on IS NULL OR departed_on >= admitted_on),
  CONSTRAINT shelter_stay_departed_state CHECK ((state = 'departed') = (departed_on IS NOT NULL))
);
COMMENT ON TABLE shelter_stay IS 'Temporary residence of a person in a shelter, up to one month (001 Arts. 10(2)(4), 72(2)). Victims'' data: confidential (001 Art. 83(2)).';
COMMENT ON COLUMN shelter_stay.planned_until IS 'The day the person is to leave; at most one month after admission (001 Art. 72(2)); moved by an extension within the month.';
COMMENT ON COLUMN shelter_stay.state IS 'Projection: staying until the departure fact; ending (3 days or fewer left) and overdue (past planned_until) are derived when read.';
CREATE INDEX shelter_stay_current ON shelter_stay (shelter_id, planned_until) WHERE state = 'staying';
CREATE INDEX shelter_stay_person ON shelter_stay (person_id);
CREATE UNIQUE INDEX shelter_stay_one_current ON shelter_stay (person_id) WHERE state = 'staying';
COMMENT ON INDEX shelter_stay_one_current IS 'A person stays in one shelter at a time.';

CREATE TABLE shelter_stay_fact (
  stay_id uuid NOT NULL REFERENCES shelter_stay(id),
  seq integer NOT NULL CONSTRAINT shelter_stay_fact_seq_nonnegative CHECK (seq >= 0),
  type text NOT NULL CONSTRAINT shelter_stay_fact_type_known
    CHECK (type IN ('admitted', 'extended', 'extension_refused', 'departed')),
  at timestamptz NOT NULL,
  data jsonb NOT NULL DEFAULT '{}'::jsonb,
  recorded_by uuid NOT NULL REFERENCES app_user(id),
  recorded_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT shelter_stay_fact_pkey PRIMARY KEY (stay_id, seq)
);
COMMENT ON TABLE shelter_stay_fact IS 'What happened with a stay, append-only: admitted, extended within the month, an extension past the month refused (001 Art. 72(2)), departed.';
COMMENT ON COLUMN shelter_stay_fact.data IS 'extended: {from, until}; extension_refused: {requestedUntil, latestEnd, article}; departed: {note}.';

-- The registration of persons (families) in difficult life situations (001 Art. 54) and the individual
-- assistance plan (001 Art. 55) name a victim and their family's situation: the whole measure is
-- victims' data (001 Art. 83(2)). The function of migration 0021, same body with one more rule.
CREATE OR REPLACE FUNCTION confidential_mark_measures(p_ids uuid[]) RETURNS integer
LANGUAGE sql AS $$
  WITH m AS (
    SELECT id, kind, coalesce(input -> 'details', '{}'::jsonb) AS d FROM measure WHERE id = ANY (p_ids)
  ),
  marks (measure_id, field, barrier) AS (
    -- 001 Arts. 58, 69: the measure itself says the person is treated for a mental or behavioural
    -- disorder, or receives psychological help.
    SELECT id, '*', 'health' FROM m WHERE kind IN ('compulsory_medical_measure', 'psychological_assistance')
    -- 001 Art. 60(1), (4): the protected person(s) named on the order.
    UNION ALL SELECT id, 'input.details.victims', 'victim' FROM m
      WHERE kind = 'protective_order' AND jsonb_typeof(d -> 'victims') = 'array'
        AND jsonb_array_length(d -> 'victims') > 0
    -- 001 Arts. 80(12), 81: whether the minor has a disease that bars the placement.
    UNION ALL SELECT id, 'input.details.disqualifyingDisease', 'health' FROM m
      WHERE kind IN ('special_education_referral', 'special_regime_referral') AND d ? 'disqualifyingDisease'
    -- 001 Art. 78(2)(6)-(8): substance use, gambling disorder, pregnancy.
    UNION ALL SELECT id, 'input.details.criteria', 'health' FROM m
      WHERE kind = 'pedagogical_support' AND jsonb_typeof(d -> 'criteria') = 'array'
        AND (d -> 'criteria') ?| ARRAY['78.2.6_substance_use', '78.2.7_gambling_disorder', '78.2.8_pregnant']
    -- 001 Art. 78(2)(9): the minor is a victim or witness of violence.
    UNION ALL SELECT id, 'input.details.criteria', 'victim' FROM m
      WHERE kind = 'pedagogical_support' AND jsonb_typeof(d -> 'criteria') = 'array'
        AND (d -> 'criteria') ? '78.2.9_victim_or_witness_of_violence'
    -- 001 Arts. 54, 55, 83(2): a registration in a difficult life situation and an assistance plan.
    UNION ALL SELECT id, '*', 'victim' FROM m
      WHERE kind IN ('difficult_life_situation_registration', 'social_adaptation_plan')
  ),
  measure_marks AS (
    INSERT INTO measure_confidential (measure_id, field, barrier, article)
    SELECT measure_id, field, barrier, '001 Art. 83(2)' FROM marks
    ON CONFLICT DO NOTHING
    RETURNING 1
  ),
  person_marks AS (
    INSERT INTO person_confidential (person_id, barrier, article, measure_id)
    SELECT DISTINCT p.id, 'victim', '001 Art. 83(2)', m.id
    FROM m
    CROSS JOIN LATERAL jsonb_array_elements(
      CASE WHEN jsonb_typeof(m.d -> 'victims') = 'array' THEN m.d -> 'victims' ELSE '[]'::jsonb END) AS v
    JOIN person p ON p.id::text = v ->> 'personId'
    WHERE m.kind = 'protective_order'
    ON CONFLICT DO NOTHING
    RETURNING 1
  )
  SELECT ((SELECT count(*) FROM measure_marks) + (SELECT count(*) FROM person_marks))::integer
$$;

-- Registrations and plans written before this migration.
SELECT confidential_mark_measures(ARRAY(
  SELECT id FROM measure WHERE kind IN ('difficult_life_situation_registration', 'social_adaptation_plan')));
