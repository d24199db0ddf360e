package org.attache.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.attache.store.EventQuery;
import org.attache.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A smoke test: the query benchmark on a tiny store. Times are printed, never asserted. */
class QueryBenchTest {
  @TempDir Path dir;

  @Test
  void fillsAStoreWithSyntheticEventsAndReportsPercentilesForEachQuery() {
    StringWriter out = new StringWriter();
    Path db = dir.resolve("bench.db");
    List<QueryBench.Latency> results = new QueryBench(new QueryBench.Config(db, 300, 3, 1), new PrintWriter(out)).run();

    assertThat(results).extracting(QueryBench.Latency::name).anyMatch(n -> n.startsWith("pair timeline"))
        .anyMatch(n -> n.startsWith("filtered event list")).anyMatch(n -> n.startsWith("full-text search, articles"))
        .anyMatch(n -> n.startsWith("graph aggregate: pair counts, all events"));
    assertThat(results).allSatisfy(l -> assertThat(l.p50()).isLessThanOrEqualTo(l.p95()).isLessThanOrEqualTo(l.p99()));
    assertThat(out.toString()).contains("generated 300 synthetic articles with 300 events").contains("p95")
        .contains("search indexes (evidence, articles) brought in step: 600 events and articles indexed");
    assertThat(results).filteredOn(l -> l.name().contains("common word")).as("a word of every article and sentence")
        .hasSize(2).allSatisfy(l -> assertThat(l.meanRows()).isEqualTo(20));
    try (Store s = Store.openSqlite(db)) {
      assertThat(s.stats().events()).isEqualTo(300);
      assertThat(s.articles()).allSatisfy(a -> assertThat(a.text()).contains(SyntheticArticles.MARK));
      assertThat(s.pairCounts(EventQuery.all()).stream().mapToInt(Store.PairCount::count).sum()).isGreaterThanOrEqualTo(300);
    }

    // A second run reuses the store as it is.
    StringWriter again = new StringWriter();
    new QueryBench(new QueryBench.Config(db, 300, 1, 1), new PrintWriter(again)).run();
    assertThat(again.toString()).contains("reused").doesNotContain("generated")
        .contains("search indexes (evidence, articles) brought in step: 0 events and articles indexed");
  }

  @Test
  void refusesAStoreWithFewerEventsThanAskedForNamingIt() {
    Path db = dir.resolve("small.db");
    new QueryBench(new QueryBench.Config(db, 10, 1, 1), new PrintWriter(new StringWriter())).run();
    assertThatThrownBy(() -> new QueryBench(new QueryBench.Config(db, 20, 1, 1), new PrintWriter(new StringWriter())).run())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(db.toString()).hasMessageContaining("10 events");
  }

  @Test
  void takesNearestRankPercentiles() {
    double[] v = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10};
    assertThat(QueryBench.pct(v, 50)).isEqualTo(5);
    assertThat(QueryBench.pct(v, 95)).isEqualTo(10);
    assertThat(QueryBench.pct(new double[] {3}, 99)).isEqualTo(3);
  }
}
