package org.attache.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.attache.model.Article;
import org.attache.model.ArticleIssue;
import org.attache.model.ArticleIssue.Kind;
import org.attache.model.ArticleMeta;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

class WebIngestorTest {
  static final LanguageDetector LANG = PageReaderTest.LANG;
  final FixtureServer server = Fixtures.serveAll(new FixtureServer());
  @TempDir(cleanup = org.junit.jupiter.api.io.CleanupMode.ON_SUCCESS) Path dir;

  @AfterEach
  void stop() {
    server.close();
  }

  /** Collects what a read gives. */
  static final class Collect implements WebIngestor.Sink {
    final List<Article> articles = new ArrayList<>();
    final List<ArticleMeta> metas = new ArrayList<>();
    final List<ArticleIssue> issues = new ArrayList<>();
    final List<String> done = new ArrayList<>();

    @Override
    public void article(Article a, ArticleMeta meta) {
      articles.add(a);
      metas.add(meta);
    }

    @Override
    public void issue(ArticleIssue i) {
      issues.add(i);
    }

    @Override
    public void inputDone(String source, long bytes) {
      done.add(source);
    }

    ArticleIssue issueOf(String source) {
      return issues.stream().filter(i -> i.source().equals(source)).findFirst().orElseThrow(() ->
          new AssertionError("no issue for " + source + " in " + issues));
    }
  }

  @Test
  void aBatchOfUrlsRecordsEachFailureAndGoesOn() {
    byte[] page = FixtureServer.resource("pages/jsonld-news.html");
    server.route("/cut", FixtureServer.Route.html(page).truncated());
    server.route("/big", FixtureServer.Route.html(new byte[300_000]));
    server.route("/slow", FixtureServer.Route.html(page).delayed(8000));
    server.route("/charset", FixtureServer.Route.html(FixtureServer.resource("pages/url-date.html"))
        .type("text/html; charset=no-such-charset"));
    server.route("/pdf", FixtureServer.Route.html(new byte[] {'%', 'P', 'D', 'F'}).type("application/pdf"));
    FetchOptions opts = FetchOptions.defaults().withAllowPrivate(true).withDelayMillis(0).withRetries(0, 0)
        .withTimeout(Duration.ofMillis(2000)).withMaxBytes(100_000);
    WebIngestor web = new WebIngestor(new PageReader(LANG), new Fetcher(opts), 100_000);
    Collect c = new Collect();
    String good1 = server.url(Fixtures.expected("wordpress-news").get("url"));
    String good2 = server.url(Fixtures.expected("jsonld-news").get("url"));
    List<String> urls = List.of(server.url("/cut"), good1, server.url("/big"), server.url("/slow"), server.url("/charset"),
        server.url("/pdf"), server.url("/nothing-here"), good1, good2);
    web.readUrls(urls, c);

    assertThat(c.done).containsExactlyElementsOf(urls);
    assertThat(c.articles).extracting(Article::source).containsExactly(good1, server.url("/charset"), good2);
    assertThat(c.issueOf(server.url("/cut")).kind()).isEqualTo(Kind.FETCH_FAILED);
    assertThat(c.issueOf(server.url("/big")).kind()).isEqualTo(Kind.TOO_LARGE);
    assertThat(c.issueOf(server.url("/slow")).kind()).isEqualTo(Kind.TIMEOUT);
    assertThat(c.issueOf(server.url("/charset")).kind()).isEqualTo(Kind.BAD_CHARSET);
    assertThat(c.issueOf(server.url("/charset")).skipped()).isFalse();
    assertThat(c.issueOf(server.url("/pdf")).kind()).isEqualTo(Kind.REFUSED);
    assertThat(c.issueOf(server.url("/nothing-here")).message()).isEqualTo("HTTP 404");
    assertThat(c.issues).filteredOn(i -> i.kind() == Kind.DUPLICATE).singleElement()
        .satisfies(i -> assertThat(i.message()).contains(good1));
    assertThat(c.metas.get(0).canonicalUrl()).isEqualTo("https://dailycourier.example.co.zw/2025/12/zimbabwe-and-belarus-sign-farm-machinery-deal/");
    assertThat(c.metas.get(0).provenance()).containsEntry("canonicalUrl", "link[rel=canonical]").containsEntry("url", "fetched URL");
  }

  @Test
  void readsSavedPagesFromFiles() throws IOException {
    Path f = dir.resolve("saved.html");
    Files.write(f, FixtureServer.resource("pages/gov-press-release.html"));
    Collect c = new Collect();
    new WebIngestor(new PageReader(LANG), null, 1_000_000).readFiles(List.of(f), c);
    assertThat(c.articles).singleElement().satisfies(a -> {
      assertThat(a.source()).isEqualTo(f.toString());
      assertThat(a.url()).isNull();
      assertThat(a.pubDate()).hasToString("2025-11-25");
    });
  }

  static byte[] http(String contentType, String body) {
    return ("HTTP/1.1 200 OK\r\nContent-Type: " + contentType + "\r\nContent-Length: "
        + body.getBytes(StandardCharsets.UTF_8).length + "\r\n\r\n" + body).getBytes(StandardCharsets.UTF_8);
  }

  static void writeResponse(WarcWriter w, String uri, Instant date, byte[] httpBytes) throws IOException {
    w.write(new WarcResponse.Builder(URI.create(uri)).date(date).body(MediaType.HTTP_RESPONSE, httpBytes).build());
  }

  static String page(String name) {
    return new String(FixtureServer.resource("pages/" + name + ".html"), StandardCharsets.UTF_8);
  }

  /** A WARC with two good captures, a non-HTML one, one whose HTTP message is garbage, and (plain only) a broken header. */
  static Path warc(Path dir, String name, WarcCompression compression, boolean brokenHeader) throws IOException {
    Path file = dir.resolve(name);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (WarcWriter w = new WarcWriter(java.nio.channels.Channels.newChannel(out), compression)) {
      writeResponse(w, "https://news.example.org/2025/05/01/one.html", Instant.parse("2025-05-02T10:00:00Z"),
          http("text/html; charset=utf-8", page("url-date")));
      writeResponse(w, "https://news.example.org/logo.png", Instant.parse("2025-05-02T10:00:01Z"),
          http("image/png", "not html"));
      writeResponse(w, "https://news.example.org/broken", Instant.parse("2025-05-02T10:00:02Z"),
          "this is no HTTP response at all\r\n\r\n".getBytes(StandardCharsets.UTF_8));
    }
    if (brokenHeader) {
      out.write("WARC/1.1\r\nWARC-Type: response\r\nContent-Length: banana\r\n\r\ngarbage\r\n\r\n".getBytes(StandardCharsets.UTF_8));
    }
    try (WarcWriter w = new WarcWriter(java.nio.channels.Channels.newChannel(out), compression)) {
      writeResponse(w, "https://press.example.gov/en/visit", Instant.parse("2025-11-26T08:00:00Z"),
          http("text/html", page("jsonld-news").replace("\"datePublished\":\"2025-10-08T14:20:00+05:00\",", "")));
    }
    Files.write(file, out.toByteArray());
    return file;
  }

  @Test
  void everyHtmlResponseOfAWarcBecomesAnArticleWithItsCaptureUrlAndDate() throws IOException {
    for (WarcCompression comp : List.of(WarcCompression.NONE, WarcCompression.GZIP)) {
      Path f = warc(dir, comp == WarcCompression.GZIP ? "crawl.warc.gz" : "crawl.warc", comp, comp == WarcCompression.NONE);
      Collect c = new Collect();
      new WebIngestor(new PageReader(LANG), null, 1_000_000).readFiles(List.of(f), c);
      assertThat(c.articles).as(comp + " " + c.issues).extracting(Article::url)
          .containsExactly("https://news.example.org/2025/05/01/one.html", "https://press.example.gov/en/visit");
      assertThat(c.articles.get(0).pubDate()).hasToString("2025-05-01");
      assertThat(c.metas.get(0).provenance()).containsEntry("pubDate", "URL path").containsEntry("url", "archive record target");
      assertThat(c.articles.get(1).pubDate()).as("capture date when the page has none").hasToString("2025-11-26");
      assertThat(c.metas.get(1).provenance()).containsEntry("pubDate", "archive capture date");
      assertThat(c.issueOf("https://news.example.org/broken").kind()).isEqualTo(Kind.MALFORMED);
      if (comp == WarcCompression.NONE) {
        assertThat(c.issues).filteredOn(i -> i.source().startsWith(f.toString() + " at byte")).singleElement()
            .satisfies(i -> assertThat(i.message()).contains("malformed WARC record").contains("skipped to the next record"));
      }
      assertThat(c.done).containsExactly(f.toString());
    }
  }

  @Test
  void webFilesAndUrlsAreToldApartByName() {
    assertThat(WebIngestor.isWebFile(Path.of("a/b.HTML"))).isTrue();
    assertThat(WebIngestor.isWebFile(Path.of("x.warc.gz"))).isTrue();
    assertThat(WebIngestor.isWebFile(Path.of("x.txt"))).isFalse();
    assertThat(WebIngestor.isUrl("https://example.org/")).isTrue();
    assertThat(WebIngestor.isUrl("examples/articles")).isFalse();
    assertThat(Map.of()).isEmpty();
  }
}
