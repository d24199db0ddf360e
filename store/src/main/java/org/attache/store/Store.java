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
import org.attache.model.PartialDate;
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

  // ---- reading for the API and the web UI (issue 6)

  /** The event with this id, or empty. */
  Optional<Event> event(String id);

  /**
   * Full-text search over the titles and texts of the stored articles, best first (BM25, a word of the title
   * weighing five times one of the text; hits of equal relevance by source, then id). Each hit's snippet is a
   * stretch of up to 24 words of the text around the matched words, with {@code …} where the text goes on. Searches
   * a Lucene index that it first brings up to date with the articles (see {@link #updateSearchIndex}), so it stays
   * fast when the words are in most articles.
   *
   * @param query words to find, all of them, in any order, ignoring case and diacritics; a word ending in
   *     {@code *} matches as a prefix; quotes and other operators are read as plain text
   * @param limit the most hits, 1 or more
   * @throws IllegalArgumentException naming the value when the query has no word or the limit is not positive
   */
  List<SearchHit> searchArticles(String query, int limit);

  /**
   * Full-text search over the evidence sentences of the stored events, best first (BM25; hits of equal relevance
   * by article id, then position); the query and limit as for {@link #searchArticles}. Each hit names its event
   * and the evidence span in the article; its snippet is the whole evidence sentence. Searches a Lucene index
   * that it first brings up to date with the events (see {@link #updateSearchIndex}), so it stays fast when the
   * words are in a large share of the sentences.
   */
  List<SearchHit> searchEvidence(String query, int limit);

  /**
   * How many events the query selects per period, pair of sides and type: the period is the event date cut to
   * the month ({@code 2024-05}), or the year ({@code 2024}) for dates known only to the year; events with no
   * date are left out. An event with more than two sides counts once for each pair of them. The query's limit
   * is ignored. Ordered by period, then pair, then type.
   */
  List<PeriodCount> eventsPerPeriod(EventQuery query);

  /**
   * How many events the query selects for each pair of sides ({@code a} before {@code b} in code order), the
   * busiest first; an event with more than two sides counts once for each pair. The query's limit is ignored.
   */
  List<PairCount> pairCounts(EventQuery query);

  /**
   * One full-text search hit.
   *
   * @param articleId the article it is in
   * @param eventId the event whose evidence matched, or null for an article hit
   * @param snippet a stretch of the text around the match, as plain text
   * @param highlights the matched words, as spans into {@code snippet}, in order
   * @param span for an evidence hit, the evidence span in the article text; null for an article hit
   * @param score the BM25 relevance, higher is better, comparable only within one search
   */
  record SearchHit(String articleId, @org.jspecify.annotations.Nullable String eventId, String snippet,
      List<org.attache.model.Span> highlights, org.attache.model.@org.jspecify.annotations.Nullable Span span,
      double score) {
    public SearchHit {
      highlights = List.copyOf(highlights);
    }
  }

  /** The number of events of one type between sides {@code a} and {@code b} (a &lt; b) in one period. */
  record PeriodCount(String period, String a, String b, org.attache.model.EventType type, int count) {}

  /** The number of events between sides {@code a} and {@code b} (a &lt; b). */
  record PairCount(String a, String b, int count) {}
  // ---- web intake (issue 5)

  /**
   * Stores (or replaces) the metadata of an article, in one transaction. It may be written just before
   * its article is stored.
   */
  void putArticleMeta(org.attache.model.ArticleMeta meta);

  /** The metadata of the article with this id, or empty. */
  Optional<org.attache.model.ArticleMeta> articleMeta(String articleId);

  /**
   * For each stored article that duplicates an earlier one, the id of the earliest such article (by
   * ingestion time, then id). Today "duplicate" means exact: the same canonical URL or the same body
   * text hash in {@link org.attache.model.ArticleMeta}; identical full texts are never stored twice.
   */
  java.util.Map<String, String> duplicateOf();

  /** Whether a feed item with this key ({@code guid:...}, {@code url:...} or {@code hash:...}) was handled. */
  boolean feedItemSeen(String key);

  /** Records a handled feed item; recording a key again is harmless. */
  void putFeedItem(String key, String feed, @org.jspecify.annotations.Nullable String articleId);
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

  // ---- bulk loading (issue 8)

  /**
   * Stores many articles, each with its people and events, in one transaction: the fast way to load a
   * large batch. All-or-nothing: on any failure nothing of the batch remains. Articles already stored
   * are left as they are (with their extraction).
   *
   * @return how many of the articles were newly stored
   * @throws IllegalArgumentException as for {@link #putArticle}, naming the article at fault
   */
  int putArticles(List<Extracted> batch);

  /** An article with what was extracted from it, for {@link #putArticles}. */
  record Extracted(Article article, List<Person> people, List<Event> events) {
    public Extracted {
      people = List.copyOf(people);
      events = List.copyOf(events);
    }
  }

  // ---- the search indexes (issue 8)

  /**
   * Brings the full-text indexes of evidence sentences and of articles in step with the stored events and
   * articles, as the next {@link #searchEvidence} or {@link #searchArticles} would otherwise do first: after a large
   * ingest, so that no search waits for it. Each index is a Lucene index in a folder next to the store file
   * ({@code attache.db.search} and {@code attache.db.articles.search} for {@code attache.db}), a copy rebuilt from
   * the store whenever it is missing or cannot be caught up (both for a million events and a million short
   * articles: about half a minute on two cores).
   *
   * @return how many events and articles were indexed or removed; 0 when both were in step
   * @throws StoreException when another process kept an index busy longer than the store's busy timeout
   */
  int updateSearchIndex();

  // ---- reading the whole store page by page (issue 8: the canonical view of a million events)

  /**
   * What was extracted from one stored article, with its publication date: what the canonical view is built from.
   *
   * @param articleId the article
   * @param pubDate its publication date, or null
   * @param people its people, in the order {@link #people} gives them, each without its mentions (empty)
   * @param events its events, in the order {@link #events} gives them, each without its {@code why} (empty)
   */
  record Extraction(String articleId, @org.jspecify.annotations.Nullable PartialDate pubDate,
      List<Person> people, List<Event> events) {
    public Extraction {
      people = List.copyOf(people);
      events = List.copyOf(events);
    }
  }

  /** What {@link #readWhole} hands over, article by article. */
  interface WholeReader {
    /** Takes what was extracted from one article; every article comes once, in the order they were stored. */
    void extraction(Extraction extraction);

    /** Takes one stored fingerprint. */
    void fingerprint(ArticleFingerprint fingerprint);

    /**
     * Takes one article that has no stored fingerprint (a store filled by other means than the pipeline's ingest has
     * none), with its text.
     */
    void unprinted(Article article);
  }

  /**
   * Reads the whole store for the canonical view: every article's {@link Extraction} (people and events without their
   * mentions and reasons, which whole-store readers do not need), then every stored fingerprint, then every article
   * without one. It runs in one read transaction on a connection of its own, table by table in the order rows are
   * stored (the quick way through a million rows): other calls on this store are served meanwhile, however long
   * {@code reader} takes, and what is read is one state of the store, whatever other processes write meanwhile. One
   * whole read at a time; a second waits for the first.
   *
   * @throws StoreException when the database cannot be read
   */
  void readWhole(WholeReader reader);

  /**
   * A number that changes whenever what the store holds may have changed: a write through this object, or one
   * committed by another connection to the same file. Cheap (no table is read), for readers that keep something
   * computed from the store and want to know when to look again.
   */
  long changeCount();

  // ---- single reads for the API at a million events (issue 8)

  /** The person with this id, or empty. */
  Optional<Person> person(String id);

  /** The ids of the events that give any of {@code names} (exactly) among their people, in no particular order. */
  java.util.Set<String> eventsNaming(java.util.Collection<String> names);

  /**
   * A page of the stored articles, in the order {@link #articles()} gives them: those from {@code offset} on, at most
   * {@code limit}.
   *
   * @throws IllegalArgumentException when {@code offset} is negative or {@code limit} not positive
   */
  List<Article> articles(int offset, int limit);

  /** How many events {@code query} selects (its limit ignored): the total of a page of {@link #events}. */
  int countEvents(EventQuery query);
}
