package org.attache.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.StreamSupport;
import org.attache.geo.Gazetteer;
import org.attache.store.Store;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The API of a real server on a free port over a real store file. */
class ApiTest {
  @TempDir static Path dir;
  static final TestData data = new TestData();
  static Store store;
  static AttacheServer server;
  static final HttpClient http = HttpClient.newHttpClient();
  static final ObjectMapper json = new ObjectMapper();

  @BeforeAll
  static void start() {
    store = data.store(dir);
    server = AttacheServer.start(new ServerConfig("127.0.0.1", 0), store, Gazetteer.load());
  }

  @AfterAll
  static void stop() {
    server.close();
    store.close();
  }

  record Reply(int status, JsonNode body, HttpResponse<String> raw) {}

  static Reply get(String pathAndQuery) throws IOException, InterruptedException {
    HttpResponse<String> r = http.send(HttpRequest.newBuilder(server.uri().resolve(pathAndQuery)).build(),
        HttpResponse.BodyHandlers.ofString());
    boolean isJson = r.headers().firstValue("Content-Type").orElse("").startsWith("application/json");
    return new Reply(r.statusCode(), isJson ? json.readTree(r.body()) : json.nullNode(), r);
  }

  /**
   * The per-article event ids of canonical events (each of the test data's events is reported once, so each canonical
   * event has one source) or of per-article ones.
   */
  static List<String> ids(JsonNode events) {
    return StreamSupport.stream(events.spliterator(), false)
        .map(n -> n.has("sources") ? n.get("sources").get(0).get("eventId").asText() : n.get("id").asText()).toList();
  }

  static List<String> texts(JsonNode array, String field) {
    return StreamSupport.stream(array.spliterator(), false).map(n -> n.get(field).asText()).toList();
  }

  @Test
  void listensOnTheLoopbackAddressItWasGiven() {
    assertThat(server.port()).isPositive();
    assertThat(server.uri().toString()).isEqualTo("http://127.0.0.1:" + server.port() + "/");
  }

  @Test
  void reportsHealthWithTheCountsOfTheStore() throws Exception {
    Reply r = get("/api/health");
    assertThat(r.status()).isEqualTo(200);
    assertThat(r.body().get("status").asText()).isEqualTo("ok");
    assertThat(r.body().get("articles").asInt()).isEqualTo(4);
    assertThat(r.body().get("events").asInt()).isEqualTo(8);
    assertThat(r.body().get("people").asInt()).isEqualTo(4);
  }

  @Test
  void listsEventsInDateOrderWithEveryField() throws Exception {
    Reply r = get("/api/events");
    assertThat(r.body().get("total").asInt()).isEqualTo(8);
    assertThat(ids(r.body().get("items"))).containsExactly("ev-talks", "ev-training", "ev-protocol",
        "ev-support", "ev-agree", "ev-xss", "ev-aid", "ev-visit");
    JsonNode agree = r.body().get("items").get(4);
    assertThat(agree.get("type").asText()).isEqualTo("AGREE");
    assertThat(agree.get("date").asText()).isEqualTo("2024-05-13");
    assertThat(agree.get("status").asText()).isEqualTo("occurred");
    assertThat(agree.get("place").get("name").asText()).isEqualTo("Harare");
    assertThat(agree.get("sectors").get(0).asText()).isEqualTo("agriculture");
    int start = agree.get("evidence").get("start").asInt();
    int end = agree.get("evidence").get("end").asInt();
    assertThat(TestData.HARARE_TEXT.substring(start, end)).isEqualTo(agree.get("evidenceText").asText());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "pair=ZWE-BLR                        | ev-agree,ev-xss,ev-aid,ev-visit",
      "pair=blr-pak&type=cooperate          | ev-training",
      "country=RUS                          | ev-support",
      "status=planned                       | ev-training,ev-aid",
      "since=2024-05&until=2024-06          | ev-agree,ev-xss",
      "until=2023                           | ev-talks",
      "since=2024-05-13&until=2024-05       | ev-agree",
      "sector=military                      | ev-talks,ev-training",
      "person=lukashenko                    | ev-protocol",
      "q=tractors                           | ev-aid",
      "q=belarus%20signed&type=AGREE        | ev-protocol,ev-agree",
      "q=talks&pair=BLR-ZWE                 | ev-xss",
      "q=TALKS&country=PAK                  | ev-talks",
      "q=belarus&since=2024-05&until=2024-06 | ev-agree,ev-xss",
      "q=mins*&status=possible              | ev-visit",
      "pair=BLR-ZWE&sort=-date              | ev-visit,ev-aid,ev-xss,ev-agree",
      "sort=type&status=occurred            | ev-protocol,ev-agree,ev-xss,ev-talks,ev-support",
      "pair=BLR-ZWE&limit=2&offset=1        | ev-xss,ev-aid",
  })
  void filtersSortsAndPagesEventsAsTheCliDoes(String query, String expected) throws Exception {
    Reply r = get("/api/events?" + query.strip());
    assertThat(r.status()).isEqualTo(200);
    assertThat(ids(r.body().get("items"))).containsExactly(expected.strip().split(","));
  }

  @Test
  void pagesReportTheTotalBeforePaging() throws Exception {
    Reply r = get("/api/events?pair=BLR-ZWE&limit=2&offset=1");
    assertThat(r.body().get("total").asInt()).isEqualTo(4);
    assertThat(r.body().get("offset").asInt()).isEqualTo(1);
    assertThat(r.body().get("limit").asInt()).isEqualTo(2);
  }

  @Test
  void showsOneEventWithItsSourceAndEvidenceSpan() throws Exception {
    Reply r = get("/api/events/ev-aid");
    assertThat(r.status()).isEqualTo(200);
    assertThat(r.body().get("status").asText()).isEqualTo("planned");
    JsonNode source = r.body().get("sources").get(0);
    assertThat(source.get("id").asText()).isEqualTo(data.harare.id());
    assertThat(source.get("title").asText()).isEqualTo("Belarus and Zimbabwe sign a tractor deal");
    assertThat(TestData.HARARE_TEXT.substring(source.get("evidence").get("start").asInt(),
        source.get("evidence").get("end").asInt())).isEqualTo(source.get("evidenceText").asText());
  }

  @ParameterizedTest
  @CsvSource({"/api/events/nope, nope", "/api/articles/0000000000000000, 0000000000000000", "/api/people/nobody, nobody"})
  void answersUnknownIdsWith404NamingTheId(String path, String id) throws Exception {
    Reply r = get(path);
    assertThat(r.status()).isEqualTo(404);
    assertThat(r.body().get("error").get("code").asText()).isEqualTo("not_found");
    assertThat(r.body().get("error").get("value").asText()).isEqualTo(id);
    assertThat(r.body().get("error").get("message").asText()).contains("'" + id + "'");
  }

  @Test
  void answersUnknownApiRoutesWithJson404() throws Exception {
    Reply r = get("/api/nothing-here");
    assertThat(r.status()).isEqualTo(404);
    assertThat(r.body().get("error").get("code").asText()).isEqualTo("not_found");
    assertThat(r.body().get("error").get("message").asText()).contains("/api/nothing-here");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "/api/events?since=2024-13          | bad_parameter     | since   | 2024-13",
      "/api/events?until=May              | bad_parameter     | until   | May",
      "/api/events?type=VISIT             | bad_parameter     | type    | VISIT",
      "/api/events?status=maybe           | bad_parameter     | status  | maybe",
      "/api/events?pair=BLR               | bad_parameter     | pair    | BLR",
      "/api/events?country=B%20L          | bad_parameter     | country | B L",
      "/api/events?sector=fishing         | bad_parameter     | sector  | fishing",
      "/api/events?limit=0                | bad_parameter     | limit   | 0",
      "/api/events?limit=ten              | bad_parameter     | limit   | ten",
      "/api/events?limit=1001             | bad_parameter     | limit   | 1001",
      "/api/events?offset=-1              | bad_parameter     | offset  | -1",
      "/api/events?sort=size              | bad_parameter     | sort    | size",
      "/api/events?since=2025&until=2024  | bad_parameter     | since   | 2025",
      "/api/events?type=AGREE&type=AID    | bad_parameter     | type    | AGREE,AID",
      "/api/events?colour=red             | unknown_parameter | colour  | red",
      "/api/search?q=%22%28%29            | bad_parameter     | q       | \"()",
      "/api/search?q=                     | bad_parameter     | q       | ''",
      "/api/events?q=%28%29               | bad_parameter     | q       | ()",
      "/api/people?country=12             | bad_parameter     | country | 12",
      "/api/aggregates/pairs?since=x      | bad_parameter     | since   | x",
      "/api/aggregates/monthly?type=x     | bad_parameter     | type    | x",
      "/api/places?status=x               | bad_parameter     | status  | x",
      "/api/health?verbose=1              | unknown_parameter | verbose | 1",
  })
  void refusesBadParametersWith400NamingTheParameterAndValue(String path, String code, String parameter, String value)
      throws Exception {
    Reply r = get(path.strip());
    assertThat(r.status()).isEqualTo(400);
    JsonNode error = r.body().get("error");
    assertThat(error.get("code").asText()).isEqualTo(code);
    assertThat(error.get("parameter").asText()).isEqualTo(parameter);
    assertThat(error.get("value").asText()).isEqualTo(value);
    assertThat(error.get("message").asText()).contains("'" + parameter + "'").contains(value);
  }

  @Test
  void findsPeopleByNameAndCountry() throws Exception {
    assertThat(texts(get("/api/people?q=lukash").body().get("items"), "id"))
        .containsExactlyInAnyOrder("p-lukashenko-1", "p-lukashenko-2");
    assertThat(texts(get("/api/people?country=pak").body().get("items"), "name")).containsExactly("Khawaja Asif");
  }

  @Test
  void profilesAPersonAcrossArticlesWithAliasesRolesEventsAndSources() throws Exception {
    JsonNode p = get("/api/people/p-lukashenko-1").body();
    assertThat(p.get("name").asText()).isEqualTo("Alexander Lukashenko");
    assertThat(StreamSupport.stream(p.get("aliases").spliterator(), false).map(JsonNode::asText)).containsExactly("Lukashenko");
    assertThat(texts(p.get("roles"), "role")).containsExactly("President of Belarus", "President");
    assertThat(texts(p.get("roles"), "date")).containsExactly("2024-03-20", "2024-05-14");
    assertThat(ids(p.get("events"))).containsExactly("ev-protocol");
    assertThat(texts(p.get("sources"), "id")).containsExactlyInAnyOrder(data.harare.id(), data.beijing.id());
  }

  @Test
  void listsArticlesWithoutTheirText() throws Exception {
    JsonNode r = get("/api/articles?limit=2&offset=1").body();
    assertThat(r.get("total").asInt()).isEqualTo(4);
    assertThat(r.get("items")).hasSize(2);
    assertThat(r.get("items").get(0).has("text")).isFalse();
  }

  @Test
  void givesAnArticlesTextWithEvidenceAndMentionSpansThatCoverWhatTheyName() throws Exception {
    JsonNode a = get("/api/articles/" + data.harare.id()).body();
    String text = a.get("text").asText();
    assertThat(text).isEqualTo(TestData.HARARE_TEXT);
    assertThat(texts(a.get("events"), "id")).containsExactly("ev-agree", "ev-aid", "ev-visit");
    JsonNode evidence = a.get("highlights").get("evidence");
    assertThat(evidence).hasSize(3);
    for (JsonNode h : evidence) {
      String id = h.get("eventId").asText();
      String expected = data.harareEvents.stream().filter(e -> e.id().equals(id)).findFirst().orElseThrow().evidenceText();
      assertThat(text.substring(h.get("start").asInt(), h.get("end").asInt())).isEqualTo(expected);
    }
    List<String> mentioned = new ArrayList<>();
    for (JsonNode m : a.get("highlights").get("mentions")) {
      mentioned.add(text.substring(m.get("start").asInt(), m.get("end").asInt()));
    }
    assertThat(mentioned).containsExactlyInAnyOrder("Emmerson Mnangagwa", "Mnangagwa", "Alexander Lukashenko");
  }

  @Test
  void searchesArticlesAndEvidenceRankedWithHighlightedSnippets() throws Exception {
    JsonNode r = get("/api/search?q=tractors").body();
    assertThat(texts(r.get("articles"), "articleId")).containsExactly(data.harare.id());
    JsonNode hit = r.get("articles").get(0);
    String snippet = hit.get("snippet").asText();
    for (JsonNode h : hit.get("highlights")) {
      assertThat(snippet.substring(h.get("start").asInt(), h.get("end").asInt())).isEqualToIgnoringCase("tractors");
    }
    assertThat(hit.get("title").asText()).isEqualTo("Belarus and Zimbabwe sign a tractor deal");
    assertThat(texts(r.get("sentences"), "eventId")).containsExactly("ev-aid");

    JsonNode belarus = get("/api/search?q=belarus%20signed").body();
    assertThat(belarus.get("articles")).hasSize(2);
    assertThat(belarus.get("articles").get(0).get("score").asDouble())
        .isGreaterThanOrEqualTo(belarus.get("articles").get(1).get("score").asDouble());
  }

  @Test
  void countsEventsPerMonthPairAndType() throws Exception {
    JsonNode items = get("/api/aggregates/monthly?pair=BLR-ZWE").body().get("items");
    List<String> rows = StreamSupport.stream(items.spliterator(), false).map(n -> n.get("period").asText() + " "
        + n.get("a").asText() + "-" + n.get("b").asText() + " " + n.get("type").asText() + " " + n.get("count").asInt()).toList();
    assertThat(rows).containsExactly("2024-05 BLR-ZWE AGREE 1", "2024-06 BLR-ZWE AGREE 1", "2024-09 BLR-ZWE AID 1",
        "2025 BLR-ZWE CONSULT 1");
    JsonNode military = get("/api/aggregates/monthly?sector=military").body().get("items");
    assertThat(texts(military, "period")).containsExactly("2023-11", "2024");
  }

  @Test
  void countsEventsPerPairForTheGraph() throws Exception {
    JsonNode items = get("/api/aggregates/pairs").body().get("items");
    assertThat(StreamSupport.stream(items.spliterator(), false).map(n -> n.get("a").asText() + "-" + n.get("b").asText()
        + " " + n.get("count").asInt())).containsExactly("BLR-ZWE 4", "BLR-PAK 2", "BLR-CHN 1", "BLR-RUS 1");
    assertThat(texts(get("/api/aggregates/pairs?type=AGREE&since=2024-04").body().get("items"), "b"))
        .containsExactly("ZWE");
    assertThat(texts(get("/api/aggregates/pairs?person=asif").body().get("items"), "b")).containsExactly("PAK");
    assertThat(texts(get("/api/aggregates/pairs?q=moscow").body().get("items"), "b")).containsExactly("RUS");
  }

  @Test
  void placesEventsWithTheGazetteer() throws Exception {
    JsonNode r = get("/api/places").body();
    assertThat(texts(r.get("items"), "name")).containsExactlyInAnyOrder("Harare", "Minsk", "Islamabad", "Beijing", "Moscow");
    JsonNode minsk = StreamSupport.stream(r.get("items").spliterator(), false)
        .filter(n -> n.get("name").asText().equals("Minsk")).findFirst().orElseThrow();
    assertThat(minsk.get("count").asInt()).isEqualTo(2);
    assertThat(minsk.get("lat").asDouble()).isBetween(53.0, 54.5);
    assertThat(minsk.get("lon").asDouble()).isBetween(27.0, 28.5);
    assertThat(r.get("unplaced").asInt()).isEqualTo(2);
  }

  @Test
  void servesTheUiFromTheJarWithAStrictContentSecurityPolicy() throws Exception {
    Reply index = get("/");
    assertThat(index.status()).isEqualTo(200);
    assertThat(index.raw().body()).contains("<script src=\"/app.js\"></script>").doesNotContain("http://", "https://");
    assertThat(index.raw().headers().firstValue("Content-Security-Policy").orElseThrow())
        .contains("script-src 'self'").contains("default-src 'self'");
    Reply app = get("/app.js");
    assertThat(app.status()).isEqualTo(200);
    assertThat(app.raw().body().length()).isGreaterThan(100_000);
    assertThat(get("/app.css").status()).isEqualTo(200);
  }

  @Test
  void refusesToStartOnAPortInUseNamingTheAddress() {
    org.assertj.core.api.Assertions.assertThatThrownBy(() ->
            AttacheServer.start(new ServerConfig("127.0.0.1", server.port()), store, Gazetteer.load()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("127.0.0.1:" + server.port());
  }

  @Test
  void sortsLatestFirstKeepingUndatedEventsLast(@TempDir Path other) throws Exception {
    TestData d = new TestData();
    try (Store s = Store.openSqlite(other.resolve("attache.db"))) {
      s.putArticle(d.beijing, List.of(), List.of(d.beijingEvents.get(0), d.beijingEvents.get(1),
          TestData.event("ev-undated", d.beijing, "Lukashenko, the Belarusian president, attended the signing.",
              org.attache.model.EventType.CONSULT, org.attache.model.Status.OCCURRED, null, null, List.of(), List.of(),
              "BLR", "CHN")));
      try (AttacheServer other2 = AttacheServer.start(new ServerConfig("127.0.0.1", 0), s, Gazetteer.load())) {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(other2.uri().resolve("/api/events?sort=-date")).build(),
            HttpResponse.BodyHandlers.ofString());
        assertThat(ids(json.readTree(r.body()).get("items"))).containsExactly("ev-support", "ev-protocol",
            "ev-undated");
        r = http.send(HttpRequest.newBuilder(other2.uri().resolve("/api/events")).build(),
            HttpResponse.BodyHandlers.ofString());
        assertThat(ids(json.readTree(r.body()).get("items"))).containsExactly("ev-protocol", "ev-support",
            "ev-undated");
      }
    }
  }

  static URI base() {
    return server.uri();
  }
}
