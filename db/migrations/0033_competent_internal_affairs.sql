-- The internal affairs bodies (001 Art. 13) are the police departments and their district units: a
-- hand-off the law sends to "the internal affairs body" of a place (a report's routing, 001 Art. 39(3);
-- a special-regime organisation's release notice, 81(11)(4)) reaches the unit of the district first and
-- the region's department where no unit covers the place. The law package says which types serve one
-- competence (bodyTypesActingAs); this function, used by the statements that send hand-offs and by the
-- migration of duties, answers the same as the server's findCompetentBody.
CREATE OR REPLACE FUNCTION handoff_competent_body(p_type text, p_path text) RETURNS uuid
LANGUAGE sql STABLE AS $$
  SELECT b.id FROM body b JOIN territory t ON t.id = b.territory_id
   WHERE (b.type = p_type OR (p_type = 'police_department' AND b.type = 'police_unit'))
     AND (p_path = t.path OR p_path LIKE t.path || '.%')
   ORDER BY length(t.path) DESC, b.created_at, b.id
   LIMIT 1
$$;
COMMENT ON FUNCTION handoff_competent_body(text, text) IS 'The body competent to receive a hand-off for a territory: of the type (or a type serving the same competence: police units for internal affairs, 001 Art. 13), nearest first.';
