-- Commissions on minors' affairs and the protection of their rights (R4.1; 001 Art. 79): the hierarchy
-- of the interdepartmental commission, region and city commissions, district commissions under the
-- akimat and settlement commissions (79(2),(3)); their composition — a chair (a deputy akim; the akim
-- for a settlement commission), a deputy chair, members from the bodies of 79(5) and one secretary
-- (79(4)) with terms of office; and the minors' cases a commission considers (79(6)(9)): materials on
-- a minor who committed an infraction or on parents who fail their duties, gathered from hand-offs
-- (migration 0028: a school's referral after a refusal of pedagogical support 78(4), a release notice
-- 80(10)(4), the akimat's submission 80(11)), police materials, reports and the commission's own
-- initiative. A commission is a body of type minors_commission plus its row here. Facts in, state out
-- (ARCHITECTURE.md): a case's state is a projection written with the event that changed it; the events
-- are append-only. The rules (levels, parent levels, composition, case states and sources) are the law
-- package's (@aldyn/law minors/commission.ts, minors/agenda.ts).

CREATE TABLE minors_commission (
  body_id uuid PRIMARY KEY REFERENCES body(id),
  level text NOT NULL CONSTRAINT minors_commission_level_known
    CHECK (level IN ('interdepartmental', 'region', 'city', 'district', 'settlement')),
  parent_body_id uuid REFERENCES minors_commission(body_id),
  settlement_name text CONSTRAINT minors_commission_settlement_name_length
    CHECK (length(btrim(settlement_name)) BETWEEN 1 AND 200),
  established_on date NOT NULL,
  established_by text NOT NULL CONSTRAINT minors_commission_established_by_length
    CHECK (length(btrim(established_by)) BETWEEN 1 AND 500),
  maslikhat_approval text CONSTRAINT minors_commission_maslikhat_approval_length
    CHECK (length(btrim(maslikhat_approval)) BETWEEN 1 AND 500),
  created_by uuid REFERENCES app_user(id),
  created_at timestamptz NOT NULL DEFAULT now(),
  version integer NOT NULL DEFAULT 1 CONSTRAINT minors_commission_version_positive CHECK (version > 0),
  CONSTRAINT minors_commission_not_own_parent CHECK (parent_body_id IS NULL OR parent_body_id <> body_id),
  -- The interdepartmental commission heads the hierarchy (001 Art. 79(2)); no commission above it.
  CONSTRAINT minors_commission_top_has_no_parent CHECK (level <> 'interdepartmental' OR parent_body_id IS NULL),
  -- A settlement commission is named by its settlement and its composition approved by the maslikhat (79(3)).
  CONSTRAINT minors_commission_settlement_named CHECK ((level = 'settlement') = (settlement_name IS NOT NULL)),
  CONSTRAINT minors_commission_settlement_approved CHECK (level <> 'settlement' OR maslikhat_approval IS NOT NULL)
);
COMMENT ON TABLE minors_commission IS 'A commission on minors'' affairs and the protection of their rights (001 Art. 79): the body (type minors_commission) it is, its level in the hierarchy of 79(2),(3) and the commission above it that coordinates and monitors it (79(6)(4)).';
COMMENT ON COLUMN minors_commission.body_id IS 'The body of type minors_commission; its territory is the commission''s (a settlement commission sits at its district).';
COMMENT ON COLUMN minors_commission.level IS 'interdepartmental (national, under the authorised body for the protection of children''s rights), region, city (of republican significance), district (under the akimat), settlement (under the akim of the settlement) — 001 Art. 79(2),(3).';
COMMENT ON COLUMN minors_commission.parent_body_id IS 'The commission above, which coordinates and monitors this one and sees its figures and decisions (001 Art. 79(6)(4)); its level is checked by the law package (parentLevelOf).';
COMMENT ON COLUMN minors_commission.settlement_name IS 'The settlement of a settlement commission (001 Art. 79(3)); null for other levels.';
COMMENT ON COLUMN minors_commission.established_on IS 'The day the act establishing the commission took effect.';
COMMENT ON COLUMN minors_commission.established_by IS 'The act that established the commission (the akimat''s resolution: 001 Art. 79(3)), by number and date.';
COMMENT ON COLUMN minors_commission.maslikhat_approval IS 'The maslikhat''s decision approving a settlement commission''s composition (001 Art. 79(3)).';
CREATE INDEX minors_commission_parent ON minors_commission (parent_body_id) WHERE parent_body_id IS NOT NULL;

CREATE TABLE commission_member (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  commission_body_id uuid NOT NULL REFERENCES minors_commission(body_id),
  user_id uuid REFERENCES app_user(id),
  full_name text NOT NULL CONSTRAINT commission_member_full_name_length CHECK (length(btrim(full_name)) BETWEEN 1 AND 200),
  position text NOT NULL CONSTRAINT commission_member_position_length CHECK (length(btrim(position)) BETWEEN 1 AND 300),
  role text NOT NULL CONSTRAINT commission_member_role_known
    CHECK (role IN ('chair', 'deputy_chair', 'member', 'secretary')),
  represents text NOT NULL CONSTRAINT commission_member_represents_known
    CHECK (represents IN ('maslikhat', 'internal_affairs', 'education', 'culture', 'healthcare', 'justice',
      'employment', 'guardianship', 'family_support_centre', 'child_ombudsperson', 'human_rights_ombudsperson',
      'psychologist', 'public_organisation', 'akimat', 'other')),
  represents_body_id uuid REFERENCES body(id),
  chair_is_deputy_akim boolean NOT NULL DEFAULT false,
  since date NOT NULL,
  until date,
  ended_on date,
  ended_reason text CONSTRAINT commission_member_ended_reason_length CHECK (length(btrim(ended_reason)) BETWEEN 1 AND 1000),
  created_by uuid REFERENCES app_user(id),
  created_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT commission_member_until_after_since CHECK (until IS NULL OR until >= since),
  CONSTRAINT commission_member_ended_after_since CHECK (ended_on IS NULL OR ended_on >= since),
  CONSTRAINT commission_member_ended_whole CHECK ((ended_on IS NULL) = (ended_reason IS NULL)),
  -- Only the chair is marked as the deputy akim (or the akim of a settlement) the law requires (79(4)).
  CONSTRAINT commission_member_deputy_akim_chair_only CHECK (NOT chair_is_deputy_akim OR role = 'chair')
);
COMMENT ON TABLE commission_member IS 'A member of a commission on minors'' affairs with the role, the body represented and the term of office (001 Art. 79(4),(5)). Ending a membership sets ended_on; the row stays (who sat on the commission on a meeting day).';
COMMENT ON COLUMN commission_member.user_id IS 'The member''s account when the member works in the system (votes, signs, reads materials); null otherwise.';
COMMENT ON COLUMN commission_member.position IS 'The member''s office, e.g. the deputy akim of the district, the head of the juvenile police unit.';
COMMENT ON COLUMN commission_member.role IS 'chair, deputy_chair, member, or secretary (one per commission, a staff position without other functional duties) — 001 Art. 79(4).';
COMMENT ON COLUMN commission_member.represents IS 'Whom the member represents among the bodies and organisations of 001 Art. 79(5) (akimat for the chair; other when none of the list).';
COMMENT ON COLUMN commission_member.represents_body_id IS 'The body represented, when it is in the system (e.g. the district police department).';
COMMENT ON COLUMN commission_member.chair_is_deputy_akim IS 'The chair is the deputy akim (the akim for a settlement commission) as 001 Art. 79(4) requires; checked by the law package (checkComposition).';
COMMENT ON COLUMN commission_member.since IS 'The first day of the term of office.';
COMMENT ON COLUMN commission_member.until IS 'The last day of the term of office when the act sets one; null when open-ended.';
COMMENT ON COLUMN commission_member.ended_on IS 'The last day in office of a membership ended early or recorded ended (the member is not active after it); null while it lasts.';
COMMENT ON COLUMN commission_member.ended_reason IS 'Why the membership ended (a new act, a change of office, the term ran out).';
-- One active chair, one active deputy chair and one secretary per commission (001 Art. 79(4)).
CREATE UNIQUE INDEX commission_member_one_chair ON commission_member (commission_body_id)
  WHERE role = 'chair' AND ended_on IS NULL;
CREATE UNIQUE INDEX commission_member_one_deputy_chair ON commission_member (commission_body_id)
  WHERE role = 'deputy_chair' AND ended_on IS NULL;
CREATE UNIQUE INDEX commission_member_one_secretary ON commission_member (commission_body_id)
  WHERE role = 'secretary' AND ended_on IS NULL;
COMMENT ON INDEX commission_member_one_chair IS 'One chair of a commission at a time (001 Art. 79(4)).';
COMMENT ON INDEX commission_member_one_secretary IS 'One secretary of a commission at a time (001 Art. 79(4)).';
-- An account sits on a commission once at a time (its vote counts once).
CREATE UNIQUE INDEX commission_member_user_once ON commission_member (commission_body_id, user_id)
  WHERE user_id IS NOT NULL AND ended_on IS NULL;
CREATE INDEX commission_member_commission ON commission_member (commission_body_id, role);
CREATE INDEX commission_member_user ON commission_member (user_id) WHERE user_id IS NOT NULL;

CREATE TABLE minors_case (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  commission_body_id uuid NOT NULL REFERENCES minors_commission(body_id),
  territory_id uuid NOT NULL REFERENCES territory(id),
  territory_path text NOT NULL CONSTRAINT minors_case_territory_path_shape CHECK (territory_path ~ '^KZ(\.[A-Z0-9]+){0,2}$'),
  number text NOT NULL CONSTRAINT minors_case_number_shape CHECK (number ~ '^[0-9]{4}-[0-9]{3,}$'),
  subject text NOT NULL CONSTRAINT minors_case_subject_known CHECK (subject IN ('minor', 'parents')),
  minor_person_id uuid NOT NULL REFERENCES person(id),
  summary text CONSTRAINT minors_case_summary_length CHECK (length(btrim(summary)) BETWEEN 1 AND 4000),
  source text NOT NULL CONSTRAINT minors_case_source_known
    CHECK (source IN ('handoff', 'school_refusal', 'release_notice', 'returned_minor', 'police_materials', 'report', 'own')),
  state text NOT NULL DEFAULT 'gathering' CONSTRAINT minors_case_state_known
    CHECK (state IN ('gathering', 'ready', 'scheduled', 'decided', 'closed')),
  urgent boolean NOT NULL DEFAULT false,
  opened_on date NOT NULL,
  opened_by uuid NOT NULL REFERENCES app_user(id),
  ready_at timestamptz,
  closed_on date,
  closed_reason text CONSTRAINT minors_case_closed_reason_length CHECK (length(btrim(closed_reason)) BETWEEN 1 AND 2000),
  version integer NOT NULL DEFAULT 1 CONSTRAINT minors_case_version_positive CHECK (version > 0),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT minors_case_number_unique UNIQUE (commission_body_id, number),
  -- The projection agrees with its events: a ready or scheduled case was marked ready; a closed one has its day and reason.
  CONSTRAINT minors_case_ready_marked CHECK (state NOT IN ('ready', 'scheduled') OR ready_at IS NOT NULL),
  CONSTRAINT minors_case_closed_whole CHECK ((state = 'closed') = (closed_on IS NOT NULL) AND (closed_on IS NULL) = (closed_reason IS NULL)),
  CONSTRAINT minors_case_closed_after_opened CHECK (closed_on IS NULL OR closed_on >= opened_on)
);
COMMENT ON TABLE minors_case IS 'A case a commission on minors'' affairs considers (001 Art. 79(6)(9)): materials on a minor who committed an infraction, or on parents (legal representatives) who fail their duties of upbringing; its state is the projection of its events (minors_case_event).';
COMMENT ON COLUMN minors_case.territory_path IS 'The commission''s territory path: the access scope of the case (R11.1); a parent commission reads its lower commissions'' cases by it (001 Art. 79(6)(4)).';
COMMENT ON COLUMN minors_case.number IS 'The case number, yearly per commission: <year>-<sequence>, e.g. 2026-014.';
COMMENT ON COLUMN minors_case.subject IS 'minor: the minor''s own conduct; parents: the parents or legal representatives failing their duties (001 Art. 79(6)(9)).';
COMMENT ON COLUMN minors_case.summary IS 'What the case is about, in the secretary''s words; null for a case opened from a hand-off until the secretary writes it (the hand-off''s ground says it meanwhile).';
COMMENT ON COLUMN minors_case.minor_person_id IS 'The minor the case concerns (for a case on parents, their child).';
COMMENT ON COLUMN minors_case.source IS 'Where the materials came from (@aldyn/law MINORS_CASE_SOURCES): a hand-off, a school''s referral after a refusal of pedagogical support (78(4)), a release notice (80(10)(4)), a returned minor''s submission (80(11)), police materials, a report, the commission''s own initiative.';
COMMENT ON COLUMN minors_case.state IS 'Derived: gathering (materials come in), ready (the secretary marked it ready: it fills the next meeting''s agenda), scheduled (on an agenda), decided (a decision final with the signed protocol), closed.';
COMMENT ON COLUMN minors_case.urgent IS 'Goes first on the agenda (orderAgenda).';
COMMENT ON COLUMN minors_case.ready_at IS 'When the secretary last marked it ready: the agenda takes the oldest first.';
-- One open case of a minor on one subject at a commission: a second hand-off joins it as a material.
CREATE UNIQUE INDEX minors_case_one_open ON minors_case (commission_body_id, minor_person_id, subject)
  WHERE state IN ('gathering', 'ready', 'scheduled');
COMMENT ON INDEX minors_case_one_open IS 'A commission keeps one open case of a minor on one subject; further materials join it.';
CREATE INDEX minors_case_commission_state ON minors_case (commission_body_id, state, opened_on DESC);
CREATE INDEX minors_case_territory ON minors_case (territory_path text_pattern_ops, state);
CREATE INDEX minors_case_minor ON minors_case (minor_person_id);

CREATE TABLE minors_case_person (
  case_id uuid NOT NULL REFERENCES minors_case(id),
  person_id uuid NOT NULL REFERENCES person(id),
  role text NOT NULL CONSTRAINT minors_case_person_role_known
    CHECK (role IN ('minor', 'legal_representative', 'parent', 'other')),
  PRIMARY KEY (case_id, person_id)
);
COMMENT ON TABLE minors_case_person IS 'The persons of a case: the minor, the parents or other legal representatives (invited with the minor, 001 Art. 79(6)(9)), others concerned.';
CREATE INDEX minors_case_person_person ON minors_case_person (person_id);

CREATE TABLE minors_case_material (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  case_id uuid NOT NULL REFERENCES minors_case(id),
  seq integer NOT NULL CONSTRAINT minors_case_material_seq_positive CHECK (seq >= 1),
  kind text NOT NULL CONSTRAINT minors_case_material_kind_known
    CHECK (kind IN ('handoff', 'measure', 'note', 'attachment', 'report')),
  handoff_id uuid REFERENCES handoff(id),
  measure_id uuid REFERENCES measure(id),
  attachment_id uuid REFERENCES attachment(id),
  title text NOT NULL CONSTRAINT minors_case_material_title_length CHECK (length(btrim(title)) BETWEEN 1 AND 500),
  note text CONSTRAINT minors_case_material_note_length CHECK (length(note) <= 10000),
  received_on date NOT NULL,
  added_by uuid NOT NULL REFERENCES app_user(id),
  added_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT minors_case_material_seq_unique UNIQUE (case_id, seq),
  -- A material names the record it is: a hand-off, a measure or an attachment by its kind; a note or report none.
  CONSTRAINT minors_case_material_reference CHECK (
    (kind = 'handoff') = (handoff_id IS NOT NULL)
    AND (kind = 'measure') = (measure_id IS NOT NULL)
    AND (kind = 'attachment') = (attachment_id IS NOT NULL)
  )
);
COMMENT ON TABLE minors_case_material IS 'The materials of a case in the order received (001 Art. 79(6)(9)): hand-offs addressed to the commission, measures, notes, attachments, reports.';
COMMENT ON COLUMN minors_case_material.handoff_id IS 'The hand-off the material came by (accepted by the commission when it became a material).';
COMMENT ON COLUMN minors_case_material.received_on IS 'The day the commission received the material.';
-- A hand-off becomes a material of one case only: the commission's inbox shows those not yet turned into cases.
CREATE UNIQUE INDEX minors_case_material_handoff_once ON minors_case_material (handoff_id) WHERE handoff_id IS NOT NULL;
CREATE INDEX minors_case_material_measure ON minors_case_material (measure_id) WHERE measure_id IS NOT NULL;

CREATE TABLE minors_case_event (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  case_id uuid NOT NULL REFERENCES minors_case(id),
  seq integer NOT NULL CONSTRAINT minors_case_event_seq_positive CHECK (seq >= 1),
  type text NOT NULL CONSTRAINT minors_case_event_type_known
    CHECK (type IN ('opened', 'material_added', 'ready', 'scheduled', 'decided', 'returned', 'closed')),
  at timestamptz NOT NULL DEFAULT now(),
  note text CONSTRAINT minors_case_event_note_length CHECK (length(note) <= 4000),
  by uuid REFERENCES app_user(id),
  CONSTRAINT minors_case_event_seq_unique UNIQUE (case_id, seq)
);
COMMENT ON TABLE minors_case_event IS 'Append-only events of a case: opened, a material added, marked ready, scheduled on a meeting''s agenda, decided, returned (postponed or materials requested), closed. The case''s state is derived from them.';
COMMENT ON COLUMN minors_case_event.by IS 'The user whose act it was; null for an event the system wrote (a protocol''s signature deciding the case).';
CREATE TRIGGER minors_case_event_no_change BEFORE UPDATE OR DELETE ON minors_case_event
  FOR EACH ROW EXECUTE FUNCTION legal_fact_append_only();
CREATE TRIGGER minors_case_event_no_truncate BEFORE TRUNCATE ON minors_case_event
  FOR EACH STATEMENT EXECUTE FUNCTION legal_fact_append_only();

-- Hand-offs about a case: the follow-up duties of a commission's decision (ground
-- minors_commission.decision_duty, 001 Art. 79(6)(1)) name the case.
ALTER TABLE handoff DROP CONSTRAINT handoff_record_type_known,
  ADD CONSTRAINT handoff_record_type_known CHECK (record_type IN ('citizen_report', 'person', 'measure',
    'register_entry', 'dv_incident', 'assistance_plan', 'outreach_visit', 'minors_case'));
