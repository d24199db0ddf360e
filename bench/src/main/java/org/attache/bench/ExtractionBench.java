package org.attache.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.attache.eval.Evaluator;
import org.attache.eval.Gold;
import org.attache.eval.GoldArticle;
import org.attache.eval.Report;
import org.attache.eval.SystemArticle;
import org.attache.extract.Extraction;
import org.attache.ingest.IngestOptions;
import org.attache.ingest.Ingestor;
import org.attache.model.Article;
import org.attache.model.ArticleIssue;
import org.attache.nlp.Baseline;
import org.attache.nlp.NlpOptions;
import org.attache.pipeline.Pipeline;
import org.jspecify.annotations.Nullable;

/**
 * The extraction benchmark: on one corpus (given articles plus synthetic ones), in one run, Attaché's warm
 * end-to-end extraction throughput on all cores, the peak heap, the cold start of a fresh {@code attache}
 * process, the event F1 on the gold sets with the same configuration, and Stanford CoreNLP's full pipeline
 * on a sample of the same articles, with the ratio of the two in tokens per second.
 *
 * <p>Run it with {@code ./attache bench extraction} (see README.md). It reports; it asserts nothing about
 * speed.
 */
public final class ExtractionBench {
  /**
   * What to run.
   *
   * @param corpus files and folders of articles to include
   * @param synthetic how many synthetic articles to add (written into {@code workDir})
   * @param seed the seed of the synthetic articles
   * @param threads analysis threads for Attaché and for the baseline
   * @param baselineTokens how many tokens of the corpus (whole articles, in a seeded random order) the baseline annotates;
   *     0 skips the baseline
   * @param baselineAnnotators the CoreNLP annotators of the baseline, {@link Baseline#FULL} unless testing
   * @param launcher the {@code attache} launcher to time a cold start with, or null to skip it
   * @param evalRoot the folder holding the gold sets {@code dev/} and {@code seeds/}, or null to skip the eval
   * @param workDir where synthetic articles and temporary stores go
   * @param thorough whether to score the gold sets with the slow path too ({@link NlpOptions#thorough()}), whose
   *     dev F1 the fast path's must stay within 0.01 of; needs {@code evalRoot}
   * @param warmUpSeconds how long each side runs, not counted, before it is timed (one pass at least): the JIT takes
   *     minutes to bring CoreNLP's code to a steady rate
   */
  public record Config(List<Path> corpus, int synthetic, long seed, int threads, int baselineTokens,
      String baselineAnnotators, @Nullable Path launcher, @Nullable Path evalRoot, Path workDir, boolean thorough,
      int warmUpSeconds) {
    /** Without the slow path's scores, with one warm-up pass each. */
    public Config(List<Path> corpus, int synthetic, long seed, int threads, int baselineTokens, String baselineAnnotators,
        @Nullable Path launcher, @Nullable Path evalRoot, Path workDir) {
      this(corpus, synthetic, seed, threads, baselineTokens, baselineAnnotators, launcher, evalRoot, workDir, false, 0);
    }

    public Config {
      if (warmUpSeconds < 0) {
        throw new IllegalArgumentException("--warm-up " + warmUpSeconds + " must be 0 or more seconds");
      }
      if (thorough && evalRoot == null) {
        throw new IllegalArgumentException("--thorough scores the gold sets: it cannot go with --no-eval");
      }
      corpus = List.copyOf(corpus);
      if (synthetic < 0) {
        throw new IllegalArgumentException("--synthetic " + synthetic + " must be 0 or more");
      }
      if (threads < 1) {
        throw new IllegalArgumentException("--threads " + threads + " must be 1 or more");
      }
      if (baselineTokens < 0) {
        throw new IllegalArgumentException("--baseline-tokens " + baselineTokens + " must be 0 or more");
      }
    }
  }

  /**
   * The figures of one run.
   *
   * @param articles articles in the corpus
   * @param tokens their tokens (CoreNLP's tokenizer)
   * @param attacheSeconds Attaché's warm wall time over the whole corpus
   * @param events events Attaché found
   * @param peakHeapBytes the peak used heap while loading and extracting
   * @param baselineTokensPerSecond the baseline's rate on its sample, or null when skipped
   * @param coldStartMillis the cold start, or null when skipped
   * @param devF1 event F1 on the dev set, or null when skipped
   * @param allF1 event F1 on dev and seeds together, or null when skipped
   * @param slowDevF1 the slow path's event F1 on the dev set, or null when not asked for
   */
  public record Result(int articles, long tokens, double attacheSeconds, int events, long peakHeapBytes,
      @Nullable Double baselineTokensPerSecond, @Nullable Long coldStartMillis, @Nullable Double devF1,
      @Nullable Double allF1, @Nullable Double slowDevF1) {
    /** Attaché's tokens per second. */
    public double tokensPerSecond() {
      return tokens / attacheSeconds;
    }
  }

  /** Attaché's timed passes over the corpus last at least this long together (or the warm-up time, if shorter). */
  private static final int MAX_TIMED_SECONDS = 10;

  private final Config config;
  private final PrintWriter out;

  public ExtractionBench(Config config, PrintWriter out) {
    this.config = config;
    this.out = out;
  }

  /** Runs the benchmark, printing each figure as it comes. */
  public Result run() {
    line("# attache bench extraction — %s, %d cores, java %s, max heap %s", java.time.Instant.now(),
        Runtime.getRuntime().availableProcessors(), Runtime.version(), mb(Runtime.getRuntime().maxMemory()));
    line("load: %s", load());

    Long cold = null;
    if (config.launcher() != null) {
      cold = coldStart(config.launcher());
    }

    List<Article> corpus = corpus();
    long[] tokens = new long[corpus.size()];
    long totalTokens = 0;
    long chars = 0;
    for (int i = 0; i < corpus.size(); i++) {
      tokens[i] = Baseline.countTokens(body(corpus.get(i)));
      totalTokens += tokens[i];
      chars += body(corpus.get(i)).length();
    }
    line("corpus: %d articles (%d synthetic), %,d tokens, %,d chars", corpus.size(), config.synthetic(), totalTokens, chars);

    double seconds;
    double cpu;
    int events;
    long peak;
    long live;
    Double devF1 = null;
    Double allF1 = null;
    try (HeapWatch heap = new HeapWatch()) {
      long t0 = System.nanoTime();
      Pipeline pipeline = Pipeline.load(config.threads());
      line("attache: models loaded in %.1f s", (System.nanoTime() - t0) / 1e9);
      try (pipeline) {
        ExecutorService pool = Executors.newFixedThreadPool(config.threads());
        try {
          // Warm: whole passes over the corpus for at least the warm-up time (one pass at least), not counted: the JIT
          // compiles the hot code over minutes. The baseline gets the same warm-up time.
          long w0 = System.nanoTime();
          int warmPasses = 0;
          WarmUp curve = new WarmUp("attache");
          do {
            analyseAll(pool, pipeline, corpus);
            warmPasses++;
            curve.done(totalTokens);
          } while (System.nanoTime() - w0 < config.warmUpSeconds() * 1_000_000_000L);
          line("attache: warm-up, %d pass(es) over the %d articles in %.1f s (not counted)", warmPasses, corpus.size(),
              (System.nanoTime() - w0) / 1e9);
          // Timed: whole passes for at least MAX_TIMED_SECONDS or the warm-up time, the shorter (one pass at least), so
          // that a short corpus is not all noise.
          long timed = Math.min(MAX_TIMED_SECONDS, config.warmUpSeconds()) * 1_000_000_000L;
          long s0 = System.nanoTime();
          long c0 = cpuNanos();
          int passes = 0;
          do {
            events = analyseAll(pool, pipeline, corpus);
            passes++;
          } while (System.nanoTime() - s0 < timed);
          seconds = (System.nanoTime() - s0) / 1e9 / passes;
          cpu = (cpuNanos() - c0) / 1e9 / passes;
          peak = heap.peak();
          live = HeapWatch.liveAfterGc();
          line("attache: %d articles, %,d tokens in %.2f s per pass (mean of %d timed passes) on %d threads = %.2f"
              + " articles/s, %,.0f tokens/s; %d events; %.2f CPU-s per pass = %,.0f tokens per CPU-second [%s]",
              corpus.size(), totalTokens, seconds, passes, config.threads(), corpus.size() / seconds,
              totalTokens / seconds, events, cpu, totalTokens / cpu, load());
          line("attache: peak heap used %s while loading and extracting; live heap after GC %s", mb(peak), mb(live));
          if (config.evalRoot() != null) {
            Map<String, Double> f1 = eval(pool, pipeline, config.evalRoot(), "");
            devF1 = f1.get("dev");
            allF1 = f1.get("all");
          }
        } finally {
          pool.shutdownNow();
        }
      }
    }

    Double slowDevF1 = null;
    if (config.thorough()) {
      long t0 = System.nanoTime();
      try (Pipeline slow = Pipeline.load(config.threads(), NlpOptions.thorough())) {
        line("slow path (NlpOptions.thorough(): full NER, fine-grained rules and SUTime on every sentence): models loaded in %.1f s",
            (System.nanoTime() - t0) / 1e9);
        ExecutorService pool = Executors.newFixedThreadPool(config.threads());
        try {
          Map<String, Double> f1 = eval(pool, slow, config.evalRoot(), "slow path ");
          slowDevF1 = f1.get("dev");
        } finally {
          pool.shutdownNow();
        }
      }
      line("slow path: dev F1 %s, fast path %s: difference %s (target: within 0.01)", f(slowDevF1), f(devF1),
          devF1 == null || slowDevF1 == null ? "-" : String.format(Locale.ROOT, "%+.3f", devF1 - slowDevF1));
    }

    Double baseRate = null;
    if (config.baselineTokens() > 0) {
      double[] base = baseline(corpus, tokens, totalTokens);
      baseRate = base[0];
      line("ratio: attache %,.0f tokens/s / baseline %,.1f tokens/s = %.1fx by wall time (target >= 50x); by CPU time"
          + " (steadier on a shared machine) %,.0f / %,.1f tokens per CPU-second = %.1fx",
          totalTokens / seconds, baseRate, totalTokens / seconds / baseRate, totalTokens / cpu, base[1],
          totalTokens / cpu / base[1]);
    }
    Result r = new Result(corpus.size(), totalTokens, seconds, events, peak, baseRate, cold, devF1, allF1, slowDevF1);
    line("summary: %.2f articles/s, %,.0f tokens/s, ratio %s, peak heap %s (target <= 2048 MB), cold start %s (target <= 5000 ms), dev F1 %s, dev+seeds F1 %s%s",
        corpus.size() / seconds, r.tokensPerSecond(), baseRate == null ? "-" : String.format(Locale.ROOT, "%.1fx", r.tokensPerSecond() / baseRate),
        mb(peak), cold == null ? "-" : cold + " ms", f(devF1), f(allF1), slowDevF1 == null ? "" : ", slow-path dev F1 " + f(slowDevF1));
    out.flush();
    return r;
  }

  private long coldStart(Path launcher) {
    Path article = firstArticle();
    Path db = config.workDir().resolve("cold-start.db");
    try {
      Files.deleteIfExists(db);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<String> command = List.of(launcher.toString(), "ingest", "--db", db.toString(), article.toString());
    ColdStart.Run run = ColdStart.run(command, 600);
    if (run.exitCode() != 0) {
      throw new IllegalStateException("cold start: " + command + " exited with " + run.exitCode() + ":\n" + run.output());
    }
    line("cold start: %d ms from process start to exit of `attache ingest` on one article (%s), the first event stored before exit; output: %s [%s]",
        run.millis(), article.getFileName(), run.output().strip().replace('\n', ' '), load());
    return run.millis();
  }

  private Path firstArticle() {
    for (Path p : config.corpus()) {
      if (Files.isRegularFile(p)) {
        return p;
      }
      try (var s = Files.list(p)) {
        var first = s.filter(f -> f.toString().endsWith(".txt")).sorted().findFirst();
        if (first.isPresent()) {
          return first.get();
        }
      } catch (IOException e) {
        throw new UncheckedIOException("cannot list " + p + ": " + e.getMessage(), e);
      }
    }
    throw new IllegalArgumentException("cold start: no .txt article in " + config.corpus());
  }

  private List<Article> corpus() {
    List<Path> paths = new ArrayList<>(config.corpus());
    if (config.synthetic() > 0) {
      Path dir = config.workDir().resolve("synthetic");
      paths.addAll(SyntheticArticles.write(dir, config.synthetic(), config.seed()));
    }
    return read(paths, IngestOptions.defaults());
  }

  private static List<Article> read(List<Path> paths, IngestOptions options) {
    List<Article> articles = new ArrayList<>();
    new Ingestor(options).read(paths, new Ingestor.Sink() {
      @Override
      public void article(Article a) {
        articles.add(a);
      }

      @Override
      public void issue(ArticleIssue i) {}
    });
    return articles;
  }

  private static String body(Article a) {
    return a.text().substring(a.body().start(), a.body().end());
  }

  /** Analyses every article on the pool; returns the number of events found. */
  private static int analyseAll(ExecutorService pool, Pipeline pipeline, List<Article> articles) {
    return mapAll(pool, articles, a -> pipeline.analyse(a)).stream().mapToInt(x -> x.events().size()).sum();
  }

  private static <T, R> List<R> mapAll(ExecutorService pool, List<T> items, Function<T, R> f) {
    List<Future<R>> futures = new ArrayList<>(items.size());
    for (T item : items) {
      futures.add(pool.submit(() -> f.apply(item)));
    }
    List<R> out = new ArrayList<>(items.size());
    for (Future<R> fu : futures) {
      try {
        out.add(fu.get());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted", e);
      } catch (java.util.concurrent.ExecutionException e) {
        throw new IllegalStateException("benchmark task failed: " + e.getCause(), e.getCause());
      }
    }
    return out;
  }

  /** Event F1 on each gold set under {@code root} ({@code dev}, {@code seeds}) and on all together ({@code all}). */
  private Map<String, Double> eval(ExecutorService pool, Pipeline pipeline, Path root, String label) {
    LinkedHashMap<String, List<GoldArticle>> goldSets = new LinkedHashMap<>();
    LinkedHashMap<String, List<SystemArticle>> systemSets = new LinkedHashMap<>();
    Map<String, Double> f1 = new LinkedHashMap<>();
    long t0 = System.nanoTime();
    for (String set : List.of("dev", "seeds")) {
      Path goldFile = root.resolve(set).resolve("gold.jsonl");
      Path dir = root.resolve(set).resolve("articles");
      if (!Files.isRegularFile(goldFile)) {
        throw new IllegalArgumentException("--eval-root " + root + ": no gold file " + goldFile);
      }
      List<GoldArticle> gold = Gold.read(goldFile);
      List<Path> files = new ArrayList<>();
      StringBuilder manifest = new StringBuilder("file\tpub_date\n");
      for (GoldArticle g : gold) {
        files.add(dir.resolve(g.file()));
        manifest.append(g.file()).append('\t').append(g.pubDate() == null ? "" : g.pubDate().toString()).append('\n');
      }
      List<Article> articles;
      try {
        Path m = config.workDir().resolve("manifest-" + set + ".tsv");
        Files.writeString(m, manifest);
        articles = read(files, new IngestOptions(IngestOptions.DEFAULT_MAX_BYTES, null, m));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      List<Extraction> found = mapAll(pool, articles, pipeline::analyse);
      Map<String, SystemArticle> byFile = new LinkedHashMap<>();
      for (int i = 0; i < articles.size(); i++) {
        byFile.put(articles.get(i).fileName(),
            new SystemArticle(articles.get(i).fileName(), found.get(i).events(), found.get(i).people()));
      }
      List<SystemArticle> system = new ArrayList<>();
      for (GoldArticle g : gold) {
        system.add(byFile.getOrDefault(g.file(), new SystemArticle(g.file(), List.of(), List.of())));
      }
      Report r = Evaluator.score(gold, system);
      f1.put(set, r.events().f1());
      line("%seval %s: events P %s R %s F1 %s (gold %d, system %d, matched %d)", label, set, f(r.events().precision()),
          f(r.events().recall()), f(r.events().f1()), r.events().gold(), r.events().system(), r.events().matched());
      goldSets.put(set, gold);
      systemSets.put(set, system);
    }
    Report all = Evaluator.scoreSets(goldSets, systemSets);
    f1.put("all", all.events().f1());
    line("%seval dev+seeds: events P %s R %s F1 %s, people P %s R %s (%s; %.1f s)", label,
        f(all.events().precision()), f(all.events().recall()), f(all.events().f1()), f(all.people().precision()),
        f(all.people().recall()), label.isEmpty() ? "same configuration as the timed run" : "the slow path",
        (System.nanoTime() - t0) / 1e9);
    return f1;
  }

  /**
   * CoreNLP on a random sample of the corpus's articles up to the token budget; returns its tokens per second and
   * tokens per CPU-second.
   */
  private double[] baseline(List<Article> corpus, long[] tokens, long totalTokens) {
    HeapWatch.liveAfterGc();
    long t0 = System.nanoTime();
    Baseline base = org.attache.nlp.Baseline.load(config.baselineAnnotators());
    line("baseline: CoreNLP %s loaded in %.1f s", base.annotators(), (System.nanoTime() - t0) / 1e9);
    // A sample spread over the corpus (a seeded shuffle), so that it has the corpus's mix of articles.
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < corpus.size(); i++) {
      order.add(i);
    }
    java.util.Collections.shuffle(order, new java.util.Random(config.seed()));
    // Warm-up, as Attaché's run is warmed up: articles outside the sample (from the end of the shuffle; at most half the
    // corpus), at least as many tokens as the sample's budget and for at least the warm-up time, on all threads.
    List<Integer> warm = new ArrayList<>();
    int last = order.size() - 1;
    while (last > 0 && (warm.isEmpty() || last > order.size() / 2)) {
      warm.add(order.get(last));
      last--;
    }
    ExecutorService pool = Executors.newFixedThreadPool(config.threads());
    long w0 = System.nanoTime();
    long warmTokens = 0;
    int warmArticles = 0;
    int warmFailures = 0;
    WarmUp curve = new WarmUp("baseline");
    try {
      // (A corpus of one article has none outside the sample: no warm-up then.)
      for (int k = 0; !warm.isEmpty()
          && (warmTokens < config.baselineTokens() || System.nanoTime() - w0 < config.warmUpSeconds() * 1_000_000_000L); ) {
        // A batch of two articles per thread at a time, cycling through the warm-up articles.
        List<String> batch = new ArrayList<>();
        long batchTokens = 0;
        for (int b = 0; b < 2 * config.threads(); b++, k++) {
          int i = warm.get(k % warm.size());
          batch.add(body(corpus.get(i)));
          batchTokens += tokens[i];
        }
        warmTokens += batchTokens;
        for (int annotated : mapAll(pool, batch, text -> {
          try {
            return base.annotate(text);
          } catch (RuntimeException e) {
            return -1; // CoreNLP's quote attribution now and then fails when two threads annotate at once (see below)
          }
        })) {
          warmFailures += annotated < 0 ? 1 : 0;
        }
        warmArticles += batch.size();
        curve.done(batchTokens);
      }
    } catch (RuntimeException e) {
      pool.shutdownNow();
      throw e;
    }
    line("baseline: warm-up on %d articles of %,d tokens in %.1f s (not counted%s)", warmArticles, warmTokens,
        (System.nanoTime() - w0) / 1e9, warmFailures == 0 ? "" : "; CoreNLP failed on " + warmFailures + " of them");
    List<String> sample = new ArrayList<>();
    long sampleTokens = 0;
    for (int k = 0; k <= last && sampleTokens < config.baselineTokens(); k++) {
      sample.add(body(corpus.get(order.get(k))));
      sampleTokens += tokens[order.get(k)];
    }
    long s0 = 0;
    long c0 = 0;
    long annotated = 0;
    try {
      for (int attempt = 1; ; attempt++) {
        s0 = System.nanoTime();
        c0 = cpuNanos();
        try {
          annotated = mapAll(pool, sample, base::annotate).stream().mapToLong(Integer::longValue).sum();
          break;
        } catch (IllegalStateException e) {
          // CoreNLP's quote attribution now and then fails on an article when two threads annotate at once (a
          // NullPointerException in DeterministicSpeakerSieve; the same article passes alone): time the sample again.
          if (attempt == 2) {
            throw e;
          }
          line("baseline: CoreNLP failed on the sample (%s); timing the whole sample again", e.getMessage());
        }
      }
    } finally {
      pool.shutdownNow();
    }
    double seconds = (System.nanoTime() - s0) / 1e9;
    double cpu = (cpuNanos() - c0) / 1e9;
    double rate = sampleTokens / seconds;
    line("baseline: CoreNLP %s on a sample of %d of %d articles (%,d of %,d tokens; CoreNLP counted %,d) in %.1f s on %d threads"
            + " = %,.1f tokens/s, %.3f articles/s; %.1f CPU-s = %,.1f tokens per CPU-second [%s]",
        base.annotators(), sample.size(), corpus.size(), sampleTokens, totalTokens, annotated, seconds, config.threads(),
        rate, sample.size() / seconds, cpu, sampleTokens / cpu, load());
    line("baseline: the whole corpus would take about %,.0f s at that rate (extrapolated from the sample, not measured)",
        totalTokens / rate);
    return new double[] {rate, sampleTokens / cpu};
  }

  /**
   * The warm-up's rate, printed every {@link #WINDOW_SECONDS} seconds, so that the output shows whether the warm-up
   * reached a steady rate before the timing.
   */
  private final class WarmUp {
    private static final long WINDOW_SECONDS = 30;
    private final String who;
    private final long start = System.nanoTime();
    private long from = start;
    private long cpuFrom = cpuNanos();
    private long tokens;

    WarmUp(String who) {
      this.who = who;
    }

    void done(long moreTokens) {
      tokens += moreTokens;
      long now = System.nanoTime();
      if (now - from >= WINDOW_SECONDS * 1_000_000_000L) {
        long cpu = cpuNanos();
        line("%s: warm-up %.0f-%.0f s: %,.0f tokens/s, %,.0f tokens per CPU-second", who, (from - start) / 1e9,
            (now - start) / 1e9, tokens / ((now - from) / 1e9), tokens / ((cpu - cpuFrom) / 1e9));
        from = now;
        cpuFrom = cpu;
        tokens = 0;
      }
    }
  }

  /** The CPU time this process has used, in nanoseconds (all threads, the JIT and GC included). */
  private static long cpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
  }

  private void line(String format, Object... args) {
    out.println(String.format(Locale.ROOT, format, args));
    out.flush();
  }

  static String load() {
    double l = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    return String.format(Locale.ROOT, "load average %.2f", l);
  }

  static String mb(long bytes) {
    return String.format(Locale.ROOT, "%,d MB", bytes / (1024 * 1024));
  }

  private static String f(@Nullable Double d) {
    return d == null ? "-" : String.format(Locale.ROOT, "%.3f", d);
  }
}
