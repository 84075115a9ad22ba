-- Minors on the preventive register (R3.5; 001 Art. 82): the restrictions a judge establishes on the
-- reasoned submission of the internal affairs body (82(3)) and the rehabilitation activities the
-- individual prevention measures take into account (82(2)), with their control checks. Both hang on
-- the register entry (access resource register_entry, the police's case work). Facts in, state out
-- (ARCHITECTURE.md): the restrictions are an append-only list of rulings, the current set is the last
-- row; a check is an append-only fact and the activity's last_check_on its projection.

CREATE TABLE minor_restriction (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  register_entry_id uuid NOT NULL REFERENCES register_entry(id),
  seq integer NOT NULL CONSTRAINT minor_restriction_seq_positive CHECK (seq >= 1),
  kind text NOT NULL CONSTRAINT minor_restriction_kind_known CHECK (kind IN ('imposed', 'changed', 'lifted')),
  restrictions text[] NOT NULL
    CONSTRAINT minor_restriction_ids_known CHECK (restrictions <@ ARRAY[
      '82.3.1_designated_places',
      '82.3.2_travel_without_commission_permission',
      '82.3.3_contact_with_negative_influence',
      '82.3.4_alcohol_or_drugs'
    ]::text[]),
  court text NOT NULL CONSTRAINT minor_restriction_court_length CHECK (length(btrim(court)) BETWEEN 1 AND 500),
  ruling_number text NOT NULL CONSTRAINT minor_restriction_ruling_number_length CHECK (length(btrim(ruling_number)) BETWEEN 1 AND 100),
  ruling_on date NOT NULL,
  police_submission_on date NOT NULL,
  note text CONSTRAINT minor_restriction_note_length CHECK (length(note) <= 2000),
  recorded_by uuid NOT NULL REFERENCES app_user(id),
  recorded_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT minor_restriction_seq_unique UNIQUE (register_entry_id, seq),
  CONSTRAINT minor_restriction_set_by_kind CHECK ((kind = 'lifted') = (cardinality(restrictions) = 0)),
  CONSTRAINT minor_restriction_submission_before_ruling CHECK (police_submission_on <= ruling_on)
);
COMMENT ON TABLE minor_restriction IS 'The restrictions (prohibitions) a judge established for a minor on the preventive register (001 Art. 82(3)), append-only: imposed, changed (the judge reduces or supplements the list, 82(3) last sentence) or lifted. The current set is the last row of the entry.';
COMMENT ON COLUMN minor_restriction.register_entry_id IS 'The register entry of the minor (001 Art. 59(2)); 82(3) applies to minors on the preventive register only.';
COMMENT ON COLUMN minor_restriction.seq IS 'The order of the rulings on the entry: 1 is the first imposition.';
COMMENT ON COLUMN minor_restriction.kind IS 'imposed: the first ruling; changed: the judge reduced or supplemented the list (82(3) last sentence); lifted: no restriction applies from ruling_on.';
COMMENT ON COLUMN minor_restriction.restrictions IS 'The whole set in force after this ruling: ids of 82(3)(1)-(4) (@aldyn/law REGISTERED_MINOR_RESTRICTIONS); empty exactly when lifted.';
COMMENT ON COLUMN minor_restriction.court IS 'The court whose judge established the restrictions (001 Art. 82(3): only a judge).';
COMMENT ON COLUMN minor_restriction.ruling_number IS 'The number of the judge''s ruling.';
COMMENT ON COLUMN minor_restriction.ruling_on IS 'The day of the judge''s ruling; the set applies from it.';
COMMENT ON COLUMN minor_restriction.police_submission_on IS 'The day of the reasoned submission of the internal affairs body the judge acted upon (001 Art. 82(3)).';
CREATE TRIGGER minor_restriction_no_change BEFORE UPDATE OR DELETE ON minor_restriction
  FOR EACH ROW EXECUTE FUNCTION legal_fact_append_only();
CREATE TRIGGER minor_restriction_no_truncate BEFORE TRUNCATE ON minor_restriction
  FOR EACH STATEMENT EXECUTE FUNCTION legal_fact_append_only();

CREATE TABLE rehabilitation_activity (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  register_entry_id uuid NOT NULL REFERENCES register_entry(id),
  activity text NOT NULL
    CONSTRAINT rehabilitation_activity_activity_known CHECK (activity IN (
      '82.2.1_social_adaptation_programme',
      '82.2.2_psychological_support',
      '82.2.3_educational_activities',
      '82.2.4_socially_useful_activities',
      '82.2.5_mentoring',
      '82.2.6_restricted_adverse_contacts',
      '82.2.7_addiction_prevention_programme',
      '82.2.8_family_counselling'
    )),
  provider text NOT NULL CONSTRAINT rehabilitation_activity_provider_length CHECK (length(btrim(provider)) BETWEEN 1 AND 500),
  provider_body_id uuid REFERENCES body(id),
  from_on date NOT NULL,
  until_on date,
  duties text NOT NULL CONSTRAINT rehabilitation_activity_duties_length CHECK (length(btrim(duties)) BETWEEN 1 AND 4000),
  last_check_on date,
  ended_on date,
  ended_reason text CONSTRAINT rehabilitation_activity_ended_reason_length CHECK (length(btrim(ended_reason)) BETWEEN 1 AND 2000),
  recorded_by uuid NOT NULL REFERENCES app_user(id),
  created_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT rehabilitation_activity_until_after_from CHECK (until_on IS NULL OR until_on >= from_on),
  CONSTRAINT rehabilitation_activity_ended_after_from CHECK (ended_on IS NULL OR ended_on >= from_on),
  CONSTRAINT rehabilitation_activity_ended_whole CHECK ((ended_on IS NULL) = (ended_reason IS NULL))
);
COMMENT ON TABLE rehabilitation_activity IS 'An activity the individual prevention measures of a registered minor take into account (001 Art. 82(2)(1)-(8)): a programme, psychological support, education, socially useful activity, a mentor, restricted contacts, addiction prevention, family counselling — with who provides it and the minor''s duties.';
COMMENT ON COLUMN rehabilitation_activity.activity IS 'The activity of 82(2) (@aldyn/law REHABILITATION_ACTIVITIES).';
COMMENT ON COLUMN rehabilitation_activity.provider IS 'Who provides it: a mentor''s name (82(2)(5)), an organisation, a psychologist.';
COMMENT ON COLUMN rehabilitation_activity.provider_body_id IS 'The providing body when it is one of the system''s bodies (a family support centre, a school).';
COMMENT ON COLUMN rehabilitation_activity.duties IS 'The minor''s duties in the activity (what to attend, how often).';
COMMENT ON COLUMN rehabilitation_activity.last_check_on IS 'Projection: the day of the last check of attendance, written with the check; the activity is due for a check ACTIVITY_CHECK_DAYS after it (system reading).';
COMMENT ON COLUMN rehabilitation_activity.ended_on IS 'The day the activity ended before or at its term (completed, stopped, the minor came of age); null while it runs.';
CREATE INDEX rehabilitation_activity_entry ON rehabilitation_activity (register_entry_id, from_on);

CREATE TABLE rehabilitation_check (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  activity_id uuid NOT NULL REFERENCES rehabilitation_activity(id),
  checked_on date NOT NULL,
  outcome text NOT NULL CONSTRAINT rehabilitation_check_outcome_known CHECK (outcome IN ('attends', 'irregular', 'stopped')),
  note text CONSTRAINT rehabilitation_check_note_length CHECK (length(note) <= 2000),
  recorded_by uuid NOT NULL REFERENCES app_user(id),
  recorded_at timestamptz NOT NULL DEFAULT now()
);
COMMENT ON TABLE rehabilitation_check IS 'A check of how the minor takes part in a rehabilitation activity (001 Art. 82(2)), append-only: attends, irregular, stopped.';
COMMENT ON COLUMN rehabilitation_check.outcome IS 'attends: regularly; irregular: misses; stopped: no longer attends.';
CREATE INDEX rehabilitation_check_activity ON rehabilitation_check (activity_id, checked_on DESC);
CREATE TRIGGER rehabilitation_check_no_change BEFORE UPDATE OR DELETE ON rehabilitation_check
  FOR EACH ROW EXECUTE FUNCTION legal_fact_append_only();
CREATE TRIGGER rehabilitation_check_no_truncate BEFORE TRUNCATE ON rehabilitation_check
  FOR EACH STATEMENT EXECUTE FUNCTION legal_fact_append_only();
