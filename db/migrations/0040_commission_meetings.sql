-- Meetings of the commissions on minors' affairs (R4.1; 001 Art. 79): the meeting with its date and
-- place, who of the commission attended (the quorum is the system's reading of 79(7): the procedure of
-- commissions is set by the authorised body, not among our texts), the agenda — the cases the
-- commission considers (79(6)(9)) and reports of heads of bodies heard (79(6)(7)) — the invitations of
-- the minor and the legal representatives with their delivery, who was heard, each item's decision from
-- the law package's closed list (COMMISSION_DECISIONS) with its article, the members' votes and
-- dissenting opinions, the follow-up duties (who does what by when) sent as hand-offs when the protocol
-- is signed by the chair and the secretary (79(4)). A signed protocol is final: nothing of the meeting
-- changes after it.

CREATE TABLE commission_meeting (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  commission_body_id uuid NOT NULL REFERENCES minors_commission(body_id),
  year integer NOT NULL CONSTRAINT commission_meeting_year_range CHECK (year BETWEEN 1900 AND 2199),
  number integer NOT NULL CONSTRAINT commission_meeting_number_positive CHECK (number >= 1),
  scheduled_at timestamptz NOT NULL,
  place text NOT NULL CONSTRAINT commission_meeting_place_length CHECK (length(btrim(place)) BETWEEN 1 AND 500),
  state text NOT NULL DEFAULT 'planned'
    CONSTRAINT commission_meeting_state_known CHECK (state IN ('planned', 'held', 'cancelled')),
  opened_at timestamptz,
  closed_at timestamptz,
  chair_signed_at timestamptz,
  chair_signed_by uuid REFERENCES app_user(id),
  secretary_signed_at timestamptz,
  secretary_signed_by uuid REFERENCES app_user(id),
  created_by uuid NOT NULL REFERENCES app_user(id),
  created_at timestamptz NOT NULL DEFAULT now(),
  version integer NOT NULL DEFAULT 1 CONSTRAINT commission_meeting_version_positive CHECK (version > 0),
  CONSTRAINT commission_meeting_number_unique UNIQUE (commission_body_id, year, number),
  CONSTRAINT commission_meeting_held_opened CHECK ((state = 'held') = (opened_at IS NOT NULL)),
  CONSTRAINT commission_meeting_chair_signature_whole CHECK ((chair_signed_at IS NULL) = (chair_signed_by IS NULL)),
  CONSTRAINT commission_meeting_secretary_signature_whole
    CHECK ((secretary_signed_at IS NULL) = (secretary_signed_by IS NULL)),
  CONSTRAINT commission_meeting_signed_when_held
    CHECK (state = 'held' OR (chair_signed_at IS NULL AND secretary_signed_at IS NULL)),
  CONSTRAINT commission_meeting_closed_when_signed
    CHECK ((closed_at IS NOT NULL) = (chair_signed_at IS NOT NULL AND secretary_signed_at IS NOT NULL))
);
COMMENT ON TABLE commission_meeting IS 'A meeting of a commission on minors'' affairs (001 Art. 79(6)): the commission considers materials on minors and on parents (79(6)(9)) and hears reports of heads of bodies (79(6)(7)). Its protocol is signed by the chair and the secretary (79(4)); the procedure (quorum, voting) is the system''s reading of 79(7).';
COMMENT ON COLUMN commission_meeting.commission_body_id IS 'The commission (a body of type minors_commission, 001 Art. 79(2),(3)) that meets.';
COMMENT ON COLUMN commission_meeting.number IS 'The meeting''s number within the commission''s year (the protocol''s number is "number/year").';
COMMENT ON COLUMN commission_meeting.scheduled_at IS 'When the meeting is held; its Almaty calendar day is the meeting day members'' terms and the quorum are counted on.';
COMMENT ON COLUMN commission_meeting.state IS 'planned until the secretary records the attendance on the day (held); cancelled when it will not be held.';
COMMENT ON COLUMN commission_meeting.opened_at IS 'When the attendance was recorded: the meeting is held from then and takes decisions.';
COMMENT ON COLUMN commission_meeting.closed_at IS 'When the protocol got its second signature (chair and secretary, 001 Art. 79(4)): the decisions are final from then and their duties are sent.';
COMMENT ON COLUMN commission_meeting.chair_signed_by IS 'The user linked to the commission''s active chair who signed the protocol (001 Art. 79(4)).';
COMMENT ON COLUMN commission_meeting.secretary_signed_by IS 'The commission''s secretary who signed the protocol (001 Art. 79(4)).';
CREATE INDEX commission_meeting_commission ON commission_meeting (commission_body_id, scheduled_at DESC);

CREATE TABLE meeting_attendance (
  meeting_id uuid NOT NULL REFERENCES commission_meeting(id),
  member_id uuid NOT NULL REFERENCES commission_member(id),
  present boolean NOT NULL,
  absence_reason text CONSTRAINT meeting_attendance_absence_reason_length CHECK (length(absence_reason) <= 500),
  CONSTRAINT meeting_attendance_pkey PRIMARY KEY (meeting_id, member_id),
  CONSTRAINT meeting_attendance_reason_when_absent CHECK (present = false OR absence_reason IS NULL)
);
COMMENT ON TABLE meeting_attendance IS 'Who of the commission''s composition (001 Art. 79(4),(5)) was present at the meeting; the quorum is counted from it (system reading of 79(7)).';
COMMENT ON COLUMN meeting_attendance.absence_reason IS 'Why an absent member was absent (leave, illness), as the protocol records it.';

CREATE TABLE meeting_item (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  meeting_id uuid NOT NULL REFERENCES commission_meeting(id),
  seq integer NOT NULL CONSTRAINT meeting_item_seq_positive CHECK (seq >= 1),
  kind text NOT NULL CONSTRAINT meeting_item_kind_known CHECK (kind IN ('case', 'report_heard', 'other')),
  case_id uuid REFERENCES minors_case(id),
  title text NOT NULL CONSTRAINT meeting_item_title_length CHECK (length(btrim(title)) BETWEEN 1 AND 500),
  reporting_body_id uuid REFERENCES body(id),
  decision text CONSTRAINT meeting_item_decision_known CHECK (decision IN ('protect_rights', 'refer_family_support',
    'recommend_pedagogical_support', 'psychological_assistance', 'employment_living_arrangements',
    'warning_to_parents', 'administrative_penalty_parents', 'inform_guardianship', 'petition_special_education',
    'rehabilitation_activities', 'no_measures', 'postponed', 'request_materials')),
  decision_text text CONSTRAINT meeting_item_decision_text_length CHECK (length(decision_text) <= 8000),
  article text,
  decided_at timestamptz,
  decided_by uuid REFERENCES app_user(id),
  created_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT meeting_item_seq_unique UNIQUE (meeting_id, seq) DEFERRABLE INITIALLY IMMEDIATE,
  CONSTRAINT meeting_item_case_when_case CHECK ((kind = 'case') = (case_id IS NOT NULL)),
  CONSTRAINT meeting_item_report_body CHECK (kind = 'report_heard' OR reporting_body_id IS NULL),
  CONSTRAINT meeting_item_decision_whole CHECK (
    (decision IS NULL) = (decided_at IS NULL) AND (decision IS NULL) = (article IS NULL)
    AND (decision IS NULL) = (decided_by IS NULL))
);
COMMENT ON TABLE meeting_item IS 'An item of a meeting''s agenda: a minors'' case (001 Art. 79(6)(9)), a report of a head of a body heard (79(6)(7)) or another question; with its decision from the closed list of the law package.';
COMMENT ON COLUMN meeting_item.seq IS 'The order on the agenda: urgent cases first, then the oldest ready (the law package''s orderAgenda); the secretary may reorder before the meeting.';
COMMENT ON COLUMN meeting_item.reporting_body_id IS 'The body whose head reports to the commission (001 Art. 79(6)(7)).';
COMMENT ON COLUMN meeting_item.decision IS 'The decision taken, from the law package''s closed list COMMISSION_DECISIONS (each with its article, 001 Arts. 79(6), 78, 80, 82); postponed and request_materials are the system''s reading of 79(7).';
COMMENT ON COLUMN meeting_item.article IS 'The legal basis of the decision (the law package''s citation code), printed in words.';
CREATE UNIQUE INDEX meeting_item_case_once ON meeting_item (meeting_id, case_id) WHERE case_id IS NOT NULL;
COMMENT ON INDEX meeting_item_case_once IS 'A case is on a meeting''s agenda once.';
CREATE INDEX meeting_item_case ON meeting_item (case_id) WHERE case_id IS NOT NULL;
CREATE INDEX meeting_item_decided ON meeting_item (decided_at) WHERE decision IS NOT NULL;

CREATE TABLE meeting_vote (
  item_id uuid NOT NULL REFERENCES meeting_item(id),
  member_id uuid NOT NULL REFERENCES commission_member(id),
  vote text NOT NULL CONSTRAINT meeting_vote_known CHECK (vote IN ('for', 'against', 'abstain')),
  recorded_by uuid NOT NULL REFERENCES app_user(id),
  recorded_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT meeting_vote_pkey PRIMARY KEY (item_id, member_id)
);
COMMENT ON TABLE meeting_vote IS 'A vote of a member present on an item''s decision: adopted by a majority of the votes of those present, the chair''s vote decides a tie (system reading of 001 Art. 79(7)). Only active members of the commission vote.';

CREATE TABLE meeting_dissent (
  item_id uuid NOT NULL REFERENCES meeting_item(id),
  member_id uuid NOT NULL REFERENCES commission_member(id),
  text text NOT NULL CONSTRAINT meeting_dissent_text_length CHECK (length(btrim(text)) BETWEEN 1 AND 4000),
  recorded_by uuid NOT NULL REFERENCES app_user(id),
  recorded_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT meeting_dissent_pkey PRIMARY KEY (item_id, member_id)
);
COMMENT ON TABLE meeting_dissent IS 'A member''s dissenting opinion on an item''s decision, attached to the protocol (system reading of 001 Art. 79(7)).';

CREATE TABLE meeting_invitation (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  meeting_id uuid NOT NULL REFERENCES commission_meeting(id),
  item_id uuid NOT NULL REFERENCES meeting_item(id),
  person_id uuid NOT NULL REFERENCES person(id),
  role text NOT NULL CONSTRAINT meeting_invitation_role_known CHECK (role IN ('minor', 'legal_representative', 'other')),
  channel text NOT NULL
    CONSTRAINT meeting_invitation_channel_known CHECK (channel IN ('hand', 'post', 'sms', 'phone', 'email')),
  sent_on date NOT NULL,
  delivered_on date,
  attended boolean,
  heard boolean NOT NULL DEFAULT false,
  created_by uuid NOT NULL REFERENCES app_user(id),
  created_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT meeting_invitation_delivered_after_sent CHECK (delivered_on IS NULL OR delivered_on >= sent_on),
  CONSTRAINT meeting_invitation_heard_attended CHECK (heard = false OR attended = true)
);
COMMENT ON TABLE meeting_invitation IS 'An invitation of the minor, a legal representative or another person to the consideration of a case (001 Art. 79(6)(9); the procedure of 79(7), system reading): a case on a minor is decided only when the minor and a legal representative were invited with delivery recorded.';
COMMENT ON COLUMN meeting_invitation.delivered_on IS 'The day the invitation was delivered (handed, the post''s notice, a confirmed message); null while not known to be delivered.';
COMMENT ON COLUMN meeting_invitation.attended IS 'Whether the invited person came to the meeting; null until the item is decided.';
COMMENT ON COLUMN meeting_invitation.heard IS 'Whether the person was heard on the item (the right to be heard).';
CREATE INDEX meeting_invitation_meeting ON meeting_invitation (meeting_id, item_id);
CREATE INDEX meeting_invitation_undelivered ON meeting_invitation (meeting_id) WHERE delivered_on IS NULL;

CREATE TABLE meeting_heard (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  item_id uuid NOT NULL REFERENCES meeting_item(id),
  seq integer NOT NULL CONSTRAINT meeting_heard_seq_positive CHECK (seq >= 1),
  person_id uuid REFERENCES person(id),
  who text NOT NULL CONSTRAINT meeting_heard_who_length CHECK (length(btrim(who)) BETWEEN 1 AND 300),
  body_id uuid REFERENCES body(id),
  summary text NOT NULL CONSTRAINT meeting_heard_summary_length CHECK (length(btrim(summary)) BETWEEN 1 AND 8000),
  CONSTRAINT meeting_heard_seq_unique UNIQUE (item_id, seq)
);
COMMENT ON TABLE meeting_heard IS 'Who was heard on an item and what they said, in short: the minor, a representative, an official, the head of a body reporting (001 Art. 79(6)(7)).';
COMMENT ON COLUMN meeting_heard.who IS 'The person heard as the protocol names them (the name of a person on record, or an official''s position and name).';

CREATE TABLE decision_duty (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  item_id uuid NOT NULL REFERENCES meeting_item(id),
  seq integer NOT NULL CONSTRAINT decision_duty_seq_positive CHECK (seq >= 1),
  responsible_body_id uuid NOT NULL REFERENCES body(id),
  what text NOT NULL CONSTRAINT decision_duty_what_length CHECK (length(btrim(what)) BETWEEN 1 AND 2000),
  due_on date NOT NULL,
  handoff_id uuid REFERENCES handoff(id),
  CONSTRAINT decision_duty_seq_unique UNIQUE (item_id, seq)
);
COMMENT ON TABLE decision_duty IS 'A follow-up duty of a decision: which body does what by when (001 Art. 79(6)(1), (9), (10)); sent to the body as a hand-off minors_commission.decision_duty when the protocol is signed.';
COMMENT ON COLUMN decision_duty.handoff_id IS 'The hand-off that told the responsible body; null until the protocol is signed.';
CREATE INDEX decision_duty_handoff ON decision_duty (handoff_id) WHERE handoff_id IS NOT NULL;
