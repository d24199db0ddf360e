package org.attache.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.attache.store.Fixtures.article;
import static org.attache.store.Fixtures.event;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.attache.model.Article;
import org.attache.model.Event;
import org.attache.model.EventType;
import org.attache.model.Status;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The store additions of issue 8: batched loading, the pair table and the kept pair counts (migration V3). */
class StoreAtScaleTest {
  @TempDir Path dir;

  private final Article tractors = article("a.txt", "Belarus will supply tractors to Zimbabwe. Officials in Minsk praised it.");
  private final Article talks = article("b.txt", "Pakistan and Belarus held talks in Islamabad.");
  private final Article summit = article("c.txt", "China hosted Belarus and Pakistan at a summit.");

  private List<Store.Extracted> batch() {
    return List.of(
        new Store.Extracted(tractors, List.of(), List.of(
            event("e1", tractors, "Belarus will supply tractors to Zimbabwe.", EventType.AID, Status.PLANNED, "2024-05", "BLR", "ZWE"),
            event("e2", tractors, "Officials in Minsk praised it.", EventType.SUPPORT, Status.OCCURRED, "2024", "ZWE", "BLR"))),
        new Store.Extracted(talks, List.of(), List.of(
            event("e3", talks, "Pakistan and Belarus held talks", EventType.CONSULT, Status.OCCURRED, "2024-05-02", "PAK", "BLR"))),
        new Store.Extracted(summit, List.of(), List.of(
            event("e4", summit, "China hosted Belarus and Pakistan", EventType.CONSULT, Status.OCCURRED, null, "CHN", "BLR", "PAK"))));
  }

  @Test
  void storesABatchAsPutArticleWouldOneByOne() {
    try (Store bulk = Store.openSqlite(dir.resolve("bulk.db")); Store single = Store.openSqlite(dir.resolve("single.db"))) {
      assertThat(bulk.putArticles(batch())).isEqualTo(3);
      for (Store.Extracted x : batch()) {
        single.putArticle(x.article(), x.people(), x.events());
      }
      assertThat(bulk.articles()).isEqualTo(single.articles());
      assertThat(bulk.events(EventQuery.all())).isEqualTo(single.events(EventQuery.all()));
      assertThat(bulk.putArticles(batch())).as("already stored").isZero();
      assertThat(bulk.stats()).isEqualTo(single.stats());
    }
  }

  @Test
  void storesNothingOfABatchWithOneBadExtraction() {
    Article other = article("d.txt", "Kenya and Belarus talked.");
    List<Store.Extracted> bad = List.of(batch().get(0), new Store.Extracted(other, List.of(),
        List.of(event("e9", talks, "Pakistan and Belarus held talks", EventType.CONSULT, Status.OCCURRED, null, "PAK", "BLR"))));
    try (Store s = Store.openSqlite(dir.resolve("attache.db"))) {
      assertThatThrownBy(() -> s.putArticles(bad)).isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("e9").hasMessageContaining(other.id());
      assertThat(s.stats()).isEqualTo(new Store.Stats(0, 0, 0, 0));
    }
  }

  @Test
  void pairTimelinesAndKeptPairCountsAgreeWithTheEventsThemselves() {
    try (Store s = Store.openSqlite(dir.resolve("attache.db"))) {
      s.putArticles(batch());
      assertThat(s.pairCounts(EventQuery.all())).isEqualTo(countPairs(s.events(EventQuery.all())));
      assertThat(s.pairCounts(EventQuery.all())).startsWith(new Store.PairCount("BLR", "PAK", 2), new Store.PairCount("BLR", "ZWE", 2));
      assertThat(s.events(EventQuery.all().withPair("PAK", "BLR"))).extracting(Event::id).containsExactly("e3", "e4");
      assertThat(s.events(EventQuery.all().withPair("BLR", "PAK"))).extracting(Event::id).containsExactly("e3", "e4");
      assertThat(s.events(EventQuery.all().withPair("BLR", "BLR"))).hasSize(4);

      // Replacing an extraction deletes its events; their pairs and counts go with them.
      s.replaceExtraction(summit.id(), List.of(), List.of());
      assertThat(s.events(EventQuery.all().withPair("CHN", "PAK"))).isEmpty();
      assertThat(s.pairCounts(EventQuery.all())).isEqualTo(countPairs(s.events(EventQuery.all())))
          .doesNotContain(new Store.PairCount("CHN", "PAK", 1));
    }
  }

  @Test
  void fillsThePairTableForEventsStoredBeforeMigrationThree() {
    Path file = dir.resolve("old.db");
    try (Store v2 = SqliteStore.open(file, Migrations.bundled().subList(0, 2), java.time.Clock.systemUTC())) {
      for (Store.Extracted x : batch()) {
        v2.putArticle(x.article(), x.people(), x.events());
      }
    }
    try (Store now = Store.openSqlite(file)) {
      assertThat(now.pairCounts(EventQuery.all())).isEqualTo(countPairs(now.events(EventQuery.all())));
      assertThat(now.events(EventQuery.all().withPair("ZWE", "BLR"))).extracting(Event::id).containsExactly("e2", "e1");
    }
  }

  @Test
  void givesTheFirstPageOfAPairTimelineAsTheWholeTimelineWouldTiesIncluded() {
    List<Store.Extracted> many = new java.util.ArrayList<>();
    String[] dates = {"2024-05-02", "2024-05", "2024", null, "2023-01-31", "2024-05-02", "2024-05-01"};
    for (int i = 0; i < 60; i++) {
      Article a = article(String.format("p%02d.txt", 59 - i), "Belarus and Pakistan talked, " + i + ".");
      many.add(new Store.Extracted(a, List.of(), List.of(event("x" + i, a, "Belarus and Pakistan talked", EventType.CONSULT,
          Status.OCCURRED, dates[i % dates.length], i % 2 == 0 ? "BLR" : "PAK", i % 2 == 0 ? "PAK" : "BLR"))));
    }
    try (Store s = Store.openSqlite(dir.resolve("attache.db"))) {
      s.putArticles(many);
      List<Event> whole = s.events(EventQuery.all().withPair("PAK", "BLR"));
      assertThat(whole).hasSize(60);
      for (int limit : new int[] {1, 5, 9, 10, 17, 26, 51, 52, 60, 61}) {
        assertThat(s.events(EventQuery.all().withPair("PAK", "BLR").withLimit(limit))).as("limit " + limit)
            .isEqualTo(whole.subList(0, Math.min(limit, whole.size())));
      }
    }
  }

  /** Pair counts computed from the events, ordered as {@link Store#pairCounts} orders them. */
  private static List<Store.PairCount> countPairs(List<Event> events) {
    Map<List<String>, Integer> n = new LinkedHashMap<>();
    for (Event e : events) {
      for (String a : e.actors()) {
        for (String b : e.actors()) {
          if (a.compareTo(b) < 0) {
            n.merge(List.of(a, b), 1, Integer::sum);
          }
        }
      }
    }
    return n.entrySet().stream().map(x -> new Store.PairCount(x.getKey().get(0), x.getKey().get(1), x.getValue()))
        .sorted(Comparator.comparingInt(Store.PairCount::count).reversed().thenComparing(Store.PairCount::a)
            .thenComparing(Store.PairCount::b)).toList();
  }
}
