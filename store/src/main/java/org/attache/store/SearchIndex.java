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
import java.util.stream.Collectors;
import org.attache.model.Span;
import org.attache.search.TextIndex;
import org.attache.search.TextQuery;
import org.jspecify.annotations.Nullable;

/**
 * A full-text index of one {@link Kind} of the store's texts (the events' evidence sentences, or the articles'
 * titles and texts): a {@link TextIndex} in a folder next to the store file, a copy of a table that catches up
 * through a log table whose triggers note every row inserted, deleted or changed ({@code search_log} for events,
 * V7; {@code article_search_log} for articles, V8). Each commit of the index records the store's id, the last seq
 * of the log it has applied and the row id noted there; a search runs only on an index in step with the state of
 * the store it reads, so it sees exactly the stored rows. An index that is missing, unreadable, of another store,
 * behind a trimmed log, or ahead of or beside the store's history (the file was restored from a backup) is rebuilt
 * from the table.
 *
 * <p>Not thread-safe: {@link SqliteStore} calls it under its own lock, on its connection.
 */
final class SearchIndex implements AutoCloseable {
  /** Rows read and written per chunk when the index catches up. */
  private static final int CHUNK = 500;

  /** A log is emptied up to the index's seq once it holds this many applied rows. */
  static final int TRIM_ROWS = 10_000;

  /** How much more a word of an article's title weighs than one of its text, in both article searches. */
  static final int TITLE_WEIGHT = 5;

  /** The most words of an article hit's snippet, in both article searches. */
  static final int SNIPPET_WORDS = 24;

  private static final int SQLITE_BUSY = 5;

  /** What an index holds, where, and the tables that keep it in step. */
  enum Kind {
    /** Each event's evidence sentence; ties by article id, then position; a hit's snippet is the sentence. */
    EVIDENCE("events", ".search", "search_log", "event_id", "trimmed_through", "",
        "id, evidence_text, article_id, position, evidence_start, evidence_end") {
      @Override
      Doc doc(ResultSet rs) throws SQLException {
        return new Doc(rs.getString(1), List.of(new TextIndex.Part(rs.getString(2), 1)),
            tieKey(rs.getString(3), rs.getInt(4)));
      }

      @Override
      Store.SearchHit hit(ResultSet rs, TextQuery query, double score) throws SQLException {
        String text = rs.getString(2);
        return new Store.SearchHit(rs.getString(3), rs.getString(1), text, query.highlights(text),
            new Span(rs.getInt(5), rs.getInt(6)), score);
      }
    },

    /**
     * Each article's title ({@link #TITLE_WEIGHT} times) and text; ties by source, then id; a hit's snippet is the
     * stretch of the text that FTS5's {@code snippet()} would show.
     */
    ARTICLES("articles", ".articles.search", "article_search_log", "article_id", "article_trimmed_through",
        "/articles", "id, title, text, source") {
      @Override
      Doc doc(ResultSet rs) throws SQLException {
        String title = rs.getString(2);
        return new Doc(rs.getString(1), List.of(new TextIndex.Part(title == null ? "" : title, TITLE_WEIGHT),
            new TextIndex.Part(rs.getString(3), 1)), rs.getString(4) + '\0' + rs.getString(1));
      }

      @Override
      Store.SearchHit hit(ResultSet rs, TextQuery query, double score) throws SQLException {
        TextQuery.Snippet snippet = query.snippet(rs.getString(3), SNIPPET_WORDS);
        return new Store.SearchHit(rs.getString(1), null, snippet.text(), snippet.highlights(), null, score);
      }
    };

    private final String table;
    private final String folderSuffix;
    private final String log;
    private final String logColumn;
    private final String trimmedKey;
    private final String ownerSuffix;
    private final String columns;

    /**
     * @param table the table of the texts, whose key is {@code id}
     * @param folderSuffix appended to the store file's name to name the index folder
     * @param log the log table the triggers fill, with {@code seq} and {@code logColumn}
     * @param trimmedKey the key of {@code search_meta} saying up to which seq the log has been emptied
     * @param ownerSuffix appended to the store's id in the index's version, so that one kind's folder is never
     *     taken for the other's
     * @param columns what {@link #doc} and {@link #hit} read, {@code id} first
     */
    Kind(String table, String folderSuffix, String log, String logColumn, String trimmedKey, String ownerSuffix,
        String columns) {
      this.table = table;
      this.folderSuffix = folderSuffix;
      this.log = log;
      this.logColumn = logColumn;
      this.trimmedKey = trimmedKey;
      this.ownerSuffix = ownerSuffix;
      this.columns = columns;
    }

    /** The text of the row at the cursor of a query of {@link #columns}, as indexed. */
    abstract Doc doc(ResultSet rs) throws SQLException;

    /** The hit on the row at the cursor of a query of {@link #columns}. */
    abstract Store.SearchHit hit(ResultSet rs, TextQuery query, double score) throws SQLException;

    /** The folder of this kind's index of the store in {@code file}. */
    Path folderOf(Path file) {
      return file.resolveSibling(file.getFileName() + folderSuffix);
    }
  }

  /** A row as indexed: its id, its text in parts and its tie key. */
  record Doc(String id, List<TextIndex.Part> parts, String tie) {
    /** All its words, for checking a hit against the store. */
    String words() {
      return parts.stream().map(TextIndex.Part::text).collect(Collectors.joining("\n"));
    }
  }

  private final Kind kind;
  private final TextIndex index;
  private boolean rebuildNext;

  private SearchIndex(Kind kind, TextIndex index) {
    this.kind = kind;
    this.index = index;
  }

  static SearchIndex open(Kind kind, Path file) {
    return new SearchIndex(kind, TextIndex.open(kind.folderOf(file)));
  }

  /** The state of the store that the index must record to be in step. */
  private record State(String owner, long seq, long trimmedThrough) {}

  /**
   * Whether {@code version} is a state of this store's history that the index can catch up from: of this store,
   * not ahead of it, and the change it names still the one in the log (the row id noted at that seq), or emptied
   * from the log at that very seq. A store restored from a backup and changed since has other changes under the
   * same seqs.
   */
  private boolean inHistory(Connection db, State state, TextIndex.Version version) throws SQLException {
    if (!version.owner().equals(state.owner()) || version.number() > state.seq()) {
      return false;
    }
    String tag = tagAt(db, version.number());
    return tag == null ? version.number() == state.trimmedThrough() : tag.equals(version.tag());
  }

  /** The row id the log notes at {@code seq}, or null when there is no such row (never, or emptied). */
  private @Nullable String tagAt(Connection db, long seq) throws SQLException {
    try (PreparedStatement ps = db.prepareStatement("SELECT " + kind.logColumn + " FROM " + kind.log
        + " WHERE seq = ?")) {
      ps.setLong(1, seq);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? rs.getString(1) : null;
      }
    }
  }

  /** The version the index records once it is in step with {@code state}. */
  private TextIndex.Version versionOf(Connection db, State state) throws SQLException {
    String tag = tagAt(db, state.seq());
    return new TextIndex.Version(state.owner(), state.seq(), tag == null ? "" : tag);
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
      try (PreparedStatement ps = db.prepareStatement("SELECT " + kind.columns + " FROM " + kind.table
          + " WHERE id IN (" + "?, ".repeat(chunk.size() - 1) + "?)")) {
        for (int i = 0; i < chunk.size(); i++) {
          ps.setString(i + 1, chunk.get(i).id());
        }
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            String id = rs.getString(1);
            if (query.matches(kind.doc(rs).words())) { // else left out: the index disagrees with the store
              byId.put(id, kind.hit(rs, query, scores.get(id)));
            }
          }
        }
      }
    }
    List<Store.SearchHit> out = new ArrayList<>(top.size());
    for (TextIndex.Hit h : top) {
      Store.SearchHit hit = byId.get(h.id());
      if (hit == null) { // the index disagrees with the store: rebuild it
        rebuildNext = true;
        return null;
      }
      out.add(hit);
    }
    return out;
  }

  /**
   * Brings the index in step with the store: applies the rows the log names since the index's seq, or rebuilds
   * it from the whole table when that is not possible or slower; then empties the applied part of the log if it
   * has grown and the store's write lock is free. Waits up to {@code wait} for another writer of the index (in
   * this or another process) to finish. Run outside any transaction.
   *
   * @param trimRows how many applied rows the log may hold before it is emptied ({@link #TRIM_ROWS})
   *
   * @return how many rows were indexed or removed, or -1 when another writer still held the index
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

  /** Catches up inside one read transaction; returns the seq now recorded and how many rows changed. */
  private long[] catchUp(Connection db, TextIndex.Writer writer) throws SQLException {
    State state = state(db);
    Optional<TextIndex.Version> version = index.version(); // another writer may have caught up meanwhile
    if (inStep(db, state, version)) {
      return new long[] {state.seq(), 0};
    }
    TextIndex.Version target = versionOf(db, state);
    boolean rebuild = rebuildNext || version.isEmpty() || !inHistory(db, state, version.get());
    int changed = 0;
    long rows = count(db, "SELECT count(*) FROM " + kind.table);
    if (!rebuild) {
      List<String> ids = new ArrayList<>();
      try (PreparedStatement ps = db.prepareStatement("SELECT DISTINCT " + kind.logColumn + " FROM " + kind.log
          + " WHERE seq > ?")) {
        ps.setLong(1, version.get().number());
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            ids.add(rs.getString(1));
          }
        }
      }
      rebuild = ids.size() > rows / 2; // reading all rows in one pass is then quicker
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
    if (index.size() != rows) {
      if (rebuild) {
        throw new IllegalStateException("the search index " + index.folder() + " holds " + index.size() + " "
            + kind.table + " after a rebuild, the store " + rows);
      }
      writer.clear(); // the index had drifted from the store (a file restored from a backup): start again
      changed = putAll(db, writer);
      writer.commit(target);
      index.version();
    }
    rebuildNext = false;
    return new long[] {state.seq(), changed};
  }

  /** Puts the current text of each row in {@code ids}, or removes it when the row is gone. */
  private int apply(Connection db, TextIndex.Writer writer, List<String> ids) throws SQLException {
    for (int from = 0; from < ids.size(); from += CHUNK) {
      List<String> chunk = ids.subList(from, Math.min(ids.size(), from + CHUNK));
      Set<String> gone = new HashSet<>(chunk);
      try (PreparedStatement ps = db.prepareStatement("SELECT " + kind.columns + " FROM " + kind.table
          + " WHERE id IN (" + "?, ".repeat(chunk.size() - 1) + "?)")) {
        for (int i = 0; i < chunk.size(); i++) {
          ps.setString(i + 1, chunk.get(i));
        }
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            Doc doc = kind.doc(rs);
            gone.remove(doc.id());
            writer.put(doc.id(), doc.parts(), doc.tie());
          }
        }
      }
      gone.forEach(writer::delete);
    }
    return ids.size();
  }

  private int putAll(Connection db, TextIndex.Writer writer) throws SQLException {
    int n = 0;
    try (Statement st = db.createStatement();
        ResultSet rs = st.executeQuery("SELECT " + kind.columns + " FROM " + kind.table)) {
      while (rs.next()) {
        Doc doc = kind.doc(rs);
        writer.put(doc.id(), doc.parts(), doc.tie());
        n++;
      }
    }
    return n;
  }

  /**
   * Orders evidence hits of equal relevance as the SQL search does: by article id, then position (UTF-8 bytes
   * compare as SQLite's default collation does; NUL sorts an id before any longer one it begins).
   */
  static String tieKey(String articleId, int position) {
    return articleId + '\0' + String.format(Locale.ROOT, "%010d", position);
  }

  /** Empties the log up to {@code applied} once it is long, if the store's write lock is free now. */
  private void trim(Connection db, long applied, int trimRows) throws SQLException {
    if (count(db, "SELECT count(*) FROM " + kind.log + " WHERE seq <= " + applied) < trimRows) {
      return;
    }
    try (Statement st = db.createStatement()) {
      st.execute("PRAGMA busy_timeout = 0");
      try {
        Transactions.run(db, "BEGIN IMMEDIATE", () -> {
          st.executeUpdate("DELETE FROM " + kind.log + " WHERE seq <= " + applied);
          st.executeUpdate("UPDATE search_meta SET value = '" + applied + "' WHERE key = '" + kind.trimmedKey
              + "' AND CAST(value AS INTEGER) < " + applied);
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

  private State state(Connection db) throws SQLException {
    try (Statement st = db.createStatement();
        ResultSet rs = st.executeQuery("SELECT (SELECT value FROM search_meta WHERE key = 'store_id'),"
            + " coalesce((SELECT seq FROM sqlite_sequence WHERE name = '" + kind.log + "'), 0),"
            + " (SELECT CAST(value AS INTEGER) FROM search_meta WHERE key = '" + kind.trimmedKey + "')")) {
      rs.next();
      return new State(rs.getString(1) + kind.ownerSuffix, rs.getLong(2), rs.getLong(3));
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
