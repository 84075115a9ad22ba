-- Families and incidents of domestic violence (R5; 001 Arts. 54, 72). A family — persons (families)
-- in difficult life situations, 001 Art. 54(1) — is an explicit record with its members; incidents,
-- registrations, assistance plans, shelter stays and outreach visits point to it, so repeat incidents
-- in one family are linked and counted. An incident is recorded by the police on a report or directly:
-- its victims, who committed it, the form (72(1)), place, time, children present, the immediate
-- response (72(3)(1)); the interested subjects are told within 24 hours (72(3)(2)) through hand-offs
-- (migration 0028) sent in the recording transaction; ensuring order while the victim removes
-- belongings (72(3)(3)) is an event on the incident. Everything here is victims' data, confidential by
-- type (access resource family_case; 001 Art. 83(2)); an incident's injury is health data.

CREATE TABLE family (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  territory_id uuid NOT NULL REFERENCES territory(id),
  label text NOT NULL CONSTRAINT family_label_length CHECK (length(btrim(label)) BETWEEN 1 AND 200),
  created_at timestamptz NOT NULL DEFAULT now(),
  created_by uuid NOT NULL REFERENCES app_user(id),
  created_body_id uuid NOT NULL REFERENCES body(id),
  version integer NOT NULL DEFAULT 1 CONSTRAINT family_version_positive CHECK (version > 0)
);
COMMENT ON TABLE family IS 'A person''s family as the prevention bodies know it (001 Art. 54(1): persons (families) in difficult life situations); incidents of domestic violence (72), registrations (54), assistance plans (55), shelter stays (10(2)(4)) and outreach visits (11) point to it. Victims'' data: confidential (001 Art. 83(2)).';
COMMENT ON COLUMN family.territory_id IS 'The district the family lives in: the access scope of its records (R11.1).';
COMMENT ON COLUMN family.label IS 'How the family is known (a surname); not a legal name.';
COMMENT ON COLUMN family.created_body_id IS 'The body whose user recorded the family.';
CREATE INDEX family_territory ON family (territory_id, created_at DESC);

CREATE TABLE family_member (
  family_id uuid NOT NULL REFERENCES family(id),
  person_id uuid NOT NULL REFERENCES person(id),
  relation text NOT NULL
    CONSTRAINT family_member_relation_known CHECK (relation IN ('victim', 'offender', 'child', 'parent', 'spouse', 'other')),
  since date NOT NULL,
  until date,
  CONSTRAINT family_member_until_after_since CHECK (until IS NULL OR until >= since),
  CONSTRAINT family_member_pkey PRIMARY KEY (family_id, person_id, relation)
);
COMMENT ON TABLE family_member IS 'A person of a family and how: victim, offender (the person who committed domestic violence, 001 Art. 72), child, parent, spouse, other. Ended (until) instead of deleted.';
COMMENT ON COLUMN family_member.until IS 'The day the person stopped being counted in the family (moved out, ended); null while a member.';
CREATE INDEX family_member_person ON family_member (person_id);

CREATE TABLE dv_incident (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  family_id uuid NOT NULL REFERENCES family(id),
  territory_id uuid NOT NULL REFERENCES territory(id),
  body_id uuid NOT NULL REFERENCES body(id),
  recorded_by uuid NOT NULL REFERENCES app_user(id),
  occurred_at timestamptz NOT NULL,
  reported_at timestamptz NOT NULL,
  place text NOT NULL CONSTRAINT dv_incident_place_length CHECK (length(btrim(place)) BETWEEN 1 AND 500),
  forms text[] NOT NULL
    CONSTRAINT dv_incident_forms_known CHECK (
      cardinality(forms) >= 1 AND forms <@ ARRAY['physical', 'psychological', 'sexual', 'economic']::text[]),
  children_present boolean NOT NULL,
  children_present_count integer
    CONSTRAINT dv_incident_children_count_plausible CHECK (children_present_count BETWEEN 0 AND 50),
  injury_recorded boolean NOT NULL,
  injury text CONSTRAINT dv_incident_injury_length CHECK (length(injury) BETWEEN 1 AND 4000),
  immediate_response text NOT NULL
    CONSTRAINT dv_incident_response_length CHECK (length(btrim(immediate_response)) BETWEEN 1 AND 4000),
  offender_person_id uuid REFERENCES person(id),
  citizen_report_id uuid REFERENCES citizen_report(id),
  repeat_number integer NOT NULL CONSTRAINT dv_incident_repeat_positive CHECK (repeat_number >= 1),
  notify_due_at timestamptz NOT NULL,
  version integer NOT NULL DEFAULT 1 CONSTRAINT dv_incident_version_positive CHECK (version > 0),
  created_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT dv_incident_reported_after_occurred CHECK (reported_at >= occurred_at),
  CONSTRAINT dv_incident_injury_only_recorded CHECK (injury IS NULL OR injury_recorded)
);
COMMENT ON TABLE dv_incident IS 'An incident of domestic violence recorded by the police (001 Art. 72): on a report from a citizen or directly. Victims'' data: confidential by type (001 Art. 83(2)).';
COMMENT ON COLUMN dv_incident.territory_id IS 'The district of the family at recording: the access scope (R11.1).';
COMMENT ON COLUMN dv_incident.body_id IS 'The police body whose officer recorded it (the sender of the 72(3)(2) notifications).';
COMMENT ON COLUMN dv_incident.occurred_at IS 'When the violence took place as established.';
COMMENT ON COLUMN dv_incident.reported_at IS 'When the report reached the police: the 24 hours of notifying the interested subjects run from it (001 Art. 72(3)(2)).';
COMMENT ON COLUMN dv_incident.place IS 'Where it happened; often the family''s dwelling: victims'' data (001 Art. 83(2)).';
COMMENT ON COLUMN dv_incident.forms IS 'The forms of domestic violence (001 Art. 72(1)): physical, psychological, sexual, economic; at least one.';
COMMENT ON COLUMN dv_incident.children_present IS 'A child was present or is a victim: guardianship and the commission on minors'' affairs are told too (001 Art. 72(3)(2)).';
COMMENT ON COLUMN dv_incident.children_present_count IS 'How many children were present where they are not named as persons.';
COMMENT ON COLUMN dv_incident.injury_recorded IS 'An injury was recorded: the healthcare body is told too (001 Art. 72(3)(2)).';
COMMENT ON COLUMN dv_incident.injury IS 'The description of the injury: health data, behind the health barrier (001 Art. 83(2); R11.1).';
COMMENT ON COLUMN dv_incident.immediate_response IS 'What the police did at once on the report (001 Art. 72(3)(1)).';
COMMENT ON COLUMN dv_incident.offender_person_id IS 'The person who committed the violence, when known.';
COMMENT ON COLUMN dv_incident.citizen_report_id IS 'The citizen''s report the incident was recorded on (001 Art. 6(4)).';
COMMENT ON COLUMN dv_incident.repeat_number IS 'The incident''s number among the family''s incidents by occurred_at (1 = first): repeat incidents are counted (001 Art. 72(4)).';
COMMENT ON COLUMN dv_incident.notify_due_at IS 'reported_at + 24 hours: when the interested subjects must have been told (001 Art. 72(3)(2)).';
CREATE INDEX dv_incident_territory ON dv_incident (territory_id, reported_at DESC, id);
CREATE INDEX dv_incident_family ON dv_incident (family_id, occurred_at);
CREATE INDEX dv_incident_report ON dv_incident (citizen_report_id) WHERE citizen_report_id IS NOT NULL;

CREATE TABLE dv_incident_person (
  incident_id uuid NOT NULL REFERENCES dv_incident(id),
  person_id uuid NOT NULL REFERENCES person(id),
  role text NOT NULL
    CONSTRAINT dv_incident_person_role_known CHECK (role IN ('victim', 'child_victim', 'child_present', 'offender')),
  CONSTRAINT dv_incident_person_pkey PRIMARY KEY (incident_id, person_id, role)
);
COMMENT ON TABLE dv_incident_person IS 'Persons an incident names: victims (a child victim apart), children present, the person who committed it (001 Art. 72).';
CREATE INDEX dv_incident_person_person ON dv_incident_person (person_id);

CREATE TABLE dv_incident_event (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  incident_id uuid NOT NULL REFERENCES dv_incident(id),
  seq integer NOT NULL CONSTRAINT dv_incident_event_seq_non_negative CHECK (seq >= 0),
  type text NOT NULL
    CONSTRAINT dv_incident_event_type_known CHECK (type IN ('responded', 'belongings_removal_secured', 'measure_linked', 'note')),
  at timestamptz NOT NULL,
  note text CONSTRAINT dv_incident_event_note_length CHECK (length(note) BETWEEN 1 AND 4000),
  measure_id uuid REFERENCES measure(id),
  recorded_by uuid NOT NULL REFERENCES app_user(id),
  recorded_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT dv_incident_event_seq_unique UNIQUE (incident_id, seq),
  CONSTRAINT dv_incident_event_measure_linked CHECK ((type = 'measure_linked') = (measure_id IS NOT NULL))
);
COMMENT ON TABLE dv_incident_event IS 'Append-only events of an incident (@aldyn/law INCIDENT_EVENT_TYPES): the immediate response (001 Art. 72(3)(1)), order ensured while the victim removed hygiene items, seasonal clothing and identity documents from the shared dwelling (72(3)(3)), a measure linked, a note.';
COMMENT ON COLUMN dv_incident_event.measure_id IS 'The measure a measure_linked event links (a protective order, a restraining order, a registration).';
CREATE TRIGGER dv_incident_event_no_change BEFORE UPDATE OR DELETE ON dv_incident_event
  FOR EACH ROW EXECUTE FUNCTION legal_fact_append_only();
CREATE TRIGGER dv_incident_event_no_truncate BEFORE TRUNCATE ON dv_incident_event
  FOR EACH STATEMENT EXECUTE FUNCTION legal_fact_append_only();

CREATE TABLE dv_incident_measure (
  incident_id uuid NOT NULL REFERENCES dv_incident(id),
  measure_id uuid NOT NULL REFERENCES measure(id),
  linked_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT dv_incident_measure_pkey PRIMARY KEY (incident_id, measure_id)
);
COMMENT ON TABLE dv_incident_measure IS 'Measures taken on an incident: a protective order (001 Art. 60), a restraining order, an administrative penalty, a registration (54).';
CREATE INDEX dv_incident_measure_measure ON dv_incident_measure (measure_id);

CREATE TABLE family_measure (
  family_id uuid NOT NULL REFERENCES family(id),
  measure_id uuid NOT NULL REFERENCES measure(id),
  linked_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT family_measure_pkey PRIMARY KEY (family_id, measure_id)
);
COMMENT ON TABLE family_measure IS 'Measures concerning a family: the registration of a person (family) in a difficult life situation (001 Art. 54(1)), the individual assistance plan (55(1)), measures taken on its incidents.';
CREATE INDEX family_measure_measure ON family_measure (measure_id);

-- A person named as a victim (or a child) of an incident is a victim whose card is confidential (001
-- Art. 83(2)), as a protective order's victim is (person_confidential, migration 0021, which requires
-- a measure): the case record that named the person is kept instead.
CREATE TABLE person_confidential_case (
  person_id uuid NOT NULL REFERENCES person(id),
  barrier text NOT NULL CONSTRAINT person_confidential_case_barrier_known CHECK (barrier IN ('victim', 'health')),
  article text NOT NULL,
  record_type text NOT NULL
    CONSTRAINT person_confidential_case_record_type_known CHECK (record_type IN ('dv_incident', 'family', 'victim_record', 'shelter_stay', 'outreach_visit')),
  record_id uuid NOT NULL,
  marked_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT person_confidential_case_pkey PRIMARY KEY (person_id, barrier, record_type, record_id)
);
COMMENT ON TABLE person_confidential_case IS 'Persons whose whole card is confidential because a family case names them as a victim (001 Arts. 72, 83(2)): an incident of domestic violence, the centre''s record of victims (10(2)(10)), a shelter stay, an outreach visit.';
COMMENT ON COLUMN person_confidential_case.record_type IS 'The kind of case record that named the person (the reason of the mark).';
COMMENT ON COLUMN person_confidential_case.record_id IS 'The case record that named the person.';

CREATE OR REPLACE FUNCTION person_confidential_barriers(p_person uuid) RETURNS text[]
LANGUAGE plpgsql STABLE AS $$
DECLARE
  root uuid := p_person;
  next uuid;
  records uuid[];
  frontier uuid[];
  hops integer := 0;
BEGIN
  LOOP -- up to the kept record
    SELECT merged_into INTO next FROM person WHERE id = root;
    EXIT WHEN next IS NULL OR hops >= 100;
    root := next;
    hops := hops + 1;
  END LOOP;
  records := ARRAY[root];
  frontier := records;
  LOOP -- down to every record merged into it (person_merged_into)
    SELECT array_agg(id) INTO frontier FROM person WHERE merged_into = ANY (frontier);
    EXIT WHEN frontier IS NULL OR hops >= 100;
    records := records || frontier;
    hops := hops + 1;
  END LOOP;
  RETURN ARRAY(
    SELECT DISTINCT barrier FROM (
      SELECT barrier FROM person_confidential WHERE person_id = ANY (records)
      UNION ALL SELECT barrier FROM person_confidential_case WHERE person_id = ANY (records)
    ) b ORDER BY barrier);
END
$$;
COMMENT ON FUNCTION person_confidential_barriers(uuid) IS 'The confidentiality barriers of a person''s card, across merged records: marks by measures (person_confidential) and by family cases (person_confidential_case) (R11.1; 001 Art. 83(2)).';

-- The persons list follows a case's mark as it follows a measure's (migration 0027).
CREATE TRIGGER person_overview_confidential_case AFTER INSERT OR DELETE ON person_confidential_case
  FOR EACH ROW EXECUTE FUNCTION person_overview_record_change();

-- The list's whole rebuild reads both kinds of marks (same body as 0027 but the barriers' CTE).
CREATE OR REPLACE FUNCTION person_overview_rebuild() RETURNS bigint
LANGUAGE plpgsql AS $$
DECLARE
  n bigint;
BEGIN
  TRUNCATE person_overview;
  WITH kept AS (
    SELECT id, person_kept_record(id) AS root FROM person WHERE merged_into IS NOT NULL
  ),
  ms AS (
    SELECT coalesce(k.root, x.person_id) AS pid, x.id, x.kind, x.issued_at, x.issuer_user_id
    FROM measure x LEFT JOIN kept k ON k.id = x.person_id
    WHERE x.person_id IS NOT NULL
      AND NOT EXISTS (SELECT 1 FROM measure_confidential c WHERE c.measure_id = x.id AND c.field = '*')
  ),
  m AS (
    SELECT pid, (array_agg(kind ORDER BY issued_at DESC, id DESC))[1] AS last_kind,
      max(issued_at) AS last_at,
      (array_agg(issuer_user_id ORDER BY issued_at DESC, id DESC))[1] AS issuer,
      bit_or(measure_kind_bit(kind)) AS kind_bits
    FROM ms GROUP BY pid
  ),
  es AS (
    SELECT coalesce(k.root, y.person_id) AS pid, y.id, y.ground, y.placed_on, y.placed_by_user,
      coalesce(register_count_off_day(y.placed_on, y.last_day, y.auto_end_on), 'infinity') AS off_day
    FROM register_entry y LEFT JOIN kept k ON k.id = y.person_id
    WHERE y.status = 'active'
  ),
  e AS (
    SELECT pid, array_agg(ground ORDER BY placed_on DESC, id) AS grounds,
      array_agg(off_day ORDER BY placed_on DESC, id) AS off_days, max(off_day) AS until,
      (array_agg(placed_by_user ORDER BY placed_on DESC, id))[1] AS placer
    FROM es GROUP BY pid
  ),
  b AS (
    SELECT coalesce(k.root, c.person_id) AS pid, array_agg(DISTINCT c.barrier ORDER BY c.barrier) AS barriers
    FROM (
      SELECT person_id, barrier FROM person_confidential
      UNION ALL SELECT person_id, barrier FROM person_confidential_case
    ) c LEFT JOIN kept k ON k.id = c.person_id
    GROUP BY 1
  )
  INSERT INTO person_overview
  SELECT p.id, p.territory_id, p.last_name_cyr, p.first_name_cyr, p.birth_date, m.last_kind, m.last_at,
    coalesce(m.kind_bits, 0), coalesce(e.grounds, '{}'), coalesce(e.off_days, '{}'), e.until,
    coalesce(e.placer, m.issuer), coalesce(b.barriers, '{}')
  FROM person p LEFT JOIN m ON m.pid = p.id LEFT JOIN e ON e.pid = p.id LEFT JOIN b ON b.pid = p.id
  WHERE p.merged_into IS NULL;
  GET DIAGNOSTICS n = ROW_COUNT;
  RETURN n;
END
$$;
COMMENT ON FUNCTION person_overview_rebuild() IS 'Rebuilds person_overview whole, with the same rules as person_overview_source (migrations 0027, 0034); returns the rows written.';

-- Hand-offs about the new records (ARCHITECTURE.md "Hand-offs between bodies"): an incident's
-- notifications (001 Art. 72(3)(2)), an assistance plan's steps (55(1), 10(2)(2)), a mobile group's
-- information of violence (11(2)).
ALTER TABLE handoff DROP CONSTRAINT handoff_record_type_known,
  ADD CONSTRAINT handoff_record_type_known CHECK (record_type IN ('citizen_report', 'person', 'measure',
    'register_entry', 'dv_incident', 'assistance_plan', 'outreach_visit'));
