-- Attaché store, schema version 1.
-- Lists are child tables with a position column, so that they stay queryable and keep their order.
-- Statements are separated by a semicolon at the end of a line.

CREATE TABLE articles (
  id              TEXT    NOT NULL PRIMARY KEY,
  source          TEXT    NOT NULL,
  text            TEXT    NOT NULL,
  body_start      INTEGER NOT NULL,
  body_end        INTEGER NOT NULL,
  pub_date        TEXT,
  pub_date_source TEXT    NOT NULL,
  url             TEXT,
  title           TEXT,
  content_hash    TEXT    NOT NULL,
  ingested_at     TEXT    NOT NULL
) STRICT;

CREATE INDEX articles_by_source ON articles (source);

CREATE TABLE people (
  id         TEXT    NOT NULL PRIMARY KEY,
  article_id TEXT    NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  position   INTEGER NOT NULL,
  name       TEXT    NOT NULL,
  country    TEXT,
  role       TEXT
) STRICT;

CREATE INDEX people_by_article ON people (article_id, position);
CREATE INDEX people_by_country ON people (country);

CREATE TABLE person_aliases (
  person_id TEXT    NOT NULL REFERENCES people (id) ON DELETE CASCADE,
  position  INTEGER NOT NULL,
  alias     TEXT    NOT NULL,
  PRIMARY KEY (person_id, position)
) WITHOUT ROWID, STRICT;

CREATE TABLE person_mentions (
  person_id  TEXT    NOT NULL REFERENCES people (id) ON DELETE CASCADE,
  position   INTEGER NOT NULL,
  span_start INTEGER NOT NULL,
  span_end   INTEGER NOT NULL,
  PRIMARY KEY (person_id, position)
) WITHOUT ROWID, STRICT;

-- date is the ISO partial date (YYYY, YYYY-MM or YYYY-MM-DD); date_first_day is its first day
-- (YYYY-MM-DD), the value the date filters and the ordering compare.
CREATE TABLE events (
  id             TEXT    NOT NULL PRIMARY KEY,
  article_id     TEXT    NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  position       INTEGER NOT NULL,
  type           TEXT    NOT NULL,
  mode           TEXT    NOT NULL,
  directed       INTEGER NOT NULL CHECK (directed IN (0, 1)),
  date           TEXT,
  date_first_day TEXT,
  location       TEXT,
  status         TEXT    NOT NULL,
  evidence_start INTEGER NOT NULL,
  evidence_end   INTEGER NOT NULL,
  evidence_text  TEXT    NOT NULL,
  confidence     REAL    NOT NULL CHECK (confidence BETWEEN 0 AND 1),
  CHECK ((date IS NULL) = (date_first_day IS NULL))
) STRICT;

CREATE INDEX events_by_date ON events (date_first_day);
CREATE INDEX events_by_article ON events (article_id, position);
CREATE INDEX events_by_type ON events (type);

CREATE TABLE event_actors (
  event_id TEXT    NOT NULL REFERENCES events (id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  code     TEXT    NOT NULL,
  PRIMARY KEY (event_id, position)
) WITHOUT ROWID, STRICT;

CREATE INDEX event_actors_by_code ON event_actors (code, event_id);

CREATE TABLE event_people (
  event_id TEXT    NOT NULL REFERENCES events (id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  name     TEXT    NOT NULL,
  PRIMARY KEY (event_id, position)
) WITHOUT ROWID, STRICT;

CREATE TABLE event_sectors (
  event_id TEXT    NOT NULL REFERENCES events (id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  sector   TEXT    NOT NULL,
  PRIMARY KEY (event_id, position)
) WITHOUT ROWID, STRICT;

CREATE TABLE event_why (
  event_id TEXT NOT NULL REFERENCES events (id) ON DELETE CASCADE,
  field    TEXT NOT NULL,
  reason   TEXT NOT NULL,
  PRIMARY KEY (event_id, field)
) WITHOUT ROWID, STRICT;

CREATE TABLE article_issues (
  id          INTEGER NOT NULL PRIMARY KEY,
  source      TEXT    NOT NULL,
  kind        TEXT    NOT NULL,
  message     TEXT    NOT NULL,
  skipped     INTEGER NOT NULL CHECK (skipped IN (0, 1)),
  recorded_at TEXT    NOT NULL,
  UNIQUE (source, kind, message)
) STRICT;
