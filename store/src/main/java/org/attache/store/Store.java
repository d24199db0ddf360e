package org.attache.store;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.attache.model.Article;
import org.attache.model.ArticleFingerprint;
import org.attache.model.ArticleIssue;
import org.attache.model.Correction;
import org.attache.model.Event;
import org.attache.model.ExtractionChange;
import org.attache.model.Person;

/**
 * The store of articles, the people and events extracted from them, and the issues met on the way.
 *
 * <p>What goes in comes back equal: records read back are {@code equals} to the ones stored, with lists in
 * the order they were given. Span offsets are kept as given (0-based, half-open, into
 * {@link Article#text()}).
 *
 * <p>Bad arguments (an event of another article, a duplicate id, a span past the text) are
 * {@link IllegalArgumentException}s and leave the store as it was; failures of the database itself are
 * {@link StoreException}s. Implementations are thread-safe.
 */
public interface Store extends AutoCloseable {

  /** The file {@link #openSqlite(Path)} is usually given: {@code attache.db} in the working directory. */
  Path DEFAULT_FILE = Path.of("attache.db");

  /**
   * Opens (or creates) an SQLite store in one file, with its parent folders if they are missing. The
   * database is put in WAL mode with foreign keys on and a busy timeout, so that several processes can
   * use it at once, and any migrations it lacks are applied.
   *
   * @throws IllegalArgumentException naming the file when it is not an SQLite database, or when its
   *     schema version is newer than this code knows (naming that version)
   * @throws StoreException when the file cannot be created or opened
   */
  static Store openSqlite(Path file) {
    return SqliteStore.open(file);
  }

  /** Whether an article with this id is stored. */
  boolean containsArticle(String articleId);

  /**
   * Stores an article with its people and events in one transaction. All-or-nothing: on any failure
   * nothing of it remains.
   *
   * @param people the people found in it, each with {@code articleId} equal to the article's id
   * @param events the events found in it, each with {@code articleId} equal to the article's id and
   *     {@code evidenceText} equal to the text its {@code evidence} span covers
   * @return false, writing nothing, when an article with this id is already stored
   * @throws IllegalArgumentException when a person or event does not belong to the article, an id is
   *     used twice (here or already in the store), or a span runs past the text
   */
  boolean putArticle(Article article, List<Person> people, List<Event> events);

  /**
   * Replaces the people and events of a stored article (after a re-extraction), in one transaction.
   *
   * @throws IllegalArgumentException when no article with this id is stored, or as for
   *     {@link #putArticle}
   */
  void replaceExtraction(String articleId, List<Person> people, List<Event> events);

  /**
   * Records an issue with the time it was recorded. An issue with the same source, kind and message
   * as one already recorded is not stored again (the first one is kept).
   */
  void putIssue(ArticleIssue issue);

  /** The article with this id, or empty. */
  Optional<Article> article(String id);

  /** Every stored article, ordered by source (then id). */
  List<Article> articles();

  /**
   * The events the query selects, ordered by date (the earliest first day first, coarser dates before
   * finer ones on the same first day, events with no date last), then article source, then evidence start.
   */
  List<Event> events(EventQuery query);

  /** The people the query selects, ordered by article source, then the order they were stored in. */
  List<Person> people(PersonQuery query);

  /** Every recorded issue, in the order first recorded. */
  List<ArticleIssue> issues();

  /** How many of each thing the store holds. */
  Stats stats();

  /** Closes the store; later calls fail with {@link IllegalStateException}. Closing twice is harmless. */
  @Override
  void close();

  /** Counts of what a store holds. */
  record Stats(int articles, int events, int people, int issues) {}

  // ---- cross-article merging (schema version 2)

  /**
   * Stores (or replaces) the near-duplicate fingerprint of a stored article.
   *
   * @throws IllegalArgumentException when no article with its id is stored
   */
  void putFingerprint(ArticleFingerprint fingerprint);

  /** Every stored fingerprint, ordered by article id. */
  List<ArticleFingerprint> fingerprints();

  /** Records which extractor version made the stored extraction of an article. */
  void setExtractorVersion(String articleId, String version);

  /** The extractor version that made the stored extraction of an article, or empty when not recorded. */
  Optional<String> extractorVersion(String articleId);

  /**
   * Stores a curator's correction; it gets the next sequence number and the current time.
   *
   * @return the correction as stored
   */
  Correction addCorrection(Correction.Kind kind, String target, Map<String, String> args, String why);

  /** Every correction, in the order entered. */
  List<Correction> corrections();

  /** Canonical ids no longer in use → the id that replaced each. */
  Map<String, String> canonicalAliases();

  /**
   * Records the membership of the canonical view just computed (per-article event or person id → canonical
   * id), in one transaction; each canonical id that was in use and no longer is becomes an alias of the id now
   * holding most of its former members.
   *
   * @return the aliases added, old id → new id
   */
  Map<String, String> recordCanonicalMembership(Map<String, String> canonicalOf);

  /** Records what changed when a newer extractor re-read articles. */
  void recordChanges(List<ExtractionChange> changes);

  /** Every recorded extraction change, in the order recorded. */
  List<ExtractionChange> changes();
}
