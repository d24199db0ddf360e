package org.attache.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.attache.model.Article;
import org.attache.model.ArticleFingerprint;
import org.attache.model.ArticleIssue;
import org.attache.model.Correction;
import org.attache.model.Event;
import org.attache.model.ExtractionChange;
import org.attache.model.EventType;
import org.attache.model.PartialDate;
import org.attache.model.Person;
import org.attache.model.Sector;
import org.attache.model.Span;
import org.attache.model.Status;
import org.attache.search.TextQuery;
import org.jspecify.annotations.Nullable;
import org.sqlite.Function;
import org.sqlite.SQLiteConfig;

/**
 * The {@link Store} in one SQLite file, through one JDBC connection.
 *
 * <p>Thread-safe: every public method is {@code synchronized}, so calls from several threads are
 * serialised on the one connection. Several processes may open the same file: the database is in WAL mode
 * (readers do not block the writer), writes take the write lock at once ({@code BEGIN IMMEDIATE}) and wait
 * up to {@link #BUSY_TIMEOUT_MS} for it, and every read of several tables runs in one read transaction, so
 * that it sees one consistent state.
 */
final class SqliteStore implements Store {
  static final int BUSY_TIMEOUT_MS = 10_000;

  /** The page cache of the connection, in KiB: the indexes of a million events stay in memory (issue 8). */
  private static final int CACHE_KIB = 64 * 1024;

  /** How much of the file is read through memory mapping, in bytes (issue 8). */
  private static final long MMAP_BYTES = 1L << 30;

  /** How many ids one {@code IN (...)} list holds when child rows are loaded. */
  private static final int CHUNK = 500;

  /** The SQL function that folds case for {@link PersonQuery#nameContains()}. */
  private static final String FOLD = "attache_fold";

  private static final String EVENT_COLUMNS = "e.id, e.article_id, e.type, e.mode, e.directed, e.date, e.location,"
      + " e.status, e.evidence_start, e.evidence_end, e.evidence_text, e.confidence";
  private static final String ARTICLE_COLUMNS =
      "id, source, text, body_start, body_end, pub_date, pub_date_source, url, title, content_hash";

  private final Path file;
  private final Connection db;
  private final Clock clock;
  /** The full-text indexes, each opened when first used. */
  private final java.util.EnumMap<SearchIndex.Kind, SearchIndex> searchIndexes =
      new java.util.EnumMap<>(SearchIndex.Kind.class);
  /** How long a search waits for another writer of a search index; tests shorten it. */
  java.time.Duration searchIndexWait = java.time.Duration.ofMillis(BUSY_TIMEOUT_MS);
  /** How many applied rows {@code search_log} and {@code article_search_log} may hold; tests lower it. */
  int searchLogTrimRows = SearchIndex.TRIM_ROWS;
  private boolean closed;
  /** How many write transactions this object ran (see {@link #changeCount}). */
  private long writes;

  private SqliteStore(Path file, Connection db, Clock clock) {
    this.file = file;
    this.db = db;
    this.clock = clock;
  }

  static SqliteStore open(Path file) {
    return open(file, Migrations.bundled(), Clock.systemUTC());
  }

  /** Opens {@code file}, bringing it up to the last of {@code migrations}; {@code clock} stamps what is stored. */
  static SqliteStore open(Path file, List<Migrations.Migration> migrations, Clock clock) {
    Path path = file.toAbsolutePath().normalize();
    if (Files.isDirectory(path)) {
      throw new IllegalArgumentException(path + " is a folder, not an SQLite database file");
    }
    try {
      Path parent = path.getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
    } catch (IOException e) {
      throw new StoreException("cannot create the folder of the store " + path + ": " + e, e);
    }
    SQLiteConfig config = new SQLiteConfig();
    config.setJournalMode(SQLiteConfig.JournalMode.WAL);
    config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
    config.enforceForeignKeys(true);
    config.setBusyTimeout(BUSY_TIMEOUT_MS);
    config.setCacheSize(-CACHE_KIB); // negative: KiB, not pages
    config.setPragma(SQLiteConfig.Pragma.MMAP_SIZE, Long.toString(MMAP_BYTES));
    Connection db = null;
    try {
      db = DriverManager.getConnection("jdbc:sqlite:" + path, config.toProperties());
      String mode = pragma(db, "journal_mode");
      if (!"wal".equalsIgnoreCase(mode)) {
        throw new StoreException(path + ": cannot switch to WAL mode, journal_mode is " + mode, null);
      }
      Function.create(db, FOLD, new Fold(), 1, Function.FLAG_DETERMINISTIC);
      Migrations.apply(db, path, migrations, clock);
      return new SqliteStore(path, db, clock);
    } catch (SQLException e) {
      closeQuietly(db, e);
      if (primaryCode(e) == 26) { // SQLITE_NOTADB
        throw new IllegalArgumentException(path + " is not an SQLite database (" + e.getMessage() + ")", e);
      }
      throw new StoreException("cannot open the store " + path + ": " + e.getMessage(), e);
    } catch (RuntimeException e) {
      closeQuietly(db, e);
      throw e;
    }
  }

  @Override
  public synchronized boolean containsArticle(String articleId) {
    return exists("looking up article " + articleId, "SELECT 1 FROM articles WHERE id = ?", articleId);
  }

  @Override
  public synchronized boolean putArticle(Article article, List<Person> people, List<Event> events) {
    checkArticle(article, people, events);
    return write("storing article " + article.id() + " (" + article.source() + ")", () -> {
      try (BulkInsert insert = new BulkInsert(db, clock.instant())) {
        return insert.put(article, people, events);
      }
    });
  }

  @Override
  public synchronized void replaceExtraction(String articleId, List<Person> people, List<Event> events) {
    write("replacing the extraction of article " + articleId, () -> {
      String text = articleText(articleId)
          .orElseThrow(() -> new IllegalArgumentException(file + ": no article with id " + articleId + " is stored"));
      checkExtraction(articleId, text, people, events);
      for (String table : List.of("people", "events")) {
        try (PreparedStatement ps = db.prepareStatement("DELETE FROM " + table + " WHERE article_id = ?")) {
          ps.setString(1, articleId);
          ps.executeUpdate();
        }
      }
      try (BulkInsert insert = new BulkInsert(db, clock.instant())) {
        insert.putExtraction(articleId, people, events);
      }
      return null;
    });
  }

  /** Checks an article and its extraction before anything is written, naming the article in every message. */
  private void checkArticle(Article article, List<Person> people, List<Event> events) {
    String where = "article " + article.id() + " (" + article.source() + ")";
    wellFormed(where + " text", article.text());
    wellFormed(where + " source", article.source());
    wellFormed(where + " title", article.title());
    wellFormed(where + " url", article.url());
    checkExtraction(article.id(), article.text(), people, events);
  }

  @Override
  public synchronized void putIssue(ArticleIssue issue) {
    wellFormed("issue source", issue.source());
    wellFormed("issue message", issue.message());
    write("recording an issue with " + issue.source(), () -> {
      try (PreparedStatement ps = db.prepareStatement("INSERT INTO article_issues"
          + " (source, kind, message, skipped, recorded_at) VALUES (?, ?, ?, ?, ?)"
          + " ON CONFLICT (source, kind, message) DO NOTHING")) {
        ps.setString(1, issue.source());
        ps.setString(2, issue.kind().name());
        ps.setString(3, issue.message());
        ps.setBoolean(4, issue.skipped());
        ps.setString(5, clock.instant().toString());
        ps.executeUpdate();
      }
      return null;
    });
  }

  @Override
  public synchronized Optional<Article> article(String id) {
    return read("reading article " + id, () -> {
      try (PreparedStatement ps = db.prepareStatement("SELECT " + ARTICLE_COLUMNS + " FROM articles WHERE id = ?")) {
        ps.setString(1, id);
        try (ResultSet rs = ps.executeQuery()) {
          return rs.next() ? Optional.of(readArticle(rs)) : Optional.<Article>empty();
        }
      }
    });
  }

  @Override
  public synchronized List<Article> articles() {
    return read("reading the articles", () -> {
      List<Article> out = new ArrayList<>();
      try (Statement st = db.createStatement();
          ResultSet rs = st.executeQuery("SELECT " + ARTICLE_COLUMNS + " FROM articles ORDER BY source, id")) {
        while (rs.next()) {
          out.add(readArticle(rs));
        }
      }
      return out;
    });
  }

  @Override
  public synchronized List<Event> events(EventQuery q) {
    StringBuilder sql = new StringBuilder("SELECT " + EVENT_COLUMNS
        + " FROM events e JOIN articles a ON a.id = e.article_id WHERE 1 = 1");
    List<Object> params = new ArrayList<>();
    filters(q, sql, params);
    // length(date) orders a year before a month before a day with the same first day, as PartialDate does.
    // With a period every event has a date: ordered by date_first_day first, a page reads the type-and-date index
    // in order and stops after its rows (V7), instead of sorting every event of the period.
    boolean dated = q.since() != null || q.until() != null;
    sql.append(dated ? " ORDER BY" : " ORDER BY e.date_first_day IS NULL,").append(" e.date_first_day, length(e.date),"
        + " a.source, e.evidence_start, e.article_id, e.position");
    if (q.limit() > 0) {
      sql.append(" LIMIT ?");
      params.add(q.limit());
    }
    return read("querying events", () -> {
      String page = pairPage(q, params);
      return readEvents(page == null ? sql.toString() : sql.toString().replace(PAIR_FILTER, page), params);
    });
  }

  private static final String PAIR_FILTER = " AND e.id IN (SELECT event_id FROM event_pairs WHERE a = ? AND b = ?)";

  /**
   * For the first page of a pair timeline (a pair and a limit, no other filter): the pair condition narrowed to
   * the events whose date key is at most that of the {@code limit}-th dated event of the pair, which holds every
   * event of the page (ties included), so that only those are read and sorted (V4). Null when the query is of
   * another kind or the pair has fewer dated events than the limit; then the plain condition is used.
   * Adds its parameters to {@code params} after the pair's.
   */
  private @Nullable String pairPage(EventQuery q, List<Object> params) throws SQLException {
    if (q.pairA() == null || q.pairB() == null || q.pairA().equals(q.pairB()) || q.limit() < 1
        || !q.withoutPair().withLimit(0).equals(EventQuery.all())) {
      return null;
    }
    String a = q.pairA().compareTo(q.pairB()) < 0 ? q.pairA() : q.pairB();
    String b = a.equals(q.pairA()) ? q.pairB() : q.pairA();
    try (PreparedStatement ps = db.prepareStatement("SELECT date_first_day, date_length FROM event_pairs"
        + " WHERE a = ? AND b = ? AND date_first_day IS NOT NULL ORDER BY date_first_day, date_length LIMIT 1 OFFSET ?")) {
      ps.setString(1, a);
      ps.setString(2, b);
      ps.setInt(3, q.limit() - 1);
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) {
          return null;
        }
        // params holds a, b, then the limit: the page's bounds go between them.
        params.add(2, rs.getString(1));
        params.add(3, rs.getString(1));
        params.add(4, rs.getInt(2));
      }
    }
    return " AND e.id IN (SELECT event_id FROM event_pairs WHERE a = ? AND b = ? AND date_first_day IS NOT NULL"
        + " AND (date_first_day < ? OR (date_first_day = ? AND date_length <= ?)))";
  }

  @Override
  public synchronized List<Person> people(PersonQuery q) {
    StringBuilder sql = new StringBuilder("SELECT p.id, p.article_id, p.name, p.country, p.role"
        + " FROM people p JOIN articles a ON a.id = p.article_id WHERE 1 = 1");
    List<Object> params = new ArrayList<>();
    if (q.country() != null) {
      sql.append(" AND p.country = ?");
      params.add(q.country());
    }
    if (q.nameContains() != null) {
      String needle = fold(q.nameContains());
      sql.append(" AND (instr(" + FOLD + "(p.name), ?) > 0 OR EXISTS (SELECT 1 FROM person_aliases x"
          + " WHERE x.person_id = p.id AND instr(" + FOLD + "(x.alias), ?) > 0))");
      params.add(needle);
      params.add(needle);
    }
    if (q.articleId() != null) {
      sql.append(" AND p.article_id = ?");
      params.add(q.articleId());
    }
    sql.append(" ORDER BY a.source, p.article_id, p.position");
    if (q.limit() > 0) {
      sql.append(" LIMIT ?");
      params.add(q.limit());
    }
    return read("querying people", () -> readPeople(sql.toString(), params));
  }

  @Override
  public synchronized List<ArticleIssue> issues() {
    return read("reading the issues", () -> {
      List<ArticleIssue> out = new ArrayList<>();
      try (Statement st = db.createStatement();
          ResultSet rs = st.executeQuery("SELECT id, source, kind, message, skipped FROM article_issues ORDER BY id")) {
        while (rs.next()) {
          String row = "article_issues row " + rs.getLong(1);
          out.add(new ArticleIssue(rs.getString(2), decode(ArticleIssue.Kind.class, rs.getString(3), row),
              rs.getString(4), rs.getBoolean(5)));
        }
      }
      return out;
    });
  }

  @Override
  public synchronized Stats stats() {
    return read("counting", () -> {
      try (Statement st = db.createStatement();
          ResultSet rs = st.executeQuery("SELECT (SELECT count(*) FROM articles), (SELECT count(*) FROM events),"
              + " (SELECT count(*) FROM people), (SELECT count(*) FROM article_issues)")) {
        rs.next();
        return new Stats(rs.getInt(1), rs.getInt(2), rs.getInt(3), rs.getInt(4));
      }
    });
  }

  @Override
  public synchronized void close() {
    if (closed) {
      return;
    }
    closed = true;
    try {
      for (SearchIndex index : searchIndexes.values()) {
        index.close();
      }
    } catch (java.io.UncheckedIOException e) {
      try {
        db.close();
      } catch (SQLException s) {
        e.addSuppressed(s);
      }
      throw new StoreException("cannot close the search index of the store " + file + ": " + e.getMessage(), e);
    }
    try {
      try (Statement st = db.createStatement()) {
        st.execute("PRAGMA optimize");
      } finally {
        db.close();
        Connection c = reader; // a whole read going on fails at its next row
        if (c != null) {
          c.close();
        }
      }
    } catch (SQLException e) {
      throw new StoreException("cannot close the store " + file + ": " + e.getMessage(), e);
    }
  }

  @Override
  public String toString() {
    return "SqliteStore[" + file + "]";
  }

  /** Whether {@code sql}, with its one parameter {@code key}, selects a row. */
  private boolean exists(String what, String sql, String key) {
    return read(what, () -> {
      try (PreparedStatement ps = db.prepareStatement(sql)) {
        ps.setString(1, key);
        try (ResultSet rs = ps.executeQuery()) {
          return rs.next();
        }
      }
    });
  }

  // ---- writing

  /**
   * Checks that people and events belong to the article, have ids unique among them, and spans inside
   * {@code text}; fails naming the id, field and value.
   */
  private void checkExtraction(String articleId, String text, List<Person> people, List<Event> events) {
    Set<String> ids = new HashSet<>();
    for (Person p : people) {
      String where = "person " + p.id();
      if (!p.articleId().equals(articleId)) {
        throw new IllegalArgumentException(where + " belongs to article " + p.articleId() + ", not " + articleId);
      }
      if (!ids.add(p.id())) {
        throw new IllegalArgumentException(where + " is given twice for article " + articleId);
      }
      wellFormed(where + " name", p.name());
      wellFormed(where + " country", p.country());
      wellFormed(where + " role", p.role());
      for (String a : p.aliases()) {
        wellFormed(where + " alias", a);
      }
      for (Span m : p.mentions()) {
        if (m.end() > text.length()) {
          throw new IllegalArgumentException(where + ": mention " + show(m) + " runs past the text of article "
              + articleId + " (" + text.length() + " chars)");
        }
      }
    }
    ids.clear();
    for (Event e : events) {
      String where = "event " + e.id();
      if (!e.articleId().equals(articleId)) {
        throw new IllegalArgumentException(where + " belongs to article " + e.articleId() + ", not " + articleId);
      }
      if (!ids.add(e.id())) {
        throw new IllegalArgumentException(where + " is given twice for article " + articleId);
      }
      if (e.evidence().end() > text.length()) {
        throw new IllegalArgumentException(where + ": evidence " + show(e.evidence())
            + " runs past the text of article " + articleId + " (" + text.length() + " chars)");
      }
      String covered = e.evidence().of(text);
      if (!covered.equals(e.evidenceText())) {
        throw new IllegalArgumentException(where + ": evidence text '" + clip(e.evidenceText())
            + "' differs from the text its span " + show(e.evidence()) + " covers, '" + clip(covered) + "'");
      }
      wellFormed(where + " evidence text", e.evidenceText());
      wellFormed(where + " mode", e.mode());
      wellFormed(where + " location", e.location());
      e.actors().forEach(a -> wellFormed(where + " actor", a));
      e.people().forEach(n -> wellFormed(where + " person", n));
      e.why().forEach((k, v) -> {
        wellFormed(where + " why key", k);
        wellFormed(where + " why." + k, v);
      });
    }
  }

  /**
   * Rejects text with an unpaired surrogate: SQLite keeps text as UTF-8, which cannot hold one, so it
   * would not come back as it went in.
   */
  static void wellFormed(String field, @Nullable String value) {
    if (value == null) {
      return;
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        throw new IllegalArgumentException(String.format(Locale.ROOT,
            "%s: unpaired surrogate U+%04X at offset %d cannot be stored as UTF-8", field, (int) c, i));
      }
    }
  }

  private static String show(Span s) {
    return "[" + s.start() + ", " + s.end() + ")";
  }

  private static String clip(String s) {
    return s.length() <= 80 ? s : s.substring(0, 77) + "...";
  }

  // ---- reading

  private Optional<String> articleText(String articleId) throws SQLException {
    try (PreparedStatement ps = db.prepareStatement("SELECT text FROM articles WHERE id = ?")) {
      ps.setString(1, articleId);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
      }
    }
  }

  private Article readArticle(ResultSet rs) throws SQLException {
    String id = rs.getString(1);
    String row = "article " + id;
    String pubDate = rs.getString(6);
    return new Article(id, rs.getString(2), rs.getString(3), new Span(rs.getInt(4), rs.getInt(5)),
        pubDate == null ? null : PartialDate.parse(pubDate),
        decode(Article.PubDateSource.class, rs.getString(7), row), rs.getString(8), rs.getString(9),
        rs.getString(10));
  }

  /** The events {@code sql} selects (with {@link #EVENT_COLUMNS}), in its order, with their lists. */
  private List<Event> readEvents(String sql, List<Object> params) throws SQLException {
    record Row(String id, String articleId, EventType type, String mode, boolean directed, @Nullable PartialDate date,
        @Nullable String location, Status status, Span evidence, String evidenceText, double confidence) {}
    List<Row> rows = new ArrayList<>();
    try (PreparedStatement ps = db.prepareStatement(sql)) {
      bind(ps, params);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          String id = rs.getString(1);
          String row = "event " + id;
          String date = rs.getString(6);
          rows.add(new Row(id, rs.getString(2), decode(EventType.class, rs.getString(3), row), rs.getString(4),
              rs.getBoolean(5), date == null ? null : PartialDate.parse(date), rs.getString(7),
              decode(Status.class, rs.getString(8), row), new Span(rs.getInt(9), rs.getInt(10)), rs.getString(11),
              rs.getDouble(12)));
        }
      }
    }
    List<String> ids = rows.stream().map(Row::id).toList();
    Map<String, List<String>> actors = children("event_actors", "event_id", "code", ids, (rs, i) -> rs.getString(i));
    Map<String, List<String>> people = children("event_people", "event_id", "name", ids, (rs, i) -> rs.getString(i));
    Map<String, List<Sector>> sectors = children("event_sectors", "event_id", "sector", ids,
        (rs, i) -> decode(Sector.class, rs.getString(i), "event " + rs.getString(1)));
    Map<String, List<Map.Entry<String, String>>> why = children("event_why", "event_id", "field, reason", ids,
        (rs, i) -> Map.entry(rs.getString(i), rs.getString(i + 1)));
    List<Event> out = new ArrayList<>(rows.size());
    for (Row r : rows) {
      Map<String, String> reasons = new HashMap<>();
      for (Map.Entry<String, String> w : why.getOrDefault(r.id(), List.of())) {
        reasons.put(w.getKey(), w.getValue());
      }
      out.add(new Event(r.id(), r.articleId(), r.type(), r.mode(), actors.getOrDefault(r.id(), List.of()),
          r.directed(), r.date(), r.location(), sectors.getOrDefault(r.id(), List.of()), r.status(),
          people.getOrDefault(r.id(), List.of()), r.evidence(), r.evidenceText(), r.confidence(), reasons));
    }
    return out;
  }

  private List<Person> readPeople(String sql, List<Object> params) throws SQLException {
    record Row(String id, String articleId, String name, @Nullable String country, @Nullable String role) {}
    List<Row> rows = new ArrayList<>();
    try (PreparedStatement ps = db.prepareStatement(sql)) {
      bind(ps, params);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          rows.add(new Row(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5)));
        }
      }
    }
    List<String> ids = rows.stream().map(Row::id).toList();
    Map<String, List<String>> aliases = children("person_aliases", "person_id", "alias", ids,
        (rs, i) -> rs.getString(i));
    Map<String, List<Span>> mentions = children("person_mentions", "person_id", "span_start, span_end", ids,
        (rs, i) -> new Span(rs.getInt(i), rs.getInt(i + 1)));
    List<Person> out = new ArrayList<>(rows.size());
    for (Row r : rows) {
      out.add(new Person(r.id(), r.articleId(), r.name(), r.country(), r.role(),
          aliases.getOrDefault(r.id(), List.of()), mentions.getOrDefault(r.id(), List.of())));
    }
    return out;
  }

  /** Reads a child value from the columns of a result set starting at index {@code first}. */
  @FunctionalInterface
  private interface ChildReader<T> {
    T read(ResultSet rs, int first) throws SQLException;
  }

  /**
   * The rows of a child table for the given owner ids, grouped by owner, each group in position order.
   * Table and column names come from this class, never from input.
   */
  private <T> Map<String, List<T>> children(String table, String owner, String columns, List<String> ids,
      ChildReader<T> reader) throws SQLException {
    Map<String, List<T>> out = new LinkedHashMap<>();
    String order = table.equals("event_why") ? "field" : "position";
    for (int from = 0; from < ids.size(); from += CHUNK) {
      List<String> chunk = ids.subList(from, Math.min(ids.size(), from + CHUNK));
      String sql = "SELECT " + owner + ", " + columns + " FROM " + table + " WHERE " + owner + " IN ("
          + "?, ".repeat(chunk.size() - 1) + "?) ORDER BY " + owner + ", " + order;
      try (PreparedStatement ps = db.prepareStatement(sql)) {
        for (int i = 0; i < chunk.size(); i++) {
          ps.setString(i + 1, chunk.get(i));
        }
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            out.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(reader.read(rs, 2));
          }
        }
      }
    }
    return out;
  }

  private static void bind(PreparedStatement ps, List<Object> params) throws SQLException {
    for (int i = 0; i < params.size(); i++) {
      switch (params.get(i)) {
        case String s -> ps.setString(i + 1, s);
        case Integer n -> ps.setInt(i + 1, n);
        default -> throw new IllegalStateException("cannot bind " + params.get(i).getClass());
      }
    }
  }

  private <E extends Enum<E>> E decode(Class<E> type, String value, String row) {
    try {
      return Enum.valueOf(type, value);
    } catch (IllegalArgumentException e) {
      throw new StoreException(file + ": " + row + " has " + type.getSimpleName() + " '" + value
          + "', which this code does not know", e);
    }
  }

  // ---- transactions

  /** Runs {@code work} in a write transaction, rolled back if it fails. */
  private <T> T write(String what, Transactions.Work<T> work) {
    try {
      return inTransaction("BEGIN IMMEDIATE", what, work);
    } finally {
      writes++; // also after a failure: changeCount() may change without a change, never the other way round
    }
  }

  /** Runs {@code work} in a read transaction, so that it sees one state of the database. */
  private <T> T read(String what, Transactions.Work<T> work) {
    return inTransaction("BEGIN", what, work);
  }

  private <T> T inTransaction(String begin, String what, Transactions.Work<T> work) {
    if (closed) {
      throw new IllegalStateException("the store " + file + " is closed");
    }
    try {
      return Transactions.run(db, begin, work);
    } catch (SQLException e) {
      if (primaryCode(e) == 19) { // SQLITE_CONSTRAINT: an id already used, a dangling reference
        throw new IllegalArgumentException(file + ": " + what + ": " + e.getMessage(), e);
      }
      throw new StoreException(file + ": " + what + ": " + e.getMessage(), e);
    }
  }

  private static int primaryCode(SQLException e) {
    return e.getErrorCode() & 0xff;
  }

  private static String pragma(Connection db, String name) throws SQLException {
    try (Statement st = db.createStatement(); ResultSet rs = st.executeQuery("PRAGMA " + name)) {
      return rs.next() ? rs.getString(1) : "";
    }
  }

  private static void closeQuietly(@Nullable Connection db, Exception failure) {
    if (db != null) {
      try {
        db.close();
      } catch (SQLException e) {
        failure.addSuppressed(e);
      }
    }
  }

  // ---- cross-article merging (schema version 2; the SQL is in CanonicalTables)

  @Override
  public synchronized void putFingerprint(ArticleFingerprint fingerprint) {
    write("storing the fingerprint of article " + fingerprint.articleId(), () -> {
      if (articleText(fingerprint.articleId()).isEmpty()) {
        throw new IllegalArgumentException(file + ": fingerprint of article " + fingerprint.articleId()
            + ", which is not stored");
      }
      CanonicalTables.putFingerprint(db, fingerprint);
      return null;
    });
  }

  @Override
  public synchronized List<ArticleFingerprint> fingerprints() {
    return read("reading the fingerprints", () -> CanonicalTables.fingerprints(db));
  }

  @Override
  public synchronized void setExtractorVersion(String articleId, String version) {
    write("recording the extractor version of article " + articleId, () -> {
      CanonicalTables.setExtractorVersion(db, articleId, version, clock.instant());
      return null;
    });
  }

  @Override
  public synchronized Optional<String> extractorVersion(String articleId) {
    return read("reading the extractor version of article " + articleId,
        () -> CanonicalTables.extractorVersion(db, articleId));
  }

  @Override
  public synchronized Correction addCorrection(Correction.Kind kind, String target, Map<String, String> args,
      String why) {
    wellFormed("correction target", target);
    wellFormed("correction reason", why);
    return write("storing a correction of " + target,
        () -> CanonicalTables.addCorrection(db, kind, target, args, why, clock.instant()));
  }

  @Override
  public synchronized List<Correction> corrections() {
    return read("reading the corrections", () -> CanonicalTables.corrections(db));
  }

  @Override
  public synchronized Map<String, String> canonicalAliases() {
    return read("reading the canonical aliases", () -> CanonicalTables.aliases(db));
  }

  @Override
  public synchronized Map<String, String> recordCanonicalMembership(Map<String, String> canonicalOf) {
    return write("recording the canonical view",
        () -> CanonicalTables.recordMembership(db, canonicalOf, clock.instant()));
  }

  @Override
  public synchronized void recordChanges(List<ExtractionChange> changes) {
    write("recording extraction changes", () -> {
      CanonicalTables.recordChanges(db, changes);
      return null;
    });
  }

  @Override
  public synchronized List<ExtractionChange> changes() {
    return read("reading the extraction changes", () -> CanonicalTables.changes(db));
  }

  static String fold(String s) {
    return s.toLowerCase(Locale.ROOT);
  }

  /** {@code attache_fold(text)}: the text in lower case, for case-blind matching beyond ASCII. */
  private static final class Fold extends Function {
    @Override
    protected void xFunc() throws SQLException {
      String s = value_text(0);
      result(s == null ? null : fold(s));
    }
  }

  // ---- reading for the API and the web UI (issue 6)

  /** Marks the start and end of a matched word in FTS5 snippets; control characters never stored as text. */
  private static final char HIT_OPEN = '\u0002';
  private static final char HIT_CLOSE = '\u0003';

  @Override
  public synchronized Optional<Event> event(String id) {
    return read("reading event " + id, () -> {
      List<Event> found = readEvents("SELECT " + EVENT_COLUMNS + " FROM events e WHERE e.id = ?", List.of(id));
      return found.isEmpty() ? Optional.<Event>empty() : Optional.of(found.get(0));
    });
  }

  /**
   * {@inheritDoc}
   *
   * <p>Searches the Lucene index of articles ({@link SearchIndex.Kind#ARTICLES}), first bringing it in step with
   * the articles if they changed since; while another process holds it, the FTS5 table answers (see
   * {@link #searchIndexed}).
   */
  @Override
  public synchronized List<SearchHit> searchArticles(String query, int limit) {
    return searchIndexed(SearchIndex.Kind.ARTICLES, query, limit, () -> searchArticlesSql(query, limit));
  }

  /** The article search through the FTS5 table of V2 (also for tests, which compare the two). */
  synchronized List<SearchHit> searchArticlesSql(String query, int limit) {
    String bm25 = "bm25(article_search, " + SearchIndex.TITLE_WEIGHT + ".0, 1.0)";
    return search("articles", query, limit,
        "SELECT a.id, snippet(article_search, 1, char(2), char(3), '" + TextQuery.Snippet.ELLIPSIS + "', "
        + SearchIndex.SNIPPET_WORDS + "), " + bm25 + " FROM article_search JOIN articles a ON a.rowid = article_search.rowid"
        + " WHERE article_search MATCH ? ORDER BY " + bm25 + ", a.source, a.id LIMIT ?",
        rs -> hit(rs.getString(1), null, rs.getString(2), null, rs.getDouble(3)));
  }

  /**
   * {@inheritDoc}
   *
   * <p>Searches the Lucene index of evidence ({@link SearchIndex.Kind#EVIDENCE}), first bringing it in step with
   * the events if they changed since; while another process holds it, the FTS5 table answers (see
   * {@link #searchIndexed}).
   */
  @Override
  public synchronized List<SearchHit> searchEvidence(String query, int limit) {
    return searchIndexed(SearchIndex.Kind.EVIDENCE, query, limit, () -> searchEvidenceSql(query, limit));
  }

  /**
   * A search of the Lucene index of {@code kind}, first brought in step with the store if it changed since. When
   * another process holds that index for longer than {@link #searchIndexWait} (it is rebuilding it), {@code sql}
   * answers from the store's own FTS5 table: the same hits, ranked by FTS5's BM25 (ties in the same order), slower
   * when the words are common.
   */
  private List<SearchHit> searchIndexed(SearchIndex.Kind kind, String query, int limit,
      java.util.function.Supplier<List<SearchHit>> sql) {
    ftsQuery(query, limit); // the same checks and messages in both searches
    TextQuery words = TextQuery.parse(query);
    String what = "searching " + kind.name().toLowerCase(java.util.Locale.ROOT) + " for '" + query + "'";
    try {
      for (int attempt = 0; attempt < 3; attempt++) {
        List<SearchHit> hits = read(what, () -> searchIndex(kind).searchIfCurrent(db, words, limit));
        if (hits != null) {
          return hits;
        }
        if (updateSearchIndex(kind, what) < 0) {
          break;
        }
      }
    } catch (java.io.UncheckedIOException e) {
      throw new StoreException(file + ": " + what + ": " + e.getMessage(), e);
    }
    return sql.get();
  }

  /** The evidence search through the FTS5 table of V2 (also for tests, which compare the two). */
  synchronized List<SearchHit> searchEvidenceSql(String query, int limit) {
    return search("evidence", query, limit,
        "SELECT e.article_id, e.id, highlight(evidence_search, 0, char(2), char(3)), e.evidence_start,"
        + " e.evidence_end, bm25(evidence_search) FROM evidence_search JOIN events e ON e.rowid = evidence_search.rowid"
        + " WHERE evidence_search MATCH ? ORDER BY bm25(evidence_search), e.article_id, e.position LIMIT ?",
        rs -> hit(rs.getString(1), rs.getString(2), rs.getString(3), new Span(rs.getInt(4), rs.getInt(5)), rs.getDouble(6)));
  }

  /** A row of a search result read into a hit. */
  private interface HitReader {
    SearchHit read(ResultSet rs) throws SQLException;
  }

  /** Runs a full-text search whose SQL takes the FTS5 query and the limit, in that order. */
  private List<SearchHit> search(String what, String query, int limit, String sql, HitReader reader) {
    String match = ftsQuery(query, limit);
    return read("searching " + what + " for '" + query + "'", () -> {
      List<SearchHit> out = new ArrayList<>();
      try (PreparedStatement ps = db.prepareStatement(sql)) {
        ps.setString(1, match);
        ps.setInt(2, limit);
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            out.add(reader.read(rs));
          }
        }
      }
      return out;
    });
  }

  @Override
  public synchronized List<PeriodCount> eventsPerPeriod(EventQuery q) {
    if (pairOnly(q)) {
      return pairPeriods(q);
    }
    StringBuilder sql = new StringBuilder("SELECT substr(e.date, 1, 7), x.code, y.code, e.type, count(DISTINCT e.id)"
        + " FROM events e JOIN event_actors x ON x.event_id = e.id JOIN event_actors y ON y.event_id = e.id"
        + " AND x.code < y.code WHERE e.date IS NOT NULL");
    List<Object> params = new ArrayList<>();
    filters(q, sql, params);
    sql.append(" GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4");
    return read("counting events per period", () -> {
      List<PeriodCount> out = new ArrayList<>();
      try (PreparedStatement ps = db.prepareStatement(sql.toString())) {
        bind(ps, params);
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            out.add(new PeriodCount(rs.getString(1), rs.getString(2), rs.getString(3),
                decode(EventType.class, rs.getString(4), "events per period"), rs.getInt(5)));
          }
        }
      }
      return out;
    });
  }

  @Override
  public synchronized List<PairCount> pairCounts(EventQuery q) {
    if (q.withLimit(0).equals(EventQuery.all().withLimit(0))) { // no filter: the counts V3 keeps
      return read("counting events per pair", () -> {
        List<PairCount> out = new ArrayList<>();
        try (Statement st = db.createStatement();
            ResultSet rs = st.executeQuery("SELECT a, b, n FROM pair_counts WHERE n > 0 ORDER BY n DESC, a, b")) {
          while (rs.next()) {
            out.add(new PairCount(rs.getString(1), rs.getString(2), rs.getInt(3)));
          }
        }
        return out;
      });
    }
    StringBuilder sql = new StringBuilder("SELECT x.code, y.code, count(DISTINCT e.id) FROM events e"
        + " JOIN event_actors x ON x.event_id = e.id JOIN event_actors y ON y.event_id = e.id AND x.code < y.code"
        + " WHERE 1 = 1");
    List<Object> params = new ArrayList<>();
    filters(q, sql, params);
    sql.append(" GROUP BY 1, 2 ORDER BY 3 DESC, 1, 2");
    return read("counting events per pair", () -> {
      List<PairCount> out = new ArrayList<>();
      try (PreparedStatement ps = db.prepareStatement(sql.toString())) {
        bind(ps, params);
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            out.add(new PairCount(rs.getString(1), rs.getString(2), rs.getInt(3)));
          }
        }
      }
      return out;
    });
  }

  /** Appends the conditions of {@code q} (all but its limit) on the events aliased {@code e}. */
  private static void filters(EventQuery q, StringBuilder sql, List<Object> params) {
    String withActor = " AND e.id IN (SELECT event_id FROM event_actors WHERE code = ?)";
    if (q.country() != null) {
      sql.append(countryCondition(q, withActor));
      params.add(q.country());
    }
    if (q.pairA() != null && q.pairB() != null) {
      pair(q.pairA(), q.pairB(), sql, params);
    }
    if (q.type() != null) {
      sql.append(" AND e.type = ?");
      params.add(q.type().name());
    }
    if (q.status() != null) {
      sql.append(" AND e.status = ?");
      params.add(q.status().name());
    }
    period("e", q, sql, params);
    if (q.articleId() != null) {
      sql.append(" AND e.article_id = ?");
      params.add(q.articleId());
    }
  }

  /**
   * The FTS5 query for what a user typed: every word quoted (so that operators and quotes are plain text), a
   * trailing {@code *} kept as a prefix search; all words must match.
   */
  static String ftsQuery(String query, int limit) {
    if (limit < 1) {
      throw new IllegalArgumentException("search: limit " + limit + " must be 1 or more");
    }
    // The words the Lucene indexes look for, so that the FTS5 fallback finds the same texts.
    List<String> terms = new ArrayList<>();
    for (TextQuery.Word w : TextQuery.parse(query).words()) {
      terms.add("\"" + w.folded() + "\"" + (w.prefix() ? "*" : ""));
    }
    return String.join(" ", terms);
  }

  /** A hit from FTS5 text marked with {@link #HIT_OPEN} and {@link #HIT_CLOSE}: the plain text and the marks as spans. */
  private static SearchHit hit(String articleId, @Nullable String eventId, String marked, @Nullable Span span,
      double bm25) {
    StringBuilder text = new StringBuilder(marked.length());
    List<Span> highlights = new ArrayList<>();
    int open = -1;
    for (int i = 0; i < marked.length(); i++) {
      char c = marked.charAt(i);
      if (c == HIT_OPEN) {
        open = text.length();
      } else if (c == HIT_CLOSE && open >= 0) {
        highlights.add(new Span(open, text.length()));
        open = -1;
      } else {
        text.append(c);
      }
    }
    return new SearchHit(articleId, eventId, text.toString(), highlights, span, -bm25);
  }

  // ---- web intake (issue 5)

  @Override
  public synchronized void putArticleMeta(org.attache.model.ArticleMeta m) {
    wellFormed("article meta author", m.author());
    wellFormed("article meta site name", m.siteName());
    wellFormed("article meta canonical URL", m.canonicalUrl());
    write("storing the metadata of article " + m.articleId(), () -> {
      try (PreparedStatement ps = db.prepareStatement("INSERT OR REPLACE INTO article_meta"
          + " (article_id, author, site_name, canonical_url, language, body_hash) VALUES (?, ?, ?, ?, ?, ?)")) {
        ps.setString(1, m.articleId());
        ps.setString(2, m.author());
        ps.setString(3, m.siteName());
        ps.setString(4, m.canonicalUrl());
        ps.setString(5, m.language());
        ps.setString(6, m.bodyHash());
        ps.executeUpdate();
      }
      try (PreparedStatement del = db.prepareStatement("DELETE FROM article_provenance WHERE article_id = ?")) {
        del.setString(1, m.articleId());
        del.executeUpdate();
      }
      try (PreparedStatement ps = db.prepareStatement(
          "INSERT INTO article_provenance (article_id, field, source) VALUES (?, ?, ?)")) {
        for (Map.Entry<String, String> e : new java.util.TreeMap<>(m.provenance()).entrySet()) {
          wellFormed("article meta provenance", e.getValue());
          ps.setString(1, m.articleId());
          ps.setString(2, e.getKey());
          ps.setString(3, e.getValue());
          ps.addBatch();
        }
        ps.executeBatch();
      }
      return null;
    });
  }

  @Override
  public synchronized Optional<org.attache.model.ArticleMeta> articleMeta(String articleId) {
    return read("reading the metadata of article " + articleId, () -> {
      Map<String, String> provenance = new HashMap<>();
      try (PreparedStatement ps = db.prepareStatement("SELECT field, source FROM article_provenance WHERE article_id = ?")) {
        ps.setString(1, articleId);
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            provenance.put(rs.getString(1), rs.getString(2));
          }
        }
      }
      try (PreparedStatement ps = db.prepareStatement("SELECT author, site_name, canonical_url, language, body_hash"
          + " FROM article_meta WHERE article_id = ?")) {
        ps.setString(1, articleId);
        try (ResultSet rs = ps.executeQuery()) {
          return rs.next()
              ? Optional.of(new org.attache.model.ArticleMeta(articleId, rs.getString(1), rs.getString(2),
                  rs.getString(3), rs.getString(4), rs.getString(5), provenance))
              : Optional.<org.attache.model.ArticleMeta>empty();
        }
      }
    });
  }

  @Override
  public synchronized Map<String, String> duplicateOf() {
    return read("finding duplicate articles", () -> {
      Map<String, String> out = new LinkedHashMap<>();
      try (Statement st = db.createStatement();
          ResultSet rs = st.executeQuery("SELECT a.id, (SELECT b.id FROM articles b JOIN article_meta mb ON mb.article_id = b.id"
              + " WHERE b.id <> a.id AND ((m.canonical_url IS NOT NULL AND mb.canonical_url = m.canonical_url)"
              + " OR (m.body_hash IS NOT NULL AND mb.body_hash = m.body_hash))"
              + " AND (b.ingested_at < a.ingested_at OR (b.ingested_at = a.ingested_at AND b.id < a.id))"
              + " ORDER BY b.ingested_at, b.id LIMIT 1)"
              + " FROM articles a JOIN article_meta m ON m.article_id = a.id ORDER BY a.id")) {
        while (rs.next()) {
          if (rs.getString(2) != null) {
            out.put(rs.getString(1), rs.getString(2));
          }
        }
      }
      return out;
    });
  }

  @Override
  public synchronized boolean feedItemSeen(String key) {
    return exists("looking up feed item " + key, "SELECT 1 FROM feed_items WHERE item_key = ?", key);
  }

  @Override
  public synchronized void putFeedItem(String key, String feed, @Nullable String articleId) {
    wellFormed("feed item key", key);
    write("recording feed item " + key, () -> {
      try (PreparedStatement ps = db.prepareStatement("INSERT INTO feed_items (item_key, feed, article_id, seen_at)"
          + " VALUES (?, ?, ?, ?) ON CONFLICT (item_key) DO NOTHING")) {
        ps.setString(1, key);
        ps.setString(2, feed);
        ps.setString(3, articleId);
        ps.setString(4, clock.instant().toString());
        ps.executeUpdate();
      }
      return null;
    });
  }

  // ---- bulk loading (issue 8)

  @Override
  public synchronized int putArticles(List<Extracted> batch) {
    for (Extracted x : batch) {
      checkArticle(x.article(), x.people(), x.events());
    }
    return write("storing a batch of " + batch.size() + " articles", () -> {
      int stored = 0;
      try (BulkInsert bulk = new BulkInsert(db, clock.instant())) {
        for (Extracted x : batch) {
          if (bulk.put(x.article(), x.people(), x.events())) {
            stored++;
          }
        }
      }
      return stored;
    });
  }

  /**
   * Appends the condition "both {@code a} and {@code b} are among the actors": through {@code event_pairs}
   * (V3), which holds only that pair's events, for two different codes.
   */
  private static void pair(String a, String b, StringBuilder sql, List<Object> params) {
    if (a.equals(b)) {
      sql.append(" AND e.id IN (SELECT event_id FROM event_actors WHERE code = ?)");
      params.add(a);
      return;
    }
    sql.append(PAIR_FILTER);
    params.add(a.compareTo(b) < 0 ? a : b);
    params.add(a.compareTo(b) < 0 ? b : a);
  }

  /**
   * The condition "the country is among the actors": checked event by event (a primary-key probe) when a type or
   * period picks the events through an index, else read from the actor index ({@code inList}), so that a busy
   * country's hundreds of thousands of events are not gathered for a query a type and period make small.
   */
  private static String countryCondition(EventQuery q, String inList) {
    return q.type() != null || q.since() != null || q.until() != null
        ? " AND EXISTS (SELECT 1 FROM event_actors ca WHERE ca.event_id = e.id AND ca.code = ?)"
        : inList;
  }

  // ---- the search indexes (issue 8)

  @Override
  public synchronized int updateSearchIndex() {
    int changed = 0;
    for (SearchIndex.Kind kind : SearchIndex.Kind.values()) {
      int n = updateSearchIndex(kind, "updating the search index");
      if (n < 0) {
        throw new StoreException(kind.folderOf(file) + ": another process kept the search index for more than "
            + searchIndexWait.toMillis() + " ms while updating it; try again", null);
      }
      changed += n;
    }
    return changed;
  }

  /** Brings the index of {@code kind} in step with the store; -1 if another process held it past the wait. */
  private int updateSearchIndex(SearchIndex.Kind kind, String what) {
    SearchIndex index = searchIndex(kind);
    try {
      return index.update(db, searchIndexWait, searchLogTrimRows);
    } catch (SQLException | java.io.UncheckedIOException e) {
      throw new StoreException(file + ": " + what + ": " + e.getMessage(), e);
    }
  }

  private SearchIndex searchIndex(SearchIndex.Kind kind) {
    if (closed) {
      throw new IllegalStateException("the store " + file + " is closed");
    }
    return searchIndexes.computeIfAbsent(kind, k -> SearchIndex.open(k, file));
  }

  // ---- a pair's events per period, from event_pairs alone (V7)

  /**
   * Whether {@code q} selects the events of a pair of two different sides and, besides, at most by type and
   * period (and a country that is one of the pair, which adds nothing): what {@link #pairPeriods} counts.
   */
  private static boolean pairOnly(EventQuery q) {
    return q.pairA() != null && q.pairB() != null && !q.pairA().equals(q.pairB()) && q.status() == null
        && q.articleId() == null
        && (q.country() == null || q.country().equals(q.pairA()) || q.country().equals(q.pairB()));
  }

  /** The period of an event_pairs row p: its date cut to the month, or the year for a year alone. */
  private static final String PAIR_PERIOD = "substr(p.date_first_day, 1, min(p.date_length, 7))";

  /** The query's period as conditions on the first day of {@code alias}'s dates. */
  private static void period(String alias, EventQuery q, StringBuilder sql, List<Object> params) {
    if (q.since() != null) {
      sql.append(" AND ").append(alias).append(".date_first_day >= ?");
      params.add(q.since().firstDay().toString());
    }
    if (q.until() != null) {
      sql.append(" AND ").append(alias).append(".date_first_day <= ?");
      params.add(q.until().lastDay().toString());
    }
  }

  /**
   * {@link #eventsPerPeriod} for a query of {@link #pairOnly}: the pair's own counts from the index
   * {@code event_pairs_by_period} alone, and the other pairs of its events with more than two sides.
   */
  private List<PeriodCount> pairPeriods(EventQuery q) {
    String a = q.pairA().compareTo(q.pairB()) < 0 ? q.pairA() : q.pairB();
    String b = a.equals(q.pairA()) ? q.pairB() : q.pairA();
    StringBuilder where = new StringBuilder(" WHERE p.a = ? AND p.b = ? AND p.date_first_day IS NOT NULL");
    List<Object> one = new ArrayList<>(List.of(a, b));
    if (q.type() != null) {
      where.append(" AND p.type = ?");
      one.add(q.type().name());
    }
    period("p", q, where, one);
    String sql = "SELECT " + PAIR_PERIOD + ", p.a, p.b, p.type, count(*) FROM event_pairs p" + where
        + " GROUP BY 1, 2, 3, 4"
        + " UNION ALL SELECT " + PAIR_PERIOD + ", o.a, o.b, p.type, count(*) FROM event_pairs p"
        + " JOIN event_pairs o ON o.event_id = p.event_id AND (o.a <> p.a OR o.b <> p.b)" + where + " AND p.sides > 2"
        + " GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4";
    List<Object> params = new ArrayList<>(one);
    params.addAll(one);
    return read("counting events per period of " + a + " and " + b, () -> {
      List<PeriodCount> out = new ArrayList<>();
      try (PreparedStatement ps = db.prepareStatement(sql)) {
        bind(ps, params);
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            out.add(new PeriodCount(rs.getString(1), rs.getString(2), rs.getString(3),
                decode(EventType.class, rs.getString(4), "events per period"), rs.getInt(5)));
          }
        }
      }
      return out;
    });
  }

  // ---- reading the whole store page by page (issue 8)

  /** The second connection, opened for {@link #readWhole} when first needed; guarded by {@link #wholeLock}. */
  private volatile @Nullable Connection reader;
  private final Object wholeLock = new Object();

  @Override
  public void readWhole(WholeReader sink) { // not synchronized: other calls go on meanwhile
    synchronized (wholeLock) {
      if (closed) {
        throw new IllegalStateException("the store " + file + " is closed");
      }
      try {
        Connection c = reader();
        Transactions.run(c, "BEGIN", () -> {
          new WholeRead(c, file).read(sink);
          return null;
        });
      } catch (SQLException e) {
        throw new StoreException(file + ": reading the whole store: " + e.getMessage(), e);
      }
    }
  }

  private Connection reader() throws SQLException {
    Connection c = reader;
    if (c == null) {
      SQLiteConfig config = new SQLiteConfig();
      config.setReadOnly(true);
      config.setBusyTimeout(BUSY_TIMEOUT_MS);
      config.setCacheSize(-CACHE_KIB);
      config.setPragma(SQLiteConfig.Pragma.MMAP_SIZE, Long.toString(MMAP_BYTES));
      c = DriverManager.getConnection("jdbc:sqlite:" + file, config.toProperties());
      reader = c;
    }
    return c;
  }

  @Override
  public synchronized long changeCount() {
    if (closed) {
      throw new IllegalStateException("the store " + file + " is closed");
    }
    try {
      // data_version changes when another connection commits; our own writes are counted here.
      return Long.parseLong(pragma(db, "data_version")) * 1_000_003L + writes;
    } catch (SQLException | NumberFormatException e) {
      throw new StoreException(file + ": reading the data version: " + e.getMessage(), e);
    }
  }


  // ---- single reads for the API at a million events (issue 8)

  @Override
  public synchronized Optional<Person> person(String id) {
    return read("reading person " + id, () -> readPeople("SELECT p.id, p.article_id, p.name, p.country, p.role"
        + " FROM people p WHERE p.id = ?", List.of(id)).stream().findFirst());
  }

  @Override
  public synchronized Set<String> eventsNaming(java.util.Collection<String> names) {
    List<String> all = List.copyOf(new java.util.LinkedHashSet<>(names));
    return read("finding the events naming " + all.size() + " name(s)", () -> {
      Set<String> out = new HashSet<>();
      for (int from = 0; from < all.size(); from += CHUNK) {
        List<String> chunk = all.subList(from, Math.min(all.size(), from + CHUNK));
        try (PreparedStatement ps = db.prepareStatement("SELECT DISTINCT event_id FROM event_people WHERE name IN ("
            + "?, ".repeat(chunk.size() - 1) + "?)")) {
          for (int i = 0; i < chunk.size(); i++) {
            ps.setString(i + 1, chunk.get(i));
          }
          try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
              out.add(rs.getString(1));
            }
          }
        }
      }
      return out;
    });
  }

  @Override
  public synchronized List<Article> articles(int offset, int limit) {
    if (offset < 0 || limit < 1) {
      throw new IllegalArgumentException("articles from " + offset + ", at most " + limit
          + ": the offset must be 0 or more and the limit 1 or more");
    }
    return read("reading articles " + offset + " to " + (offset + limit), () -> {
      List<Article> out = new ArrayList<>();
      try (PreparedStatement ps = db.prepareStatement("SELECT " + ARTICLE_COLUMNS
          + " FROM articles ORDER BY source, id LIMIT ? OFFSET ?")) {
        ps.setInt(1, limit);
        ps.setInt(2, offset);
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            out.add(readArticle(rs));
          }
        }
      }
      return out;
    });
  }

  @Override
  public synchronized int countEvents(EventQuery q) {
    StringBuilder sql = new StringBuilder("SELECT count(*) FROM events e WHERE 1 = 1");
    List<Object> params = new ArrayList<>();
    filters(q, sql, params);
    return read("counting events", () -> {
      try (PreparedStatement ps = db.prepareStatement(sql.toString())) {
        bind(ps, params);
        try (ResultSet rs = ps.executeQuery()) {
          rs.next();
          return rs.getInt(1);
        }
      }
    });
  }
}
