package org.attache.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.attache.model.ArticleIssue;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What fuzzing of {@code web} found, as named tests (the raw inputs also stay in the fuzz tests' corpora under
 * {@code src/test/resources/org/attache/web/*FuzzTestInputs/}, where {@code ./mvnw test} replays them).
 */
class WebFuzzFindingsTest {
  @TempDir Path dir;

  private static String record(String headers, String target) {
    String body = "<html><head><title>Capture</title></head><body><p>The delegation held talks in Harare.</p></body></html>";
    String http = "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: " + body.length() + "\r\n\r\n" + body;
    return "WARC/1.1\r\nWARC-Type: response\r\nWARC-Target-URI: " + target + "\r\n" + headers
        + "WARC-Date: 2024-05-17T10:00:00Z\r\nWARC-Record-ID: <urn:uuid:11111111-1111-1111-1111-11111111111" + target.length() % 10
        + ">\r\nContent-Type: application/http;msgtype=response\r\nContent-Length: " + http.length() + "\r\n\r\n" + http + "\r\n\r\n";
  }

  /** Found by WarcFuzzTest: a record with two WARC-Target-URI headers escaped as jwarc's IllegalArgumentException. */
  @Test
  void aWarcRecordWithTwoTargetsIsAnIssueAndTheNextRecordIsRead() throws Exception {
    Path f = Files.writeString(dir.resolve("two.warc"), record("WARC-Target-URI: https://other.example/x\r\n",
        "https://news.example.org/a") + record("", "https://news.example.org/bb"), StandardCharsets.UTF_8);
    List<String> targets = new ArrayList<>();
    List<ArticleIssue> problems = new ArrayList<>();
    WarcArchive.read(f, 100_000, new WarcArchive.Visitor() {
      @Override
      public void capture(String target, Instant date, @Nullable String type, byte[] body, long offset) {
        targets.add(target);
      }

      @Override
      public void problem(ArticleIssue issue) {
        problems.add(issue);
      }
    });
    assertThat(targets).containsExactly("https://news.example.org/bb");
    assertThat(problems).singleElement().satisfies(i -> {
      assertThat(i.kind()).isEqualTo(ArticleIssue.Kind.MALFORMED);
      assertThat(i.source()).isEqualTo(f + " at byte 0");
      assertThat(i.message()).contains("bad WARC-Target-URI").contains("2 WARC-Target-URI headers");
    });
  }

  /** A feed declaring entities (XXE, billion laughs) is refused as malformed, its entities never expanded. */
  @Test
  void aFeedWithADoctypeIsRefused() throws Exception {
    byte[] xxe = FixtureServer.resource("FeedFuzzTestInputs/readsAnyFeedIntoCountedItemsOrOneIssue/seed-xxe");
    try (org.attache.store.Store store = org.attache.store.Store.openSqlite(dir.resolve("f.db"))) {
      List<ArticleIssue> issues = new ArrayList<>();
      FeedWatcher w = new FeedWatcher(new WebIngestor(new PageReader(PageReaderTest.LANG), null, 1000), null, store);
      FeedWatcher.Pass p = w.read("xxe.xml", xxe, link -> {
        throw new AssertionError("no item may be read: " + link);
      }, new WebIngestor.Sink() {
        @Override
        public void article(org.attache.model.Article a, org.attache.model.ArticleMeta meta) {
          throw new AssertionError(a);
        }

        @Override
        public void issue(ArticleIssue i) {
          issues.add(i);
        }
      });
      assertThat(p.items()).isZero();
      assertThat(p.failed()).isEqualTo(1);
      assertThat(issues).singleElement().satisfies(i -> {
        assertThat(i.kind()).isEqualTo(ArticleIssue.Kind.MALFORMED);
        assertThat(i.message()).startsWith("not a readable RSS or Atom feed").doesNotContain("root:");
      });
    }
  }

  /** Found by PageReaderFuzzTest in CI: {@code <html lang="-">} made the language code lookup fail. */
  @Test
  void aLanguageTagWithNoLanguageIsPassedOver() {
    assertThat(PageMeta.languageCode("-")).isNull();
    assertThat(PageMeta.languageCode("")).isNull();
    assertThat(PageMeta.languageCode("en-GB")).isEqualTo("en");
    assertThat(PageMeta.languageCode(" RU ")).isEqualTo("ru");
  }
}
