package org.attache.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.attache.bench.ExtractionBench;
import org.attache.bench.QueryBench;
import org.attache.nlp.Baseline;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** The benchmarks: {@code attache bench extraction} and {@code attache bench queries}. */
@Command(name = "bench", mixinStandardHelpOptions = true,
    description = "Measure speed: extraction against CoreNLP's full pipeline, cold start, heap and quality; "
        + "store queries on a million synthetic events. Reports figures; asserts nothing.",
    subcommands = {BenchCommand.Extraction.class, BenchCommand.Queries.class})
final class BenchCommand implements Runnable {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** The ATTACHE_HOME the launcher sets, or the working directory. */
  static Path home() {
    String h = System.getenv("ATTACHE_HOME");
    return h == null || h.isBlank() ? Path.of("").toAbsolutePath() : Path.of(h);
  }

  @Command(name = "extraction", mixinStandardHelpOptions = true,
      description = {"On one corpus (the example articles plus synthetic ones), in one run: Attaché's warm extraction "
          + "throughput on all cores (articles/s, tokens/s), peak heap, the cold start of a fresh `attache ingest` on "
          + "one article, event F1 on the gold sets dev and seeds, and CoreNLP's full pipeline (" + Baseline.FULL
          + ") on a sample of the same articles up to a token budget, with the ratio of tokens/s."})
  static final class Extraction implements Runnable {
    @Spec picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--articles", paramLabel = "PATH", description = "Articles (files or folders) in the corpus (default: examples/articles).")
    @Nullable List<Path> articles;

    @Option(names = "--synthetic", paramLabel = "N", description = "Synthetic articles to add (default: ${DEFAULT-VALUE}).")
    int synthetic = 300;

    @Option(names = "--seed", paramLabel = "N", description = "Seed of the synthetic articles (default: ${DEFAULT-VALUE}).")
    long seed = 8;

    @Option(names = "--threads", paramLabel = "N", description = "Analysis threads (default: the number of cores).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--baseline-tokens", paramLabel = "N",
        description = "Tokens of the corpus the CoreNLP baseline is timed on, after its warm-up on other articles (at least as many tokens, for at least --warm-up seconds); its rate is extrapolated to the rest; 0 skips it (default: ${DEFAULT-VALUE}).")
    int baselineTokens = 8000;

    @Option(names = "--warm-up", paramLabel = "SECONDS",
        description = "Seconds each side runs, not counted, before it is timed: Attaché whole passes over the corpus, the baseline articles outside its sample. The JIT compiles the hot code over minutes: Attaché's rate levels off after about a minute, CoreNLP's after two to three; the rate of each 30 s is printed. Attaché is then timed over passes lasting at least 10 s or this time, the shorter (default: ${DEFAULT-VALUE}).")
    int warmUp = 180;

    @Option(names = "--baseline-annotators", paramLabel = "LIST", description = "CoreNLP annotators of the baseline (default: ${DEFAULT-VALUE}).")
    String baselineAnnotators = Baseline.FULL;

    @Option(names = "--launcher", paramLabel = "FILE", description = "The attache launcher whose cold start is timed (default: $ATTACHE_HOME/attache).")
    @Nullable Path launcher;

    @Option(names = "--no-cold-start", description = "Do not time a cold start.")
    boolean noColdStart;

    @Option(names = "--eval-root", paramLabel = "DIR", description = "Folder with the gold sets dev/ and seeds/ (default: ../shared/eval).")
    @Nullable Path evalRoot;

    @Option(names = "--no-eval", description = "Do not score the gold sets.")
    boolean noEval;

    @Option(names = "--thorough",
        description = "Also score the gold sets with the slow path (full NER, fine-grained rules and SUTime on every sentence; "
            + "its models take longer to load) and print its dev F1 next to the fast path's.")
    boolean thorough;

    @Override
    public void run() {
      Path home = home();
      Path work = tempDir();
      try {
        Path launch = noColdStart ? null : launcher != null ? launcher : home.resolve("attache");
        if (launch != null && !Files.isExecutable(launch)) {
          throw new IllegalArgumentException("--launcher " + launch + ": no executable launcher there (or give --no-cold-start)");
        }
        Path gold = noEval ? null : evalRoot != null ? evalRoot : home.resolve("../shared/eval").normalize();
        List<Path> corpus = articles != null ? articles : List.of(home.resolve("examples/articles"));
        new ExtractionBench(new ExtractionBench.Config(corpus, synthetic, seed, threads, baselineTokens,
            baselineAnnotators, launch, gold, work, thorough, warmUp), spec.commandLine().getOut()).run();
      } finally {
        delete(work);
      }
    }
  }

  @Command(name = "queries", mixinStandardHelpOptions = true,
      description = {"Fill a store with synthetic events (one article each), then time a pair timeline, a filtered "
          + "event list, full-text searches and the pair aggregate: p50/p95/p99 in milliseconds."})
  static final class Queries implements Runnable {
    @Spec picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--events", paramLabel = "N", description = "Synthetic events (and articles) to generate (default: ${DEFAULT-VALUE}).")
    int events = 1_000_000;

    @Option(names = "--db", paramLabel = "FILE",
        description = "The store to fill and query (default: a temporary file, deleted after). An existing file with at least --events synthetic events is reused as it is; its search indexes (the folders FILE.search and FILE.articles.search) are built or brought up to date before the timing.")
    @Nullable Path db;

    @Option(names = "--runs", paramLabel = "N", description = "Timed runs of each query, after warm-up (default: ${DEFAULT-VALUE}).")
    int runs = 100;

    @Option(names = "--seed", paramLabel = "N", description = "Seed of the synthetic events (default: ${DEFAULT-VALUE}).")
    long seed = 8;

    @Override
    public void run() {
      Path work = db == null ? tempDir() : null;
      try {
        Path file = db != null ? db : work.resolve("bench.db");
        new QueryBench(new QueryBench.Config(file, events, runs, seed), spec.commandLine().getOut()).run();
      } finally {
        if (work != null) {
          delete(work);
        }
      }
    }
  }

  static Path tempDir() {
    try {
      return Files.createTempDirectory("attache-bench");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create a temporary folder: " + e.getMessage(), e);
    }
  }

  static void delete(Path dir) {
    try (var s = Files.walk(dir)) {
      s.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
    } catch (IOException e) {
      // a temporary folder left behind is harmless
    }
  }
}
