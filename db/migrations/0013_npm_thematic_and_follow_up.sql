-- Thematic planned visits and the purpose of intermediate visits (issue 5 items 3-4; review gaps 1, 3).

-- 003 p.9: the group on a thematic visit includes participants with special knowledge of its topic and a
-- participant from each region visited, unless the Coordinating Council decides otherwise for want of them.
ALTER TABLE npm_plan_visit
  ADD COLUMN topic_expert_ids uuid[] NOT NULL DEFAULT '{}',
  ADD COLUMN council_decision_on_composition boolean NOT NULL DEFAULT false,
  ADD CONSTRAINT npm_plan_visit_topic_experts_in_group CHECK (topic_expert_ids <@ group_participant_ids);
COMMENT ON COLUMN npm_plan_visit.topic_expert_ids IS 'Members of the planned group with special knowledge and experience on the topic of a thematic visit (003 p.9(1)); a subset of group_participant_ids.';
COMMENT ON COLUMN npm_plan_visit.council_decision_on_composition IS 'The Coordinating Council included other participants for want of those meeting 003 p.9 (its last paragraph).';

-- 003 p.3(2); 000 Art. 32(1)(2): an intermediate visit monitors recommendations of the previous periodic
-- visit (follows_up_recommendation_ids) and/or prevents the persecution of the persons interviewed.
ALTER TABLE npm_visit
  ADD COLUMN follows_up_interviewees boolean NOT NULL DEFAULT false;
COMMENT ON COLUMN npm_visit.follows_up_interviewees IS 'An intermediate visit made to prevent the persecution, by the administration, of persons the participants interviewed (003 p.3(2); 000 Art. 32(1)(2)).';
