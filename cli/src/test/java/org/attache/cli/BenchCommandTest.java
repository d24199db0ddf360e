package org.attache.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bench command's wiring; the benchmarks themselves are smoke-tested in the bench module. Nothing is timed. */
class BenchCommandTest {
  @TempDir Path dir;

  @Test
  void runsTheQueryBenchmarkOnATinyStoreAndPrintsPercentiles() {
    Cli.Result r = Cli.run("bench", "queries", "--events", "120", "--runs", "2", "--db", dir.resolve("b.db").toString());
    assertThat(r.code()).as(r.toString()).isZero();
    assertThat(r.out()).contains("generated 120 synthetic articles with 120 events").contains("pair timeline")
        .contains("graph aggregate").contains("p95").contains("summary (ms)");
  }

  @Test
  void listsBothBenchmarksInItsHelp() {
    Cli.Result r = Cli.run("bench", "--help");
    assertThat(r.out()).contains("extraction").contains("queries");
    assertThat(Cli.run("bench", "extraction", "--help").out()).contains("--baseline-tokens").contains("--synthetic")
        .contains("--baseline-annotators").contains("coref");
  }

  @Test
  void rejectsAMissingLauncherAndBadCountsNamingTheValue() {
    Cli.Result r = Cli.run("bench", "extraction", "--launcher", dir.resolve("nope").toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("--launcher").contains("nope");
    Cli.Result q = Cli.run("bench", "queries", "--events", "0", "--db", dir.resolve("c.db").toString());
    assertThat(q.code()).isEqualTo(2);
    assertThat(q.err()).contains("--events 0");
  }
}
