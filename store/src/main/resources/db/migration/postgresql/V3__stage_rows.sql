-- Stage state kept as rows keyed by the stage's own keys (the clusterer's open events and
-- storylines by number, its document frequencies by term): an add writes only the rows it
-- changed, and a new process reads back only what is still open.
CREATE TABLE stage_row (
  stage TEXT NOT NULL,
  key TEXT NOT NULL,
  value TEXT NOT NULL,
  PRIMARY KEY (stage, key)
);
