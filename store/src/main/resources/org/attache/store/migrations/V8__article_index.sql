-- Attaché store, schema version 8 (issue 8, query speed): the log by which the full-text index of articles
-- catches up with the articles table, as search_log (V7) does for the events' evidence. That index is a Lucene
-- index in the folder next to the store file (<file>.articles.search, see SearchIndex): a copy, which records up
-- to which seq of article_search_log it is in step; deleting the folder only makes the next search rebuild it.
-- search_meta says up to which seq this log has been emptied (article_trimmed_through). The FTS5 table of V2
-- stays: it answers article searches while another process holds the Lucene index.
--
-- A trigger is written on one line: the migration runner splits statements at a semicolon ending a line.

CREATE TABLE article_search_log (
  seq        INTEGER PRIMARY KEY AUTOINCREMENT,
  article_id TEXT    NOT NULL
) STRICT;

INSERT INTO search_meta (key, value) VALUES ('article_trimmed_through', '0');

CREATE TRIGGER article_search_log_insert AFTER INSERT ON articles BEGIN INSERT INTO article_search_log (article_id) VALUES (new.id); END;
CREATE TRIGGER article_search_log_delete AFTER DELETE ON articles BEGIN INSERT INTO article_search_log (article_id) VALUES (old.id); END;
CREATE TRIGGER article_search_log_update AFTER UPDATE OF id, source, title, text ON articles BEGIN INSERT INTO article_search_log (article_id) VALUES (old.id); INSERT INTO article_search_log (article_id) VALUES (new.id); END;
