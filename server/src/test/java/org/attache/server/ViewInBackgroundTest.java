package org.attache.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.attache.canon.Canon;
import org.attache.geo.Gazetteer;
import org.attache.merge.Places;
import org.attache.model.Correction;
import org.attache.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The canonical view is built in the background: no request waits for a slow build, requests made before the first
 * view is ready are told to come back, and answers made while a newer view is built say which view they came from.
 * The builds here wait for the test's permission, as one of a million events takes its time.
 */
class ViewInBackgroundTest {
  @TempDir Path dir;
  private final HttpClient http = HttpClient.newHttpClient();
  private final ObjectMapper json = new ObjectMapper();

  private record Reply(int status, JsonNode body, HttpResponse<String> raw) {}

  private Reply get(AttacheServer server, String path) throws Exception {
    HttpResponse<String> r = http.send(HttpRequest.newBuilder(server.uri().resolve(path)).build(),
        HttpResponse.BodyHandlers.ofString());
    return new Reply(r.statusCode(), json.readTree(r.body()), r);
  }

  /** Builds the real view once the test releases a permit; counts the builds begun. */
  private static final class Gated {
    final Semaphore permits = new Semaphore(0);
    final AtomicInteger begun = new AtomicInteger();
    final AtomicBoolean fail = new AtomicBoolean();

    org.attache.merge.View build(Store s) {
      begun.incrementAndGet();
      permits.acquireUninterruptibly();
      if (fail.get()) {
        throw new IllegalStateException("the disk is on fire");
      }
      return Canon.build(s, Places.NONE);
    }
  }

  private Reply waitFor(AttacheServer server, String state) throws Exception {
    for (int i = 0; i < 500; i++) {
      Reply health = get(server, "/api/health");
      if (health.body().get("view").get("state").asText().equals(state)) {
        return health;
      }
      Thread.sleep(20);
    }
    throw new AssertionError("the view never became " + state);
  }

  @Test
  void beforeTheFirstViewRoutesThatNeedItAnswer503AndPerArticleOnesAnswer() throws Exception {
    Gated gate = new Gated();
    try (Store store = new TestData().store(dir);
        AttacheServer server = AttacheServer.start(new ServerConfig("127.0.0.1", 0), store, Gazetteer.load(),
            new ViewCache(store, gate::build, Duration.ofMillis(100), Duration.ZERO))) {
      Reply events = get(server, "/api/events");
      assertThat(events.status()).isEqualTo(503);
      assertThat(events.raw().headers().firstValue("Retry-After")).contains("10");
      assertThat(events.body().get("error").get("code").asText()).isEqualTo("not_ready");
      assertThat(events.body().get("error").get("message").asText()).contains("being built").contains("view=article");
      for (String path : new String[] {"/api/aggregates/pairs", "/api/aggregates/monthly", "/api/places",
          "/api/people/p-asif"}) {
        assertThat(get(server, path).status()).as(path).isEqualTo(503);
      }
      Reply health = get(server, "/api/health");
      assertThat(health.status()).isEqualTo(200);
      assertThat(health.body().get("articles").asInt()).isEqualTo(4);
      assertThat(health.body().get("canonicalEvents").isNull()).isTrue();
      assertThat(health.body().get("view").get("state").asText()).isEqualTo("building");
      assertThat(health.body().get("view").get("builtAt").isNull()).isTrue();

      Reply perArticle = get(server, "/api/events?view=article");
      assertThat(perArticle.status()).isEqualTo(200);
      assertThat(perArticle.body().get("total").asInt()).isPositive();
      assertThat(perArticle.body().get("items").get(0).get("canonicalId").isNull()).isTrue();
      assertThat(perArticle.body().has("canonicalView")).isFalse();
      assertThat(get(server, "/api/events/ev-agree").status()).as("a per-article id").isEqualTo(200);
      assertThat(get(server, "/api/search?q=belarus").status()).isEqualTo(200);
      assertThat(get(server, "/api/aggregates/pairs?view=article").status()).isEqualTo(200);
      assertThat(gate.begun.get()).as("one build, however many requests").isEqualTo(1);

      gate.permits.release();
      health = waitFor(server, "ready");
      assertThat(health.body().get("canonicalEvents").asInt()).isPositive();
      assertThat(health.body().get("view").get("articles").asInt()).isEqualTo(4);
      Reply ready = get(server, "/api/events");
      assertThat(ready.status()).isEqualTo(200);
      JsonNode stamp = ready.body().get("canonicalView");
      assertThat(stamp.get("builtAt").asText()).isEqualTo(health.body().get("view").get("builtAt").asText());
      assertThat(stamp.get("articles").asInt()).isEqualTo(4);
      assertThat(stamp.get("stale").asBoolean()).isFalse();
      assertThat(get(server, "/api/events?view=article").body().get("items").get(0).get("canonicalId").asText())
          .startsWith("E");
    }
  }

  @Test
  void whileANewerViewIsBuiltAnswersComeAtOnceFromTheLastOneAndSaySo() throws Exception {
    Gated gate = new Gated();
    try (Store store = new TestData().store(dir);
        AttacheServer server = AttacheServer.start(new ServerConfig("127.0.0.1", 0), store, Gazetteer.load(),
            new ViewCache(store, gate::build, Duration.ofMillis(100), Duration.ZERO))) {
      gate.permits.release();
      waitFor(server, "ready");
      JsonNode before = get(server, "/api/events").body();
      int total = before.get("total").asInt();
      String first = before.get("items").get(0).get("id").asText();

      store.addCorrection(Correction.Kind.EVENT_REJECT, first, Map.of(), "not an event");
      long start = System.nanoTime();
      Reply during = get(server, "/api/events");
      assertThat(Duration.ofNanos(System.nanoTime() - start)).as("no wait for the build").isLessThan(Duration.ofSeconds(5));
      assertThat(during.status()).isEqualTo(200);
      assertThat(during.body().get("total").asInt()).as("the last view's answer").isEqualTo(total);
      assertThat(during.body().get("canonicalView").get("stale").asBoolean()).isTrue();
      assertThat(during.body().get("canonicalView").get("corrections").asInt()).isZero();
      Reply health = get(server, "/api/health");
      assertThat(health.body().get("view").get("state").asText()).isEqualTo("stale");
      assertThat(health.body().get("view").get("building").asBoolean()).isTrue();

      gate.permits.release();
      waitFor(server, "ready");
      Reply after = get(server, "/api/events");
      assertThat(after.body().get("total").asInt()).isEqualTo(total - 1);
      assertThat(after.body().get("canonicalView").get("corrections").asInt()).isEqualTo(1);
      assertThat(after.body().get("canonicalView").get("stale").asBoolean()).isFalse();
      assertThat(gate.begun.get()).isEqualTo(2);
    }
  }

  @Test
  void aFailedBuildIsReportedAndTriedAgainWhenTheStoreChanges() throws Exception {
    Gated gate = new Gated();
    gate.fail.set(true);
    try (Store store = new TestData().store(dir);
        AttacheServer server = AttacheServer.start(new ServerConfig("127.0.0.1", 0), store, Gazetteer.load(),
            new ViewCache(store, gate::build, Duration.ofMillis(100), Duration.ZERO))) {
      gate.permits.release();
      Reply health = waitFor(server, "failed");
      assertThat(health.body().get("view").get("failure").asText()).contains("the disk is on fire");
      Reply events = get(server, "/api/events");
      assertThat(events.status()).isEqualTo(503);
      assertThat(events.body().get("error").get("message").asText()).contains("could not be built")
          .contains("the disk is on fire");

      gate.fail.set(false);
      store.addCorrection(Correction.Kind.EVENT_REJECT, "E000000000000", Map.of(), "");
      gate.permits.release();
      get(server, "/api/health"); // notices the change
      waitFor(server, "ready");
      assertThat(get(server, "/api/events").status()).isEqualTo(200);
    }
  }
}
