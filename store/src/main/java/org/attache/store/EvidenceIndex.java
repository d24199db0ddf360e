package org.attache.store;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.attache.model.Span;
import org.attache.search.TextIndex;
import org.attache.search.TextQuery;
import org.jspecify.annotations.Nullable;

/**
 * The full-text index of the events' evidence sentences: a {@link TextIndex} in the folder {@code <store
 * file>.search}, a copy of the {@code events} table that catches up through {@code search_log} (V7), whose
 * triggers note every event inserted, deleted or changed. Each commit of the index records the store's id, the
 * last seq of the log it has applied and the event id noted there; a search runs only on an index in step with the
 * state of the store it reads, so it sees exactly the stored events. An index that is missing, unreadable, of
 * another store, behind a trimmed log, or ahead of or beside the store's history (the file was restored from a
 * backup) is rebuilt from the events.
 *
 * <p>Not thread-safe: {@link SqliteStore} calls it under its own lock, on its connection.
 */
final class EvidenceIndex implements AutoCloseable {
  /** Events read and written per chunk when the index catches up. */
  private static final int CHUNK = 500;

  /** The log is emptied up to the index's seq once it holds this many applied rows. */
  static final int TRIM_ROWS = 10_000;

  private static final int SQLITE_BUSY = 5;

  private final TextIndex index;
  private boolean rebuildNext;

  private EvidenceIndex(TextIndex index) {
    this.index = index;
  }

  /** The folder of the index of the store in {@code file}. */
  static Path folderOf(Path file) {
    return file.resolveSibling(file.getFileName() + ".search");
  }

  static EvidenceIndex open(Path file) {
    return new EvidenceIndex(TextIndex.open(folderOf(file)));
  }

  /** The state of the store that the index must record to be in step. */
  private record State(String storeId, long seq, long trimmedThrough) {}

  /**
   * Whether {@code version} is a state of this store's history that the index can catch up from: of this store,
   * not ahead of it, and the change it names still the one in the log (the event id noted at that seq), or
   * emptied from the log at that very seq. A store restored from a backup and changed since has other changes
   * under the same seqs.
   */
  private static boolean inHistory(Connection db, State state, TextIndex.Version version) throws SQLException {
    if (!version.owner().equals(state.storeId()) || version.number() > state.seq()) {
      return false;
    }
    String tag = tagAt(db, version.number());
    return tag == null ? version.number() == state.trimmedThrough() : tag.equals(version.tag());
  }

  /** The event id the log notes at {@code seq}, or null when there is no such row (never, or emptied). */
  private static @Nullable String tagAt(Connection db, long seq) throws SQLException {
    try (PreparedStatement ps = db.prepareStatement("SELECT event_id FROM search_log WHERE seq = ?")) {
      ps.setLong(1, seq);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? rs.getString(1) : null;
      }
    }
  }

  /** The version the index records once it is in step with {@code state}. */
  private static TextIndex.Version versionOf(Connection db, State state) throws SQLException {
    String tag = tagAt(db, state.seq());
    return new TextIndex.Version(state.storeId(), state.seq(), tag == null ? "" : tag);
  }

  /** Whether the index, at {@code version}, is in step with the store in {@code state}. */
  private boolean inStep(Connection db, State state, Optional<TextIndex.Version> version) throws SQLException {
    return !rebuildNext && version.isPresent() && version.get().number() == state.seq()
        && inHistory(db, state, version.get());
  }

  /**
   * The hits of {@code query}, best first, at most {@code limit}, if the index is in step with the store as the
   * current read transaction sees it; null if it must catch up first. Run inside a read transaction.
   */
  @Nullable List<Store.SearchHit> searchIfCurrent(Connection db, TextQuery query, int limit) throws SQLException {
    if (!inStep(db, state(db), index.version())) {
      return null;
    }
    List<TextIndex.Hit> top;
    try {
      top = index.search(query, limit);
    } catch (UncheckedIOException e) { // a damaged segment: a rebuild replaces it (and fails, naming it, if it cannot)
      rebuildNext = true;
      return null;
    }
    Map<String, Store.SearchHit> byId = new HashMap<>();
    for (int from = 0; from < top.size(); from += CHUNK) {
      List<TextIndex.Hit> chunk = top.subList(from, Math.min(top.size(), from + CHUNK));
      Map<String, Float> scores = new HashMap<>();
      chunk.forEach(h -> scores.put(h.id(), h.score()));
      try (PreparedStatement ps = db.prepareStatement("SELECT id, article_id, evidence_text, evidence_start,"
          + " evidence_end FROM events WHERE id IN (" + "?, ".repeat(chunk.size() - 1) + "?)")) {
        for (int i = 0; i < chunk.size(); i++) {
          ps.setString(i + 1, chunk.get(i).id());
        }
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            String text = rs.getString(3);
            List<Span> highlights = query.highlights(text);
            String id = rs.getString(1);
            byId.put(id, new Store.SearchHit(rs.getString(2), id, text, highlights,
                new Span(rs.getInt(4), rs.getInt(5)), scores.get(id)));
          }
        }
      }
    }
    List<Store.SearchHit> out = new ArrayList<>(top.size());
    for (TextIndex.Hit h : top) {
      Store.SearchHit hit = byId.get(h.id());
      if (hit == null || !query.matches(hit.snippet())) { // the index disagrees with the store: rebuild it
        rebuildNext = true;
        return null;
      }
      out.add(hit);
    }
    return out;
  }

  /**
   * Brings the index in step with the store: applies the events the log names since the index's seq, or rebuilds
   * it from all events when that is not possible or slower; then empties the applied part of the log if it has
   * grown and the store's write lock is free. Waits up to {@code wait} for another writer of the index (in this
   * or another process) to finish. Run outside any transaction.
   *
   * @param trimRows how many applied rows the log may hold before it is emptied ({@link #TRIM_ROWS})
   *
   * @return how many events were indexed or removed, or -1 when another writer still held the index
   */
  int update(Connection db, Duration wait, int trimRows) throws SQLException {
    Optional<TextIndex.Writer> opened = index.writer(wait);
    if (opened.isEmpty()) {
      return -1;
    }
    long applied;
    int changed;
    try (TextIndex.Writer writer = opened.get()) {
      long[] result = Transactions.run(db, "BEGIN", () -> catchUp(db, writer));
      applied = result[0];
      changed = (int) result[1];
    }
    if (changed > 0) {
      trim(db, applied, trimRows);
    }
    return changed;
  }

  /** Catches up inside one read transaction; returns the seq now recorded and how many events changed. */
  private long[] catchUp(Connection db, TextIndex.Writer writer) throws SQLException {
    State state = state(db);
    Optional<TextIndex.Version> version = index.version(); // another writer may have caught up meanwhile
    if (inStep(db, state, version)) {
      return new long[] {state.seq(), 0};
    }
    TextIndex.Version target = versionOf(db, state);
    boolean rebuild = rebuildNext || version.isEmpty() || !inHistory(db, state, version.get());
    int changed = 0;
    long events = count(db, "SELECT count(*) FROM events");
    if (!rebuild) {
      List<String> ids = new ArrayList<>();
      try (PreparedStatement ps = db.prepareStatement("SELECT DISTINCT event_id FROM search_log WHERE seq > ?")) {
        ps.setLong(1, version.get().number());
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            ids.add(rs.getString(1));
          }
        }
      }
      rebuild = ids.size() > events / 2; // reading all events in one pass is then quicker
      if (!rebuild) {
        changed = apply(db, writer, ids);
      }
    }
    if (rebuild) {
      writer.clear();
      changed = putAll(db, writer);
    }
    writer.commit(target);
    index.version();
    if (index.size() != events) {
      if (rebuild) {
        throw new IllegalStateException("the search index " + index.folder() + " holds " + index.size()
            + " events after a rebuild, the store " + events);
      }
      writer.clear(); // the index had drifted from the store (a file restored from a backup): start again
      changed = putAll(db, writer);
      writer.commit(target);
      index.version();
    }
    rebuildNext = false;
    return new long[] {state.seq(), changed};
  }

  /** Puts the current text of each event in {@code ids}, or removes it when the event is gone. */
  private static int apply(Connection db, TextIndex.Writer writer, List<String> ids) throws SQLException {
    for (int from = 0; from < ids.size(); from += CHUNK) {
      List<String> chunk = ids.subList(from, Math.min(ids.size(), from + CHUNK));
      Set<String> gone = new HashSet<>(chunk);
      try (PreparedStatement ps = db.prepareStatement("SELECT id, evidence_text, article_id, position FROM events"
          + " WHERE id IN (" + "?, ".repeat(chunk.size() - 1) + "?)")) {
        for (int i = 0; i < chunk.size(); i++) {
          ps.setString(i + 1, chunk.get(i));
        }
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            gone.remove(rs.getString(1));
            writer.put(rs.getString(1), rs.getString(2), tieKey(rs.getString(3), rs.getInt(4)));
          }
        }
      }
      gone.forEach(writer::delete);
    }
    return ids.size();
  }

  private static int putAll(Connection db, TextIndex.Writer writer) throws SQLException {
    int n = 0;
    try (Statement st = db.createStatement();
        ResultSet rs = st.executeQuery("SELECT id, evidence_text, article_id, position FROM events")) {
      while (rs.next()) {
        writer.put(rs.getString(1), rs.getString(2), tieKey(rs.getString(3), rs.getInt(4)));
        n++;
      }
    }
    return n;
  }

  /**
   * Orders hits of equal relevance as the SQL search did: by article id, then position (UTF-8 bytes compare as
   * SQLite's default collation does; NUL sorts an id before any longer one it begins).
   */
  static String tieKey(String articleId, int position) {
    return articleId + '\0' + String.format(Locale.ROOT, "%010d", position);
  }

  /** Empties the log up to {@code applied} once it is long, if the store's write lock is free now. */
  private static void trim(Connection db, long applied, int trimRows) throws SQLException {
    if (count(db, "SELECT count(*) FROM search_log WHERE seq <= " + applied) < trimRows) {
      return;
    }
    try (Statement st = db.createStatement()) {
      st.execute("PRAGMA busy_timeout = 0");
      try {
        Transactions.run(db, "BEGIN IMMEDIATE", () -> {
          st.executeUpdate("DELETE FROM search_log WHERE seq <= " + applied);
          st.executeUpdate("UPDATE search_meta SET value = '" + applied + "' WHERE key = 'trimmed_through'"
              + " AND CAST(value AS INTEGER) < " + applied);
          return null;
        });
      } catch (SQLException e) {
        if ((e.getErrorCode() & 0xff) != SQLITE_BUSY) {
          throw e;
        } // another process is writing: the next catch-up trims
      } finally {
        st.execute("PRAGMA busy_timeout = " + SqliteStore.BUSY_TIMEOUT_MS);
      }
    }
  }

  private static State state(Connection db) throws SQLException {
    try (Statement st = db.createStatement();
        ResultSet rs = st.executeQuery("SELECT (SELECT value FROM search_meta WHERE key = 'store_id'),"
            + " coalesce((SELECT seq FROM sqlite_sequence WHERE name = 'search_log'), 0),"
            + " (SELECT CAST(value AS INTEGER) FROM search_meta WHERE key = 'trimmed_through')")) {
      rs.next();
      return new State(rs.getString(1), rs.getLong(2), rs.getLong(3));
    }
  }

  private static long count(Connection db, String sql) throws SQLException {
    try (Statement st = db.createStatement(); ResultSet rs = st.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  @Override
  public void close() {
    index.close();
  }
}
