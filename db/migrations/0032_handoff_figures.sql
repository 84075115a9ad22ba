-- The figures of hand-offs (R8; apps/server/src/modules/figures/handoff-figures.ts): the hand-offs sent
-- in a period whose record lies in a territory, grouped by part of the territory, receiving body and
-- legal ground, with the instants the medians and the share overdue are taken from (001 Art. 39(3)).
-- One range of this index per request — the territory's paths (text_pattern_ops, as the territory
-- rule's range form reads them, db/territory-scope.ts inTerritoryRange), then the period — answered
-- from the index alone (an index-only scan), so a region's year does not read the wide hand-off rows
-- and a national year reads the index once.
CREATE INDEX handoff_figures ON handoff (territory_path text_pattern_ops, sent_at)
  INCLUDE (receiver_body_id, ground, due_at, received_at, answered_at, declined_at);
COMMENT ON INDEX handoff_figures IS 'The hand-off figures by territory and period (R8): an index-only range per request.';
