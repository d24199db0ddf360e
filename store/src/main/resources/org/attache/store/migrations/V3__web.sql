-- Attaché store, schema version 2: web intake (issue 5). Additive: new tables only.
-- article_meta has no foreign key on purpose: it is written just before its article, and a row whose
-- article never got stored (analysis failed) is harmless and overwritten by the next attempt.

CREATE TABLE article_meta (
  article_id    TEXT NOT NULL PRIMARY KEY,
  author        TEXT,
  site_name     TEXT,
  canonical_url TEXT,
  language      TEXT,
  body_hash     TEXT
) STRICT;

CREATE INDEX article_meta_by_canonical ON article_meta (canonical_url);
CREATE INDEX article_meta_by_body ON article_meta (body_hash);

CREATE TABLE article_provenance (
  article_id TEXT NOT NULL,
  field      TEXT NOT NULL,
  source     TEXT NOT NULL,
  PRIMARY KEY (article_id, field)
) WITHOUT ROWID, STRICT;

-- Feed items already handled by 'attache watch', keyed 'guid:...', 'url:...' or 'hash:...'.
CREATE TABLE feed_items (
  item_key   TEXT NOT NULL PRIMARY KEY,
  feed       TEXT NOT NULL,
  article_id TEXT,
  seen_at    TEXT NOT NULL
) WITHOUT ROWID, STRICT;
