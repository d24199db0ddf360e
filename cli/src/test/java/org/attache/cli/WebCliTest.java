package org.attache.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Web intake from the command line: {@code ingest} of URLs, a URL list and a saved page, {@code articles}
 * in both formats, the SSRF guard's default, and {@code watch --once} twice. Pages are the web module's
 * own-written fixtures, served by a real HTTP server on loopback.
 */
class WebCliTest {
  private static final Path PAGES = Path.of("..", "web", "src", "test", "resources", "org", "attache", "web", "pages");
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Map<String, byte[]> ROUTES = new ConcurrentHashMap<>();
  private static HttpServer server;
  @TempDir static Path tmp;

  @BeforeAll
  static void serve() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", ex -> {
      byte[] body = ROUTES.get(ex.getRequestURI().getPath());
      if (body == null) {
        ex.sendResponseHeaders(404, -1);
      } else {
        ex.getResponseHeaders().set("Content-Type", ex.getRequestURI().getPath().endsWith(".xml") ? "application/rss+xml" : "text/html");
        ex.sendResponseHeaders(200, body.length);
        try (OutputStream o = ex.getResponseBody()) {
          o.write(body);
        }
      }
      ex.close();
    });
    server.start();
    ROUTES.put("/2025/12/zimbabwe-and-belarus-sign-farm-machinery-deal/", Files.readAllBytes(PAGES.resolve("wordpress-news.html")));
    ROUTES.put("/news/1102334/pakistan-belarus-defence-ties", Files.readAllBytes(PAGES.resolve("jsonld-news.html")));
    ROUTES.put("/ru/mashinostroenie", Files.readAllBytes(PAGES.resolve("ru-news.html")));
    ROUTES.put("/society/2025/09/03/belarus-dprk.html", Files.readAllBytes(PAGES.resolve("url-date.html")));
    ROUTES.put("/feed.xml", """
        <?xml version="1.0" encoding="UTF-8"?>
        <rss version="2.0"><channel><title>Wire</title><link>%s</link><description>News</description>
        <item><title>DPRK</title><link>%s</link><guid>wire-1</guid></item>
        <item><title>Defence</title><link>%s</link><guid>wire-2</guid></item>
        </channel></rss>
        """.formatted(url("/"), url("/society/2025/09/03/belarus-dprk.html"), url("/news/1102334/pakistan-belarus-defence-ties"))
        .getBytes(UTF_8));
  }

  @AfterAll
  static void stop() {
    server.stop(0);
  }

  static String url(String path) {
    return "http://127.0.0.1:" + server.getAddress().getPort() + path;
  }

  private static List<JsonNode> jsonl(Path db) throws IOException {
    Cli.Result r = Cli.run("articles", "--db", db.toString(), "--format", "jsonl");
    assertThat(r.code()).as("%s", r).isZero();
    List<JsonNode> out = new ArrayList<>();
    for (String line : r.lines()) {
      out.add(JSON.readTree(line));
    }
    return out;
  }

  private static JsonNode bySource(List<JsonNode> rows, String source) {
    return rows.stream().filter(n -> n.get("source").asText().equals(source)).findFirst()
        .orElseThrow(() -> new AssertionError("no article from " + source + " in " + rows));
  }

  @Test
  void ingestsUrlsAListAndASavedPageThenListsThemWithProvenance() throws IOException {
    Path db = tmp.resolve("web.db");
    Path list = tmp.resolve("urls.txt");
    Files.writeString(list, "# my outlets\n" + url("/news/1102334/pakistan-belarus-defence-ties") + "\n\n" + url("/missing") + "\n");
    Path saved = Files.copy(PAGES.resolve("gov-press-release.html"), tmp.resolve("press.html"));
    Path warc = tmp.resolve("crawl.warc.gz");
    try (org.netpreserve.jwarc.WarcWriter w = new org.netpreserve.jwarc.WarcWriter(java.nio.channels.FileChannel.open(warc,
        java.nio.file.StandardOpenOption.CREATE_NEW, java.nio.file.StandardOpenOption.WRITE), org.netpreserve.jwarc.WarcCompression.GZIP)) {
      byte[] page = Files.readAllBytes(PAGES.resolve("url-date.html"));
      byte[] http = ("HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: " + page.length + "\r\n\r\n")
          .getBytes(UTF_8);
      byte[] record = java.util.Arrays.copyOf(http, http.length + page.length);
      System.arraycopy(page, 0, record, http.length, page.length);
      w.write(new org.netpreserve.jwarc.WarcResponse.Builder("https://wire.example.by/society/2025/09/03/dprk.html")
          .date(java.time.Instant.parse("2025-09-04T06:00:00Z")).body(org.netpreserve.jwarc.MediaType.HTTP_RESPONSE, record).build());
    }
    Cli.Result r = Cli.run("ingest", "--db", db.toString(), "--allow-private", "--delay", "0", "--retries", "0",
        url("/2025/12/zimbabwe-and-belarus-sign-farm-machinery-deal/"), url("/ru/mashinostroenie"), "--urls", list.toString(),
        saved.toString(), warc.toString());
    assertThat(r.code()).as("%s", r).isZero();
    assertThat(r.out()).contains("summary: 6 read, 5 new (1 not analysed), 0 duplicate, 1 failed (fetch failed 1)");

    List<JsonNode> rows = jsonl(db);
    assertThat(rows).hasSize(5);
    JsonNode captured = bySource(rows, "https://wire.example.by/society/2025/09/03/dprk.html");
    assertThat(captured.get("pubDate").asText()).isEqualTo("2025-09-03");
    assertThat(captured.get("pubDateSource").asText()).isEqualTo("URL path");
    JsonNode wp = bySource(rows, url("/2025/12/zimbabwe-and-belarus-sign-farm-machinery-deal/"));
    assertThat(wp.get("title").asText()).isEqualTo("Zimbabwe and Belarus sign farm machinery deal");
    assertThat(wp.get("pubDate").asText()).isEqualTo("2025-12-17");
    assertThat(wp.get("pubDateSource").asText()).isEqualTo("meta[property=article:published_time]");
    assertThat(wp.get("language").asText()).isEqualTo("en");
    assertThat(wp.get("site").asText()).isEqualTo("The Daily Courier");
    assertThat(wp.get("words").asInt()).isBetween(120, 200);
    JsonNode ru = bySource(rows, url("/ru/mashinostroenie"));
    assertThat(ru.get("language").asText()).isEqualTo("ru");
    assertThat(ru.get("issues").get(0).get("message").asText()).isEqualTo("not analysed: language ru");
    JsonNode press = bySource(rows, saved.toString());
    assertThat(press.get("pubDateSource").asText()).isEqualTo("time element");

    Cli.Result events = Cli.run("events", "--db", db.toString(), "--format", "jsonl");
    assertThat(events.out()).as("the Russian article is not analysed as English").doesNotContain(ru.get("id").asText());

    Cli.Result table = Cli.run("articles", "--db", db.toString());
    assertThat(table.out()).contains("DATE FROM").contains("json-ld datePublished").contains("5 article(s)");

    Cli.Result again = Cli.run("ingest", "--db", db.toString(), "--delay", "0", "--retries", "0",
        url("/2025/12/zimbabwe-and-belarus-sign-farm-machinery-deal/"));
    assertThat(again.code()).as("%s", again).isZero();
    assertThat(again.out()).as("the SSRF guard refuses loopback by default").contains("1 failed (refused 1)");
    assertThat(Cli.run("issues", "--db", db.toString()).out()).contains("SSRF guard");
  }

  @Test
  void watchOnceTwiceIngestsNothingTheSecondTime() {
    Path db = tmp.resolve("watch.db");
    String[] watch = {"watch", "--db", db.toString(), "--once", "--allow-private", "--delay", "0", url("/feed.xml")};
    Cli.Result first = Cli.run(watch);
    assertThat(first.code()).as("%s", first).isZero();
    assertThat(first.out()).contains("summary: 2 read, 2 new");
    assertThat(first.err()).contains("2 item(s), 2 new, 0 seen before, 0 failed")
        .contains("new: Belarus, DPRK discuss cooperation in tourism and sport (" + url("/society/2025/09/03/belarus-dprk.html") + ")");
    Cli.Result second = Cli.run(watch);
    assertThat(second.code()).as("%s", second).isZero();
    assertThat(second.out()).contains("summary: 0 read, 0 new");
    assertThat(second.err()).contains("2 item(s), 0 new, 2 seen before, 0 failed");
  }

  @Test
  void aMissingUrlListOrNoInputAtAllFailsAtOnce() {
    Cli.Result r = Cli.run("ingest", "--db", tmp.resolve("x.db").toString(), "--urls", tmp.resolve("no-such-list.txt").toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("--urls").contains("no-such-list.txt");
    Cli.Result none = Cli.run("ingest", "--db", tmp.resolve("x.db").toString());
    assertThat(none.code()).isEqualTo(2);
    assertThat(none.err()).contains("nothing to read");
  }

  @Test
  void badWatchIntervalsFailNamingTheValue() {
    Cli.Result r = Cli.run("watch", "--every", "soon", "http://example.org/feed");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("--every soon");
  }
}
