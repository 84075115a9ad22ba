-- Mobile groups and the six-monthly assessment of early identification and support (R5).
-- Mobile groups are established by local executive bodies for the early identification of persons
-- (families) in difficult life situations; the family support centre organises them with the education,
-- healthcare and internal affairs bodies (001 Arts. 10(2)(8), 72(2)). A group identifies early and
-- organises support, and informs law enforcement and other bodies of facts of violence (001 Art. 11):
-- its outreach visits are recorded here and what it tells other bodies goes as hand-offs (migration
-- 0028, record type outreach_visit, added to the CHECK by migration 0034).
-- Every six months the regional interdepartmental commission assesses the effectiveness of early
-- identification and support (001 Art. 72(4)) and its results change the territorial programmes
-- (72(7)): the pack the commission considers is dv_assessment_pack, its figures counted from the
-- region's records of the half-year (aggregates only, no personal data).

CREATE TABLE mobile_group (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  organiser_body_id uuid NOT NULL REFERENCES body(id),
  territory_id uuid NOT NULL REFERENCES territory(id),
  territory_path text NOT NULL CONSTRAINT mobile_group_territory_path_shape CHECK (territory_path ~ '^KZ(\.[A-Z0-9]+){0,2}$'),
  name text NOT NULL CONSTRAINT mobile_group_name_length CHECK (length(name) BETWEEN 1 AND 200),
  formed_on date NOT NULL,
  dissolved_on date,
  created_by uuid NOT NULL REFERENCES app_user(id),
  created_at timestamptz NOT NULL DEFAULT now(),
  version integer NOT NULL DEFAULT 1 CONSTRAINT mobile_group_version_positive CHECK (version > 0),
  CONSTRAINT mobile_group_dissolved_after_formed CHECK (dissolved_on IS NULL OR dissolved_on >= formed_on)
);
COMMENT ON TABLE mobile_group IS 'A mobile group for the early identification of persons (families) in difficult life situations and of domestic violence, organised by a family support centre with the education, healthcare and internal affairs bodies (001 Arts. 10(2)(8), 11, 72(2)).';
COMMENT ON COLUMN mobile_group.organiser_body_id IS 'The family support centre that organises the group (001 Art. 10(2)(8)).';
COMMENT ON COLUMN mobile_group.territory_id IS 'The territory (district or region) the group works in.';
COMMENT ON COLUMN mobile_group.territory_path IS 'The materialised path of territory_id: access and figures are by territory (R11.1).';
COMMENT ON COLUMN mobile_group.formed_on IS 'The day the group was established (001 Art. 72(2): by the local executive body).';
COMMENT ON COLUMN mobile_group.dissolved_on IS 'The day the group ceased to work; no visit is recorded after it.';
CREATE INDEX mobile_group_territory_path_idx ON mobile_group (territory_path text_pattern_ops);
CREATE INDEX mobile_group_organiser_idx ON mobile_group (organiser_body_id);

CREATE TABLE mobile_group_member (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  group_id uuid NOT NULL REFERENCES mobile_group(id),
  user_id uuid REFERENCES app_user(id),
  body_id uuid NOT NULL REFERENCES body(id),
  full_name text NOT NULL CONSTRAINT mobile_group_member_full_name_length CHECK (length(full_name) BETWEEN 1 AND 200),
  since date NOT NULL,
  until date,
  created_by uuid NOT NULL REFERENCES app_user(id),
  created_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT mobile_group_member_until_after_since CHECK (until IS NULL OR until >= since)
);
COMMENT ON TABLE mobile_group_member IS 'A participant of a mobile group: an official of the centre, an education, healthcare or internal affairs body (001 Art. 10(2)(8)); the body type is checked by the law package (mobile_group.member_body_type).';
COMMENT ON COLUMN mobile_group_member.user_id IS 'The participant''s account when the participant works in the system; null for one who does not.';
COMMENT ON COLUMN mobile_group_member.body_id IS 'The body the participant represents: its type decides the composition (001 Art. 10(2)(8)).';
COMMENT ON COLUMN mobile_group_member.since IS 'The first day of participation.';
COMMENT ON COLUMN mobile_group_member.until IS 'The last day of participation; null while the participant takes part.';
CREATE INDEX mobile_group_member_group_idx ON mobile_group_member (group_id);
CREATE INDEX mobile_group_member_user_idx ON mobile_group_member (user_id) WHERE user_id IS NOT NULL;

CREATE TABLE outreach_visit (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  group_id uuid NOT NULL REFERENCES mobile_group(id),
  territory_path text NOT NULL CONSTRAINT outreach_visit_territory_path_shape CHECK (territory_path ~ '^KZ(\.[A-Z0-9]+){0,2}$'),
  visited_on date NOT NULL,
  place text NOT NULL CONSTRAINT outreach_visit_place_length CHECK (length(place) BETWEEN 1 AND 500),
  family_id uuid REFERENCES family(id),
  findings text NOT NULL CONSTRAINT outreach_visit_findings_length CHECK (length(findings) BETWEEN 1 AND 10000),
  signs_of_violence boolean NOT NULL,
  recorded_by uuid NOT NULL REFERENCES app_user(id),
  recorded_body_id uuid NOT NULL REFERENCES body(id),
  created_at timestamptz NOT NULL DEFAULT now()
);
COMMENT ON TABLE outreach_visit IS 'An outreach visit of a mobile group: early identification of persons (families) in difficult life situations and of signs of domestic violence (001 Arts. 11(1), 72(2)); a family_case record behind the victim barrier (001 Art. 83(2)).';
COMMENT ON COLUMN outreach_visit.territory_path IS 'The group''s territory path at the time of the visit (access and figures, R11.1).';
COMMENT ON COLUMN outreach_visit.place IS 'Where the visit took place (an address): confidential, the victim barrier (001 Arts. 3(2)(4), 83(2)).';
COMMENT ON COLUMN outreach_visit.family_id IS 'The family (persons, families, 001 Art. 54) the visit concerns, when known.';
COMMENT ON COLUMN outreach_visit.findings IS 'What the group found: the grounds of early identification and support (001 Art. 11(1)).';
COMMENT ON COLUMN outreach_visit.signs_of_violence IS 'Signs of violence were found: law enforcement must be informed (001 Arts. 10(2)(9), 11(2)).';
COMMENT ON COLUMN outreach_visit.recorded_body_id IS 'The body of the official who recorded the visit (the sender of its hand-offs).';
CREATE INDEX outreach_visit_group_idx ON outreach_visit (group_id, visited_on DESC);
CREATE INDEX outreach_visit_territory_idx ON outreach_visit (territory_path text_pattern_ops, visited_on);
CREATE INDEX outreach_visit_family_idx ON outreach_visit (family_id) WHERE family_id IS NOT NULL;

CREATE TABLE outreach_visit_person (
  visit_id uuid NOT NULL REFERENCES outreach_visit(id),
  person_id uuid NOT NULL REFERENCES person(id),
  role text NOT NULL CONSTRAINT outreach_visit_person_role_known CHECK (role IN ('identified', 'victim', 'child')),
  CONSTRAINT outreach_visit_person_pkey PRIMARY KEY (visit_id, person_id)
);
COMMENT ON TABLE outreach_visit_person IS 'A person a mobile group identified on a visit (001 Art. 11(1)): in a difficult life situation, a victim of violence, or a child of the family.';
COMMENT ON COLUMN outreach_visit_person.role IS 'identified: a person in a difficult life situation (001 Art. 54); victim: a person with signs of domestic violence (001 Art. 10(2)(4)); child: a child of the family.';
CREATE INDEX outreach_visit_person_person_idx ON outreach_visit_person (person_id);

CREATE TABLE dv_assessment_pack (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  region_territory_id uuid NOT NULL REFERENCES territory(id),
  region_path text NOT NULL CONSTRAINT dv_assessment_pack_region_path_shape CHECK (region_path ~ '^KZ\.[A-Z0-9]+$'),
  year integer NOT NULL CONSTRAINT dv_assessment_pack_year_plausible CHECK (year BETWEEN 2000 AND 2199),
  half smallint NOT NULL CONSTRAINT dv_assessment_pack_half_known CHECK (half IN (1, 2)),
  status text NOT NULL DEFAULT 'draft' CONSTRAINT dv_assessment_pack_status_known CHECK (status IN ('draft', 'approved')),
  figures jsonb,
  conclusions text NOT NULL DEFAULT '' CONSTRAINT dv_assessment_pack_conclusions_length CHECK (length(conclusions) <= 20000),
  meeting_on date,
  prepared_by uuid NOT NULL REFERENCES app_user(id),
  prepared_body_id uuid NOT NULL REFERENCES body(id),
  approved_by uuid REFERENCES app_user(id),
  approved_at timestamptz,
  version integer NOT NULL DEFAULT 1 CONSTRAINT dv_assessment_pack_version_positive CHECK (version > 0),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT dv_assessment_pack_one_per_half_year UNIQUE (region_territory_id, year, half),
  -- An approved pack keeps the figures the commission considered, its conclusions and its meeting
  -- (001 Art. 72(4): the assessment is made at a meeting of the commission).
  CONSTRAINT dv_assessment_pack_approved_complete CHECK (
    status = 'draft'
    OR (figures IS NOT NULL AND approved_by IS NOT NULL AND approved_at IS NOT NULL AND meeting_on IS NOT NULL
        AND length(conclusions) > 0)),
  CONSTRAINT dv_assessment_pack_draft_not_approved CHECK (
    status = 'approved' OR (approved_by IS NULL AND approved_at IS NULL))
);
COMMENT ON TABLE dv_assessment_pack IS 'The six-monthly assessment of the effectiveness of early identification and support of persons (families) in difficult life situations and of the prevention of domestic violence by a regional interdepartmental commission (001 Art. 72(4),(7)): the figures of the half-year and the commission''s conclusions.';
COMMENT ON COLUMN dv_assessment_pack.region_territory_id IS 'The region (or city of republican significance) whose commission makes the assessment.';
COMMENT ON COLUMN dv_assessment_pack.year IS 'The year of the half-year assessed (001 Art. 72(4): once every six months).';
COMMENT ON COLUMN dv_assessment_pack.half IS '1: 1 January-30 June; 2: 1 July-31 December (the law package''s assessmentPeriodOf).';
COMMENT ON COLUMN dv_assessment_pack.status IS 'draft: being prepared, figures recomputed on each read; approved: the commission made the assessment, figures frozen.';
COMMENT ON COLUMN dv_assessment_pack.figures IS 'The figures frozen on approval (counts only, no personal data; codes of the law package''s ASSESSMENT_FIGURES); null while a draft.';
COMMENT ON COLUMN dv_assessment_pack.conclusions IS 'The commission''s conclusions: what changes in the territorial programmes follow (001 Art. 72(7)).';
COMMENT ON COLUMN dv_assessment_pack.meeting_on IS 'The day of the commission''s meeting that made the assessment (001 Art. 72(4)).';
COMMENT ON COLUMN dv_assessment_pack.prepared_by IS 'The official of the local executive body who prepared the pack.';
COMMENT ON COLUMN dv_assessment_pack.approved_by IS 'The official who recorded the commission''s approval.';
CREATE INDEX dv_assessment_pack_region_idx ON dv_assessment_pack (region_path, year DESC, half DESC);

-- The pack counts the region's registrations, assistance plans and protective orders of a half-year on
-- every read of a draft: a narrow index of those kinds by territory and instant of issue.
CREATE INDEX measure_family_kinds_issued_idx ON measure (territory_path text_pattern_ops, issued_at)
  WHERE kind IN ('difficult_life_situation_registration', 'social_adaptation_plan', 'protective_order');
