-- A name search by a region's officer ANDed the GIN bitmap of the word beginnings (a few hundred to
-- a few thousand persons) with a b-tree bitmap of every person of the region's districts (26,000 in
-- the Abai region at 1,000,000 persons: 16 ms of the search's 25). The district of a person is now one
-- more key of the same GIN index, '@' followed by person.territory_id, so the territory and the
-- words are one index scan: the words' posting lists, and the districts' lists skipped through
-- (modules/persons/search-persons.ts). '@' never begins a word of a search key (person_search_key
-- keeps only the letters a-z), so the keys cannot meet a name.
DROP INDEX IF EXISTS person_search_prefixes;
ALTER TABLE person DROP COLUMN search_prefixes;
ALTER TABLE person ADD COLUMN search_prefixes text[] NOT NULL GENERATED ALWAYS AS (
  person_name_prefixes(person_search_key(
    last_name_cyr || ' ' || first_name_cyr || ' ' || coalesce(middle_name_cyr, '') || ' ' ||
    coalesce(last_name_lat, '') || ' ' || coalesce(first_name_lat, '') || ' ' || coalesce(middle_name_lat, '')))
  || ARRAY['@' || territory_id::text]) STORED;
COMMENT ON COLUMN person.search_prefixes IS 'The name-search keys (R1.1): person_name_prefixes of the search key of every name — "a word of the name begins with w" is search_prefixes @> ARRAY[left(w, 6)] — and ''@'' || territory_id, so a search within the actor''s districts is search_prefixes && their keys (R11.1) in the same index scan.';
CREATE INDEX person_search_prefixes ON person USING gin (search_prefixes);
