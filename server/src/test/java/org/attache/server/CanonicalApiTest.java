package org.attache.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.attache.geo.Gazetteer;
import org.attache.model.Article;
import org.attache.model.Correction;
import org.attache.model.EventType;
import org.attache.model.Sector;
import org.attache.model.Status;
import org.attache.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The API serves canonical events: a visit reported by three articles is one event with three sources. */
class CanonicalApiTest {
  static final String FIRST = "Harare, 3 June 2024\nPresident Lukashenko arrived in Harare on 3 June 2024 for talks.\n";
  static final String SECOND = "Minsk, 4 June 2024\nThe Belarusian leader landed in Harare on 3 June 2024, his office said.\n";
  static final String THIRD = "Harare, 5 June 2024\nLukashenko's visit to Harare began on 3 June 2024 with a ceremony.\n";

  @TempDir Path dir;
  private final HttpClient http = HttpClient.newHttpClient();
  private final ObjectMapper json = new ObjectMapper();

  private JsonNode get(AttacheServer server, String path) throws Exception {
    HttpResponse<String> r = http.send(HttpRequest.newBuilder(server.uri().resolve(path)).build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).as(path + ": " + r.body()).isEqualTo(200);
    return json.readTree(r.body());
  }

  private static List<String> texts(JsonNode array, String field) {
    return StreamSupport.stream(array.spliterator(), false).map(n -> n.get(field).asText()).toList();
  }

  @Test
  void aVisitReportedByThreeArticlesIsOneEventWithThreeSourcesAndCountsOnce() throws Exception {
    Article a = TestData.article("first.txt", FIRST, "Lukashenko arrives", "2024-06-03");
    Article b = TestData.article("second.txt", SECOND, "Belarusian leader lands", "2024-06-04");
    Article c = TestData.article("third.txt", THIRD, "Visit begins", "2024-06-05");
    String[] evidence = {"arrived in Harare on 3 June 2024", "landed in Harare on 3 June 2024",
        "visit to Harare began on 3 June 2024"};
    Article[] articles = {a, b, c};
    try (Store s = Store.openSqlite(dir.resolve("attache.db"))) {
      for (int i = 0; i < 3; i++) {
        s.putArticle(articles[i], List.of(), List.of(TestData.event("visit-" + i, articles[i], evidence[i],
            EventType.CONSULT, Status.OCCURRED, "2024-06-03", "Harare", List.of(Sector.DIPLOMACY), List.of(), "BLR", "ZWE")));
      }
      try (AttacheServer server = AttacheServer.start(new ServerConfig("127.0.0.1", 0), s, Gazetteer.load())) {
        JsonNode page = get(server, "/api/events");
        assertThat(page.get("total").asInt()).isEqualTo(1);
        assertThat(page.get("view").asText()).isEqualTo("canonical");
        JsonNode e = page.get("items").get(0);
        String id = e.get("id").asText();
        assertThat(id).matches("E[0-9a-f]{12}");
        assertThat(e.get("sourceCount").asInt()).isEqualTo(3);
        assertThat(texts(e.get("sources"), "eventId")).containsExactlyInAnyOrder("visit-0", "visit-1", "visit-2");

        JsonNode detail = get(server, "/api/events/" + id);
        assertThat(detail.get("sources")).hasSize(3);
        for (JsonNode src : detail.get("sources")) {
          Article art = List.of(articles).stream().filter(x -> x.id().equals(src.get("id").asText())).findFirst().orElseThrow();
          assertThat(src.get("title").asText()).isEqualTo(art.title());
          assertThat(art.text().substring(src.get("evidence").get("start").asInt(), src.get("evidence").get("end").asInt()))
              .isEqualTo(src.get("evidenceText").asText());
        }

        JsonNode perArticle = get(server, "/api/events?view=article");
        assertThat(perArticle.get("total").asInt()).isEqualTo(3);
        assertThat(texts(perArticle.get("items"), "canonicalId")).containsOnly(id);
        JsonNode one = get(server, "/api/events/visit-1?view=article");
        assertThat(one.get("canonicalId").asText()).isEqualTo(id);
        assertThat(one.get("sources")).hasSize(1);

        assertThat(texts(get(server, "/api/aggregates/pairs").get("items"), "count")).containsExactly("1");
        assertThat(texts(get(server, "/api/aggregates/pairs?view=article").get("items"), "count")).containsExactly("3");
        assertThat(texts(get(server, "/api/aggregates/monthly").get("items"), "count")).containsExactly("1");
        JsonNode places = get(server, "/api/places").get("items");
        assertThat(texts(places, "count")).containsExactly("1");
        assertThat(texts(places.get(0).get("events"), "id")).containsExactly(id);
        assertThat(texts(get(server, "/api/events?q=landed").get("items"), "id")).containsExactly(id);

        JsonNode reader = get(server, "/api/articles/" + b.id());
        JsonNode h = reader.get("highlights").get("evidence").get(0);
        assertThat(h.get("eventId").asText()).isEqualTo("visit-1");
        assertThat(h.get("canonicalId").asText()).isEqualTo(id);
        assertThat(SECOND.substring(h.get("start").asInt(), h.get("end").asInt())).isEqualTo(evidence[1]);

        s.addCorrection(Correction.Kind.EVENT_REJECT, id, Map.of(), "test");
        assertThat(get(server, "/api/events").get("total").asInt()).as("a rejected event is left out").isZero();
        assertThat(get(server, "/api/events?view=article").get("total").asInt()).isEqualTo(3);
      }
    }
  }
}
