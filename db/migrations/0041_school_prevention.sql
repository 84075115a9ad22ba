-- The school's prevention council (R2.10; 001 Arts. 23(9),(14), 78, 21(10)): pupils requiring increased
-- attention with the criteria of 78(2) that apply; school attendance imported from the school's files and
-- the 78(2)(4) criterion (four or more days missed without a valid reason within one month) computed from
-- it by @aldyn/law; the council's meeting held with the minor and the legal representatives (78(3)) and
-- its outcome; the plan of pedagogical support and its progress. Pedagogical support itself is the
-- measure of kind pedagogical_support (migration 0004); a refusal by the representatives is that
-- measure's facts and the hand-off pedagogical_support.refusal_referral to the commission on minors'
-- affairs (78(4); migration 0028) — no table of its own. Access resource school_record: the school's
-- own records (body-scoped); the quarterly analysis (21(10)) is aggregate.

CREATE TABLE attention_record (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  school_body_id uuid NOT NULL REFERENCES body(id),
  territory_path text NOT NULL CONSTRAINT attention_record_territory_path_shape CHECK (territory_path ~ '^KZ(\.[A-Z0-9]+){0,2}$'),
  person_id uuid NOT NULL REFERENCES person(id),
  criteria text[] NOT NULL CONSTRAINT attention_record_criteria_present CHECK (cardinality(criteria) > 0),
  since date NOT NULL,
  until date,
  closed_reason text CONSTRAINT attention_record_closed_reason_length CHECK (length(btrim(closed_reason)) BETWEEN 1 AND 2000),
  absence_days integer CONSTRAINT attention_record_absence_days_nonnegative CHECK (absence_days >= 0),
  note text CONSTRAINT attention_record_note_length CHECK (length(note) <= 2000),
  created_by uuid NOT NULL REFERENCES app_user(id),
  created_at timestamptz NOT NULL DEFAULT now(),
  closed_by uuid REFERENCES app_user(id),
  CONSTRAINT attention_record_closed_whole CHECK ((until IS NULL) = (closed_reason IS NULL)),
  CONSTRAINT attention_record_until_after_since CHECK (until IS NULL OR until >= since),
  CONSTRAINT attention_record_criteria_known CHECK (criteria <@ ARRAY[
    '78.2.1_failing_subjects', '78.2.2_neglected_homeless_vagrancy_begging', '78.2.3_violating_school_rules',
    '78.2.4_missing_classes', '78.2.5_committed_infraction', '78.2.6_substance_use', '78.2.7_gambling_disorder',
    '78.2.8_pregnant', '78.2.9_victim_or_witness_of_violence', '78.2.10_committed_violence_or_bullying',
    '78.2.11_special_education_graduate', '78.2.12_special_regime_graduate']::text[])
);
COMMENT ON TABLE attention_record IS 'A pupil the school''s prevention council counts as requiring increased attention, with the criteria of 001 Art. 78(2) that apply.';
COMMENT ON COLUMN attention_record.school_body_id IS 'The school (educational organisation) whose council keeps the record (001 Art. 23(9)).';
COMMENT ON COLUMN attention_record.territory_path IS 'The school''s territory: the scope of the quarterly analysis (001 Art. 21(10); R11.1).';
COMMENT ON COLUMN attention_record.criteria IS 'The ids of the criteria of 001 Art. 78(2) that apply (PEDAGOGICAL_SUPPORT_CRITERION_INFO); at least one.';
COMMENT ON COLUMN attention_record.since IS 'The day the pupil was taken under increased attention.';
COMMENT ON COLUMN attention_record.until IS 'The day the record was closed (the criteria no longer apply); null while open.';
COMMENT ON COLUMN attention_record.absence_days IS 'Days missed without a valid reason within one month when the record was opened (001 Art. 78(2)(4)), from the imported attendance.';
CREATE UNIQUE INDEX attention_record_one_open ON attention_record (school_body_id, person_id) WHERE until IS NULL;
COMMENT ON INDEX attention_record_one_open IS 'A school keeps one open attention record of a pupil at a time.';
CREATE INDEX attention_record_territory ON attention_record (territory_path text_pattern_ops, since);

CREATE TABLE attendance_import (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  school_body_id uuid NOT NULL REFERENCES body(id),
  file_name text NOT NULL CONSTRAINT attendance_import_file_name_length CHECK (length(file_name) BETWEEN 1 AND 255),
  rows integer NOT NULL CONSTRAINT attendance_import_rows_positive CHECK (rows > 0),
  imported_at timestamptz NOT NULL DEFAULT now(),
  imported_by uuid NOT NULL REFERENCES app_user(id)
);
COMMENT ON TABLE attendance_import IS 'A file of the school''s attendance imported (CSV or XLSX): the source of the absences the 001 Art. 78(2)(4) criterion is computed from.';
COMMENT ON COLUMN attendance_import.rows IS 'The number of absence rows the file held (all valid: a file with a bad row is refused whole).';
CREATE INDEX attendance_import_school ON attendance_import (school_body_id, imported_at DESC);

CREATE TABLE school_absence (
  school_body_id uuid NOT NULL REFERENCES body(id),
  person_id uuid NOT NULL REFERENCES person(id),
  absent_on date NOT NULL,
  valid_reason boolean NOT NULL,
  reason text CONSTRAINT school_absence_reason_length CHECK (length(reason) <= 500),
  import_id uuid NOT NULL REFERENCES attendance_import(id),
  CONSTRAINT school_absence_pkey PRIMARY KEY (school_body_id, person_id, absent_on)
);
COMMENT ON TABLE school_absence IS 'A day of classes a pupil missed, with whether the reason was valid (001 Art. 78(2)(4)); a re-import of the same day updates it.';
COMMENT ON COLUMN school_absence.valid_reason IS 'Whether the school accepted the reason as valid: only days without a valid reason count toward 001 Art. 78(2)(4).';
COMMENT ON COLUMN school_absence.import_id IS 'The import that last wrote the day.';
CREATE INDEX school_absence_school_day ON school_absence (school_body_id, absent_on);

CREATE TABLE council_meeting (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  school_body_id uuid NOT NULL REFERENCES body(id),
  territory_path text NOT NULL CONSTRAINT council_meeting_territory_path_shape CHECK (territory_path ~ '^KZ(\.[A-Z0-9]+){0,2}$'),
  person_id uuid NOT NULL REFERENCES person(id),
  held_on date NOT NULL,
  minor_present boolean NOT NULL,
  representatives jsonb NOT NULL CONSTRAINT council_meeting_representatives_array CHECK (jsonb_typeof(representatives) = 'array'),
  members text NOT NULL CONSTRAINT council_meeting_members_length CHECK (length(btrim(members)) BETWEEN 1 AND 2000),
  criteria text[] NOT NULL CONSTRAINT council_meeting_criteria_present CHECK (cardinality(criteria) > 0),
  outcome text NOT NULL
    CONSTRAINT council_meeting_outcome_known CHECK (outcome IN ('support_assigned', 'representatives_refused', 'not_needed')),
  measure_id uuid REFERENCES measure(id),
  note text CONSTRAINT council_meeting_note_length CHECK (length(note) <= 2000),
  created_by uuid NOT NULL REFERENCES app_user(id),
  created_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT council_meeting_with_minor CHECK (minor_present),
  CONSTRAINT council_meeting_with_representative CHECK (jsonb_array_length(representatives) > 0),
  CONSTRAINT council_meeting_measure_by_outcome CHECK ((measure_id IS NULL) = (outcome = 'not_needed'))
);
COMMENT ON TABLE council_meeting IS 'A meeting of the school''s prevention council on a pupil, held with the minor and the legal representatives (001 Art. 78(3)), and its outcome.';
COMMENT ON COLUMN council_meeting.minor_present IS 'The minor took part (001 Art. 78(3)); a meeting without the minor is refused, so always true.';
COMMENT ON COLUMN council_meeting.representatives IS 'The legal representatives who took part (001 Art. 78(3)): [{personId?, fullName, relation}], at least one.';
COMMENT ON COLUMN council_meeting.members IS 'The members of the council present (free text: names and positions).';
COMMENT ON COLUMN council_meeting.criteria IS 'The criteria of 001 Art. 78(2) the council found to apply.';
COMMENT ON COLUMN council_meeting.outcome IS 'Pedagogical support assigned (78(3)); the representatives refused it (78(4): the information goes to the commission on minors'' affairs); not needed.';
COMMENT ON COLUMN council_meeting.measure_id IS 'The pedagogical_support measure the meeting issued (assigned or refused, with its facts); null when not needed.';
CREATE INDEX council_meeting_school ON council_meeting (school_body_id, held_on DESC);
CREATE INDEX council_meeting_territory ON council_meeting (territory_path text_pattern_ops, held_on);
CREATE INDEX council_meeting_person ON council_meeting (person_id);

CREATE TABLE support_plan_step (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  measure_id uuid NOT NULL REFERENCES measure(id),
  seq integer NOT NULL CONSTRAINT support_plan_step_seq_positive CHECK (seq >= 1),
  activity text NOT NULL CONSTRAINT support_plan_step_activity_length CHECK (length(btrim(activity)) BETWEEN 1 AND 500),
  responsible text NOT NULL CONSTRAINT support_plan_step_responsible_length CHECK (length(btrim(responsible)) BETWEEN 1 AND 300),
  due_on date NOT NULL,
  done_on date,
  result text CONSTRAINT support_plan_step_result_length CHECK (length(result) <= 2000),
  created_by uuid NOT NULL REFERENCES app_user(id),
  created_at timestamptz NOT NULL DEFAULT now(),
  done_by uuid REFERENCES app_user(id),
  CONSTRAINT support_plan_step_seq_unique UNIQUE (measure_id, seq),
  CONSTRAINT support_plan_step_done_whole CHECK ((done_on IS NULL) = (done_by IS NULL))
);
COMMENT ON TABLE support_plan_step IS 'A step of the plan of pedagogical support (001 Art. 78(3)): the activity, who in the school carries it out, by when, and when it was done with its result.';
COMMENT ON COLUMN support_plan_step.measure_id IS 'The pedagogical_support measure the plan belongs to.';
COMMENT ON COLUMN support_plan_step.responsible IS 'Who carries the step out (a teacher, the psychologist, the social pedagogue): the school''s own staff, free text.';
COMMENT ON COLUMN support_plan_step.done_on IS 'The day the step was done; overdue is not done past due_on, derived when read.';
CREATE INDEX support_plan_step_open_due ON support_plan_step (due_on) WHERE done_on IS NULL;
