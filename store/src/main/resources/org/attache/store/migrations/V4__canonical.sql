-- Attaché store, schema version 2: cross-article merging.
-- What was extracted stays in the version 1 tables; these hold what merging and curators add beside it.

-- Near-duplicate detection: each article's folded body hash and MinHash signature (comma-separated ints).
CREATE TABLE article_fingerprints (
  article_id TEXT    NOT NULL PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE,
  body_hash  TEXT    NOT NULL,
  shingles   INTEGER NOT NULL CHECK (shingles >= 0),
  min_hash   TEXT    NOT NULL
) STRICT;

CREATE INDEX article_fingerprints_by_hash ON article_fingerprints (body_hash);

-- Which extractor version made each article's stored extraction.
CREATE TABLE article_extractions (
  article_id        TEXT NOT NULL PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE,
  extractor_version TEXT NOT NULL,
  extracted_at      TEXT NOT NULL
) STRICT;

-- Curators' corrections, applied to the canonical view in seq order after every re-run.
CREATE TABLE corrections (
  seq        INTEGER NOT NULL PRIMARY KEY,
  kind       TEXT    NOT NULL,
  target     TEXT    NOT NULL,
  why        TEXT    NOT NULL,
  entered_at TEXT    NOT NULL
) STRICT;

CREATE TABLE correction_args (
  seq   INTEGER NOT NULL REFERENCES corrections (seq) ON DELETE CASCADE,
  name  TEXT    NOT NULL,
  value TEXT    NOT NULL,
  PRIMARY KEY (seq, name)
) WITHOUT ROWID, STRICT;

-- The membership of the canonical view as last computed: per-article event or person id -> canonical id.
CREATE TABLE canonical_members (
  member       TEXT NOT NULL PRIMARY KEY,
  canonical_id TEXT NOT NULL
) WITHOUT ROWID, STRICT;

CREATE INDEX canonical_members_by_id ON canonical_members (canonical_id);

-- Canonical ids no longer in use, and the id that took over most of their members.
CREATE TABLE canonical_aliases (
  old_id      TEXT NOT NULL PRIMARY KEY,
  new_id      TEXT NOT NULL,
  recorded_at TEXT NOT NULL
) WITHOUT ROWID, STRICT;

-- What changed when a newer extractor re-read an article.
CREATE TABLE extraction_changes (
  id           INTEGER NOT NULL PRIMARY KEY,
  article_id   TEXT    NOT NULL,
  from_version TEXT    NOT NULL,
  to_version   TEXT    NOT NULL,
  kind         TEXT    NOT NULL,
  event_key    TEXT    NOT NULL,
  detail       TEXT    NOT NULL,
  recorded_at  TEXT    NOT NULL
) STRICT;

CREATE INDEX extraction_changes_by_article ON extraction_changes (article_id, id);
