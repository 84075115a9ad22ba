-- A school's prevention council that finds pedagogical support not needed may record its meeting without
-- the minor and the legal representatives: 001 Art. 78(3) names their participation for the issue of
-- assigning support (and a refusal of it, 78(4)), and the law package reads it so (checkCouncilMeeting).
-- Migration 0041 required both for every meeting; the rule now holds for support assigned or refused only.

ALTER TABLE council_meeting DROP CONSTRAINT council_meeting_with_minor;
ALTER TABLE council_meeting DROP CONSTRAINT council_meeting_with_representative;
ALTER TABLE council_meeting ADD CONSTRAINT council_meeting_participation
  CHECK (outcome = 'not_needed' OR (minor_present AND jsonb_array_length(representatives) > 0));
COMMENT ON CONSTRAINT council_meeting_participation ON council_meeting IS
  'Support assigned or refused only at a meeting with the minor and at least one legal representative (001 Art. 78(3),(4)).';
COMMENT ON COLUMN council_meeting.minor_present IS 'The minor took part (001 Art. 78(3)); required for support assigned or refused, not when support is found not needed.';
COMMENT ON COLUMN council_meeting.representatives IS 'The legal representatives who took part (001 Art. 78(3)): [{personId?, fullName, relation}]; at least one for support assigned or refused.';
