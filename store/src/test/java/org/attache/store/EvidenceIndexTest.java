package org.attache.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.attache.store.Fixtures.article;
import static org.attache.store.Fixtures.copyFolder;
import static org.attache.store.Fixtures.count;
import static org.attache.store.Fixtures.deleteFolder;
import static org.attache.store.Fixtures.holdIndex;
import static org.attache.store.Fixtures.event;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.attache.model.Article;
import org.attache.model.Event;
import org.attache.model.EventType;
import org.attache.model.Status;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Lucene index of evidence sentences behind {@link Store#searchEvidence}: it finds what the store's FTS5
 * index finds, ties in the same order, and stays in step with the events through inserts, replacements, other
 * processes, and folders that are missing, foreign, behind a trimmed log or ahead of a restored store.
 */
class EvidenceIndexTest {
  @TempDir Path dir;

  private static final String[] WORDS = {"Belarus", "Zimbabwe", "tractors", "tractor", "talks", "Minsk", "défense",
      "DEFENCE", "grain", "supplies", "Лукашенко", "北京", "visa-free", "2024", "don't", "trade", "O'Neill"};

  /** Articles of made-up sentences of common and rare words, each sentence an event. */
  static List<Store.Extracted> drawn(int articles, long seed) {
    Random r = new Random(seed);
    List<Store.Extracted> out = new ArrayList<>();
    for (int i = 0; i < articles; i++) {
      List<String> sentences = new ArrayList<>();
      for (int k = 1 + r.nextInt(3); k > 0; k--) {
        StringBuilder b = new StringBuilder("Report " + seed + "-" + i + "-" + k + ":");
        for (int w = 2 + r.nextInt(8); w > 0; w--) {
          b.append(' ').append(WORDS[r.nextInt(r.nextBoolean() ? 4 : WORDS.length)]);
        }
        sentences.add(b.append('.').toString());
      }
      Article a = article(String.format("r%d-%03d.txt", seed, i), String.join(" ", sentences));
      List<Event> events = new ArrayList<>();
      for (String s : sentences) {
        events.add(event("ev" + seed + "-" + i + "-" + events.size(), a, s, EventType.CONSULT, Status.OCCURRED, null,
            "BLR", "ZWE"));
      }
      out.add(new Store.Extracted(a, List.of(), events));
    }
    return out;
  }

  private static final List<String> QUERIES = List.of("belarus", "tractors", "TRACTORS belarus", "trac*", "defense",
      "défence", "лукашенко", "北京", "visa free", "don't", "o'neill talks", "2024 grain supplies", "zimbabwe minsk trade",
      "nothing-like-this");

  private static List<String> ids(List<Store.SearchHit> hits) {
    return hits.stream().map(Store.SearchHit::eventId).toList();
  }

  private static SqliteStore open(Path file) {
    return SqliteStore.open(file);
  }

  /** Every search's events equal the FTS5 index's, and each hit's highlights are words of its evidence. */
  private static void assertSameAsSql(SqliteStore s) {
    for (String q : QUERIES) {
      List<Store.SearchHit> hits = s.searchEvidence(q, 10_000);
      assertThat(ids(hits)).as(q).containsExactlyInAnyOrderElementsOf(ids(s.searchEvidenceSql(q, 10_000)));
      for (Store.SearchHit h : hits) {
        assertThat(h.highlights()).as(q).isNotEmpty();
        Event e = s.event(h.eventId()).orElseThrow();
        assertThat(h.snippet()).isEqualTo(e.evidenceText());
        assertThat(h.span()).isEqualTo(e.evidence());
        assertThat(h.articleId()).isEqualTo(e.articleId());
      }
    }
  }

  @Test
  void findsWhatTheSqlIndexFindsWithHighlightsOnTheMatchedWords() {
    try (SqliteStore s = open(dir.resolve("attache.db"))) {
      s.putArticles(drawn(120, 1));
      assertSameAsSql(s);
      List<Store.SearchHit> hits = s.searchEvidence("DEFENSE minsk", 5);
      assertThat(hits).isNotEmpty().allSatisfy(h -> assertThat(h.highlights()).extracting(x -> x.of(h.snippet()))
          .allMatch(w -> List.of("défense", "DEFENCE", "Minsk").contains(w)).contains("Minsk"));
      assertThat(s.searchEvidence("belarus", 7)).hasSize(7);
      assertThat(s.searchEvidence("belarus", 7)).extracting(Store.SearchHit::score)
          .isSortedAccordingTo(Comparator.reverseOrder());
    }
  }

  @Test
  void ordersHitsOfEqualRelevanceByArticleThenPositionAsTheSqlSearchDoes() {
    List<Store.Extracted> same = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      Article a = article("t" + i + ".txt", "Officials met in Minsk. Officials met in Minsk. Number " + i + ".");
      int second = a.text().indexOf("Officials", 1);
      same.add(new Store.Extracted(a, List.of(), List.of(
          event("b" + i, a, "Officials met in Minsk.", EventType.CONSULT, Status.OCCURRED, null, "BLR", "RUS"),
          new Event("a" + i, a.id(), EventType.CONSULT, "", List.of("BLR", "RUS"), false, null, null, List.of(),
              Status.OCCURRED, List.of(), new org.attache.model.Span(second, second + 23), "Officials met in Minsk.", 0.5,
              java.util.Map.of()))));
    }
    try (SqliteStore s = open(dir.resolve("attache.db"))) {
      s.putArticles(same);
      List<String> sql = ids(s.searchEvidenceSql("minsk officials", 100));
      assertThat(sql).hasSize(60);
      assertThat(ids(s.searchEvidence("minsk officials", 100))).isEqualTo(sql);
      assertThat(ids(s.searchEvidence("minsk officials", 13))).isEqualTo(sql.subList(0, 13));
    }
  }

  @Test
  void followsInsertsReplacementsAndWritesOfAnotherStoreOnTheSameFile() {
    Path file = dir.resolve("attache.db");
    List<Store.Extracted> first = drawn(40, 2);
    try (SqliteStore reader = open(file); SqliteStore writer = open(file)) {
      writer.putArticles(first);
      assertThat(reader.updateSearchIndex()).as("both indexes built")
          .isEqualTo(writer.stats().events() + writer.stats().articles());
      assertThat(reader.updateSearchIndex()).isZero();
      assertSameAsSql(reader);
      writer.putArticles(drawn(10, 3));
      Store.Extracted x = first.get(0);
      writer.replaceExtraction(x.article().id(), List.of(), List.of());
      writer.putArticle(article("late.txt", "Grain supplies reached Minsk late."), List.of(), List.of());
      assertSameAsSql(reader);
      assertThat(ids(reader.searchEvidence("belarus", 10_000))).doesNotContainAnyElementsOf(
          x.events().stream().map(Event::id).toList());
      assertSameAsSql(writer);
      assertThat(reader.updateSearchIndex()).as("only the 11 new articles, the evidence index is in step").isEqualTo(11);
    }
  }

  @Test
  void rebuildsAMissingOrForeignIndexFolder() throws Exception {
    Path file = dir.resolve("attache.db");
    Path other = dir.resolve("other.db");
    try (SqliteStore s = open(file); SqliteStore o = open(other)) {
      s.putArticles(drawn(30, 4));
      o.putArticles(drawn(30, 5));
      s.updateSearchIndex();
      o.updateSearchIndex();
    }
    deleteFolder(SearchIndex.Kind.EVIDENCE.folderOf(file));
    try (SqliteStore s = open(file)) {
      assertSameAsSql(s);
      assertThat(s.updateSearchIndex()).isZero();
    }
    deleteFolder(SearchIndex.Kind.EVIDENCE.folderOf(file));
    copyFolder(SearchIndex.Kind.EVIDENCE.folderOf(other), SearchIndex.Kind.EVIDENCE.folderOf(file));
    try (SqliteStore s = open(file)) {
      assertThat(s.updateSearchIndex()).as("rebuilt").isEqualTo(s.stats().events());
      assertSameAsSql(s);
    }
  }

  @Test
  void rebuildsADamagedIndex() throws Exception {
    Path file = dir.resolve("attache.db");
    try (SqliteStore s = open(file)) {
      s.putArticles(drawn(40, 13));
      s.updateSearchIndex();
    }
    try (Stream<Path> files = Files.list(SearchIndex.Kind.EVIDENCE.folderOf(file))) {
      Path biggest = files.max(Comparator.comparingLong(p -> p.toFile().length())).orElseThrow();
      byte[] junk = new byte[(int) Files.size(biggest)];
      new Random(1).nextBytes(junk);
      Files.write(biggest, junk);
    }
    try (SqliteStore s = open(file)) {
      assertSameAsSql(s);
      assertThat(s.updateSearchIndex()).isZero();
    }
  }

  @Test
  void rebuildsAnIndexAheadOfAStoreRestoredFromABackup() throws Exception {
    Path file = dir.resolve("attache.db");
    Path backup = dir.resolve("backup.db");
    try (SqliteStore s = open(file)) {
      s.putArticles(drawn(30, 6));
      s.updateSearchIndex();
    }
    Files.copy(file, backup);
    try (SqliteStore s = open(file)) {
      s.putArticles(drawn(5, 7));
      s.searchEvidence("belarus", 5);
    }
    Files.copy(backup, file, StandardCopyOption.REPLACE_EXISTING);
    try (SqliteStore s = open(file)) {
      assertSameAsSql(s);
      assertThat(ids(s.searchEvidence("belarus", 10_000))).noneMatch(id -> id.startsWith("ev7-"));
    }
  }

  @Test
  void rebuildsAnIndexOfAnotherHistoryWhenARestoredStoreHasSinceGrownPastIt() throws Exception {
    Path file = dir.resolve("attache.db");
    Path backup = dir.resolve("backup.db");
    try (SqliteStore s = open(file)) {
      s.putArticles(drawn(30, 6));
      s.updateSearchIndex();
    }
    Files.copy(file, backup);
    try (SqliteStore s = open(file)) {
      s.putArticles(drawn(5, 7)); // at most 15 events, whose seqs the restored store gives to others
      s.updateSearchIndex();
    }
    Files.copy(backup, file, StandardCopyOption.REPLACE_EXISTING);
    try (SqliteStore s = open(file)) {
      s.putArticles(drawn(20, 8)); // 20 events or more: past the index's seq before any search
      assertThat(s.updateSearchIndex()).as("both indexes rebuilt").isEqualTo(s.stats().events() + s.stats().articles());
      assertSameAsSql(s);
      assertThat(ids(s.searchEvidence("belarus", 10_000))).noneMatch(id -> id.startsWith("ev7-"))
          .anyMatch(id -> id.startsWith("ev8-"));
    }
  }

  @Test
  void trimsTheLogAndRebuildsAnIndexLeftBehindTheTrim() throws Exception {
    Path file = dir.resolve("attache.db");
    Path old = dir.resolve("old-index");
    try (SqliteStore s = open(file)) {
      s.searchLogTrimRows = 20;
      s.putArticles(drawn(20, 9));
      s.updateSearchIndex();
      assertThat(count(file, "SELECT count(*) FROM search_log")).as("trimmed").isZero();
      copyFolder(SearchIndex.Kind.EVIDENCE.folderOf(file), old);
      s.putArticles(drawn(20, 10));
      s.updateSearchIndex();
      assertThat(count(file, "SELECT count(*) FROM search_log")).isZero();
      assertThat(count(file, "SELECT value FROM search_meta WHERE key = 'trimmed_through'")).isPositive();
    }
    deleteFolder(SearchIndex.Kind.EVIDENCE.folderOf(file));
    copyFolder(old, SearchIndex.Kind.EVIDENCE.folderOf(file));
    try (SqliteStore s = open(file)) {
      assertThat(s.updateSearchIndex()).as("rebuilt").isEqualTo(s.stats().events());
      assertSameAsSql(s);
    }
  }

  @Test
  void answersFromTheSqlIndexesWhileAnotherWriterHoldsTheSearchIndexes() throws Exception {
    Path file = dir.resolve("attache.db");
    try (SqliteStore s = open(file)) {
      s.putArticles(drawn(30, 11));
      try (AutoCloseable events = holdIndex(s, file, SearchIndex.Kind.EVIDENCE);
          AutoCloseable articles = holdIndex(s, file, SearchIndex.Kind.ARTICLES)) {
        for (String q : QUERIES) {
          assertThat(s.searchEvidence(q, 10_000)).as(q).isEqualTo(s.searchEvidenceSql(q, 10_000));
        }
        ArticleIndexTest.assertSqlAnswersWhileHeld(s);
        assertThatThrownBy(s::updateSearchIndex).isInstanceOf(StoreException.class)
            .hasMessageContaining(SearchIndex.Kind.EVIDENCE.folderOf(file).toString()).hasMessageContaining("another process");
      }
      assertSameAsSql(s);
      ArticleIndexTest.assertSameAsSql(s);
    }
  }

  @Test
  void indexesEventsStoredBeforeMigrationSeven() {
    Path file = dir.resolve("old.db");
    try (Store v6 = SqliteStore.open(file, Migrations.bundled().subList(0, 6), java.time.Clock.systemUTC())) {
      v6.putArticles(drawn(30, 12));
    }
    try (SqliteStore now = open(file)) {
      assertSameAsSql(now);
    }
  }
}
