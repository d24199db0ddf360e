package org.attache.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.attache.model.Article;
import org.attache.model.Event;
import org.attache.model.EventType;
import org.attache.model.PartialDate;
import org.attache.model.Person;
import org.attache.model.Sector;
import org.attache.model.Span;
import org.attache.model.Status;
import org.jspecify.annotations.Nullable;

/**
 * {@link Store#readWhole}: each table read once from start to end, in the order its rows are stored (no index
 * lookups, which for a million rows cost more than the reading), and joined here. Runs inside a read transaction its
 * caller opened on a connection of its own.
 */
final class WholeRead {
  private final Connection db;
  private final Path file;
  /** Equal short texts (side codes, modes, places, names) read once: a million events repeat a few thousand. */
  private final Map<String, String> shared = new HashMap<>();
  private final Map<String, PartialDate> dates = new HashMap<>();

  WholeRead(Connection db, Path file) {
    this.db = db;
    this.file = file;
  }

  /** An event row before its lists are read, with what orders the events of one article as the store's queries do. */
  private static final class EventRow {
    final String id;
    final String articleId;
    final EventType type;
    final String mode;
    final boolean directed;
    final @Nullable PartialDate date;
    final @Nullable String location;
    final Status status;
    final Span evidence;
    final String evidenceText;
    final double confidence;
    final int position;
    final List<String> actors = new ArrayList<>(2);
    final List<String> people = new ArrayList<>(0);
    final List<Sector> sectors = new ArrayList<>(1);

    EventRow(String id, String articleId, EventType type, String mode, boolean directed, @Nullable PartialDate date,
        @Nullable String location, Status status, Span evidence, String evidenceText, double confidence,
        int position) {
      this.id = id;
      this.articleId = articleId;
      this.type = type;
      this.mode = mode;
      this.directed = directed;
      this.date = date;
      this.location = location;
      this.status = status;
      this.evidence = evidence;
      this.evidenceText = evidenceText;
      this.confidence = confidence;
      this.position = position;
    }
  }

  /**
   * The order of {@link Store#events}'s results within one article: by the first day of the date (undated last), a
   * year before a month before a day, then evidence start, then position.
   */
  private static final Comparator<EventRow> IN_ARTICLE = Comparator
      .comparing((EventRow r) -> r.date == null ? null : r.date.firstDay(), Comparator.nullsLast(Comparator.naturalOrder()))
      .thenComparingInt(r -> r.date == null ? 0 : r.date.precision().ordinal())
      .thenComparingInt(r -> r.evidence.start())
      .thenComparingInt(r -> r.position);

  private record PersonRow(String id, String articleId, String name, @Nullable String country, @Nullable String role,
      int position, List<String> aliases) {}

  void read(Store.WholeReader sink) throws SQLException {
    Map<String, List<EventRow>> eventsOf = events();
    Map<String, List<PersonRow>> peopleOf = people();
    try (Statement st = db.createStatement();
        ResultSet rs = st.executeQuery("SELECT id, pub_date FROM articles ORDER BY rowid")) {
      while (rs.next()) {
        String id = rs.getString(1);
        String d = rs.getString(2);
        List<EventRow> rows = eventsOf.getOrDefault(id, List.of());
        List<Event> events = new ArrayList<>(rows.size());
        if (rows.size() > 1) {
          rows.sort(IN_ARTICLE);
        }
        for (EventRow r : rows) {
          if (r.actors.isEmpty()) {
            throw new StoreException(file + ": event " + r.id + " has no sides", null);
          }
          events.add(new Event(r.id, r.articleId, r.type, r.mode, r.actors, r.directed, r.date, r.location,
              r.sectors, r.status, r.people, r.evidence, r.evidenceText, r.confidence, Map.of()));
        }
        List<PersonRow> people = peopleOf.getOrDefault(id, List.of());
        if (people.size() > 1) {
          people.sort(Comparator.comparingInt(PersonRow::position));
        }
        List<Person> persons = new ArrayList<>(people.size());
        for (PersonRow p : people) {
          persons.add(new Person(p.id(), p.articleId(), p.name(), p.country(), p.role(), p.aliases(), List.of()));
        }
        sink.extraction(new Store.Extraction(id, date(d), persons, events));
      }
    }
    eventsOf.clear();
    peopleOf.clear();
    try (Statement st = db.createStatement(); ResultSet rs = st.executeQuery(
        "SELECT article_id, body_hash, shingles, min_hash FROM article_fingerprints ORDER BY rowid")) {
      while (rs.next()) {
        sink.fingerprint(CanonicalTables.fingerprint(rs));
      }
    }
    try (Statement st = db.createStatement(); ResultSet rs = st.executeQuery("SELECT id, source, text, body_start,"
        + " body_end, pub_date, pub_date_source, url, title, content_hash FROM articles a WHERE NOT EXISTS"
        + " (SELECT 1 FROM article_fingerprints f WHERE f.article_id = a.id) ORDER BY a.rowid")) {
      while (rs.next()) {
        String id = rs.getString(1);
        String pubDate = rs.getString(6);
        sink.unprinted(new Article(id, rs.getString(2), rs.getString(3), new Span(rs.getInt(4), rs.getInt(5)),
            date(pubDate),
            decode(Article.PubDateSource.class, rs.getString(7), "article", id), rs.getString(8), rs.getString(9),
            rs.getString(10)));
      }
    }
  }

  /** Every event with its lists, by article. */
  private Map<String, List<EventRow>> events() throws SQLException {
    ByRowid<EventRow> byRowid = new ByRowid<>();
    Map<String, List<EventRow>> byArticle = new HashMap<>();
    try (Statement st = db.createStatement(); ResultSet rs = st.executeQuery("SELECT rowid, id, article_id, type, mode,"
        + " directed, date, location, status, evidence_start, evidence_end, evidence_text, confidence, position"
        + " FROM events ORDER BY rowid")) {
      while (rs.next()) {
        String id = rs.getString(2);
        EventRow r = new EventRow(id, rs.getString(3), decode(EventType.class, rs.getString(4), "event", id),
            shared(rs.getString(5)), rs.getBoolean(6), date(rs.getString(7)), shared(rs.getString(8)),
            decode(Status.class, rs.getString(9), "event", id), new Span(rs.getInt(10), rs.getInt(11)),
            rs.getString(12), rs.getDouble(13), rs.getInt(14));
        byRowid.add(rs.getLong(1), r);
        byArticle.computeIfAbsent(r.articleId, k -> new ArrayList<>(1)).add(r);
      }
    }
    // Child tables are keyed (event_id, position): read in that order, each event's values come in position order. The
    // join gives the event's rowid, which finds its row here without hashing its id (a million lookups).
    String join = " x JOIN events e ON e.id = x.event_id ORDER BY x.event_id, x.position";
    try (Statement st = db.createStatement();
        ResultSet rs = st.executeQuery("SELECT e.rowid, x.code FROM event_actors" + join)) {
      while (rs.next()) {
        EventRow r = byRowid.get(rs.getLong(1));
        if (r != null) {
          r.actors.add(shared(rs.getString(2)));
        }
      }
    }
    try (Statement st = db.createStatement();
        ResultSet rs = st.executeQuery("SELECT e.rowid, x.name FROM event_people" + join)) {
      while (rs.next()) {
        EventRow r = byRowid.get(rs.getLong(1));
        if (r != null) {
          r.people.add(shared(rs.getString(2)));
        }
      }
    }
    try (Statement st = db.createStatement();
        ResultSet rs = st.executeQuery("SELECT e.rowid, x.sector FROM event_sectors" + join)) {
      while (rs.next()) {
        EventRow r = byRowid.get(rs.getLong(1));
        if (r != null) {
          r.sectors.add(decode(Sector.class, rs.getString(2), "event", r.id));
        }
      }
    }
    return byArticle;
  }

  /** Rows by rowid, added in ascending rowid order: an array while the rowids are dense, as they mostly are. */
  private static final class ByRowid<T> {
    private long first = -1;
    private Object[] rows = new Object[1024];
    private @Nullable Map<Long, T> sparse;

    void add(long rowid, T row) {
      if (first < 0) {
        first = rowid;
      }
      long at = rowid - first;
      if (sparse == null && at >= rows.length) {
        if (at < 2L * Math.max(rows.length, 1 << 20) && at < Integer.MAX_VALUE - 8) {
          rows = java.util.Arrays.copyOf(rows, (int) Math.max(at + 1, rows.length * 2L));
        } else {
          sparse = new HashMap<>();
          for (int i = 0; i < rows.length; i++) {
            if (rows[i] != null) {
              sparse.put(first + i, cast(rows[i]));
            }
          }
        }
      }
      if (sparse != null) {
        sparse.put(rowid, row);
      } else {
        rows[(int) at] = row;
      }
    }

    @Nullable T get(long rowid) {
      if (sparse != null) {
        return sparse.get(rowid);
      }
      long at = rowid - first;
      return first < 0 || at < 0 || at >= rows.length ? null : cast(rows[(int) at]);
    }

    @SuppressWarnings("unchecked")
    private static <T> @Nullable T cast(@Nullable Object o) {
      return (T) o;
    }
  }

  /** Every person with their aliases, by article. */
  private Map<String, List<PersonRow>> people() throws SQLException {
    Map<String, List<String>> aliases = new HashMap<>();
    try (Statement st = db.createStatement();
        ResultSet rs = st.executeQuery("SELECT person_id, alias FROM person_aliases ORDER BY person_id, position")) {
      while (rs.next()) {
        aliases.computeIfAbsent(rs.getString(1), k -> new ArrayList<>(1)).add(shared(rs.getString(2)));
      }
    }
    Map<String, List<PersonRow>> byArticle = new HashMap<>();
    try (Statement st = db.createStatement(); ResultSet rs = st.executeQuery(
        "SELECT id, article_id, name, country, role, position FROM people ORDER BY rowid")) {
      while (rs.next()) {
        String id = rs.getString(1);
        PersonRow p = new PersonRow(id, rs.getString(2), shared(rs.getString(3)), shared(rs.getString(4)),
            shared(rs.getString(5)), rs.getInt(6), aliases.getOrDefault(id, List.of()));
        byArticle.computeIfAbsent(p.articleId(), k -> new ArrayList<>(2)).add(p);
      }
    }
    return byArticle;
  }

  /** How many distinct texts {@link #shared} keeps: the commonest come first, the rest are not worth a lookup. */
  private static final int SHARED = 1 << 16;

  /** {@code s}, or an equal text read before (null stays null). */
  private @Nullable String shared(@Nullable String s) {
    if (s == null || s.length() > 64) {
      return s;
    }
    String before = shared.get(s);
    if (before != null) {
      return before;
    }
    if (shared.size() < SHARED) {
      shared.put(s, s);
    }
    return s;
  }

  /** The date written {@code iso}, or null; a million rows hold a few thousand dates, parsed once each. */
  private @Nullable PartialDate date(@Nullable String iso) {
    if (iso == null) {
      return null;
    }
    PartialDate d = dates.get(iso);
    if (d == null) {
      d = PartialDate.parse(iso);
      if (dates.size() < SHARED) {
        dates.put(iso, d);
      }
    }
    return d;
  }

  private <E extends Enum<E>> E decode(Class<E> type, String value, String what, String id) {
    try {
      return Enum.valueOf(type, value);
    } catch (IllegalArgumentException e) {
      throw new StoreException(file + ": " + what + " " + id + " has " + type.getSimpleName() + " '" + value
          + "', which this code does not know", e);
    }
  }
}
