-- Attaché store, schema version 7 (issue 8, query speed), in three parts.
--
-- 1. The log by which the full-text index of evidence sentences catches up with the events. That index is a
-- Lucene index in the folder next to the store file (<file>.search, see SearchIndex): a copy, which records up
-- to which seq of search_log it is in step; deleting the folder only makes the next search rebuild it.
-- search_meta names this store (store_id, so that a folder left by another store is not taken for this one's)
-- and says up to which seq the log has been emptied (trimmed_through).
--
-- 2. event_pairs also keeps each event's type and its number of distinct sides, indexed per pair with the date
-- key, so that a pair's events per month are counted from that index alone; only events with more than two
-- sides (whose other pairs count too) are looked up. Filling the columns of an existing store of a million
-- events takes some seconds.
--
-- 3. The filtered event list (a type within a period, and a country) reads its candidates from an index that
-- also holds the event id, which the country test needs, instead of from the events table: it replaces V5's
-- index on type and date, of which it is an extension.
--
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

ALTER TABLE event_pairs ADD COLUMN type TEXT;
ALTER TABLE event_pairs ADD COLUMN sides INTEGER;

UPDATE event_pairs SET type = (SELECT e.type FROM events e WHERE e.id = event_pairs.event_id), sides = (SELECT count(DISTINCT x.code) FROM event_actors x WHERE x.event_id = event_pairs.event_id);

DROP TRIGGER event_pairs_insert;
CREATE TRIGGER event_pairs_insert AFTER INSERT ON event_actors BEGIN INSERT INTO event_pairs (a, b, event_id, date_first_day, date_length, type, sides) SELECT min(new.code, y.code), max(new.code, y.code), new.event_id, e.date_first_day, length(e.date), e.type, 0 FROM event_actors y JOIN events e ON e.id = new.event_id WHERE y.event_id = new.event_id AND y.code <> new.code ON CONFLICT DO NOTHING; UPDATE event_pairs SET sides = (SELECT count(DISTINCT x.code) FROM event_actors x WHERE x.event_id = new.event_id) WHERE event_id = new.event_id; END;

CREATE INDEX event_pairs_by_period ON event_pairs (a, b, date_first_day, date_length, type, sides);

CREATE INDEX events_by_type_date_id ON events (type, date_first_day, id);
DROP INDEX events_by_type_date;
