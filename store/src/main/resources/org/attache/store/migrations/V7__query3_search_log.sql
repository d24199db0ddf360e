-- Attaché store, schema version 7: the log by which the full-text index of evidence sentences catches up with the
-- events (issue 8). That index is a Lucene index in the folder next to the store file (<file>.search, see
-- EvidenceIndex): a copy, which records up to which seq of search_log it is in step; deleting the folder only
-- makes the next search rebuild it. search_meta names this store (store_id, so that a folder left by another
-- store is not taken for this one's) and says up to which seq the log has been emptied (trimmed_through).
-- A trigger is written on one line: the migration runner splits statements at a semicolon ending a line.

CREATE TABLE search_log (
  seq      INTEGER PRIMARY KEY AUTOINCREMENT,
  event_id TEXT    NOT NULL
) STRICT;

CREATE TABLE search_meta (
  key   TEXT NOT NULL PRIMARY KEY,
  value TEXT NOT NULL
) STRICT;

INSERT INTO search_meta (key, value) VALUES ('store_id', lower(hex(randomblob(16)))), ('trimmed_through', '0');

CREATE TRIGGER search_log_insert AFTER INSERT ON events BEGIN INSERT INTO search_log (event_id) VALUES (new.id); END;
CREATE TRIGGER search_log_delete AFTER DELETE ON events BEGIN INSERT INTO search_log (event_id) VALUES (old.id); END;
CREATE TRIGGER search_log_update AFTER UPDATE OF id, article_id, position, evidence_text ON events BEGIN INSERT INTO search_log (event_id) VALUES (old.id); INSERT INTO search_log (event_id) VALUES (new.id); END;
