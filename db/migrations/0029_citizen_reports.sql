-- Reports from citizens and organisations (R6): a citizen's right to report infractions and persons
-- prone to them to the state bodies (001 Art. 6(4)), with photo and video of them (6(5)), received on a
-- public web page, a hotline (71(8)), a messenger bot, or in person at any body; every report is
-- reviewed and answered (49(2)), and the bodies competent for its facts are informed (39(3)) through
-- hand-offs (migration 0028). The whole record is here, triage's columns included (category, urgency,
-- flags, lock, duplicate): triage and routing write them, nothing else changes the table's shape.
-- Facts in, state out (ARCHITECTURE.md): what happened to a report is an append-only fact; status and
-- the answer's dates are projections kept in the same transaction.

-- Registration numbers: one series per region (or the Republic, while the region is unknown) and
-- year, "ABA-12/2026" — the register of reports the region's triage keeps, whatever the channel. Given
-- by a trigger in the inserting statement, as the documents' numbers are (migration 0026): a report
-- that rolls back takes its number back, and two reports filed at once get consecutive numbers.
CREATE TABLE citizen_report_counter (
  series text NOT NULL CONSTRAINT citizen_report_counter_series_code CHECK (series ~ '^[A-Z]{2,5}$'),
  year integer NOT NULL CONSTRAINT citizen_report_counter_year_plausible CHECK (year BETWEEN 2000 AND 2200),
  last_number integer NOT NULL CONSTRAINT citizen_report_counter_positive CHECK (last_number > 0),
  CONSTRAINT citizen_report_counter_pkey PRIMARY KEY (series, year)
);
COMMENT ON TABLE citizen_report_counter IS 'The last registration number of reports from citizens given in a region (or the Republic) in a year; the next report gets last_number + 1 (R6).';
COMMENT ON COLUMN citizen_report_counter.series IS 'The territory code of the series: a region''s (ABA) or the Republic''s (KZ) while the report''s region is unknown.';
COMMENT ON COLUMN citizen_report_counter.year IS 'The year of receipt in Asia/Almaty.';

CREATE TABLE citizen_report (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  registration_number text NOT NULL
    CONSTRAINT citizen_report_registration_number_format CHECK (registration_number ~ '^[A-Z]{2,5}-[1-9][0-9]*/[0-9]{4}$'),
  channel text NOT NULL
    CONSTRAINT citizen_report_channel_known CHECK (channel IN ('web', 'hotline', 'messenger', 'in_person')),
  received_at timestamptz NOT NULL,
  occurred_at timestamptz,
  taken_by_body_id uuid REFERENCES body(id),
  territory_path text NOT NULL CONSTRAINT citizen_report_territory_path_shape CHECK (territory_path ~ '^KZ(\.[A-Z0-9]+){0,2}$'),
  district_id uuid REFERENCES territory(id),
  location_text text CONSTRAINT citizen_report_location_text_length CHECK (length(location_text) BETWEEN 1 AND 500),
  lat double precision CONSTRAINT citizen_report_lat_range CHECK (lat BETWEEN -90 AND 90),
  lon double precision CONSTRAINT citizen_report_lon_range CHECK (lon BETWEEN -180 AND 180),
  description text NOT NULL CONSTRAINT citizen_report_description_length CHECK (length(description) BETWEEN 1 AND 10000),
  reporter_name text CONSTRAINT citizen_report_reporter_name_length CHECK (length(reporter_name) BETWEEN 1 AND 200),
  reporter_phone text CONSTRAINT citizen_report_reporter_phone_length CHECK (length(reporter_phone) BETWEEN 1 AND 40),
  reporter_email text CONSTRAINT citizen_report_reporter_email_length CHECK (length(reporter_email) BETWEEN 3 AND 254),
  anonymous boolean NOT NULL DEFAULT false,
  callback_consent boolean NOT NULL DEFAULT false,
  call_at timestamptz,
  messenger_chat_id text CONSTRAINT citizen_report_messenger_chat_id_length CHECK (length(messenger_chat_id) BETWEEN 1 AND 64),
  messenger_file_ids text[] NOT NULL DEFAULT '{}',
  tracking_code_hash text NOT NULL CONSTRAINT citizen_report_tracking_code_hash_hex CHECK (tracking_code_hash ~ '^[0-9a-f]{64}$'),
  category text CONSTRAINT citizen_report_category_identifier CHECK (category ~ '^[a-z_]+$'),
  urgency text CONSTRAINT citizen_report_urgency_known CHECK (urgency IN ('immediate', 'urgent', 'routine')),
  flags text[] NOT NULL DEFAULT '{}'
    CONSTRAINT citizen_report_flags_known CHECK (flags <@ ARRAY['minor_involved', 'domestic_violence', 'threat_to_life']::text[]),
  status text NOT NULL DEFAULT 'received'
    CONSTRAINT citizen_report_status_known CHECK (status IN ('received', 'triaged', 'routed', 'answered', 'closed')),
  answer_due_at timestamptz NOT NULL,
  answered_at timestamptz,
  lock_user_id uuid REFERENCES app_user(id),
  lock_expires_at timestamptz,
  duplicate_of_id uuid REFERENCES citizen_report(id),
  created_by uuid REFERENCES app_user(id),
  version integer NOT NULL DEFAULT 1 CONSTRAINT citizen_report_version_positive CHECK (version > 0),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT citizen_report_registration_number_unique UNIQUE (registration_number),
  CONSTRAINT citizen_report_tracking_code_unique UNIQUE (tracking_code_hash),
  -- A report on the web page or through the bot reaches no body's official until triage; one taken by
  -- telephone or in person is the receiving body's (001 Art. 71(8)).
  CONSTRAINT citizen_report_taken_by_channel CHECK ((channel IN ('web', 'messenger')) = (taken_by_body_id IS NULL)),
  CONSTRAINT citizen_report_point_whole CHECK ((lat IS NULL) = (lon IS NULL)),
  -- What the reporter tells happened before they told it (a few minutes' leeway for clocks).
  CONSTRAINT citizen_report_occurred_before_received CHECK (occurred_at <= received_at + interval '5 minutes'),
  -- An anonymous reporter left no name and no way to be reached; the answer is read by the code.
  CONSTRAINT citizen_report_anonymous_no_contacts CHECK (NOT anonymous OR (reporter_name IS NULL AND reporter_phone IS NULL AND reporter_email IS NULL)),
  CONSTRAINT citizen_report_call_time_hotline CHECK ((channel = 'hotline') = (call_at IS NOT NULL)),
  CONSTRAINT citizen_report_chat_messenger CHECK ((channel = 'messenger') = (messenger_chat_id IS NOT NULL)),
  CONSTRAINT citizen_report_lock_whole CHECK ((lock_user_id IS NULL) = (lock_expires_at IS NULL)),
  CONSTRAINT citizen_report_not_own_duplicate CHECK (duplicate_of_id <> id)
);
COMMENT ON TABLE citizen_report IS 'A report of a citizen or organisation about an infraction, its threat or a person prone to infractions (001 Art. 6(4); a ground of individual prevention, 49(1)(1)), whatever the channel; reviewed and answered (49(2)) (R6).';
COMMENT ON COLUMN citizen_report.registration_number IS 'The number in the region''s register of reports, "<region code>-<seq>/<year>" (ABA-12/2026; KZ-… while the region is unknown); given at insert.';
COMMENT ON COLUMN citizen_report.channel IS 'How it came: web (the public page), hotline (a telephone line, 001 Art. 71(8)), messenger (the bot), in_person (at a body, entered by its official) (001 Art. 6(4)).';
COMMENT ON COLUMN citizen_report.received_at IS 'When the report reached the system or the official (the call''s end for a hotline); the answer''s term runs from it.';
COMMENT ON COLUMN citizen_report.occurred_at IS 'When the facts happened, as the reporter says (optional).';
COMMENT ON COLUMN citizen_report.taken_by_body_id IS 'The body whose official took the report by telephone or in person; null for the web page and the bot.';
COMMENT ON COLUMN citizen_report.territory_path IS 'Where the reported facts happened: the district''s path once known, else the region''s (or KZ); decides whose triage queue holds it (R11.1).';
COMMENT ON COLUMN citizen_report.district_id IS 'The district where the facts happened: chosen by the reporter, resolved from the point, or set in triage.';
COMMENT ON COLUMN citizen_report.location_text IS 'The place in the reporter''s words (address, landmark).';
COMMENT ON COLUMN citizen_report.lat IS 'The point the reporter gave (WGS 84), if any.';
COMMENT ON COLUMN citizen_report.description IS 'What the reporter tells: personal data of the reporter and of the persons described.';
COMMENT ON COLUMN citizen_report.reporter_name IS 'The reporter''s name, personal data (read_personal); null when anonymous or not given.';
COMMENT ON COLUMN citizen_report.reporter_phone IS 'The reporter''s telephone, personal data (read_personal).';
COMMENT ON COLUMN citizen_report.reporter_email IS 'The reporter''s e-mail, personal data (read_personal).';
COMMENT ON COLUMN citizen_report.anonymous IS 'The reporter chose not to be named: no name and no contacts are kept; the answer is read by the tracking code.';
COMMENT ON COLUMN citizen_report.callback_consent IS 'The caller agreed to be called back about the report (a hotline call).';
COMMENT ON COLUMN citizen_report.call_at IS 'When the hotline call was taken (hotline reports only).';
COMMENT ON COLUMN citizen_report.messenger_chat_id IS 'The bot''s chat the report came from (messenger reports only), where answers go; personal data.';
COMMENT ON COLUMN citizen_report.messenger_file_ids IS 'Telegram file_id of each photo or document sent to the bot (001 Art. 6(5)); the files stay on Telegram''s servers until fetched.';
COMMENT ON COLUMN citizen_report.tracking_code_hash IS 'sha-256 of the tracking code (at least 128 random bits) the reporter was shown once; the code itself is never stored.';
COMMENT ON COLUMN citizen_report.category IS 'Triage: the category of the closed list of the law package (REPORT_CATEGORIES), each mapped to the article that makes it a body''s duty.';
COMMENT ON COLUMN citizen_report.urgency IS 'Triage: immediate, urgent or routine (REPORT_URGENCIES); null until triaged.';
COMMENT ON COLUMN citizen_report.flags IS 'Triage: a minor involved, domestic violence, a threat to life (REPORT_FLAGS).';
COMMENT ON COLUMN citizen_report.status IS 'Projection of the facts: received, triaged, routed (hand-offs sent, 001 Art. 39(3)), answered (49(2)), closed.';
COMMENT ON COLUMN citizen_report.answer_due_at IS 'Projection: by when the reporter must be answered (law package reportAnswerDueAt, 001 Art. 49(2)).';
COMMENT ON COLUMN citizen_report.answered_at IS 'Projection: when the first answer was published to the reporter.';
COMMENT ON COLUMN citizen_report.lock_user_id IS 'The one official working on the report now (a lock that expires at lock_expires_at).';
COMMENT ON COLUMN citizen_report.duplicate_of_id IS 'The earlier report about the same facts this one repeats.';
COMMENT ON COLUMN citizen_report.created_by IS 'The official who entered it (hotline, in person); null for the public page and the bot.';
COMMENT ON COLUMN citizen_report.version IS 'Optimistic concurrency: every write increments it; a writer with an older version gets 409.';
-- The triage queue of a territory (open reports, oldest first) and the answers falling due.
CREATE INDEX citizen_report_queue ON citizen_report (territory_path text_pattern_ops, received_at)
  WHERE status IN ('received', 'triaged');
CREATE INDEX citizen_report_scope ON citizen_report (territory_path text_pattern_ops, received_at DESC);
CREATE INDEX citizen_report_answer_due ON citizen_report (answer_due_at) WHERE answered_at IS NULL;
CREATE INDEX citizen_report_chat ON citizen_report (messenger_chat_id, received_at DESC) WHERE messenger_chat_id IS NOT NULL;
CREATE INDEX citizen_report_duplicate_of ON citizen_report (duplicate_of_id) WHERE duplicate_of_id IS NOT NULL;

/** The series of a territory path: its region's code, or KZ for the Republic. */
CREATE FUNCTION citizen_report_series(p_path text) RETURNS text LANGUAGE sql IMMUTABLE AS $$
  SELECT coalesce(nullif(split_part(p_path, '.', 2), ''), split_part(p_path, '.', 1))
$$;

CREATE FUNCTION citizen_report_registration_number() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  s text := citizen_report_series(NEW.territory_path);
  y integer := extract(year FROM NEW.received_at AT TIME ZONE 'Asia/Almaty')::integer;
  n integer;
BEGIN
  IF NEW.registration_number IS NULL THEN
    INSERT INTO citizen_report_counter AS c (series, year, last_number) VALUES (s, y, 1)
    ON CONFLICT (series, year) DO UPDATE SET last_number = c.last_number + 1
    RETURNING c.last_number INTO n;
    NEW.registration_number := s || '-' || n || '/' || y;
  END IF;
  RETURN NEW;
END $$;
CREATE TRIGGER citizen_report_registration_number BEFORE INSERT ON citizen_report
  FOR EACH ROW EXECUTE FUNCTION citizen_report_registration_number();

CREATE TABLE citizen_report_fact (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  report_id uuid NOT NULL REFERENCES citizen_report(id),
  seq integer NOT NULL CONSTRAINT citizen_report_fact_seq_non_negative CHECK (seq >= 0),
  type text NOT NULL CONSTRAINT citizen_report_fact_type_identifier CHECK (type ~ '^[a-z_]+$'),
  at timestamptz NOT NULL,
  data jsonb NOT NULL DEFAULT '{}' CONSTRAINT citizen_report_fact_data_object CHECK (jsonb_typeof(data) = 'object'),
  recorded_by uuid REFERENCES app_user(id),
  recorded_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT citizen_report_fact_seq_unique UNIQUE (report_id, seq)
);
COMMENT ON TABLE citizen_report_fact IS 'Append-only facts of a report: filed, added_by_reporter, triaged, routed, rerouted, answered, answer_published, linked_measure, marked_duplicate, closed … (R6).';
COMMENT ON COLUMN citizen_report_fact.seq IS 'Position in the report''s list of facts, from 0.';
COMMENT ON COLUMN citizen_report_fact.at IS 'When it happened.';
COMMENT ON COLUMN citizen_report_fact.data IS 'The fact''s own fields (category, receivers, hand-off ids, answer text …); the reporter''s contacts are never copied here.';
COMMENT ON COLUMN citizen_report_fact.recorded_by IS 'The official who recorded it; null for the reporter''s own acts (the public page, the bot).';
CREATE TRIGGER citizen_report_fact_no_change BEFORE UPDATE OR DELETE ON citizen_report_fact
  FOR EACH ROW EXECUTE FUNCTION legal_fact_append_only();
CREATE TRIGGER citizen_report_fact_no_truncate BEFORE TRUNCATE ON citizen_report_fact
  FOR EACH STATEMENT EXECUTE FUNCTION legal_fact_append_only();

CREATE TABLE citizen_report_person (
  report_id uuid NOT NULL REFERENCES citizen_report(id),
  person_id uuid NOT NULL REFERENCES person(id),
  role text NOT NULL DEFAULT 'concerned'
    CONSTRAINT citizen_report_person_role_known CHECK (role IN ('concerned', 'subject', 'victim', 'minor', 'reporter', 'witness')),
  linked_by uuid REFERENCES app_user(id),
  linked_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT citizen_report_person_pkey PRIMARY KEY (report_id, person_id)
);
COMMENT ON TABLE citizen_report_person IS 'Persons of the registry a report concerns, linked in triage (R6).';
COMMENT ON COLUMN citizen_report_person.role IS 'How the report concerns the person: concerned (not yet said), subject (prone to infractions, 001 Art. 6(4)), victim, minor, reporter, witness.';
CREATE INDEX citizen_report_person_by_person ON citizen_report_person (person_id);

-- The bot's updates, once each: Telegram repeats an update until it gets a 200, so a repeat is
-- recognised by its update_id and changes nothing.
CREATE TABLE messenger_update (
  update_id bigint NOT NULL CONSTRAINT messenger_update_pkey PRIMARY KEY,
  received_at timestamptz NOT NULL DEFAULT now(),
  report_id uuid REFERENCES citizen_report(id)
);
COMMENT ON TABLE messenger_update IS 'Telegram Bot API updates already taken (by update_id), so a repeated delivery files nothing twice.';
COMMENT ON COLUMN messenger_update.report_id IS 'The report the update filed or added to; null when it filed nothing (a command, a location without a report).';

-- Replies of the bot, for the gateway that calls Telegram's sendMessage (nothing on this machine calls
-- it). A reply may carry the tracking code, so its text is erased once it is sent.
CREATE TABLE messenger_outbox (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  channel text NOT NULL DEFAULT 'telegram' CONSTRAINT messenger_outbox_channel_known CHECK (channel IN ('telegram')),
  chat_id text NOT NULL CONSTRAINT messenger_outbox_chat_id_length CHECK (length(chat_id) BETWEEN 1 AND 64),
  report_id uuid REFERENCES citizen_report(id),
  kind text NOT NULL CONSTRAINT messenger_outbox_kind_known CHECK (kind IN ('filed', 'added', 'help', 'refused', 'answer')),
  text text CONSTRAINT messenger_outbox_text_length CHECK (length(text) BETWEEN 1 AND 4096),
  status text NOT NULL DEFAULT 'pending' CONSTRAINT messenger_outbox_status_known CHECK (status IN ('pending', 'sent', 'failed')),
  attempts integer NOT NULL DEFAULT 0 CONSTRAINT messenger_outbox_attempts_non_negative CHECK (attempts >= 0),
  created_at timestamptz NOT NULL DEFAULT now(),
  sent_at timestamptz,
  CONSTRAINT messenger_outbox_text_until_sent CHECK ((status = 'sent') = (text IS NULL))
);
COMMENT ON TABLE messenger_outbox IS 'Messages the bot owes a chat (the tracking code of a report filed, a help text, an answer), for a gateway to send with Telegram''s sendMessage.';
COMMENT ON COLUMN messenger_outbox.text IS 'The message; erased when sent, as it may carry the tracking code (stored nowhere else).';
CREATE INDEX messenger_outbox_pending ON messenger_outbox (id) WHERE status = 'pending';

-- Files from the public page: an attachment may belong to a report, and one uploaded by the reporter
-- has no user (001 Art. 6(5)).
ALTER TABLE attachment DROP CONSTRAINT attachment_record_type_known;
ALTER TABLE attachment ADD CONSTRAINT attachment_record_type_known
  CHECK (record_type IN ('person', 'measure', 'register_entry', 'citizen_report'));
ALTER TABLE attachment ALTER COLUMN uploaded_by DROP NOT NULL;
ALTER TABLE attachment ADD CONSTRAINT attachment_uploader_known
  CHECK (uploaded_by IS NOT NULL OR record_type = 'citizen_report');
COMMENT ON COLUMN attachment.uploaded_by IS 'The user who uploaded it; null only for a file the reporter sent with a report from the public page.';
