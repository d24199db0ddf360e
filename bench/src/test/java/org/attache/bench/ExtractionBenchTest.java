package org.attache.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A smoke test: the extraction benchmark on a tiny corpus, with a light baseline (tokenizer only) so that it
 * stays quick, and the gold seeds standing in for both gold sets. Times are printed, never asserted.
 */
class ExtractionBenchTest {
  @TempDir Path dir;
  private final Path example = Path.of("../examples/articles/01-khrenin-harare-2025-12.txt").toAbsolutePath();

  /** A folder holding the gold sets dev and seeds, both links to {@code set}. */
  private Path goldSets(Path set) throws IOException {
    Path gold = dir.resolve("gold");
    Files.createDirectories(gold);
    Files.createSymbolicLink(gold.resolve("dev"), set);
    Files.createSymbolicLink(gold.resolve("seeds"), set);
    return gold;
  }

  @Test
  void measuresAttacheTheBaselineHeapAndQualityOnOneCorpus() throws IOException {
    Path shared = Path.of(System.getProperty("attache.shared", "../../shared"));
    Path seeds = shared.resolve("eval/seeds").toAbsolutePath();
    Path gold = goldSets(seeds);
    StringWriter out = new StringWriter();

    ExtractionBench.Result r = new ExtractionBench(new ExtractionBench.Config(List.of(example), 3, 1, 2, 200,
        "tokenize,ssplit", null, gold, dir), new PrintWriter(out)).run();

    assertThat(r.articles()).isEqualTo(4);
    assertThat(r.tokens()).isGreaterThan(300);
    assertThat(r.events()).isPositive();
    assertThat(r.peakHeapBytes()).isPositive();
    assertThat(r.baselineTokensPerSecond()).isNotNull().isPositive();
    assertThat(r.devF1()).isNotNull().isGreaterThan(0.3);
    assertThat(r.allF1()).isNotNull();
    assertThat(r.coldStartMillis()).isNull();
    assertThat(out.toString()).contains("attache: 4 articles").contains("baseline: CoreNLP tokenize,ssplit on a sample")
        .contains("extrapolated").contains("ratio:").contains("eval dev").contains("summary:");
  }

  @Test
  void scoresTheSlowPathTooWhenAsked() throws IOException {
    Path shared = Path.of(System.getProperty("attache.shared", "../../shared"));
    Path seeds = shared.resolve("eval/seeds").toAbsolutePath();
    // A gold set of the first two seed articles, for both sets (the slow path's models are the costly part).
    Path small = dir.resolve("small");
    Files.createDirectories(small);
    Files.write(small.resolve("gold.jsonl"), Files.readAllLines(seeds.resolve("gold.jsonl")).subList(0, 2));
    Files.createSymbolicLink(small.resolve("articles"), seeds.resolve("articles"));
    Path gold = goldSets(small);
    StringWriter out = new StringWriter();

    ExtractionBench.Result r = new ExtractionBench(new ExtractionBench.Config(List.of(example), 0, 1, 2, 0,
        "tokenize,ssplit", null, gold, dir, true, 0), new PrintWriter(out)).run();

    assertThat(r.slowDevF1()).isNotNull().isGreaterThan(0.3);
    assertThat(r.devF1()).isNotNull();
    assertThat(out.toString()).contains("slow path eval dev").contains("slow path: dev F1").contains("slow-path dev F1");
  }

  @Test
  void refusesTheSlowPathWithoutTheGoldSets() {
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> new ExtractionBench.Config(List.of(), 0, 1, 2, 0,
        "tokenize,ssplit", null, null, dir, true, 0)).hasMessageContaining("--thorough").hasMessageContaining("--no-eval");
  }

  @Test
  void timesTheBaselineOnACorpusOfOneArticle() {
    StringWriter out = new StringWriter();

    ExtractionBench.Result r = new ExtractionBench(new ExtractionBench.Config(List.of(example), 0, 1, 2, 200,
        "tokenize,ssplit", null, null, dir), new PrintWriter(out)).run();

    assertThat(r.articles()).isEqualTo(1);
    assertThat(r.baselineTokensPerSecond()).isNotNull().isPositive();
    assertThat(out.toString()).contains("baseline: warm-up on 0 articles");
  }

  @Test
  void refusesANegativeWarmUp() {
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> new ExtractionBench.Config(List.of(), 0, 1, 2, 0,
        "tokenize,ssplit", null, null, dir, false, -1)).hasMessageContaining("--warm-up -1");
  }

  @Test
  void timesAFreshProcessFromStartToExit() {
    String java = ProcessHandle.current().info().command().orElse("java");
    ColdStart.Run run = ColdStart.run(List.of(java, "-version"), 120);
    assertThat(run.exitCode()).isZero();
    assertThat(run.millis()).isPositive();
    assertThat(run.output()).containsIgnoringCase("version");
  }
}
