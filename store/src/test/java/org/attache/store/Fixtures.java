package org.attache.store;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
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
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/** Made-up articles, people and events for the store tests. */
final class Fixtures {
  private Fixtures() {}

  /** An article with no publication date, URL or title; its id is derived from its text as ingest does. */
  static Article article(String source, String text) {
    String hash = sha256(text);
    return new Article(hash.substring(0, 16), source, text, new Span(0, text.length()), null,
        Article.PubDateSource.NONE, null, null, hash);
  }

  /** An article with a title, no publication date or URL; its id is derived from its text as ingest does. */
  static Article titled(String source, @Nullable String title, String text) {
    Article a = article(source, text);
    return new Article(a.id(), source, text, a.body(), null, Article.PubDateSource.NONE, null, title, a.contentHash());
  }

  static String sha256(String text) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new AssertionError(e);
    }
  }

  /** An event of {@code article} whose evidence is the first place {@code evidence} occurs in its text. */
  static Event event(String id, Article article, String evidence, EventType type, Status status,
      @Nullable String date, String... actors) {
    int start = article.text().indexOf(evidence);
    if (start < 0) {
      throw new AssertionError("'" + evidence + "' is not in the text of " + article.source());
    }
    return new Event(id, article.id(), type, "", List.of(actors), false, date == null ? null : PartialDate.parse(date),
        null, List.of(), status, List.of(), new Span(start, start + evidence.length()), evidence, 0.5, Map.of());
  }

  /** A person of {@code article}, mentioned wherever {@code name} occurs in its text. */
  static Person person(String id, Article article, String name, @Nullable String country, String... aliases) {
    List<Span> mentions = new ArrayList<>();
    for (int i = article.text().indexOf(name); i >= 0; i = article.text().indexOf(name, i + 1)) {
      mentions.add(new Span(i, i + name.length()));
    }
    return new Person(id, article.id(), name, country, null, List.of(aliases), mentions);
  }

  /** The first column of the first row of {@code sql} on the store in {@code file}, through a connection of its own. */
  static long count(Path file, String sql) throws SQLException {
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement();
        ResultSet rs = st.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  /** Runs {@code sql} on the store in {@code file}, through a connection of its own. */
  static void execute(Path file, String sql) throws SQLException {
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement()) {
      st.execute("PRAGMA foreign_keys = ON");
      st.execute(sql);
    }
  }

  static void deleteFolder(Path folder) throws Exception {
    try (Stream<Path> files = Files.walk(folder)) {
      for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }

  /** Copies the files of a search index folder, but not its write lock. */
  static void copyFolder(Path from, Path to) throws Exception {
    Files.createDirectories(to);
    try (Stream<Path> files = Files.list(from)) {
      for (Path p : files.toList()) {
        if (!p.getFileName().toString().equals("write.lock")) {
          Files.copy(p, to.resolve(p.getFileName()));
        }
      }
    }
  }

  /**
   * Holds the write lock of the search index of {@code kind} of the store in {@code file}, as another process
   * rebuilding it would, until closed; {@code s} waits 50 ms for it.
   */
  static AutoCloseable holdIndex(SqliteStore s, Path file, SearchIndex.Kind kind) {
    s.searchIndexWait = java.time.Duration.ofMillis(50);
    org.attache.search.TextIndex other = org.attache.search.TextIndex.open(kind.folderOf(file));
    org.attache.search.TextIndex.Writer held = other.writer(java.time.Duration.ZERO).orElseThrow();
    return () -> {
      held.close();
      other.close();
    };
  }
}
