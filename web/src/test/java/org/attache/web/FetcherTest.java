package org.attache.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import org.attache.model.ArticleIssue.Kind;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class FetcherTest {
  final FixtureServer server = new FixtureServer();
  final FetchOptions loopback = FetchOptions.defaults().withAllowPrivate(true).withDelayMillis(0).withRetries(0, 0);

  @AfterEach
  void stop() {
    server.close();
  }

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void theSsrfGuardRefusesLoopbackByDefault() {
    server.page("/a", "pages/jsonld-news.html");
    Fetcher.Result r = new Fetcher(FetchOptions.defaults()).fetch(server.url("/a"));
    assertThat(r.issue()).isNotNull();
    assertThat(r.issue().kind()).isEqualTo(Kind.REFUSED);
    assertThat(r.issue().message()).contains("SSRF guard").contains("127.0.0.1").contains("loopback").contains("--allow-private");
    assertThat(server.requests).isEmpty();
    for (String inside : new String[] {"http://[::1]:9/", "http://169.254.169.254/latest/meta-data/", "http://10.0.0.1/",
        "http://0.0.0.0:9/", "https://192.168.1.1/admin"}) {
      Fetcher.Result x = new Fetcher(FetchOptions.defaults()).fetch(inside);
      assertThat(x.issue().kind()).as(inside).isEqualTo(Kind.REFUSED);
      assertThat(x.issue().message()).as(inside).contains("SSRF guard");
    }
    assertThat(new Fetcher(FetchOptions.defaults()).fetch("file:///etc/passwd").issue().kind()).isEqualTo(Kind.REFUSED);
  }

  @Test
  void theSsrfGuardRefusesAPrivateAddressReachedThroughARedirect() {
    int port = Integer.parseInt(server.url("").replaceAll(".*:", ""));
    server.redirect("/go", "http://localhost:" + port + "/inside");
    server.page("/inside", "pages/jsonld-news.html");
    Fetcher f = new Fetcher(FetchOptions.defaults().withDelayMillis(0), Set.of("127.0.0.1:" + port));
    Fetcher.Result r = f.fetch(server.url("/go"));
    assertThat(r.issue().kind()).isEqualTo(Kind.REFUSED);
    assertThat(r.issue().message()).contains("after redirect 1").contains("loopback");
    assertThat(server.requests).doesNotContain("/inside");
  }

  @Test
  void addressGuardKnowsTheReservedRanges() throws Exception {
    for (String a : new String[] {"127.0.0.1", "10.1.2.3", "172.16.0.1", "192.168.1.1", "169.254.169.254", "0.0.0.0",
        "100.64.0.1", "::1", "fe80::1", "fc00::1"}) {
      assertThat(AddressGuard.reserved(InetAddress.getByName(a))).as(a).isNotNull();
    }
    for (String a : new String[] {"8.8.8.8", "185.66.71.1", "2a00:1450:4001::1"}) {
      assertThat(AddressGuard.reserved(InetAddress.getByName(a))).as(a).isNull();
    }
  }

  @Test
  void followsRedirectsUpToTheLimit() {
    server.redirect("/r1", "/r2").redirect("/r2", "/final").page("/final", "pages/jsonld-news.html");
    assertThat(new Fetcher(loopback).fetch(server.url("/r1")).finalUrl()).endsWith("/final");
    for (int i = 0; i < 7; i++) {
      server.redirect("/loop" + i, "/loop" + (i + 1));
    }
    Fetcher.Result r = new Fetcher(loopback).fetch(server.url("/loop0"));
    assertThat(r.issue().kind()).isEqualTo(Kind.FETCH_FAILED);
    assertThat(r.issue().message()).contains("more than 5 redirects");
  }

  @Test
  void aBodyOverTheSizeCapIsRefused() {
    server.route("/big", FixtureServer.Route.html(new byte[5000]));
    server.route("/bigzip", FixtureServer.Route.html(new byte[50_000]).gzipped());
    Fetcher f = new Fetcher(loopback.withMaxBytes(1000));
    Fetcher.Result r = f.fetch(server.url("/big"));
    assertThat(r.issue().kind()).isEqualTo(Kind.TOO_LARGE);
    assertThat(r.issue().message()).contains("5000").contains("1000");
    Fetcher.Result z = f.fetch(server.url("/bigzip"));
    assertThat(z.issue().kind()).isEqualTo(Kind.TOO_LARGE);
    assertThat(z.issue().message()).contains("after un-gzipping");
  }

  @Test
  void aSlowServerTimesOut() {
    server.route("/slow", FixtureServer.Route.html(bytes("<p>late</p>")).delayed(6000));
    Fetcher.Result r = new Fetcher(loopback.withTimeout(Duration.ofMillis(1500))).fetch(server.url("/slow"));
    assertThat(r.issue().kind()).as("%s", r.issue()).isEqualTo(Kind.TIMEOUT);
    assertThat(r.issue().message()).contains("1500 ms");
  }

  @Test
  void gzipBodiesAreUnpackedAndATruncatedOneIsAFetchFailure() {
    server.route("/z", FixtureServer.Route.html(bytes("<html><body><p>hello gzip</p></body></html>")).gzipped());
    server.route("/cut", FixtureServer.Route.html(FixtureServer.resource("pages/jsonld-news.html")).truncated());
    Fetcher f = new Fetcher(loopback);
    assertThat(new String(f.fetch(server.url("/z")).body(), StandardCharsets.UTF_8)).contains("hello gzip");
    Fetcher.Result r = f.fetch(server.url("/cut"));
    assertThat(r.issue().kind()).isEqualTo(Kind.FETCH_FAILED);
    assertThat(r.issue().message()).contains("truncated");
  }

  @Test
  void retriesA503WithBackOffAndGivesUpWithTheStatus() {
    server.route("/down", new FixtureServer.Route(503, "text/html", bytes("busy"), Map.of(), false, false, 0));
    Fetcher.Result r = new Fetcher(loopback.withRetries(2, 1)).fetch(server.url("/down"));
    assertThat(r.issue().kind()).isEqualTo(Kind.FETCH_FAILED);
    assertThat(r.issue().message()).contains("HTTP 503").contains("after 3 attempts");
    assertThat(server.requests.stream().filter("/down"::equals)).hasSize(3);
    assertThat(new Fetcher(loopback.withRetries(2, 1)).fetch(server.url("/missing")).issue().message()).isEqualTo("HTTP 404");
  }

  @Test
  void obeysRobotsTxtAndSendsItsUserAgent() {
    server.route("/robots.txt", new FixtureServer.Route(200, "text/plain",
        bytes("User-agent: attachebot\nDisallow: /private/\n"), Map.of(), false, false, 0));
    server.page("/private/a", "pages/jsonld-news.html").page("/public/a", "pages/jsonld-news.html");
    Fetcher f = new Fetcher(loopback);
    Fetcher.Result r = f.fetch(server.url("/private/a"));
    assertThat(r.issue().kind()).isEqualTo(Kind.REFUSED);
    assertThat(r.issue().message()).contains("robots.txt");
    assertThat(f.fetch(server.url("/public/a")).issue()).isNull();
    assertThat(server.requests).containsExactly("/robots.txt", "/public/a");
  }

  @Test
  void badOptionsFailNamingTheValue() {
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> FetchOptions.defaults().withMaxBytes(0))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxBytes 0");
  }
}
