-- Name search at national scale (issue 4 item 1 and its target: name search p95 <= 50 ms at
-- 1,000,000 persons). The trigram index answers "a word of the name begins with w" (LIKE '% w%')
-- by intersecting the posting lists of every trigram of w; at 1,000,000 persons a common surname's
-- trigrams are shared by tens of thousands of records, and reading them cost 50-80 ms before the
-- territory filter could act. Instead every record now carries the distinct beginnings (2 to 6
-- letters) of every word of its search key: "a word begins with w" is then one GIN key (the first six
-- letters of w), intersected with the actor's districts by a bitmap AND, and the rest of a longer w is
-- checked on the few rows left. The trigram index stays for the typo-tolerant stage.

-- IMMUTABLE (immutable built-ins only), so it can feed a generated column.
CREATE FUNCTION person_name_prefixes(search_name text) RETURNS text[]
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
RETURN ARRAY(
  SELECT DISTINCT left(w, n)
  FROM unnest(string_to_array(search_name, ' ')) AS w, generate_series(2, least(length(w), 6)) AS n
  WHERE w <> ''
  ORDER BY 1);
COMMENT ON FUNCTION person_name_prefixes(text) IS 'The distinct beginnings (2 to 6 letters) of the words of a search key: the keys of the name-search index (R1.1).';

-- Generated columns cannot read one another, so the search key's expression is repeated here as it
-- stands in person.search_name (0003).
ALTER TABLE person ADD COLUMN search_prefixes text[] NOT NULL GENERATED ALWAYS AS (person_name_prefixes(
  person_search_key(
    last_name_cyr || ' ' || first_name_cyr || ' ' || coalesce(middle_name_cyr, '') || ' ' ||
    coalesce(last_name_lat, '') || ' ' || coalesce(first_name_lat, '') || ' ' || coalesce(middle_name_lat, '')))) STORED;
COMMENT ON COLUMN person.search_prefixes IS 'person_name_prefixes of the search key of every name: "a word of the name begins with w" is search_prefixes @> ARRAY[left(w, 6)] (R1.1 name search).';
CREATE INDEX person_search_prefixes ON person USING gin (search_prefixes);
