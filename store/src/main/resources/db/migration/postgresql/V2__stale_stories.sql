-- Stories whose extraction and comparison are older than their articles and groups: marked in the
-- transaction of the add that touched them, cleared when refreshed, so a refresh cut short by a
-- crash is finished by the next run.
CREATE TABLE story_stale (
  story_id TEXT PRIMARY KEY REFERENCES story (id)
);
