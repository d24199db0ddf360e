-- Attaché store, schema version 4: event_pairs also keeps each event's date key (first day, length of the
-- ISO date), indexed per pair, so that the first page of a pair timeline reads only its first rows (issue 8).
-- A trigger is written on one line: the migration runner splits statements at a semicolon ending a line.

ALTER TABLE event_pairs ADD COLUMN date_first_day TEXT;
ALTER TABLE event_pairs ADD COLUMN date_length INTEGER;

UPDATE event_pairs SET date_first_day = (SELECT e.date_first_day FROM events e WHERE e.id = event_pairs.event_id), date_length = (SELECT length(e.date) FROM events e WHERE e.id = event_pairs.event_id);

DROP TRIGGER event_pairs_insert;
CREATE TRIGGER event_pairs_insert AFTER INSERT ON event_actors BEGIN INSERT INTO event_pairs (a, b, event_id, date_first_day, date_length) SELECT min(new.code, y.code), max(new.code, y.code), new.event_id, e.date_first_day, length(e.date) FROM event_actors y JOIN events e ON e.id = new.event_id WHERE y.event_id = new.event_id AND y.code <> new.code ON CONFLICT DO NOTHING; END;

CREATE INDEX event_pairs_by_date ON event_pairs (a, b, date_first_day, date_length);
