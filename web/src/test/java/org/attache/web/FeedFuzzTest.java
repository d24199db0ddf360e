package org.attache.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.attache.model.Article;
import org.attache.model.ArticleIssue;
import org.attache.model.ArticleMeta;
import org.attache.store.Store;

/**
 * Fuzzes the feed parser (Rome, doctypes refused) and the item bookkeeping of {@link FeedWatcher}: whatever
 * the bytes, a pass counts every item once (seen, fresh or failed) or records the feed as malformed, never
 * throws, and its keys are the items' GUIDs and links, recorded in a real SQLite store. Item pages are not
 * fetched: they "fail" as refused (final) or as a network failure (tried again), by the link's length.
 */
class FeedFuzzTest {
  private static final Store STORE;
  private static final FeedWatcher WATCHER;

  static {
    try {
      Path dir = Files.createTempDirectory("attache-feed-fuzz");
      dir.toFile().deleteOnExit();
      STORE = Store.openSqlite(dir.resolve("fuzz.db"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    WATCHER = new FeedWatcher(new WebIngestor(new PageReader(PageReaderTest.LANG), null, 1_000_000), null, STORE);
  }

  @FuzzTest(maxDuration = "5s")
  void readsAnyFeedIntoCountedItemsOrOneIssue(FuzzedDataProvider data) {
    byte[] bytes = data.consumeRemainingAsBytes();
    List<ArticleIssue> issues = new ArrayList<>();
    FeedWatcher.Pass p = WATCHER.read("fuzz.xml", bytes, link -> PageReader.Outcome.skip(link,
        link.length() % 2 == 0 ? ArticleIssue.Kind.REFUSED : ArticleIssue.Kind.FETCH_FAILED, "not fetched while fuzzing"),
        new WebIngestor.Sink() {
          @Override
          public void article(Article a, ArticleMeta meta) {
            throw new AssertionError("no page is read, so no article: " + a);
          }

          @Override
          public void issue(ArticleIssue i) {
            issues.add(i);
          }
        });
    assertThat(p.feed()).isEqualTo("fuzz.xml");
    assertThat(issues).allSatisfy(i -> {
      assertThat(i.message()).isNotBlank();
      assertThat(i.skipped()).isTrue();
    });
    if (p.items() == 0 && p.failed() == 1) {
      assertThat(issues).singleElement().satisfies(i -> {
        assertThat(i.source()).isEqualTo("fuzz.xml");
        assertThat(i.kind()).isEqualTo(ArticleIssue.Kind.MALFORMED);
        assertThat(i.message()).startsWith("not a readable RSS or Atom feed: ");
      });
      assertThat(p.keys()).isEmpty();
      return;
    }
    assertThat(p.fresh()).isZero();
    assertThat(p.seen() + p.fresh() + p.failed()).as("%s", p).isEqualTo(p.items());
    assertThat(issues).hasSize(p.failed());
    assertThat(p.keys()).allSatisfy(k -> {
      assertThat(k.key()).matches("(?s)(guid|url):.+");
      assertThat(k.articleId()).isNull();
    });
    WATCHER.commit(p);
    p.keys().forEach(k -> assertThat(STORE.feedItemSeen(k.key())).as(k.key()).isTrue());
  }
}
