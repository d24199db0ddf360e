package org.attache.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.attache.model.ArticleIssue.Kind;
import org.attache.store.Store;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FeedWatcherTest {
  final FixtureServer server = Fixtures.serveAll(new FixtureServer());
  @TempDir Path dir;

  @AfterEach
  void stop() {
    server.close();
  }

  String rss() {
    return """
        <?xml version="1.0" encoding="UTF-8"?>
        <rss version="2.0"><channel><title>Daily Courier</title><link>%s</link><description>News</description>
        <item><title>Farm machinery deal</title><link>%s</link><guid isPermaLink="false">courier-81234</guid></item>
        <item><title>Defence ties</title><link>%s</link><guid>%s</guid></item>
        <item><title>Gone</title><link>%s</link><guid>gone-1</guid></item>
        </channel></rss>
        """.formatted(server.url("/"), server.url(Fixtures.expected("wordpress-news").get("url")),
        server.url(Fixtures.expected("jsonld-news").get("url")), server.url(Fixtures.expected("jsonld-news").get("url")),
        server.url("/gone"));
  }

  static FeedWatcher watcher(Store store) {
    Fetcher f = new Fetcher(FetchOptions.defaults().withAllowPrivate(true).withDelayMillis(0).withRetries(0, 0));
    return new FeedWatcher(new WebIngestor(new PageReader(PageReaderTest.LANG), f, 1_000_000), f, store);
  }

  /** Stores what the watcher gives, as the pipeline would (without analysis). */
  static FeedWatcher.Pass pass(Store store, String feed, WebIngestorTest.Collect c) {
    FeedWatcher w = watcher(store);
    FeedWatcher.Pass p = w.poll(feed, new WebIngestor.Sink() {
      @Override
      public void article(org.attache.model.Article a, org.attache.model.ArticleMeta meta) {
        c.article(a, meta);
        store.putArticleMeta(meta);
        store.putArticle(a, List.of(), List.of());
      }

      @Override
      public void issue(org.attache.model.ArticleIssue i) {
        c.issue(i);
      }
    });
    w.commit(p);
    return p;
  }

  @Test
  void aSecondPassIngestsNothingEvenAfterARestart() {
    server.route("/feed.xml", FixtureServer.Route.html(rss().getBytes(StandardCharsets.UTF_8)).type("application/rss+xml"));
    Path db = dir.resolve("watch.db");
    WebIngestorTest.Collect first = new WebIngestorTest.Collect();
    try (Store store = Store.openSqlite(db)) {
      FeedWatcher.Pass p = pass(store, server.url("/feed.xml"), first);
      assertThat(p.items()).isEqualTo(3);
      assertThat(p.fresh()).isEqualTo(2);
      assertThat(p.failed()).isEqualTo(1);
      assertThat(first.articles).hasSize(2);
      assertThat(first.issueOf(server.url("/gone")).message()).isEqualTo("HTTP 404");
    }
    WebIngestorTest.Collect second = new WebIngestorTest.Collect();
    try (Store store = Store.openSqlite(db)) {
      FeedWatcher.Pass p = pass(store, server.url("/feed.xml"), second);
      assertThat(second.articles).isEmpty();
      assertThat(p.fresh()).isZero();
      assertThat(p.seen()).isEqualTo(2);
      assertThat(p.failed()).as("the 404 may pass: tried again").isEqualTo(1);
      assertThat(store.articles()).hasSize(2);
    }
  }

  @Test
  void anItemWithANewGuidButKnownTextIsNotIngestedAgain() {
    server.route("/feed.xml", FixtureServer.Route.html(rss().getBytes(StandardCharsets.UTF_8)));
    server.route("/atom.xml", FixtureServer.Route.html(("""
        <?xml version="1.0" encoding="utf-8"?>
        <feed xmlns="http://www.w3.org/2005/Atom"><title>Mirror</title><id>urn:mirror</id><updated>2025-12-17T00:00:00Z</updated>
        <entry><title>Deal</title><id>urn:mirror:1</id><updated>2025-12-17T00:00:00Z</updated><link href="%s"/></entry>
        </feed>""").formatted(server.url(Fixtures.expected("wordpress-news").get("url") + "?utm_source=mirror"))
        .getBytes(StandardCharsets.UTF_8)));
    server.page(Fixtures.expected("wordpress-news").get("url") + "?utm_source=mirror", "pages/wordpress-news.html");
    try (Store store = Store.openSqlite(dir.resolve("w.db"))) {
      pass(store, server.url("/feed.xml"), new WebIngestorTest.Collect());
      WebIngestorTest.Collect c = new WebIngestorTest.Collect();
      FeedWatcher.Pass p = pass(store, server.url("/atom.xml"), c);
      assertThat(p.items()).isEqualTo(1);
      assertThat(p.seen()).isEqualTo(1);
      assertThat(c.articles).isEmpty();
    }
  }

  @Test
  void aMalformedFeedIsARecordedIssueAndTheNextFeedIsRead() {
    server.route("/bad.xml", FixtureServer.Route.html("<rss><channel><item><title>unclosed".getBytes(StandardCharsets.UTF_8)));
    server.route("/feed.xml", FixtureServer.Route.html(rss().getBytes(StandardCharsets.UTF_8)));
    try (Store store = Store.openSqlite(dir.resolve("m.db"))) {
      WebIngestorTest.Collect c = new WebIngestorTest.Collect();
      FeedWatcher.Pass bad = pass(store, server.url("/bad.xml"), c);
      FeedWatcher.Pass good = pass(store, server.url("/feed.xml"), c);
      assertThat(bad.failed()).isEqualTo(1);
      assertThat(c.issueOf(server.url("/bad.xml")).kind()).isEqualTo(Kind.MALFORMED);
      assertThat(c.issueOf(server.url("/bad.xml")).message()).contains("not a readable RSS or Atom feed");
      assertThat(good.fresh()).isEqualTo(2);
    }
  }

  @Test
  void theStoreKeepsMetadataAndFindsExactDuplicatesByCanonicalUrl() {
    try (Store store = Store.openSqlite(dir.resolve("d.db"))) {
      org.attache.model.ArticleMeta m1 = new org.attache.model.ArticleMeta("a1", "X", "Site", "https://s/1", "en", "h1",
          Map.of("title", "h1"));
      store.putArticleMeta(m1);
      assertThat(store.articleMeta("a1")).contains(m1);
      assertThat(store.duplicateOf()).isEmpty();
    }
  }
}
