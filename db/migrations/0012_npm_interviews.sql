-- The on-site record of interviews of a preventive visit (issue 5 item 4): 000 Art. 29(1)(4);
-- 003 pp.5(2), 17(2), 18, 20, 22-23. Read and written only by the visit's group and the
-- Commissioner's office; never part of the annual report (000 Art. 34) or its exports.

CREATE TABLE npm_interview (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  visit_id uuid NOT NULL REFERENCES npm_visit(id),
  interviewer_participant_id uuid NOT NULL REFERENCES npm_participant(id),
  category text NOT NULL
    CONSTRAINT npm_interview_category CHECK (category IN ('held_person', 'legal_representative', 'staff', 'other')),
  label text NOT NULL CONSTRAINT npm_interview_label_not_blank CHECK (btrim(label) <> ''),
  interviewee_name text,
  without_witnesses boolean NOT NULL,
  interpreter_used boolean NOT NULL DEFAULT false,
  rights_explained boolean NOT NULL DEFAULT false,
  consent_to_disclose boolean NOT NULL DEFAULT false,
  include_in_report boolean NOT NULL DEFAULT false,
  security_threat_notified boolean NOT NULL DEFAULT false,
  security_threat_note text,
  restriction_refused boolean NOT NULL DEFAULT false,
  restriction_refusal_text text,
  summary text NOT NULL,
  follow_up_reprisals boolean NOT NULL DEFAULT false,
  version integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT now(),
  created_by uuid NOT NULL REFERENCES app_user(id),
  updated_at timestamptz,
  updated_by uuid REFERENCES app_user(id),
  -- 003 p.20 para 2: nothing of private life goes into a report without the person's consent.
  CONSTRAINT npm_interview_report_needs_consent CHECK (NOT include_in_report OR consent_to_disclose),
  -- 003 p.23: the refusal of a restriction is documented in writing, and answers a notice (p.22).
  CONSTRAINT npm_interview_refusal_in_writing CHECK (
    NOT restriction_refused OR (security_threat_notified AND btrim(coalesce(restriction_refusal_text, '')) <> '')
  ),
  CONSTRAINT npm_interview_label_unique UNIQUE (visit_id, label)
);
CREATE INDEX npm_interview_visit ON npm_interview (visit_id, created_at);
CREATE INDEX npm_interview_follow_up ON npm_interview (visit_id) WHERE follow_up_reprisals;

COMMENT ON TABLE npm_interview IS 'A conversation held on a preventive visit by a participant of the group with a person held, a legal representative, staff or another person (000 Art. 29(1)(4); 003 p.17(2)). Confidential: the group and the Commissioner''s office only.';
COMMENT ON COLUMN npm_interview.label IS 'Pseudonymous label by which the interviewee is referred to (e.g. "Interviewee 3"); the name is stored only if given.';
COMMENT ON COLUMN npm_interview.interviewee_name IS 'Name of the interviewee, only if given; null otherwise.';
COMMENT ON COLUMN npm_interview.without_witnesses IS 'The conversation was held without witnesses (000 Art. 29(1)(4); 003 p.17(2)).';
COMMENT ON COLUMN npm_interview.interpreter_used IS 'Held through an interpreter (000 Art. 29(1)(4)).';
COMMENT ON COLUMN npm_interview.rights_explained IS 'The participant explained their rights to the person held or the legal representative (003 p.18).';
COMMENT ON COLUMN npm_interview.consent_to_disclose IS 'The person consented to disclosure of information about their private life (003 p.20 para 2).';
COMMENT ON COLUMN npm_interview.include_in_report IS 'The summary may go into the group''s report; requires consent (003 p.20 para 2).';
COMMENT ON COLUMN npm_interview.security_threat_notified IS 'The administration notified a real threat to security and the need to limit the confidentiality of the conversation (003 p.22).';
COMMENT ON COLUMN npm_interview.restriction_refusal_text IS 'The participant''s written refusal of the restriction (003 p.23).';
COMMENT ON COLUMN npm_interview.follow_up_reprisals IS 'Flagged for follow-up on an intermediate visit to prevent reprisals against the person interviewed (003 p.5(2)).';
