-- The pipeline's open storylines (stage cluster/storyline) name their member stories by id, and
-- each member (a closed event: {"seq": n, "story": {...}}) is a row of its own in stage
-- cluster/line-member, written once: a storyline of a thousand stories is then not rewritten
-- whole at each story it takes. Rows stored before are split here, their members kept in order.
INSERT INTO stage_row (stage, key, value)
SELECT 'cluster/line-member', m.value -> 'story' ->> 'id', m.value::text
FROM stage_row r, jsonb_array_elements(r.value::jsonb -> 'storyline' -> 'members') m
WHERE r.stage = 'cluster/storyline';

UPDATE stage_row
SET value = jsonb_set(
  value::jsonb,
  '{storyline,members}',
  (SELECT COALESCE(jsonb_agg(t.m -> 'story' -> 'id' ORDER BY t.o), '[]'::jsonb)
   FROM jsonb_array_elements(value::jsonb -> 'storyline' -> 'members') WITH ORDINALITY AS t (m, o))
)::text
WHERE stage = 'cluster/storyline';

-- A storyline's stories are read in order at each put: from the index alone.
DROP INDEX storyline_story_by_line;
CREATE INDEX storyline_story_by_line ON storyline_story (storyline_id, position, story_id);
