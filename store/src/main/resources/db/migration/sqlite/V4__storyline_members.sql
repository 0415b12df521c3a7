-- The pipeline's open storylines (stage cluster/storyline) name their member stories by id, and
-- each member (a closed event: {"seq": n, "story": {...}}) is a row of its own in stage
-- cluster/line-member, written once: a storyline of a thousand stories is then not rewritten
-- whole at each story it takes. Rows stored before are split here, their members kept in order.
INSERT INTO stage_row (stage, key, value)
SELECT 'cluster/line-member', json_extract(m.value, '$.story.id'), m.value
FROM stage_row r, json_each(r.value, '$.storyline.members') m
WHERE r.stage = 'cluster/storyline';

UPDATE stage_row
SET value = json_set(
  value,
  '$.storyline.members',
  json((SELECT json_group_array(json_extract(m.value, '$.story.id') ORDER BY m.key)
        FROM json_each(stage_row.value, '$.storyline.members') m)))
WHERE stage = 'cluster/storyline';

-- A storyline's stories are read in order at each put: from the index alone.
DROP INDEX storyline_story_by_line;
CREATE INDEX storyline_story_by_line ON storyline_story (storyline_id, position, story_id);
