package org.attache.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attache.store.Fixtures.copyFolder;
import static org.attache.store.Fixtures.count;
import static org.attache.store.Fixtures.deleteFolder;
import static org.attache.store.Fixtures.execute;
import static org.attache.store.Fixtures.titled;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.attache.model.Article;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Lucene index of articles behind {@link Store#searchArticles}: it finds what the store's FTS5 index finds, with
 * the same snippets, the title weighing more, ties in the same order, and stays in step with the articles through
 * inserts, changes and deletions, other processes, and folders that are missing or another index's. (What the
 * article and evidence indexes share, catching up from a log and rebuilding, is also tested in
 * {@link EvidenceIndexTest}.)
 */
class ArticleIndexTest {
  @TempDir Path dir;

  private static final String[] WORDS = {"Belarus", "Zimbabwe", "tractors", "tractor", "talks", "Minsk", "défense",
      "DEFENCE", "grain", "supplies", "Лукашенко", "北京", "visa-free", "2024", "don't", "trade", "O'Neill", "(Harare)",
      "officials:", "said.", "\"potash\"", "e.g.", "Zürich"};

  private static final List<String> QUERIES = List.of("belarus", "tractors", "TRACTORS belarus", "trac*", "defense",
      "défence", "лукашенко", "北京", "visa free", "don't", "o'neill talks", "2024 grain supplies", "zimbabwe minsk trade",
      "said potash", "zurich", "report", "nothing-like-this");

  /** Articles of made-up sentences of common and rare words, short and long, some with a title. */
  private static List<Store.Extracted> drawn(int articles, long seed) {
    Random r = new Random(seed);
    List<Store.Extracted> out = new ArrayList<>();
    for (int i = 0; i < articles; i++) {
      StringBuilder text = new StringBuilder();
      for (int k = 1 + r.nextInt(6); k > 0; k--) {
        text.append(r.nextInt(3) == 0 ? "\n\n" : " ").append("Report ").append(seed).append('-').append(i).append('-')
            .append(k).append(':');
        for (int w = 2 + r.nextInt(12); w > 0; w--) {
          text.append(' ').append(WORDS[r.nextInt(r.nextBoolean() ? 4 : WORDS.length)]);
        }
        text.append(r.nextBoolean() ? "." : "");
      }
      String title = r.nextInt(3) == 0 ? null : WORDS[r.nextInt(WORDS.length)] + " and " + WORDS[r.nextInt(WORDS.length)];
      out.add(new Store.Extracted(titled(String.format("r%d-%03d.txt", seed, i), title, text.toString().strip()),
          List.of(), List.of()));
    }
    return out;
  }

  private static List<String> ids(List<Store.SearchHit> hits) {
    return hits.stream().map(Store.SearchHit::articleId).toList();
  }

  /** Every search's articles equal the FTS5 index's, each with the same snippet and highlights. */
  static void assertSameAsSql(SqliteStore s) {
    for (String q : QUERIES) {
      List<Store.SearchHit> hits = s.searchArticles(q, 10_000);
      Map<String, Store.SearchHit> sql = s.searchArticlesSql(q, 10_000).stream()
          .collect(Collectors.toMap(Store.SearchHit::articleId, Function.identity()));
      assertThat(ids(hits)).as(q).containsExactlyInAnyOrderElementsOf(sql.keySet());
      for (Store.SearchHit h : hits) {
        Store.SearchHit fts = sql.get(h.articleId());
        assertThat(h.snippet()).as(q).isEqualTo(fts.snippet());
        assertThat(h.highlights()).as(q + " in " + h.snippet()).isEqualTo(fts.highlights());
        assertThat(h.eventId()).isNull();
        assertThat(h.span()).isNull();
      }
    }
  }

  @Test
  void findsWhatTheSqlIndexFindsWithTheSameSnippets() {
    try (SqliteStore s = SqliteStore.open(dir.resolve("attache.db"))) {
      s.putArticles(drawn(150, 1));
      assertSameAsSql(s);
      assertThat(s.searchArticles("belarus", 7)).hasSize(7).extracting(Store.SearchHit::score)
          .isSortedAccordingTo(Collections.reverseOrder());
      assertThat(s.searchArticles("report", 10_000)).as("every article").hasSize(150)
          .anySatisfy(h -> assertThat(h.snippet()).startsWith("…").endsWith("…"));
    }
  }

  @Test
  void findsAnArticleWhoseWordsAreSplitBetweenTitleAndTextAndRanksTitleWordsHigher() {
    Article inTitle = titled("a.txt", "Tractors for Harare", "Officials met in Minsk and talked about many things.");
    Article inText = titled("b.txt", "Minsk news", "Officials met in Minsk and talked about tractors at length.");
    Article neither = titled("c.txt", null, "Officials met in Minsk and talked about grain at some length.");
    try (SqliteStore s = SqliteStore.open(dir.resolve("attache.db"))) {
      for (Article a : List.of(neither, inText, inTitle)) {
        s.putArticle(a, List.of(), List.of());
      }
      assertThat(ids(s.searchArticles("tractors", 10))).containsExactly(inTitle.id(), inText.id());
      assertThat(ids(s.searchArticlesSql("tractors", 10))).containsExactly(inTitle.id(), inText.id());
      assertThat(ids(s.searchArticles("harare talked", 10))).containsExactly(inTitle.id());
      assertThat(s.searchArticles("harare talked", 10).get(0).highlights()).as("the snippet is of the text")
          .extracting(h -> h.of(s.searchArticles("harare talked", 10).get(0).snippet())).containsExactly("talked");
      assertSameAsSql(s);
    }
  }

  @Test
  void ordersArticlesOfEqualRelevanceBySourceAsTheSqlSearchDoes() {
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      order.add(i);
    }
    Collections.shuffle(order, new Random(2));
    try (SqliteStore s = SqliteStore.open(dir.resolve("attache.db"))) {
      for (int i : order) {
        s.putArticle(titled(String.format("same-%02d.txt", i), "Officials in Minsk", "Officials met in Minsk. Number " + i
            + "."), List.of(), List.of());
      }
      List<String> sql = ids(s.searchArticlesSql("minsk officials", 100));
      assertThat(sql).hasSize(40);
      assertThat(ids(s.searchArticles("minsk officials", 100))).isEqualTo(sql);
      assertThat(ids(s.searchArticles("minsk officials", 13))).isEqualTo(sql.subList(0, 13));
    }
  }

  @Test
  void followsArticlesStoredChangedOrDeletedByAnotherConnection() throws Exception {
    Path file = dir.resolve("attache.db");
    List<Store.Extracted> first = drawn(40, 3);
    try (SqliteStore reader = SqliteStore.open(file); SqliteStore writer = SqliteStore.open(file)) {
      writer.putArticles(first);
      assertSameAsSql(reader);
      writer.putArticles(drawn(10, 4));
      assertSameAsSql(reader);
      String changed = first.get(0).article().id();
      String gone = first.get(1).article().id();
      execute(file, "UPDATE articles SET title = 'Zürich potash', text = 'Nothing but potash.' WHERE id = '" + changed + "'");
      execute(file, "DELETE FROM articles WHERE id = '" + gone + "'");
      assertThat(ids(reader.searchArticles("zurich", 100))).contains(changed);
      assertThat(ids(reader.searchArticles("report", 10_000))).doesNotContain(changed, gone).hasSize(48);
      assertSameAsSql(reader);
      assertThat(reader.updateSearchIndex()).isZero();
    }
  }

  @Test
  void rebuildsAMissingFolderOrOneHoldingTheEvidenceIndex() throws Exception {
    Path file = dir.resolve("attache.db");
    try (SqliteStore s = SqliteStore.open(file)) {
      s.putArticles(drawn(30, 5));
      s.putArticles(EvidenceIndexTest.drawn(10, 50));
      s.updateSearchIndex();
    }
    Path folder = SearchIndex.Kind.ARTICLES.folderOf(file);
    assertThat(folder.getFileName()).hasToString("attache.db.articles.search");
    deleteFolder(folder);
    try (SqliteStore s = SqliteStore.open(file)) {
      assertThat(s.updateSearchIndex()).as("rebuilt").isEqualTo(s.stats().articles());
      assertSameAsSql(s);
    }
    deleteFolder(folder);
    copyFolder(SearchIndex.Kind.EVIDENCE.folderOf(file), folder);
    try (SqliteStore s = SqliteStore.open(file)) {
      assertThat(s.updateSearchIndex()).as("rebuilt").isEqualTo(s.stats().articles());
      assertSameAsSql(s);
    }
  }

  @Test
  void trimsItsLogOnceLong() throws Exception {
    Path file = dir.resolve("attache.db");
    try (SqliteStore s = SqliteStore.open(file)) {
      s.searchLogTrimRows = 20;
      s.putArticles(drawn(25, 6));
      s.updateSearchIndex();
      assertThat(count(file, "SELECT count(*) FROM article_search_log")).as("trimmed").isZero();
      assertThat(count(file, "SELECT value FROM search_meta WHERE key = 'article_trimmed_through'")).isEqualTo(25);
      s.putArticles(drawn(5, 7));
      assertSameAsSql(s);
    }
  }

  /** Article searches answered by the FTS5 table while another process holds the article index. */
  static void assertSqlAnswersWhileHeld(SqliteStore s) {
    for (String q : QUERIES) {
      assertThat(s.searchArticles(q, 10_000)).as(q).isEqualTo(s.searchArticlesSql(q, 10_000));
    }
  }

  @Test
  void indexesArticlesStoredBeforeMigrationEight() {
    Path file = dir.resolve("old.db");
    try (Store v7 = SqliteStore.open(file, Migrations.bundled().subList(0, 7), java.time.Clock.systemUTC())) {
      v7.putArticles(drawn(30, 9));
    }
    try (SqliteStore now = SqliteStore.open(file)) {
      assertThat(now.updateSearchIndex()).isEqualTo(30);
      assertSameAsSql(now);
    }
  }
}
