-- Rassegna store, schema 1 (PostgreSQL): the tables of the SQLite schema, with its types.
-- Records are JSON written by Jackson; only what is queried has columns of its own. Days are
-- ISO-8601 text (YYYY-MM-DD), which sorts as dates do.

-- articles, raw: seq is the order they were stored in
CREATE TABLE article (
  seq BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  source TEXT NOT NULL,
  url TEXT,
  published TEXT,
  title TEXT,
  language TEXT,
  day TEXT,
  text TEXT NOT NULL,
  extra TEXT NOT NULL
);
CREATE INDEX article_url ON article (url);
CREATE INDEX article_source ON article (source);

-- the analysis of an article (sentences, tokens, mentions, times): gzip-compressed JSON
CREATE TABLE annotation (
  article_id TEXT PRIMARY KEY REFERENCES article (id),
  language TEXT NOT NULL,
  body BYTEA NOT NULL
);

-- stage state: small keyed values, per-article rows, and per-article index keys
CREATE TABLE state (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL
);
CREATE TABLE article_state (
  stage TEXT NOT NULL,
  article_id TEXT NOT NULL REFERENCES article (id),
  value TEXT NOT NULL,
  PRIMARY KEY (stage, article_id)
);
CREATE TABLE article_key (
  stage TEXT NOT NULL,
  key TEXT NOT NULL,
  article_id TEXT NOT NULL REFERENCES article (id),
  PRIMARY KEY (stage, key, article_id)
);
CREATE INDEX article_key_by_article ON article_key (stage, article_id);

-- independent-source groups: the group of each article (the id of the group's first article)
CREATE TABLE source_group (
  article_id TEXT PRIMARY KEY REFERENCES article (id),
  group_id TEXT NOT NULL
);
CREATE INDEX source_group_by_group ON source_group (group_id);

-- stories, their articles in order, storylines
CREATE TABLE story (
  id TEXT PRIMARY KEY,
  first_day TEXT,
  last_day TEXT,
  articles INTEGER NOT NULL,
  headline TEXT,
  revision BIGINT NOT NULL
);
CREATE INDEX story_revision ON story (revision);
CREATE TABLE story_article (
  story_id TEXT NOT NULL REFERENCES story (id),
  article_id TEXT NOT NULL REFERENCES article (id),
  position INTEGER NOT NULL,
  PRIMARY KEY (story_id, article_id)
);
CREATE INDEX story_article_by_article ON story_article (article_id);
CREATE TABLE storyline (
  id TEXT PRIMARY KEY
);
CREATE TABLE storyline_story (
  story_id TEXT PRIMARY KEY REFERENCES story (id),
  storyline_id TEXT NOT NULL REFERENCES storyline (id),
  position INTEGER NOT NULL
);
CREATE INDEX storyline_story_by_line ON storyline_story (storyline_id);

-- per-story products as JSON: kind is extraction, comparison or brief
CREATE TABLE story_product (
  story_id TEXT NOT NULL REFERENCES story (id),
  kind TEXT NOT NULL,
  body TEXT NOT NULL,
  PRIMARY KEY (story_id, kind)
);
CREATE TABLE storyline_brief (
  storyline_id TEXT PRIMARY KEY REFERENCES storyline (id),
  body TEXT NOT NULL
);

-- the global entity registry, the stories that name each entity, and what each one said
CREATE TABLE entity (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  type TEXT NOT NULL
);
CREATE INDEX entity_by_name ON entity (name, id);
CREATE TABLE entity_form (
  entity_id TEXT NOT NULL REFERENCES entity (id),
  form TEXT NOT NULL,
  position INTEGER NOT NULL,
  PRIMARY KEY (entity_id, form)
);
CREATE INDEX entity_form_by_form ON entity_form (form);
CREATE TABLE entity_role (
  entity_id TEXT NOT NULL REFERENCES entity (id),
  role TEXT NOT NULL,
  position INTEGER NOT NULL,
  PRIMARY KEY (entity_id, role)
);
CREATE TABLE story_entity (
  story_id TEXT NOT NULL REFERENCES story (id),
  entity_id TEXT NOT NULL REFERENCES entity (id),
  PRIMARY KEY (story_id, entity_id)
);
CREATE INDEX story_entity_by_entity ON story_entity (entity_id);
CREATE TABLE statement (
  story_id TEXT NOT NULL REFERENCES story (id),
  group_id TEXT NOT NULL,
  variant INTEGER NOT NULL,
  entity_id TEXT NOT NULL REFERENCES entity (id),
  article_id TEXT NOT NULL REFERENCES article (id),
  day TEXT,
  span_start INTEGER NOT NULL,
  body TEXT NOT NULL,
  PRIMARY KEY (story_id, group_id, variant)
);
CREATE INDEX statement_by_entity ON statement (entity_id, day);

-- feeds the watch loop polls
CREATE TABLE feed (
  url TEXT PRIMARY KEY,
  etag TEXT,
  last_modified TEXT,
  last_poll TEXT,
  last_error TEXT,
  failures INTEGER NOT NULL
);
