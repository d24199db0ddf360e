package org.attache.server;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.URLEncoder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.attache.geo.Gazetteer;
import org.attache.server.RawHttp.Answer;
import org.attache.store.Store;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The server's defences, each against a real server on a free port over a real store file: loopback by default, a
 * token when exposed, no CORS, limits on request size and rate, no stack traces, and SQL injection and path
 * traversal attempts on every parameter.
 */
class SecurityTest {
  static final String TOKEN = "s3cret-Token_0123456789";
  static final ObjectMapper JSON = new ObjectMapper();

  @TempDir static Path dir;
  static final TestData data = new TestData();
  static Store store;
  static Gazetteer gazetteer;
  static AttacheServer open;
  static AttacheServer guarded;
  static Store.Stats before;

  @BeforeAll
  static void start() {
    store = data.store(dir);
    gazetteer = Gazetteer.load();
    // Hundreds of hostile requests in a row: a rate limit high enough not to refuse them (limitsTheRate... tests it).
    open = AttacheServer.start(new ServerConfig("127.0.0.1", 0, null, 1_000_000, ServerConfig.DEFAULT_MAX_REQUEST_BYTES),
        store, gazetteer);
    guarded = AttacheServer.start(new ServerConfig("0.0.0.0", 0, TOKEN, 1000, 1024), store, gazetteer);
    before = store.stats();
  }

  @AfterAll
  static void stop() {
    open.close();
    guarded.close();
    store.close();
  }

  /** Every API path with the ids of the test data filled in, and the query parameters it takes. */
  static Map<String, List<String>> apiRoutes() {
    Map<String, List<String>> out = new java.util.LinkedHashMap<>();
    for (Api.Route r : new Api(store, new Views(gazetteer)).routes()) {
      String path = r.path().replace("/api/events/{id}", "/api/events/ev-agree")
          .replace("/api/people/{id}", "/api/people/p-asif")
          .replace("/api/articles/{id}", "/api/articles/" + data.harare.id())
          .replace("/api/search", "/api/search?q=tractors");
      out.put(path, r.params());
    }
    return out;
  }

  static void assertNoInternals(Answer a) {
    assertThat(a.body()).as("%s", a)
        .doesNotContain("\tat ").doesNotContainPattern("at (org|java|io|jdk|kotlin)\\.[\\w.$]+\\(")
        .doesNotContain("Exception").doesNotContain("SQLITE_").doesNotContain("org.attache")
        .doesNotContain("org.eclipse.jetty").doesNotContain("syntax error").doesNotContain("no such column");
  }

  static JsonNode json(Answer a) throws IOException {
    return JSON.readTree(a.body());
  }

  // --- loopback by default, a token when exposed

  @Test
  void listensOnLoopbackByDefault() throws IOException {
    assertThat(ServerConfig.defaults().host()).isEqualTo("127.0.0.1");
    assertThat(new ServerConfig("localhost", 0).token()).isNull();
    List<InetAddress> others = new ArrayList<>();
    for (NetworkInterface ni : Collections.list(NetworkInterface.getNetworkInterfaces())) {
      for (InetAddress a : Collections.list(ni.getInetAddresses())) {
        if (a instanceof Inet4Address && !a.isLoopbackAddress()) {
          others.add(a);
        }
      }
    }
    for (InetAddress a : others) {
      try (Socket s = new Socket()) {
        assertThatThrownBy(() -> s.connect(new InetSocketAddress(a, open.port()), 2000))
            .as("the loopback server must not answer on %s", a).isInstanceOf(IOException.class);
      }
    }
  }

  @Test
  void refusesToListenBeyondLoopbackWithoutAToken() {
    for (String host : List.of("0.0.0.0", "::", "192.0.2.10", "example.invalid")) {
      assertThatThrownBy(() -> new ServerConfig(host, 0)).as(host).isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("'" + host + "' is not a loopback address").hasMessageContaining("--token");
    }
    assertThatThrownBy(() -> new ServerConfig("0.0.0.0", 0, "short", 10, 10)).hasMessageContaining("token of 5 characters");
    assertThatThrownBy(() -> new ServerConfig("0.0.0.0", 0, "has space in the middle!", 10, 10))
        .hasMessageContaining("token of 24 characters");
    assertThat(new ServerConfig("0.0.0.0", 0, TOKEN, 10, 10).toString()).doesNotContain(TOKEN);
  }

  @Test
  void everyApiCallNeedsTheTokenWhenExposed() throws IOException {
    List<String> paths = new ArrayList<>(apiRoutes().keySet());
    paths.addAll(List.of("/openapi.json", "/api", "/api/no-such-route"));
    for (String path : paths) {
      Answer none = RawHttp.get(guarded.port(), path, "");
      assertThat(none.status()).as("%s without token: %s", path, none).isEqualTo(401);
      assertThat(none.header("WWW-Authenticate")).as(path).startsWith("Bearer");
      assertThat(json(none).at("/error/code").asText()).isEqualTo("unauthorized");
      assertThat(none.body()).doesNotContain("Belarus");
      Answer wrong = RawHttp.get(guarded.port(), path, "Authorization: Bearer " + TOKEN + "x\r\n");
      assertThat(wrong.status()).as("%s with a wrong token", path).isEqualTo(401);
      Answer basic = RawHttp.get(guarded.port(), path, "Authorization: Basic " + TOKEN + "\r\n");
      assertThat(basic.status()).as("%s with the token as Basic", path).isEqualTo(401);
      Answer right = RawHttp.get(guarded.port(), path, "Authorization: Bearer " + TOKEN + "\r\n");
      assertThat(right.status()).as("%s with the token: %s", path, right).isIn(200, 404);
      assertThat(right.status() == 404).as(path).isEqualTo(path.startsWith("/api/no-such") || path.equals("/api"));
    }
  }

  @Test
  void theBrowserGetsTheTokenAsAStrictHttpOnlyCookie() throws IOException {
    Answer page = RawHttp.get(guarded.port(), "/", "");
    assertThat(page.status()).as("the UI itself holds no data").isEqualTo(200);
    Answer wrong = RawHttp.get(guarded.port(), "/?token=nope-nope-nope-nope", "");
    assertThat(wrong.status()).isEqualTo(401);
    assertThat(wrong.header("Set-Cookie")).isNull();
    Answer login = RawHttp.get(guarded.port(), "/?token=" + TOKEN, "");
    assertThat(login.status()).as("%s", login).isEqualTo(303);
    assertThat(login.header("Location")).isEqualTo("/");
    assertThat(login.header("Set-Cookie")).contains(Guard.COOKIE + "=" + TOKEN).contains("HttpOnly")
        .contains("SameSite=Strict");
    Answer elsewhere = RawHttp.get(guarded.port(), "//evil.example/?token=" + TOKEN, "");
    assertThat(elsewhere.header("Location")).as("%s", elsewhere).isIn(null, "/");
    Answer withCookie = RawHttp.get(guarded.port(), "/api/health", "Cookie: " + Guard.COOKIE + "=" + TOKEN + "\r\n");
    assertThat(withCookie.status()).isEqualTo(200);
    Answer badCookie = RawHttp.get(guarded.port(), "/api/health", "Cookie: " + Guard.COOKIE + "=" + TOKEN + "0\r\n");
    assertThat(badCookie.status()).isEqualTo(401);
  }

  // --- CORS

  @Test
  void sendsNoCorsHeadersToOtherOrigins() throws IOException {
    for (AttacheServer s : List.of(open, guarded)) {
      String auth = s == guarded ? "Authorization: Bearer " + TOKEN + "\r\n" : "";
      Answer get = RawHttp.get(s.port(), "/api/events", auth + "Origin: https://evil.example\r\n");
      assertThat(get.head()).as("%s", get).doesNotContainIgnoringCase("Access-Control-Allow");
      Answer preflight = RawHttp.send(s.port(), ("OPTIONS /api/events HTTP/1.1\r\nHost: 127.0.0.1\r\n"
          + "Origin: https://evil.example\r\nAccess-Control-Request-Method: GET\r\n"
          + "Access-Control-Request-Headers: authorization\r\nConnection: close\r\n\r\n").getBytes(UTF_8));
      assertThat(preflight.head()).as("%s", preflight).doesNotContainIgnoringCase("Access-Control-Allow");
      assertThat(preflight.status()).isNotIn(200, 204);
    }
  }

  // --- request size and rate

  @Test
  void refusesRequestBodiesOverTheLimit() throws IOException {
    byte[] body = new byte[100_000];
    java.util.Arrays.fill(body, (byte) 'a');
    for (String method : List.of("GET", "POST", "PUT")) {
      byte[] head = (method + " /api/events HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: text/plain\r\nContent-Length: "
          + body.length + "\r\nConnection: close\r\n\r\n").getBytes(UTF_8);
      byte[] request = new byte[head.length + body.length];
      System.arraycopy(head, 0, request, 0, head.length);
      System.arraycopy(body, 0, request, head.length, body.length);
      Answer a = RawHttp.send(open.port(), request);
      assertThat(a.status()).as("%s %s", method, a).isEqualTo(413);
      assertThat(json(a).at("/error/code").asText()).isEqualTo("too_large");
      assertNoInternals(a);
    }
    Answer chunked = RawHttp.send(guarded.port(), ("POST /api/events HTTP/1.1\r\nHost: 127.0.0.1\r\n"
        + "Transfer-Encoding: chunked\r\nConnection: close\r\n\r\n" + "4000\r\n" + "b".repeat(0x4000) + "\r\n0\r\n\r\n")
        .getBytes(UTF_8));
    assertThat(chunked.status()).as("%s", chunked).isIn(401, 404, 405, 413);
    assertNoInternals(chunked);
  }

  @Test
  void refusesHugeUrlsAndHeadersWithoutATrace() throws IOException {
    Answer url = RawHttp.get(open.port(), "/api/events?q=" + "x".repeat(100_000), "");
    assertThat(url.status()).as("%s", url).isIn(400, 414, 431);
    assertNoInternals(url);
    Answer header = RawHttp.get(open.port(), "/api/health", "X-Big: " + "y".repeat(100_000) + "\r\n");
    assertThat(header.status()).as("%s", header).isIn(400, 431);
    assertNoInternals(header);
  }

  @Test
  void limitsTheRateOfEachClient() throws IOException {
    try (AttacheServer slow = AttacheServer.start(new ServerConfig("127.0.0.1", 0, null, 5, 1024), store, gazetteer)) {
      int ok = 0;
      int limited = 0;
      Answer refused = null;
      for (int i = 0; i < 40; i++) {
        Answer a = RawHttp.get(slow.port(), "/api/health", "");
        if (a.status() == 200) {
          ok++;
        } else if (a.status() == 429) {
          limited++;
          refused = a;
        }
      }
      // A burst of twice the rate, plus what refills while the 40 requests are made.
      assertThat(ok).isBetween(10, 39);
      assertThat(ok + limited).isEqualTo(40);
      assertThat(refused).isNotNull();
      assertThat(refused.header("Retry-After")).isEqualTo("1");
      assertThat(json(refused).at("/error/code").asText()).isEqualTo("rate_limited");
    }
  }

  // --- no stack traces

  @Test
  void answersInternalErrorsWithAnIncidentAndNoTrace(@TempDir Path other) throws IOException {
    Store doomed = data.store(other);
    try (AttacheServer s = AttacheServer.start(new ServerConfig("127.0.0.1", 0), doomed, gazetteer)) {
      doomed.close();
      for (String path : apiRoutes().keySet()) {
        Answer a = RawHttp.get(s.port(), path, "");
        assertThat(a.status()).as("%s: %s", path, a).isEqualTo(500);
        assertThat(json(a).at("/error/code").asText()).isEqualTo("internal");
        assertThat(json(a).at("/error/message").asText()).containsPattern("incident [0-9a-f]+");
        assertNoInternals(a);
      }
    }
  }

  @Test
  void answersMalformedRequestsWithoutATrace() throws IOException {
    List<String> targets = List.of("/api/events/%", "/api/events/%zz", "/api/events?limit=%zz", "/api/events?%=1",
        "/%00", "/api/events/%00", "/api/events?country=%00", "/api/events?limit=99999999999999999999",
        "/api/events?limit=-1", "/api/events?sort=%ff%fe", "/api/%c0%ae%c0%ae/", "/api/events?q=%22", "*",
        "http://evil.example/api/health", "/api/events?" + "a=1&".repeat(2000));
    for (String t : targets) {
      Answer a = RawHttp.get(open.port(), t, "");
      assertThat(a.status()).as("%s: %s", t, a).isBetween(200, 499);
      assertNoInternals(a);
    }
    for (String raw : List.of("GARBAGE\r\n\r\n", "GET / HTTP/9.9\r\nHost: x\r\n\r\n", "GET /api/health HTTP/1.1\r\n\r\n",
        "GET /api/health HTTP/1.1\r\nHost: a\r\nHost: b\r\n\r\n", "\u0000\u0001\u0002\r\n\r\n")) {
      Answer a = RawHttp.send(open.port(), raw.getBytes(UTF_8));
      assertThat(a.status()).as("%s: %s", raw, a).isNotEqualTo(500);
      assertNoInternals(a);
    }
  }

  // --- SQL injection on every filter parameter

  static final List<String> INJECTIONS = List.of("' OR '1'='1", "' OR 1=1 --", "\" OR \"\"=\"", "1; DROP TABLE events; --",
      "BLR'); DROP TABLE articles; --", "x' UNION SELECT id, text, 1, 1 FROM articles --", "%' OR source LIKE '%",
      "1 OR 1=1", "ZWE\\' OR 1=1#", "*", "\"*\" OR NEAR(a b)", "') OR ('a'='a", "1e309", "-1 UNION SELECT sqlite_version()",
      "BLR-ZWE' OR '1'='1", "2024-01-01' OR '1'='1", "\u0000' OR 1=1");

  @Test
  void sqlInjectionOnEveryFilterParameterChangesNothingAndLeaksNothing() throws IOException {
    int tried = 0;
    for (Map.Entry<String, List<String>> route : apiRoutes().entrySet()) {
      for (String param : route.getValue()) {
        for (String payload : INJECTIONS) {
          String base = route.getKey().replace("?q=tractors", "");
          String target = base + "?" + param + "=" + URLEncoder.encode(payload, UTF_8)
              + (base.equals("/api/search") && !param.equals("q") ? "&q=tractors" : "");
          Answer a = RawHttp.get(open.port(), target, "");
          tried++;
          assertThat(a.status()).as("%s: %s", target, a).isIn(200, 400);
          assertNoInternals(a);
          JsonNode body = json(a);
          if (a.status() == 200 && body.has("total") && !param.equals("limit") && !param.equals("offset")) {
            assertThat(body.get("total").asInt()).as("%s selects no more than the unfiltered route", target)
                .isLessThanOrEqualTo(json(RawHttp.get(open.port(), route.getKey(), "")).get("total").asInt());
          }
          if (a.status() == 200 && List.of("article", "person", "country", "pair").contains(param) && body.has("total")) {
            assertThat(body.get("total").asInt()).as("%s matches nothing", target).isZero();
          }
        }
      }
    }
    assertThat(tried).isGreaterThan(300);
    assertThat(store.stats()).isEqualTo(before);
    assertThat(store.articles()).hasSize(4);
  }

  // --- path traversal on every path parameter and on static files

  static final List<String> TRAVERSALS = List.of("..%2F..%2F..%2F..%2Fetc%2Fpasswd", "..%252F..%252Fetc%252Fpasswd",
      "%2e%2e%2f%2e%2e%2fetc%2fpasswd", "....%2F%2F....%2F%2Fetc%2Fpasswd", "..%5C..%5Cwindows%5Cwin.ini",
      "%2e%2e", "..", ".", "%00", "ev-agree%00.json", "ev-agree%2F..%2F..%2Fopenapi.json", "..%c0%af..%c0%afetc%c0%afpasswd",
      "%ef%bc%8e%ef%bc%8e%ef%bc%8fetc");

  @Test
  void pathTraversalOnEveryPathParameterFindsNothing() throws IOException {
    for (String route : List.of("/api/events/", "/api/people/", "/api/articles/")) {
      for (String t : TRAVERSALS) {
        Answer a = RawHttp.get(open.port(), route + t, "");
        assertThat(a.status()).as("%s%s: %s", route, t, a).isIn(400, 404);
        assertThat(a.body()).doesNotContain("root:").doesNotContain("[fonts]").doesNotContain("\"openapi\"");
        assertNoInternals(a);
      }
    }
  }

  @Test
  void pathTraversalOnStaticFilesServesNothingOutsideTheUi() throws IOException {
    List<String> targets = new ArrayList<>();
    for (String up : List.of("../", "..%2f", "%2e%2e/", "%2e%2e%2f", "..%5c", "..;/", "%252e%252e%252f", ".%2e/", "..//",
        "%c0%ae%c0%ae/")) {
      for (String where : List.of("etc/passwd", "org/attache/server/AttacheServer.class", "META-INF/MANIFEST.MF",
          "org/attache/server/openapi.json")) {
        targets.add("/" + up.repeat(8) + where);
        targets.add("/assets/" + up.repeat(3) + where);
      }
    }
    targets.addAll(List.of("//etc/passwd", "/etc/passwd", "/file:///etc/passwd", "/org/attache/server/AttacheServer.class",
        "/AttacheServer.class", "/../AttacheServer.class", "/%2e%2e/AttacheServer.class"));
    String passwd = Files.exists(Path.of("/etc/passwd")) ? Files.readString(Path.of("/etc/passwd")) : "root:x:0:0";
    for (String t : targets) {
      Answer a = RawHttp.get(open.port(), t, "");
      assertThat(a.body()).as("%s: %s", t, a).doesNotContain(passwd.lines().findFirst().orElse("root:"))
          .doesNotContain("Main-Class").doesNotContain("Manifest-Version");
      boolean classFile = a.bodyBytes().length >= 4 && (a.bodyBytes()[0] & 0xFF) == 0xCA && (a.bodyBytes()[1] & 0xFF) == 0xFE;
      assertThat(classFile).as("%s served a class file", t).isFalse();
      if (a.status() == 200) {
        // Whatever was answered 200 is the UI's own page (a single-page app may answer unknown paths with it).
        assertThat(a.body()).as("%s: %s", t, a).doesNotContain("\"openapi\"");
      }
      assertNoInternals(a);
    }
  }
}
