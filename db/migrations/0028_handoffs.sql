-- Hand-offs between bodies (ARCHITECTURE.md "Hand-offs between bodies"; R5, R6): whenever the law makes
-- one body tell, send to or submit to another — a copy of an official warning to the prosecutor within
-- 24 hours (001 Art. 51(3)), the interested subjects told of a protective order's incident of domestic
-- violence within 24 hours (72(3)(2)), a school's referral to the commission on minors' affairs after
-- a refusal of pedagogical support (78(4)), a special educational organisation's release notice
-- (80(10)(4), 81(11)(4)), the akimat's submission of a returned minor's case (80(11), 81(12)), a report
-- within another body's competence (39(3)) — the system records a hand-off: sender, receiver, the
-- record it concerns, its legal ground, the statutory clock and its states derived from facts by
-- @aldyn/law (sent → received → accepted, or declined with a reason and re-routed → answered).
-- One table, one state machine, one inbox per body, one overdue sweep.

CREATE TABLE handoff (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  ground text NOT NULL CONSTRAINT handoff_ground_identifier CHECK (ground ~ '^[a-z0-9_]+\.[a-z0-9_]+$'),
  article text NOT NULL CONSTRAINT handoff_article_cited CHECK (article ~ '^00[0-9] Art\. '),
  clock text CONSTRAINT handoff_clock_known
    CHECK (clock IN ('immediately', 'hours_12', 'hours_24', 'working_day_1', 'working_days_3', 'month_1')),
  sender_body_id uuid NOT NULL REFERENCES body(id),
  receiver_body_id uuid NOT NULL REFERENCES body(id),
  record_type text NOT NULL CONSTRAINT handoff_record_type_known
    CHECK (record_type IN ('citizen_report', 'person', 'measure', 'register_entry')),
  record_id uuid NOT NULL,
  territory_path text NOT NULL,
  event_at timestamptz NOT NULL,
  sent_at timestamptz NOT NULL,
  due_at timestamptz NOT NULL,
  state text NOT NULL DEFAULT 'sent' CONSTRAINT handoff_state_known
    CHECK (state IN ('sent', 'received', 'accepted', 'declined', 'answered')),
  received_at timestamptz,
  received_by uuid REFERENCES app_user(id),
  accepted_at timestamptz,
  declined_at timestamptz,
  decline_reason text,
  answered_at timestamptz,
  outcome text,
  rerouted_from_id uuid REFERENCES handoff(id),
  sent_by uuid REFERENCES app_user(id),
  overdue_notified_at timestamptz,
  version integer NOT NULL DEFAULT 1 CONSTRAINT handoff_version_positive CHECK (version > 0),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  -- The projection agrees with the facts it is derived from (@aldyn/law deriveHandoff); a hand-off
  -- its sender withdrew (declined, modules/handoffs/withdraw-handoffs.ts) may never have been received.
  CONSTRAINT handoff_state_projection CHECK (
    (state <> 'sent' OR received_at IS NULL)
    AND (state NOT IN ('received', 'accepted', 'answered') OR received_at IS NOT NULL)
    AND (state = 'declined') = (declined_at IS NOT NULL)
    AND (state = 'answered') = (answered_at IS NOT NULL)
    AND (state <> 'accepted' OR accepted_at IS NOT NULL)
  ),
  -- A decline states its reason; an answer follows acceptance and states what was done (mayAddHandoffFact).
  CONSTRAINT handoff_decline_has_reason CHECK (declined_at IS NULL OR length(btrim(decline_reason)) > 0),
  CONSTRAINT handoff_answer_after_acceptance CHECK (
    answered_at IS NULL OR (accepted_at IS NOT NULL AND length(btrim(outcome)) > 0)
  ),
  CONSTRAINT handoff_not_own_reroute CHECK (rerouted_from_id IS NULL OR rerouted_from_id <> id)
);
COMMENT ON TABLE handoff IS 'A record sent by one body to another on a legal ground with a statutory clock (ARCHITECTURE.md "Hand-offs between bodies"; 001 Arts. 39(3), 51(3), 72(3)(2), 78(4), 80(10)(4), 80(11), 81(11)(4)); state and timestamps are a projection of handoff_fact derived by @aldyn/law (deriveHandoff).';
COMMENT ON COLUMN handoff.ground IS 'The law package''s ground code (HANDOFF_GROUND_CODES), e.g. official_warning.prosecutor_copy.';
COMMENT ON COLUMN handoff.article IS 'The provision that makes the hand-off a duty, e.g. 001 Art. 51(3).';
COMMENT ON COLUMN handoff.clock IS 'The statutory clock from the event (HANDOFF_CLOCKS); null when the domain set the due date (a release notice one month before a stay ends, 001 Art. 80(10)(4)).';
COMMENT ON COLUMN handoff.sender_body_id IS 'The body whose duty it was to tell, send or submit.';
COMMENT ON COLUMN handoff.receiver_body_id IS 'The body told: the competent body of the ground''s type covering the record''s territory, or the one a decline re-routed to.';
COMMENT ON COLUMN handoff.record_type IS 'What the hand-off is about; what the receiver may read of the record is decided by its own access rules, not by the hand-off.';
COMMENT ON COLUMN handoff.territory_path IS 'The record''s territory at sending (figures by territory).';
COMMENT ON COLUMN handoff.event_at IS 'The event the clock runs from (an issuance, a refusal, a report''s receipt); a re-route keeps the original''s.';
COMMENT ON COLUMN handoff.sent_at IS 'When it was sent (the sender''s duty performed then, e.g. 001 Art. 51(3)).';
COMMENT ON COLUMN handoff.due_at IS 'The instant after which, not yet received (acknowledged) by the receiver, it is overdue (handoffDueAt of the clock, or the domain''s due date); a re-route keeps the original''s.';
COMMENT ON COLUMN handoff.state IS 'Derived: sent, received (acknowledged by a user of the receiving body), accepted, declined (with a reason), answered.';
COMMENT ON COLUMN handoff.received_by IS 'The user of the receiving body who acknowledged it; null when received outside the system (a hand-off migrated from a duty recorded done before 0028).';
COMMENT ON COLUMN handoff.decline_reason IS 'Why the receiving body declined (required; 001 Art. 39(3): only facts within its competence are its to act on).';
COMMENT ON COLUMN handoff.outcome IS 'What the receiving body did, given with its answer.';
COMMENT ON COLUMN handoff.rerouted_from_id IS 'The declined hand-off this one re-routes to another body (the original clock keeps running).';
COMMENT ON COLUMN handoff.overdue_notified_at IS 'When the overdue sweep told the receiving body''s heads and the sender that it was not acknowledged in time (once per hand-off).';
COMMENT ON COLUMN handoff.sent_by IS 'The user who sent it (whose act performed the sender''s duty).';
-- A body's inbox by state and due date, its outbox by time of sending, the overdue sweep over the unacknowledged.
CREATE INDEX handoff_inbox ON handoff (receiver_body_id, state, due_at);
CREATE INDEX handoff_inbox_due ON handoff (receiver_body_id, due_at, id);
CREATE INDEX handoff_outbox ON handoff (sender_body_id, sent_at);
CREATE INDEX handoff_outbox_due ON handoff (sender_body_id, due_at, id);
CREATE INDEX handoff_overdue ON handoff (due_at) WHERE state = 'sent';
CREATE INDEX handoff_overdue_unnotified ON handoff (due_at) WHERE state = 'sent' AND overdue_notified_at IS NULL;
CREATE INDEX handoff_record ON handoff (record_type, record_id);
CREATE INDEX handoff_rerouted_from ON handoff (rerouted_from_id) WHERE rerouted_from_id IS NOT NULL;

CREATE TABLE handoff_fact (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  handoff_id uuid NOT NULL REFERENCES handoff(id),
  seq integer NOT NULL CONSTRAINT handoff_fact_seq_non_negative CHECK (seq >= 0),
  type text NOT NULL CONSTRAINT handoff_fact_type_known
    CHECK (type IN ('sent', 'received', 'accepted', 'declined', 'answered')),
  at timestamptz NOT NULL,
  data jsonb NOT NULL DEFAULT '{}' CONSTRAINT handoff_fact_data_object CHECK (jsonb_typeof(data) = 'object'),
  recorded_by uuid REFERENCES app_user(id),
  recorded_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT handoff_fact_seq_unique UNIQUE (handoff_id, seq)
);
COMMENT ON TABLE handoff_fact IS 'Append-only facts of a hand-off (@aldyn/law HANDOFF_FACT_TYPES): sent, received, accepted, declined, answered.';
COMMENT ON COLUMN handoff_fact.data IS 'The fact''s own fields: reason and reroutedToId of a decline, outcome of an answer, outsideSystem for a receipt recorded by migration 0028.';
COMMENT ON COLUMN handoff_fact.recorded_by IS 'The user who recorded it; null for facts written by migration 0028 from a duty recorded done before hand-offs existed.';
CREATE TRIGGER handoff_fact_no_change BEFORE UPDATE OR DELETE ON handoff_fact
  FOR EACH ROW EXECUTE FUNCTION legal_fact_append_only();
CREATE TRIGGER handoff_fact_no_truncate BEFORE TRUNCATE ON handoff_fact
  FOR EACH STATEMENT EXECUTE FUNCTION legal_fact_append_only();

CREATE TABLE handoff_notice_outbox (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  handoff_id uuid NOT NULL REFERENCES handoff(id),
  receiver_body_id uuid NOT NULL REFERENCES body(id),
  channel text NOT NULL CONSTRAINT handoff_notice_channel_known CHECK (channel IN ('email', 'sms')),
  text text NOT NULL CONSTRAINT handoff_notice_text_length CHECK (length(text) BETWEEN 1 AND 1000),
  status text NOT NULL DEFAULT 'pending' CONSTRAINT handoff_notice_status_known
    CHECK (status IN ('pending', 'sent', 'failed')),
  attempts integer NOT NULL DEFAULT 0,
  created_at timestamptz NOT NULL DEFAULT now(),
  sent_at timestamptz
);
COMMENT ON TABLE handoff_notice_outbox IS 'A hand-off''s notice for a future e-mail or SMS gateway, which looks up the receiving body''s contact. The text names the ground, the article, the due instant and a link — never a person (R11).';
CREATE INDEX handoff_notice_pending ON handoff_notice_outbox (id) WHERE status = 'pending';
CREATE INDEX handoff_notice_handoff ON handoff_notice_outbox (handoff_id);

-- The overdue sweep tells the receiving body's heads and the sender once per hand-off (in-app).
ALTER TABLE notification DROP CONSTRAINT notification_kind_known;
ALTER TABLE notification ADD CONSTRAINT notification_kind_known
  CHECK (kind IN ('check_due', 'check_overdue', 'duty_due', 'duty_overdue', 'login_failures', 'handoff_overdue'));
ALTER TABLE notification DROP CONSTRAINT notification_record_type_known;
ALTER TABLE notification ADD CONSTRAINT notification_record_type_known
  CHECK (record_type IN ('measure', 'register_entry', 'user', 'handoff'));
ALTER TABLE notification ADD CONSTRAINT notification_handoff_shape
  CHECK ((kind = 'handoff_overdue') = (record_type = 'handoff'));
COMMENT ON COLUMN notification.code IS 'What is due: control_check, the law package duty code, or a hand-off''s ground (handoff_overdue).';

-- The receiving body of a type for a record's territory: the body of that type whose territory
-- covers the path, nearest first (district, then region, then the Republic); of two at one level the
-- oldest. The server's findCompetentBody (modules/handoffs/competent-body.ts) asks the same.
CREATE FUNCTION handoff_competent_body(p_type text, p_path text) RETURNS uuid
LANGUAGE sql STABLE AS $$
  SELECT b.id FROM body b JOIN territory t ON t.id = b.territory_id
   WHERE b.type = p_type AND (p_path = t.path OR p_path LIKE t.path || '.%')
   ORDER BY length(t.path) DESC, b.created_at, b.id
   LIMIT 1
$$;

-- The duties of measures that are messages between bodies become hand-offs (001 Arts. 51(3), 78(4),
-- 80(10)(4), 80(11), 81(11)(4), 81(12)). A duty recorded done before this migration was performed
-- outside the system: its hand-off is written as sent at the instant of the fact that performed it, by
-- its recorder's body, and received then too (outsideSystem: the paper copy reached the receiver; what
-- the receiver did with it is not known, so it stays 'received'). An open duty needs nothing here: its
-- hand-off is sent when the official records the fact (modules/handoffs/measure-handoffs.ts).
-- The 72(3)(2) copy of a protective order had no duty before: it starts with the orders issued now.
-- Set-based (one statement per run; the receivers resolved once per territory and type, not per
-- row) and idempotent (a duty whose hand-off exists is skipped), so the synthetic and demo loaders
-- that write measures with the triggers off call it again after their batches.
-- Due instants are the duties' own, derived by the law — except the 78(4) referral, whose duty has no
-- term: its hand-off takes the law's reading of three working days (HANDOFF_GROUNDS), counted here
-- on Monday-Friday (the holiday calendar lives in the law package, not in SQL; these hand-offs are
-- received already, so the due instant only dates them).
CREATE FUNCTION handoff_backfill_measures() RETURNS integer
LANGUAGE plpgsql AS $$
DECLARE
  n integer;
BEGIN
  WITH grounds (duty_code, ground, article, clock, receiver_type, fact_type, notice_to, event_type) AS (
    VALUES
      ('official_warning.prosecutor_copy', 'official_warning.prosecutor_copy', '001 Art. 51(3)', 'hours_24',
       'prosecutor_office', 'prosecutor_notified', NULL, 'issued'),
      ('pedagogical_support.refusal_to_commission', 'pedagogical_support.refusal_referral', '001 Art. 78(4)',
       'working_days_3', 'minors_commission', 'submitted_to_commission', NULL, 'representative_refused'),
      ('special_education_referral.release_notice_commission_on_minors', 'special_education.release_notice',
       '001 Art. 80(10)(4)', NULL, 'minors_commission', 'notice_sent', 'commission_on_minors', NULL),
      ('special_regime_referral.release_notice_commission_on_minors', 'special_regime.release_notice',
       '001 Art. 81(11)(4)', NULL, 'minors_commission', 'notice_sent', 'commission_on_minors', NULL),
      ('special_regime_referral.release_notice_internal_affairs', 'special_regime.release_notice',
       '001 Art. 81(11)(4)', NULL, 'police_department', 'notice_sent', 'internal_affairs', NULL),
      ('special_education_referral.akimat_submission', 'returned_minor.commission_submission',
       '001 Art. 80(11)', 'working_days_3', 'minors_commission', 'submitted_to_commission', NULL, 'returned_home'),
      ('special_regime_referral.akimat_submission', 'returned_minor.commission_submission',
       '001 Art. 80(11)', 'working_days_3', 'minors_commission', 'submitted_to_commission', NULL, 'returned_home')
  ),
  done AS (
    SELECT d.measure_id, d.done_at, d.due_at, m.territory_path, m.issued_at, m.issuer_body_id, g.*
      FROM measure_duty d
      JOIN grounds g ON g.duty_code = d.code
      JOIN measure m ON m.id = d.measure_id
     WHERE d.done_at IS NOT NULL
       AND NOT EXISTS (SELECT 1 FROM handoff h
                        WHERE h.record_type = 'measure' AND h.record_id = d.measure_id AND h.ground = g.ground
                          AND h.rerouted_from_id IS NULL
                          AND (g.notice_to IS NULL OR h.receiver_body_id IN (
                                SELECT b.id FROM body b WHERE b.type = g.receiver_type)))
  ),
  receivers AS (
    SELECT p.territory_path, p.receiver_type, handoff_competent_body(p.receiver_type, p.territory_path) AS body_id
      FROM (SELECT DISTINCT territory_path, receiver_type FROM done) p
  ),
  todo AS (
    SELECT gen_random_uuid() AS id, d.*, r.body_id AS receiver_body_id,
           coalesce(u.body_id, d.issuer_body_id) AS sender_body_id, f.recorded_by,
           coalesce(CASE WHEN d.event_type = 'issued' THEN d.issued_at END, ev.at, d.done_at) AS event_at
      FROM done d
      JOIN receivers r ON r.territory_path = d.territory_path AND r.receiver_type = d.receiver_type
      LEFT JOIN LATERAL (
        SELECT mf.recorded_by FROM measure_fact mf
         WHERE mf.measure_id = d.measure_id AND mf.type = d.fact_type AND mf.at = d.done_at
           AND (d.notice_to IS NULL OR mf.data ->> 'to' = d.notice_to)
         ORDER BY mf.seq LIMIT 1) f ON true
      LEFT JOIN app_user u ON u.id = f.recorded_by
      LEFT JOIN LATERAL (
        SELECT mf.at FROM measure_fact mf
         WHERE d.event_type IS NOT NULL AND d.event_type <> 'issued'
           AND mf.measure_id = d.measure_id AND mf.type = d.event_type AND mf.at <= d.done_at
         ORDER BY mf.at DESC, mf.seq DESC LIMIT 1) ev ON true
     WHERE r.body_id IS NOT NULL
  ),
  timed AS (
    SELECT todo.*,
           coalesce(todo.due_at, (
             -- The end (Almaty) of the third weekday after the event's day.
             SELECT ((s.day::date + 1)::timestamp AT TIME ZONE 'Asia/Almaty') - interval '1 millisecond'
               FROM generate_series(((todo.event_at AT TIME ZONE 'Asia/Almaty')::date + 1)::timestamp,
                                    ((todo.event_at AT TIME ZONE 'Asia/Almaty')::date + 9)::timestamp,
                                    interval '1 day') AS s(day)
              WHERE extract(isodow FROM s.day) < 6
              ORDER BY s.day OFFSET 2 LIMIT 1)) AS handoff_due_at
      FROM todo
  ),
  ins AS (
    INSERT INTO handoff (id, ground, article, clock, sender_body_id, receiver_body_id, record_type, record_id,
                         territory_path, event_at, sent_at, due_at, state, received_at, sent_by)
    SELECT t.id, t.ground, t.article, t.clock, t.sender_body_id, t.receiver_body_id, 'measure', t.measure_id,
           t.territory_path, t.event_at, t.done_at, t.handoff_due_at, 'received', t.done_at,
           t.recorded_by
      FROM timed t
    RETURNING id, sent_at, sent_by
  ),
  facts AS (
    INSERT INTO handoff_fact (handoff_id, seq, type, at, data, recorded_by)
    SELECT id, 0, 'sent', sent_at, '{"migrated": true}'::jsonb, sent_by FROM ins
    UNION ALL
    SELECT id, 1, 'received', sent_at, '{"migrated": true, "outsideSystem": true}'::jsonb, NULL FROM ins
    RETURNING 1
  )
  SELECT count(*) INTO n FROM ins;
  RETURN n;
END $$;
COMMENT ON FUNCTION handoff_backfill_measures() IS 'Writes the hand-offs of measure duties recorded done without one (migration 0028): sent and received at the duty''s performing fact. Idempotent; the synthetic and demo loaders call it after writing measures with triggers off.';

SELECT handoff_backfill_measures();
