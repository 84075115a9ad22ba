-- Confidential parts of case records and the grants that open them (R11.1; 001 Arts. 3(2)(4), 83(2)).
-- Private life, personal and family secrets are not disclosed (001 Art. 83(2)): a protective order's
-- victims (001 Art. 60(1), (4)) and health data (compulsory medical measures, 001 Art. 58; psychological
-- assistance, 001 Art. 69; a referral's disease, 001 Arts. 80(12), 81; the health criteria of
-- pedagogical support, 001 Art. 78(2)(6)-(8)) are marked when written — in the writing transaction, by
-- confidential_mark_measures below — and the access rules (apps/server/src/access/confidentiality.ts)
-- withhold a marked part from a reader who does not clear its barrier. NPM data are confidential by
-- type (000 Art. 35; 003 p.29) and are never marked here nor granted.

CREATE TABLE measure_confidential (
  measure_id uuid NOT NULL REFERENCES measure(id),
  field text NOT NULL CONSTRAINT measure_confidential_field_path
    CHECK (field = '*' OR field ~ '^input\.details\.[A-Za-z]+$'),
  barrier text NOT NULL CONSTRAINT measure_confidential_barrier_known CHECK (barrier IN ('victim', 'health')),
  article text NOT NULL,
  marked_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (measure_id, field, barrier)
);
COMMENT ON TABLE measure_confidential IS 'Confidential parts of a measure (R11.1; 001 Art. 83(2)): a reader who does not clear the barrier gets the measure without the field, or no measure for the whole record (403 access.confidential).';
COMMENT ON COLUMN measure_confidential.field IS 'The part as the API shows it (input.details.victims), or * for the whole record (a compulsory medical measure, 001 Art. 58).';
COMMENT ON COLUMN measure_confidential.barrier IS 'victim: victims'' data, cleared by the roles whose task it is (001 Art. 72) or a victim grant; health: health data, cleared only by a health grant.';
COMMENT ON COLUMN measure_confidential.article IS 'The article that keeps the part confidential, shown with the withheld marker.';

CREATE TABLE person_confidential (
  person_id uuid NOT NULL REFERENCES person(id),
  barrier text NOT NULL CONSTRAINT person_confidential_barrier_known CHECK (barrier IN ('victim', 'health')),
  article text NOT NULL,
  measure_id uuid NOT NULL REFERENCES measure(id),
  marked_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (person_id, barrier, measure_id)
);
COMMENT ON TABLE person_confidential IS 'Persons whose whole card is confidential (R11.1; 001 Art. 83(2)): a victim named with a register record on a protective order (001 Art. 60(1), (4)). A record merged into another lends its mark to the kept one (person_confidential_barriers).';
COMMENT ON COLUMN person_confidential.measure_id IS 'The measure that named the person (the reason of the mark).';

CREATE TABLE confidential_grant (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  user_id uuid NOT NULL REFERENCES app_user(id),
  barrier text NOT NULL CONSTRAINT confidential_grant_barrier_grantable CHECK (barrier IN ('victim', 'health')),
  reason text NOT NULL CONSTRAINT confidential_grant_reason_present CHECK (btrim(reason) <> ''),
  given_by uuid NOT NULL REFERENCES app_user(id),
  given_at timestamptz NOT NULL DEFAULT now(),
  revoked_by uuid REFERENCES app_user(id),
  revoked_at timestamptz,
  revoke_reason text,
  CONSTRAINT confidential_grant_not_to_oneself CHECK (given_by <> user_id),
  CONSTRAINT confidential_grant_revocation_whole CHECK ((revoked_by IS NULL) = (revoked_at IS NULL)),
  CONSTRAINT confidential_grant_revoked_after_given CHECK (revoked_at IS NULL OR revoked_at >= given_at)
);
CREATE UNIQUE INDEX confidential_grant_one_active ON confidential_grant (user_id, barrier) WHERE revoked_at IS NULL;
COMMENT ON TABLE confidential_grant IS 'Specific grants to confidential parts beyond the roles (R11.1): given and revoked by administrators, each with its audit row; a revoked grant stays as history. NPM data cannot be granted (000 Art. 35; 003 p.29): the barrier check allows victim and health only.';
COMMENT ON COLUMN confidential_grant.reason IS 'Why the user''s task needs the data (001 Art. 59(6): used exclusively for the tasks of prevention).';
COMMENT ON INDEX confidential_grant_one_active IS 'At most one active grant per user and barrier; the session reads the active ones on every request, so a revocation applies at the next request.';

-- The marking rule, one definition for new records (issue-measure.ts calls it in the issuing
-- transaction) and for records written before this migration (below).
CREATE FUNCTION confidential_mark_measures(p_ids uuid[]) RETURNS integer
LANGUAGE sql AS $$
  WITH m AS (
    SELECT id, kind, coalesce(input -> 'details', '{}'::jsonb) AS d FROM measure WHERE id = ANY (p_ids)
  ),
  marks (measure_id, field, barrier) AS (
    -- 001 Arts. 58, 69: the measure itself says the person is treated for a mental or behavioural
    -- disorder, or receives psychological help.
    SELECT id, '*', 'health' FROM m WHERE kind IN ('compulsory_medical_measure', 'psychological_assistance')
    -- 001 Art. 60(1), (4): the protected person(s) named on the order.
    UNION ALL SELECT id, 'input.details.victims', 'victim' FROM m
      WHERE kind = 'protective_order' AND jsonb_typeof(d -> 'victims') = 'array'
        AND jsonb_array_length(d -> 'victims') > 0
    -- 001 Arts. 80(12), 81: whether the minor has a disease that bars the placement.
    UNION ALL SELECT id, 'input.details.disqualifyingDisease', 'health' FROM m
      WHERE kind IN ('special_education_referral', 'special_regime_referral') AND d ? 'disqualifyingDisease'
    -- 001 Art. 78(2)(6)-(8): substance use, gambling disorder, pregnancy.
    UNION ALL SELECT id, 'input.details.criteria', 'health' FROM m
      WHERE kind = 'pedagogical_support' AND jsonb_typeof(d -> 'criteria') = 'array'
        AND (d -> 'criteria') ?| ARRAY['78.2.6_substance_use', '78.2.7_gambling_disorder', '78.2.8_pregnant']
    -- 001 Art. 78(2)(9): the minor is a victim or witness of violence.
    UNION ALL SELECT id, 'input.details.criteria', 'victim' FROM m
      WHERE kind = 'pedagogical_support' AND jsonb_typeof(d -> 'criteria') = 'array'
        AND (d -> 'criteria') ? '78.2.9_victim_or_witness_of_violence'
  ),
  measure_marks AS (
    INSERT INTO measure_confidential (measure_id, field, barrier, article)
    SELECT measure_id, field, barrier, '001 Art. 83(2)' FROM marks
    ON CONFLICT DO NOTHING
    RETURNING 1
  ),
  person_marks AS (
    INSERT INTO person_confidential (person_id, barrier, article, measure_id)
    SELECT DISTINCT p.id, 'victim', '001 Art. 83(2)', m.id
    FROM m
    CROSS JOIN LATERAL jsonb_array_elements(
      CASE WHEN jsonb_typeof(m.d -> 'victims') = 'array' THEN m.d -> 'victims' ELSE '[]'::jsonb END) AS v
    JOIN person p ON p.id::text = v ->> 'personId'
    WHERE m.kind = 'protective_order'
    ON CONFLICT DO NOTHING
    RETURNING 1
  )
  SELECT ((SELECT count(*) FROM measure_marks) + (SELECT count(*) FROM person_marks))::integer
$$;
COMMENT ON FUNCTION confidential_mark_measures(uuid[]) IS 'Marks the confidential parts of the given measures and the victims they name (001 Art. 83(2)); idempotent; returns the number of new marks.';

-- The barriers of a person's card: its own marks and those of every record of the same person
-- (merged into it, or it into another), since a merge keeps both records of one human (R1.1).
-- PL/pgSQL, whose plans are kept for the session: it runs with every card read, and a SQL function
-- with a recursive query was planned anew on each call (measured: +1-2.5 ms a read, now none).
CREATE FUNCTION person_confidential_barriers(p_person uuid) RETURNS text[]
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
  RETURN ARRAY(SELECT DISTINCT barrier FROM person_confidential WHERE person_id = ANY (records) ORDER BY barrier);
END
$$;
COMMENT ON FUNCTION person_confidential_barriers(uuid) IS 'The confidentiality barriers of a person''s card, across merged records (R11.1; 001 Art. 83(2)).';

-- Records written before this migration.
SELECT confidential_mark_measures(ARRAY(
  SELECT id FROM measure WHERE kind IN ('compulsory_medical_measure', 'psychological_assistance',
    'protective_order', 'special_education_referral', 'special_regime_referral', 'pedagogical_support')));
