-- Attaché store, schema version 2: full-text search (SQLite FTS5) over article texts and event evidence.
-- Both indexes are external-content tables kept in step by triggers, so nothing is stored twice.
-- A trigger is written on one line: the migration runner splits statements at a semicolon ending a line.

CREATE VIRTUAL TABLE article_search USING fts5(title, text, content = 'articles', content_rowid = 'rowid', tokenize = 'unicode61 remove_diacritics 2');

CREATE TRIGGER article_search_insert AFTER INSERT ON articles BEGIN INSERT INTO article_search (rowid, title, text) VALUES (new.rowid, new.title, new.text); END;
CREATE TRIGGER article_search_delete AFTER DELETE ON articles BEGIN INSERT INTO article_search (article_search, rowid, title, text) VALUES ('delete', old.rowid, old.title, old.text); END;
CREATE TRIGGER article_search_update AFTER UPDATE ON articles BEGIN INSERT INTO article_search (article_search, rowid, title, text) VALUES ('delete', old.rowid, old.title, old.text); INSERT INTO article_search (rowid, title, text) VALUES (new.rowid, new.title, new.text); END;

CREATE VIRTUAL TABLE evidence_search USING fts5(evidence_text, content = 'events', content_rowid = 'rowid', tokenize = 'unicode61 remove_diacritics 2');

CREATE TRIGGER evidence_search_insert AFTER INSERT ON events BEGIN INSERT INTO evidence_search (rowid, evidence_text) VALUES (new.rowid, new.evidence_text); END;
CREATE TRIGGER evidence_search_delete AFTER DELETE ON events BEGIN INSERT INTO evidence_search (evidence_search, rowid, evidence_text) VALUES ('delete', old.rowid, old.evidence_text); END;
CREATE TRIGGER evidence_search_update AFTER UPDATE ON events BEGIN INSERT INTO evidence_search (evidence_search, rowid, evidence_text) VALUES ('delete', old.rowid, old.evidence_text); INSERT INTO evidence_search (rowid, evidence_text) VALUES (new.rowid, new.evidence_text); END;

INSERT INTO article_search (article_search) VALUES ('rebuild');
INSERT INTO evidence_search (evidence_search) VALUES ('rebuild');
