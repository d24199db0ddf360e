package org.attache.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.attache.geo.Gazetteer;
import org.attache.ingest.IngestOptions;
import org.attache.canon.Canon;
import org.attache.model.CanonicalEvent;
import org.attache.pipeline.Pipeline;
import org.attache.store.EventQuery;
import org.attache.store.Store;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The UI on the demo data: the real pipeline runs on {@code examples/articles} (as {@code attache demo} does) into a
 * store that a real server shows to headless Chromium. Loads the language models once (about 10 s).
 */
class DemoBrowserTest {
  static final Path EXAMPLES = Path.of("..", "examples", "articles");

  @TempDir static Path dir;
  static Store store;
  static AttacheServer server;
  static Chromium chromium;

  @BeforeAll
  static void start() {
    store = Store.openSqlite(dir.resolve("demo.db"));
    try (Pipeline p = Pipeline.load(Runtime.getRuntime().availableProcessors())) {
      p.ingest(List.of(EXAMPLES), IngestOptions.defaults(), store, Pipeline.Progress.NONE);
    }
    server = AttacheServer.start(new ServerConfig("127.0.0.1", 0), store, Gazetteer.load());
    chromium = new Chromium(server, dir.resolve("chromium-profile"));
  }

  @AfterAll
  static void stop() {
    if (chromium != null) {
      chromium.close();
    }
    if (server != null) {
      server.close();
    }
    if (store != null) {
      store.close();
    }
  }

  @Test
  void theGraphShowsEveryPairOfTheDemo() {
    List<Store.PairCount> pairs = store.pairCounts(EventQuery.all());
    Set<String> sides = new TreeSet<>();
    pairs.forEach(p -> sides.addAll(List.of(p.a(), p.b())));
    assertThat(sides).contains("BLR", "ZWE", "PAK");

    chromium.go("/graph");
    WebElement graph = chromium.driver.findElement(By.id("graph"));
    assertThat(graph.getAttribute("data-nodes")).isEqualTo(String.valueOf(sides.size()));
    assertThat(graph.getAttribute("data-edges")).isEqualTo(String.valueOf(pairs.size()));
    assertThat(chromium.js("return window.attacheGraph.$id('BLR').degree();")).isEqualTo((long) pairs.stream()
        .filter(p -> p.a().equals("BLR") || p.b().equals("BLR")).count());
    chromium.screenshot("demo-graph");
  }

  @Test
  void theMapPlacesTheDemoEventsInHarareAndMinsk() {
    chromium.go("/map");
    List<String> places = chromium.driver.findElements(By.cssSelector("#map g.place")).stream()
        .map(e -> e.getAttribute("data-name")).toList();
    assertThat(places).contains("Harare", "Minsk");
    assertThat(chromium.driver.findElements(By.cssSelector("#map path.country")).size()).isGreaterThan(150);
    chromium.screenshot("demo-map");
  }

  @Test
  void theBusiestPairsTimelineShowsEachDatedCanonicalEventOnce() {
    Store.PairCount busiest = store.pairCounts(EventQuery.all()).get(0);
    List<CanonicalEvent> events = Canon.select(Canon.build(store, Canon.places(Gazetteer.load())),
        EventQuery.all().withPair(busiest.a(), busiest.b()), false);
    assertThat(events.size()).as("the demo reports some events in several articles")
        .isLessThan(store.events(EventQuery.all().withPair(busiest.a(), busiest.b())).size());
    long dated = events.stream().filter(e -> e.date() != null).count();
    chromium.go("/timeline/" + busiest.a() + "-" + busiest.b());
    new WebDriverWait(chromium.driver, Duration.ofSeconds(10))
        .until(d -> d.findElements(By.cssSelector("#timeline .vis-item.vis-box")).size() == dated);
    assertThat(chromium.driver.findElements(By.cssSelector("tr.event-row"))).hasSize(events.size());
    chromium.screenshot("demo-timeline");
  }
}
