-- Attaché store, schema version 3: what the queries need at a million events (issue 8).
-- event_pairs holds each pair of sides of each event (a < b in code order), so that a pair timeline reads
-- only that pair's events; pair_counts keeps the number of events per pair, so that the graph of all events
-- is read, not computed. Both are kept in step by triggers; event_pairs rows go with their event (cascade).
-- A trigger is written on one line: the migration runner splits statements at a semicolon ending a line.

CREATE TABLE event_pairs (
  a        TEXT NOT NULL,
  b        TEXT NOT NULL,
  event_id TEXT NOT NULL REFERENCES events (id) ON DELETE CASCADE,
  PRIMARY KEY (a, b, event_id)
) WITHOUT ROWID, STRICT;

CREATE INDEX event_pairs_by_event ON event_pairs (event_id);

CREATE TABLE pair_counts (
  a TEXT    NOT NULL,
  b TEXT    NOT NULL,
  n INTEGER NOT NULL,
  PRIMARY KEY (a, b)
) WITHOUT ROWID, STRICT;

CREATE TRIGGER pair_counts_insert AFTER INSERT ON event_pairs BEGIN INSERT INTO pair_counts (a, b, n) VALUES (new.a, new.b, 1) ON CONFLICT (a, b) DO UPDATE SET n = n + 1; END;
CREATE TRIGGER pair_counts_delete AFTER DELETE ON event_pairs BEGIN UPDATE pair_counts SET n = n - 1 WHERE a = old.a AND b = old.b; END;
CREATE TRIGGER event_pairs_insert AFTER INSERT ON event_actors BEGIN INSERT INTO event_pairs (a, b, event_id) SELECT min(new.code, y.code), max(new.code, y.code), new.event_id FROM event_actors y WHERE y.event_id = new.event_id AND y.code <> new.code ON CONFLICT DO NOTHING; END;

INSERT INTO event_pairs (a, b, event_id) SELECT DISTINCT x.code, y.code, x.event_id FROM event_actors x JOIN event_actors y ON y.event_id = x.event_id AND x.code < y.code WHERE true ON CONFLICT DO NOTHING;

-- The filtered event list: a type within a period.
CREATE INDEX events_by_type_date ON events (type, date_first_day);
