-- Persons, their documents and families (issue 4 item 1; REQUIREMENTS R1.1, R1.2).
-- One person, one record: the IIN is unique; likely duplicates found by the search key and the
-- birth date are merged, and a merge keeps both records (the absorbed one points to the kept one).

-- The search key of a name: lower case, Kazakh and Russian Cyrillic transliterated to Latin, and
-- the usual spelling variants of Kazakh names folded together, so that "Сейтқали", "Сейткали",
-- "Seitkali", "Seytkali" and "Seitqali" share one key and typos are left to pg_trgm:
--   щ→shch ж→zh ч→ch ш→sh ц→ts ю→yu я→ya х→kh; ş→sh ç→ch x→ks (Latin);
--   Kazakh ә→a ғ→g қ→k ң→n ө→o ұ→u ү→u һ→h і→i and the Kazakh Latin letters ä ğ ı ñ ö ū ü;
--   ъ and ь dropped; then q→k, y→i (й, ы and Latin y), k…kh→h (Тоқханов/Tokhanov), zh→j,
--   ii→i (Юрий/Yuri, Әлия/Alia); anything else is a space.
-- The key of a key is the key itself, so a user typing the Latin key of a name finds the name.
-- Cyrillic and Kazakh capitals are lowered by translate, not lower(), so the key does not depend on
-- the database's locale (lower() in a C locale lowers ASCII only).
-- IMMUTABLE (only immutable built-ins), so it can feed generated columns and their indexes; queries
-- call the same function on the text searched for, so both sides always agree.
CREATE FUNCTION person_search_key(name text) RETURNS text
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
RETURN btrim(regexp_replace(
  regexp_replace(regexp_replace(regexp_replace(translate(
    replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(
      lower(translate(name,
        'АБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯӘҒҚҢӨҰҮҺІÄĞİÑÖŪÜŞÇ',
        'абвгдеёжзийклмнопрстуфхцчшщъыьэюяәғқңөұүһіäğiñöūüşç')),
      'щ', 'shch'), 'ж', 'zh'), 'ч', 'ch'), 'ш', 'sh'), 'ц', 'ts'), 'ю', 'yu'), 'я', 'ya'), 'х', 'kh'),
      'ş', 'sh'), 'ç', 'ch'), 'x', 'ks'),
    'абвгдеёзийклмнопрстуфыэәғқңөұүһіäğıñöūüqyъь',
    'abvgdeeziiklmnoprstufieagknouuhiaginouuki'),
    'k+h', 'h', 'g'), 'z+h', 'j', 'g'), 'i+', 'i', 'g'),
  '[^a-z]+', ' ', 'g'));
COMMENT ON FUNCTION person_search_key(text) IS 'Lower-case Latin search key of a name: Kazakh/Russian Cyrillic transliterated, spelling variants folded (R1.1).';

CREATE TABLE person (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  iin text CONSTRAINT person_iin_key UNIQUE CONSTRAINT person_iin_format CHECK (iin ~ '^[0-9]{12}$'),
  no_iin_reason text CONSTRAINT person_no_iin_reason_known
    CHECK (no_iin_reason IN ('foreign_citizen', 'stateless', 'identity_unestablished')),
  last_name_cyr text NOT NULL CONSTRAINT person_last_name_cyr_present CHECK (btrim(last_name_cyr) <> ''),
  first_name_cyr text NOT NULL CONSTRAINT person_first_name_cyr_present CHECK (btrim(first_name_cyr) <> ''),
  middle_name_cyr text,
  last_name_lat text,
  first_name_lat text,
  middle_name_lat text,
  birth_date date NOT NULL,
  sex text NOT NULL CONSTRAINT person_sex_known CHECK (sex IN ('male', 'female')),
  citizenship text NOT NULL DEFAULT 'KAZ' CONSTRAINT person_citizenship_code CHECK (citizenship ~ '^[A-Z]{3}$'),
  registered_address text,
  registered_territory_id uuid REFERENCES territory(id),
  registered_lat double precision,
  registered_lon double precision,
  actual_address text NOT NULL CONSTRAINT person_actual_address_present CHECK (btrim(actual_address) <> ''),
  territory_id uuid NOT NULL REFERENCES territory(id),
  actual_lat double precision,
  actual_lon double precision,
  contacts jsonb NOT NULL DEFAULT '[]' CONSTRAINT person_contacts_array CHECK (jsonb_typeof(contacts) = 'array'),
  version integer NOT NULL DEFAULT 1 CONSTRAINT person_version_positive CHECK (version > 0),
  merged_into uuid REFERENCES person(id),
  created_by uuid REFERENCES app_user(id),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  search_name text NOT NULL GENERATED ALWAYS AS (' ' || person_search_key(
    last_name_cyr || ' ' || first_name_cyr || ' ' || coalesce(middle_name_cyr, '') || ' ' ||
    coalesce(last_name_lat, '') || ' ' || coalesce(first_name_lat, '') || ' ' || coalesce(middle_name_lat, ''))) STORED,
  name_key text NOT NULL GENERATED ALWAYS AS (person_search_key(last_name_cyr || ' ' || first_name_cyr)) STORED,
  -- A person without an IIN is an exception that must be explained; a citizen always has one.
  CONSTRAINT person_iin_or_reason CHECK ((iin IS NULL) = (no_iin_reason IS NOT NULL)),
  CONSTRAINT person_citizen_has_iin CHECK (citizenship <> 'KAZ' OR iin IS NOT NULL),
  CONSTRAINT person_registered_address_whole
    CHECK ((registered_address IS NULL) = (registered_territory_id IS NULL)),
  CONSTRAINT person_registered_point
    CHECK ((registered_lat IS NULL) = (registered_lon IS NULL)
      AND (registered_lat IS NULL OR registered_address IS NOT NULL)
      AND (registered_lat IS NULL OR (registered_lat BETWEEN -90 AND 90 AND registered_lon BETWEEN -180 AND 180))),
  CONSTRAINT person_actual_point
    CHECK ((actual_lat IS NULL) = (actual_lon IS NULL)
      AND (actual_lat IS NULL OR (actual_lat BETWEEN -90 AND 90 AND actual_lon BETWEEN -180 AND 180))),
  CONSTRAINT person_not_merged_into_self CHECK (merged_into IS NULL OR merged_into <> id)
);
COMMENT ON TABLE person IS 'A person the prevention work concerns: an offender, a minor, a parent or legal representative (001 Art. 59(2); R1.1). One record per person; merged duplicates keep their row with merged_into set.';
COMMENT ON COLUMN person.iin IS 'Individual identification number (Law No. 223-III of 12 January 2007): 12 digits, check digit and the birth date and sex it encodes validated by @aldyn/law.';
COMMENT ON COLUMN person.no_iin_reason IS 'Why a person has no IIN (foreign citizen, stateless, identity not established); required exactly when iin is null.';
COMMENT ON COLUMN person.citizenship IS 'ISO 3166-1 alpha-3 code (KAZ), or ICAO 9303 XXA (stateless) / XXX (unspecified).';
COMMENT ON COLUMN person.territory_id IS 'District of the actual address: the territory whose bodies see this person (R11.1).';
COMMENT ON COLUMN person.contacts IS 'JSON array of {kind: phone|email|other, value, note?}.';
COMMENT ON COLUMN person.version IS 'Optimistic concurrency: every change increments it; an edit quoting an older version is refused (409).';
COMMENT ON COLUMN person.merged_into IS 'Set when this record was found to be a duplicate and merged into another; the row and its history stay.';
COMMENT ON COLUMN person.search_name IS 'A space, then person_search_key of every name (Cyrillic and Latin): every word follows a space, so LIKE ''% word%'' finds a word prefix; pg_trgm also answers fuzzy (typo-tolerant) searches.';
COMMENT ON COLUMN person.name_key IS 'person_search_key of the Cyrillic last and first names: with the birth date, finds likely duplicates.';
CREATE INDEX person_search_name_trgm ON person USING gin (search_name gin_trgm_ops);
-- The IIN lookup uses the btree index of the person_iin_key unique constraint.
CREATE INDEX person_duplicate_key ON person (birth_date, name_key) WHERE merged_into IS NULL;
CREATE INDEX person_territory ON person (territory_id);
CREATE INDEX person_merged_into ON person (merged_into) WHERE merged_into IS NOT NULL;

CREATE TABLE person_document (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  person_id uuid NOT NULL REFERENCES person(id),
  kind text NOT NULL CONSTRAINT person_document_kind_known CHECK (kind IN (
    'identity_card', 'passport', 'birth_certificate', 'residence_permit', 'stateless_certificate',
    'foreign_passport', 'other')),
  number text NOT NULL CONSTRAINT person_document_number_present CHECK (btrim(number) <> ''),
  issued_by text,
  issued_on date,
  valid_until date,
  created_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT person_document_validity CHECK (valid_until IS NULL OR issued_on IS NULL OR valid_until >= issued_on)
);
COMMENT ON TABLE person_document IS 'Identity documents of a person (R1.1): identity card, passport, birth certificate, residence permit…';
COMMENT ON COLUMN person_document.person_id IS 'Holder; moved to the kept person when the holder''s record is merged.';
CREATE INDEX person_document_person ON person_document (person_id);
CREATE INDEX person_document_number ON person_document (kind, number);

CREATE TABLE person_link (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  minor_id uuid NOT NULL REFERENCES person(id),
  representative_id uuid NOT NULL REFERENCES person(id),
  kind text NOT NULL CONSTRAINT person_link_kind_known CHECK (kind IN (
    'parent', 'adoptive_parent', 'guardian', 'trustee', 'foster_parent', 'patronage_educator',
    'other_legal_representative')),
  since date,
  until date,
  note text,
  created_by uuid REFERENCES app_user(id),
  created_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT person_link_not_self CHECK (minor_id <> representative_id),
  CONSTRAINT person_link_dates CHECK (until IS NULL OR since IS NULL OR until >= since)
);
COMMENT ON TABLE person_link IS 'Families: a minor and a parent or other legal representative (001 Arts. 1(7), 59(2)(7); R1.2), with the period the link holds.';
COMMENT ON COLUMN person_link.kind IS 'parent, adoptive parent, guardian, trustee, foster parent, patronage educator, or another person replacing them by law.';
CREATE UNIQUE INDEX person_link_open_unique ON person_link (minor_id, representative_id, kind) WHERE until IS NULL;
CREATE INDEX person_link_minor ON person_link (minor_id);
CREATE INDEX person_link_representative ON person_link (representative_id);

CREATE TABLE person_merge (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  kept_id uuid NOT NULL REFERENCES person(id),
  merged_id uuid NOT NULL CONSTRAINT person_merge_once UNIQUE REFERENCES person(id),
  reason text,
  documents_moved integer NOT NULL CONSTRAINT person_merge_documents_counted CHECK (documents_moved >= 0),
  links_moved integer NOT NULL CONSTRAINT person_merge_links_counted CHECK (links_moved >= 0),
  merged_by uuid REFERENCES app_user(id),
  merged_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT person_merge_two_persons CHECK (kept_id <> merged_id)
);
COMMENT ON TABLE person_merge IS 'Merges of duplicate person records (R1.1): who merged which record into which, when, and what moved. Both records stay.';
CREATE INDEX person_merge_kept ON person_merge (kept_id);
