package org.attache.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.attache.geo.Gazetteer;
import org.attache.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The hand-written OpenAPI description against the routes the server really has. */
class OpenApiTest {
  @TempDir Path dir;
  private final ObjectMapper json = new ObjectMapper();

  @Test
  void describesExactlyTheRoutesAndParametersTheServerHas() throws Exception {
    TestData data = new TestData();
    try (Store store = data.store(dir);
        AttacheServer server = AttacheServer.start(new ServerConfig("127.0.0.1", 0), store, Gazetteer.load())) {
      HttpClient http = HttpClient.newHttpClient();
      HttpResponse<String> r = http.send(HttpRequest.newBuilder(server.uri().resolve("/openapi.json")).build(),
          HttpResponse.BodyHandlers.ofString());
      assertThat(r.statusCode()).isEqualTo(200);
      assertThat(r.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/json");
      JsonNode spec = json.readTree(r.body());
      assertThat(spec.get("openapi").asText()).startsWith("3.1");

      Map<String, List<String>> described = new TreeMap<>();
      for (Iterator<Map.Entry<String, JsonNode>> it = spec.get("paths").fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> path = it.next();
        assertThat(path.getValue().fieldNames()).toIterable().as(path.getKey()).containsExactly("get");
        JsonNode get = path.getValue().get("get");
        assertThat(get.get("responses").has("200")).as(path.getKey()).isTrue();
        assertThat(get.get("responses").has("400")).as(path.getKey()).isTrue();
        List<String> query = new ArrayList<>();
        for (JsonNode p : get.get("parameters")) {
          if (p.get("in").asText().equals("query")) {
            query.add(p.get("name").asText());
          } else {
            assertThat(path.getKey()).contains("{" + p.get("name").asText() + "}");
            assertThat(get.get("responses").has("404")).as(path.getKey()).isTrue();
          }
        }
        described.put(path.getKey(), query);
      }
      Map<String, List<String>> real = new TreeMap<>();
      for (Api.Route route : new Api(store, new Views(Gazetteer.load())).routes()) {
        real.put(route.path(), route.params());
      }
      assertThat(described.keySet()).isEqualTo(real.keySet());
      for (String path : real.keySet()) {
        assertThat(new TreeSet<>(described.get(path))).as(path).isEqualTo(new TreeSet<>(real.get(path)));
      }

      // Every described route answers with JSON (ids filled in from the store), and every $ref resolves.
      Map<String, String> ids = Map.of("/api/events/{id}", "ev-agree", "/api/people/{id}", "p-asif",
          "/api/articles/{id}", data.harare.id());
      for (String path : described.keySet()) {
        String concrete = ids.getOrDefault(path, path.equals("/api/search") ? path + "?q=belarus" : path);
        if (ids.containsKey(path)) {
          concrete = path.replace("{id}", ids.get(path));
        }
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(server.uri().resolve(concrete)).build(),
            HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).as(concrete).isEqualTo(200);
        assertThat(json.readTree(answer.body()).isObject()).as(concrete).isTrue();
      }
      for (String ref : refs(spec, new ArrayList<>())) {
        assertThat(spec.at(ref.substring(1)).isMissingNode()).as(ref).isFalse();
      }
    }
  }

  private static List<String> refs(JsonNode node, List<String> out) {
    if (node.isObject()) {
      node.fields().forEachRemaining(e -> {
        if (e.getKey().equals("$ref")) {
          out.add(e.getValue().asText());
        } else {
          refs(e.getValue(), out);
        }
      });
    } else if (node.isArray()) {
      node.forEach(n -> refs(n, out));
    }
    return out;
  }
}
