-- Individual prevention measures, the preventive register and control (issue 4 items 2-5, 9;
-- REQUIREMENTS R2, R3). Facts in, state out (ARCHITECTURE.md): every legal fact is an append-only row;
-- status, validity, duties and the next control date are derived by @aldyn/law and stored here as
-- projection columns in the same transaction as the fact that changed them, so worklists are index
-- scans. Nothing is edited by hand and nothing is deleted: a correction is a new fact.

CREATE TABLE measure (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  kind text NOT NULL CONSTRAINT measure_kind_identifier CHECK (kind ~ '^[a-z_]+$'),
  person_id uuid REFERENCES person(id),
  issuer_body_id uuid NOT NULL REFERENCES body(id),
  issuer_user_id uuid NOT NULL REFERENCES app_user(id),
  issuer_kind text NOT NULL,
  territory_path text NOT NULL,
  input jsonb NOT NULL CONSTRAINT measure_input_object CHECK (jsonb_typeof(input) = 'object'),
  law_version text NOT NULL CONSTRAINT measure_law_version_known CHECK (law_version IN ('000', '001')),
  issued_at timestamptz NOT NULL,
  status text NOT NULL,
  valid_from date,
  valid_until date,
  next_control_due date,
  register_ground text,
  violations integer NOT NULL DEFAULT 0 CONSTRAINT measure_violations_non_negative CHECK (violations >= 0),
  version integer NOT NULL DEFAULT 1 CONSTRAINT measure_version_positive CHECK (version > 0),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT measure_validity_ordered CHECK (valid_from IS NULL OR valid_until IS NULL OR valid_from <= valid_until + 1)
);
COMMENT ON TABLE measure IS 'An individual prevention measure (001 Chapter 5, Art. 48(3)): the validated decision plus projections derived from its facts by @aldyn/law (R2).';
COMMENT ON COLUMN measure.kind IS 'The law package identifier of the kind (MEASURE_KINDS), e.g. official_warning (001 Art. 51), protective_order (001 Art. 60).';
COMMENT ON COLUMN measure.person_id IS 'The subject person (001 Art. 49); null only for a statutory notice addressed to an organisation (001 Art. 57(1)).';
COMMENT ON COLUMN measure.issuer_body_id IS 'The body whose official took the decision (001 Art. 48(2)).';
COMMENT ON COLUMN measure.issuer_user_id IS 'The user who recorded the decision.';
COMMENT ON COLUMN measure.issuer_kind IS 'Who took the decision in the law''s terms (ISSUER_KINDS), checked for competence by the law (e.g. 001 Art. 60(1)).';
COMMENT ON COLUMN measure.territory_path IS 'Territory of the subject (denormalised from the person''s district, or the issuing body''s for an organisation) for access scope (R11.1).';
COMMENT ON COLUMN measure.input IS 'The measure as normalised by validateNewMeasure: ground (001 Art. 49(1)), justification (49(3)), term, kind details.';
COMMENT ON COLUMN measure.law_version IS 'The text in force on the date of the decision (R11.3): 000 (Law No. 591) or 001 (Law No. 245-VIII).';
COMMENT ON COLUMN measure.issued_at IS 'The instant of the decision as stated in the document (001 Art. 60(4) "time of issuance").';
COMMENT ON COLUMN measure.status IS 'Projection: MeasureStatus derived at the last write (issued, active, expired, terminated, …); reads recompute it for the day.';
COMMENT ON COLUMN measure.valid_from IS 'Projection: first day of effect (e.g. service of an official warning, 001 Art. 51(5)).';
COMMENT ON COLUMN measure.valid_until IS 'Projection: last day of effect, an early end cutting the term (001 Arts. 51(5), 60(5)).';
COMMENT ON COLUMN measure.next_control_due IS 'Projection: the date the next check of compliance is due (001 Arts. 51(6), 59(10), 60(5)).';
COMMENT ON COLUMN measure.register_ground IS 'Projection: the ground of 001 Art. 59(2) on which the measure places its subject on the register, while it does.';
COMMENT ON COLUMN measure.violations IS 'Projection: violations of the measure recorded (001 Arts. 51(7), 60(6)).';
COMMENT ON COLUMN measure.version IS 'Optimistic concurrency: every fact increments it; a writer with an older version gets 409.';
CREATE INDEX measure_person_idx ON measure (person_id, issued_at DESC);
CREATE INDEX measure_scope_idx ON measure (territory_path text_pattern_ops);
CREATE INDEX measure_control_due_idx ON measure (territory_path text_pattern_ops, next_control_due)
  WHERE next_control_due IS NOT NULL;
CREATE INDEX measure_control_due_body_idx ON measure (issuer_body_id, next_control_due)
  WHERE next_control_due IS NOT NULL;

CREATE TABLE measure_fact (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  measure_id uuid NOT NULL REFERENCES measure(id),
  seq integer NOT NULL CONSTRAINT measure_fact_seq_non_negative CHECK (seq >= 0),
  type text NOT NULL CONSTRAINT measure_fact_type_identifier CHECK (type ~ '^[a-z_]+$'),
  at timestamptz NOT NULL,
  data jsonb NOT NULL DEFAULT '{}' CONSTRAINT measure_fact_data_object CHECK (jsonb_typeof(data) = 'object'),
  recorded_by uuid REFERENCES app_user(id),
  recorded_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT measure_fact_seq_unique UNIQUE (measure_id, seq)
);
COMMENT ON TABLE measure_fact IS 'Append-only legal facts of a measure (issued, served, signature refused, prosecutor notified, control check, violation, extended, appealed, terminated…; @aldyn/law MeasureFact).';
COMMENT ON COLUMN measure_fact.seq IS 'Position in the measure''s list of facts, from 0; a superseded fact names it (a correction, ARCHITECTURE.md).';
COMMENT ON COLUMN measure_fact.type IS 'MeasureFact type of the law package.';
COMMENT ON COLUMN measure_fact.at IS 'When the fact happened (not when it was typed in); legal dates are its day in Asia/Almaty.';
COMMENT ON COLUMN measure_fact.data IS 'The fact''s own fields (channel, outcome, until, ground, supersedes, note, place…).';

CREATE FUNCTION legal_fact_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION '% is append-only: record a correcting fact instead', TG_TABLE_NAME
    USING ERRCODE = 'insufficient_privilege';
END $$;
COMMENT ON FUNCTION legal_fact_append_only() IS 'Refuses UPDATE, DELETE and TRUNCATE of legal facts: a correction is a new fact (ARCHITECTURE.md).';
CREATE TRIGGER measure_fact_no_change BEFORE UPDATE OR DELETE ON measure_fact
  FOR EACH ROW EXECUTE FUNCTION legal_fact_append_only();
CREATE TRIGGER measure_fact_no_truncate BEFORE TRUNCATE ON measure_fact
  FOR EACH STATEMENT EXECUTE FUNCTION legal_fact_append_only();

CREATE TABLE measure_duty (
  measure_id uuid NOT NULL REFERENCES measure(id),
  code text NOT NULL,
  article text NOT NULL,
  due_at timestamptz,
  done_at timestamptz,
  liability boolean NOT NULL DEFAULT false,
  territory_path text NOT NULL,
  issuer_body_id uuid NOT NULL REFERENCES body(id),
  issuer_user_id uuid NOT NULL REFERENCES app_user(id),
  CONSTRAINT measure_duty_pkey PRIMARY KEY (measure_id, code)
);
COMMENT ON TABLE measure_duty IS 'Projection: the duties the law derives for a measure (a "shall … within" of the law), replaced on every write of the measure.';
COMMENT ON COLUMN measure_duty.code IS 'Duty code of the law package, e.g. official_warning.prosecutor_copy (001 Art. 51(3)), statutory_notice.answer (001 Art. 57(2)).';
COMMENT ON COLUMN measure_duty.article IS 'The article that sets the duty.';
COMMENT ON COLUMN measure_duty.due_at IS 'The last instant to perform it; null where the law sets no term (001 Art. 78(4)).';
COMMENT ON COLUMN measure_duty.done_at IS 'When the fact performing it happened; null while open.';
COMMENT ON COLUMN measure_duty.liability IS 'Missed or late performance entails liability (001 Art. 57(3)): a liability case to open.';
COMMENT ON COLUMN measure_duty.territory_path IS 'Copied from the measure for worklist scope.';
CREATE INDEX measure_duty_open_idx ON measure_duty (territory_path text_pattern_ops, due_at) WHERE done_at IS NULL;
CREATE INDEX measure_duty_open_body_idx ON measure_duty (issuer_body_id, due_at) WHERE done_at IS NULL;

CREATE TABLE register_entry (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  person_id uuid NOT NULL REFERENCES person(id),
  ground text NOT NULL CONSTRAINT register_entry_ground_identifier CHECK (ground ~ '^59\.[0-9.]+_[a-z_0-9]+$'),
  territory_path text NOT NULL,
  placed_on date NOT NULL,
  placed_by_body uuid NOT NULL REFERENCES body(id),
  placed_by_user uuid NOT NULL REFERENCES app_user(id),
  placed_by_kind text NOT NULL,
  rights_explained boolean NOT NULL,
  status text NOT NULL CONSTRAINT register_entry_status_known
    CHECK (status IN ('not_yet_placed', 'active', 'terminated', 'annulled')),
  last_day date,
  auto_end_on date,
  control_frequency jsonb,
  likelihood_level text CONSTRAINT register_entry_likelihood_known CHECK (likelihood_level IN ('low', 'medium', 'high')),
  likelihood_rationale jsonb,
  next_control_due date,
  version integer NOT NULL DEFAULT 1 CONSTRAINT register_entry_version_positive CHECK (version > 0),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT register_entry_last_day_after_placement CHECK (last_day IS NULL OR last_day >= placed_on - 1)
);
COMMENT ON TABLE register_entry IS 'Preventive registration of a person on a ground of 001 Art. 59(2)-(3) (R3), with projections derived by @aldyn/law from its facts and measures.';
COMMENT ON COLUMN register_entry.ground IS 'The ground of placement (REGISTER_GROUNDS), e.g. 59.2.5_official_warning (001 Art. 59(2)(5)).';
COMMENT ON COLUMN register_entry.territory_path IS 'Territory of the person (denormalised) for access scope (R11.1).';
COMMENT ON COLUMN register_entry.placed_on IS 'The date of placement (001 Art. 59(2)); never before 001 came into force (Art. 85(1)).';
COMMENT ON COLUMN register_entry.placed_by_body IS 'The authorised state body that placed the person (001 Art. 59(2), (3)).';
COMMENT ON COLUMN register_entry.placed_by_kind IS 'The placing body in the law''s terms (ISSUER_KINDS): 59(3) only by the economic investigation service.';
COMMENT ON COLUMN register_entry.rights_explained IS 'Rights, duties and liability explained at placement (001 Art. 59(4)): required for a placement by hand; an entry opened by a measure whose issuer did not record it shows false until explained.';
COMMENT ON COLUMN register_entry.status IS 'Projection at the last write: active, terminated (001 Art. 59(8)) or annulled on appeal (59(5)); reads recompute it for the day.';
COMMENT ON COLUMN register_entry.last_day IS 'Projection: the last day on the register as known (measures'' validity 59(7), extensions 59(9), terminations 59(8)); null when open-ended.';
COMMENT ON COLUMN register_entry.auto_end_on IS 'Projection: the first day off the register that follows from dates alone — expiry of the measures (59(8)(2)) or the 18th birthday on a minors-only ground (59(8)(4)) — so reads are right before any job runs.';
COMMENT ON COLUMN register_entry.control_frequency IS 'Frequency of preventive control (001 Art. 59(10)): never below the legal minimum of the measures (51(6), 60(5)).';
COMMENT ON COLUMN register_entry.likelihood_level IS 'The assessed likelihood of committing an infraction (001 Art. 59(10)): low, medium, high.';
COMMENT ON COLUMN register_entry.likelihood_rationale IS 'The assessment: each factor with its contribution, the proposed and confirmed level, who confirmed and the reason of an override (001 Art. 59(10)).';
COMMENT ON COLUMN register_entry.next_control_due IS 'Projection: the date the next check of preventive control is due (001 Art. 59(10)).';
COMMENT ON COLUMN register_entry.version IS 'Optimistic concurrency: every fact increments it.';
CREATE INDEX register_entry_person_idx ON register_entry (person_id, placed_on DESC);
CREATE INDEX register_entry_scope_idx ON register_entry (territory_path text_pattern_ops);
CREATE INDEX register_entry_control_due_idx ON register_entry (territory_path text_pattern_ops, next_control_due)
  WHERE status = 'active';
CREATE INDEX register_entry_control_due_body_idx ON register_entry (placed_by_body, next_control_due)
  WHERE status = 'active';
CREATE INDEX register_entry_auto_end_idx ON register_entry (auto_end_on) WHERE status = 'active';

CREATE TABLE register_entry_measure (
  entry_id uuid NOT NULL REFERENCES register_entry(id),
  measure_id uuid NOT NULL REFERENCES measure(id),
  linked_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT register_entry_measure_pkey PRIMARY KEY (entry_id, measure_id)
);
COMMENT ON TABLE register_entry_measure IS 'The measures whose validity carries the registration (001 Art. 59(7)).';
CREATE INDEX register_entry_measure_measure_idx ON register_entry_measure (measure_id);

CREATE TABLE register_fact (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  entry_id uuid NOT NULL REFERENCES register_entry(id),
  seq integer NOT NULL CONSTRAINT register_fact_seq_non_negative CHECK (seq >= 0),
  type text NOT NULL CONSTRAINT register_fact_type_known
    CHECK (type IN ('placed', 'control_check', 'extended', 'terminated', 'appealed', 'appeal_decided', 'likelihood_assessed')),
  "on" date NOT NULL,
  data jsonb NOT NULL DEFAULT '{}' CONSTRAINT register_fact_data_object CHECK (jsonb_typeof(data) = 'object'),
  recorded_by uuid REFERENCES app_user(id),
  recorded_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT register_fact_seq_unique UNIQUE (entry_id, seq)
);
COMMENT ON TABLE register_fact IS 'Append-only legal facts of a register entry: placement with rights explained (59(4)), control checks (59(10)), extension (59(9)), termination (59(8)), appeal and its outcome (59(5)), likelihood assessments (59(10)).';
COMMENT ON COLUMN register_fact."on" IS 'The legal date of the fact (Asia/Almaty).';
COMMENT ON COLUMN register_fact.data IS 'The fact''s own fields: place, outcome, violation, until, reason, basis, ground, outcome of appeal, assessment.';
CREATE TRIGGER register_fact_no_change BEFORE UPDATE OR DELETE ON register_fact
  FOR EACH ROW EXECUTE FUNCTION legal_fact_append_only();
CREATE TRIGGER register_fact_no_truncate BEFORE TRUNCATE ON register_fact
  FOR EACH STATEMENT EXECUTE FUNCTION legal_fact_append_only();
