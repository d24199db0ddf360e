package org.attache.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.util.Set;
import org.attache.model.ArticleIssue.Kind;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The SSRF guard against host names that resolve inside and against redirects. Names under
 * {@code .attache.test} are answered by {@link TestResolverProvider}; the fixture server listens on
 * 127.0.0.1 only, so nothing here leaves the machine.
 */
class FetchSecurityTest {
  final FixtureServer server = new FixtureServer();
  final int port = Integer.parseInt(server.url("").replaceAll(".*:", ""));
  final FetchOptions guarded = FetchOptions.defaults().withDelayMillis(0).withRetries(0, 0);

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void theTestNamesReallyResolveAndReachTheFixtureServer() throws Exception {
    assertThat(InetAddress.getByName("intranet.attache.test").getHostAddress()).isEqualTo("127.0.0.1");
    server.page("/inside", "pages/jsonld-news.html");
    // Without the guard the name reaches the server: so a refusal below is the guard's doing.
    Fetcher.Result r = new Fetcher(guarded.withAllowPrivate(true)).fetch("http://intranet.attache.test:" + port + "/inside");
    assertThat(r.issue()).isNull();
    assertThat(server.requests).contains("/inside");
  }

  @Test
  void refusesHostNamesThatResolveToLoopbackOrPrivateAddresses() {
    server.page("/inside", "pages/jsonld-news.html");
    String[][] cases = {
        {"localhost", "loopback"},
        {"intranet.attache.test", "127.0.0.1, a loopback"},
        {"INTRANET.Attache.Test", "loopback"},
        {"private.attache.test", "10.20.30.40, a private"},
        {"mixed.attache.test", "127.0.0.1, a loopback"},
        {"v6loop.attache.test", "loopback"},
        {"mapped.attache.test", "loopback"},
        {"nat64.attache.test", "loopback (IPv4 127.0.0.1 inside an IPv6 address)"},
        {"sixtofour.attache.test", "private (IPv4 10.20.30.40 inside an IPv6 address)"},
        {"metadata.attache.test", "169.254.169.254, a link-local"}};
    for (String[] c : cases) {
      String url = "http://" + c[0] + ":" + port + "/inside";
      Fetcher.Result r = new Fetcher(guarded).fetch(url);
      assertThat(r.issue()).as(url).isNotNull();
      assertThat(r.issue().kind()).as(url).isEqualTo(Kind.REFUSED);
      assertThat(r.issue().message()).as(url).contains("SSRF guard").contains(c[1]);
    }
    assertThat(server.requests).isEmpty();
  }

  @Test
  void refusesNumericSpellingsOfLoopback() {
    server.page("/inside", "pages/jsonld-news.html");
    // Java reads these as 127.0.0.1 or ::1, for the guard and the connection alike. (It reads 0177.0.0.1 as
    // decimal, 177.0.0.1, and 0x7f000001 as a name: neither reaches loopback, and neither is tried here.)
    for (String host : new String[] {"2130706433", "127.1", "[::ffff:127.0.0.1]", "[::ffff:7f00:1]",
        "[0:0:0:0:0:0:0:1]", "127.000.000.001", "[::127.0.0.1]"}) {
      String url = "http://" + host + ":" + port + "/inside";
      Fetcher.Result r = new Fetcher(guarded).fetch(url);
      assertThat(r.issue()).as(url).isNotNull();
      assertThat(r.issue().kind()).as(url + ": " + r.issue().message()).isEqualTo(Kind.REFUSED);
      // java.net.URI finds no host in some spellings (127.1, a numeric last label): refused before any lookup.
      assertThat(r.issue().message()).as(url).satisfiesAnyOf(m -> assertThat(m).contains("SSRF guard").contains("loopback"),
          m -> assertThat(m).startsWith("not an http(s) URL with a host"));
    }
    assertThat(server.requests).as("no spelling of loopback got through").isEmpty();
  }

  /**
   * The first hop is allowed (the tests' exemption for 127.0.0.1:port); its redirect points, by name or by
   * address, back at the same server. Only a check at every hop stops it: the fetch of /go happens, the
   * one of /inside never does, and with the guard off the same chain does reach /inside.
   */
  @Test
  void checksEveryRedirectHop() {
    server.page("/inside", "pages/jsonld-news.html");
    String[] targets = {"http://intranet.attache.test:" + port + "/inside", "http://localhost:" + port + "/inside",
        "http://mixed.attache.test:" + port + "/inside", "http://[::ffff:127.0.0.1]:" + port + "/inside",
        "http://private.attache.test/inside", "http://metadata.attache.test/latest/meta-data/"};
    for (int i = 0; i < targets.length; i++) {
      server.redirect("/go" + i, targets[i]);
      server.redirect("/twice" + i, "/go" + i);
      Fetcher f = new Fetcher(guarded, Set.of("127.0.0.1:" + port));
      Fetcher.Result r = f.fetch(server.url("/go" + i));
      assertThat(r.issue()).as(targets[i]).isNotNull();
      assertThat(r.issue().kind()).as(targets[i]).isEqualTo(Kind.REFUSED);
      assertThat(r.issue().message()).as(targets[i]).contains("SSRF guard").endsWith("(after redirect 1)");
      assertThat(r.finalUrl()).isEqualTo(targets[i]);
      Fetcher.Result r2 = f.fetch(server.url("/twice" + i));
      assertThat(r2.issue().message()).as(targets[i]).contains("SSRF guard").endsWith("(after redirect 2)");
    }
    assertThat(server.requests).contains("/go0", "/twice0").doesNotContain("/inside");
    Fetcher open = new Fetcher(guarded.withAllowPrivate(true));
    assertThat(open.fetch(server.url("/go0")).issue()).isNull();
    assertThat(server.requests).contains("/inside");
  }

  @Test
  void refusesRedirectsToOtherSchemes() {
    server.redirect("/file", "file:///etc/passwd").redirect("/ftp", "ftp://intranet.attache.test/x")
        .redirect("/gopher", "gopher://127.0.0.1:6379/_INFO");
    Fetcher f = new Fetcher(guarded, Set.of("127.0.0.1:" + port));
    for (String p : new String[] {"/file", "/ftp", "/gopher"}) {
      Fetcher.Result r = f.fetch(server.url(p));
      assertThat(r.issue().kind()).as(p).isEqualTo(Kind.REFUSED);
      assertThat(r.issue().message()).as(p).contains("not an http(s) URL").contains("(redirect 1)");
    }
  }

  /**
   * DNS rebinding: {@code rebind-N.attache.test} answers a public address the first time it is asked and
   * 127.0.0.1 after (the tests run with the JVM's address cache off, {@code web/pom.xml}). The hop's check sees
   * the public answer; the check right before the connection sees loopback and stops it, so the request
   * never reaches the fixture server. Without that second check the connection would go to loopback.
   */
  @Test
  void aNameRePointedInsideAfterTheHopCheckIsRefusedBeforeConnecting() {
    server.page("/inside", "pages/jsonld-news.html");
    String name = TestResolverProvider.rebindingName();
    FetchOptions d = FetchOptions.defaults();
    FetchOptions noRobots = new FetchOptions(d.userAgent(), d.connectTimeout(), d.timeout(), d.maxBytes(), d.maxRedirects(), 0,
        0, 0, false, false); // robots.txt would be a lookup of its own
    Fetcher.Result r = new Fetcher(noRobots).fetch("http://" + name + ":" + port + "/inside");
    assertThat(r.issue()).isNotNull();
    assertThat(r.issue().kind()).isEqualTo(Kind.REFUSED);
    assertThat(r.issue().message()).contains("SSRF guard").contains("127.0.0.1, a loopback");
    assertThat(server.requests).isEmpty();
    assertThat(TestResolverProvider.lookups(name)).as("the hop's check, then the one before connecting").isEqualTo(2);
  }
}
