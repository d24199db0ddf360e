package org.attache.bench;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.Supplier;
import org.attache.model.EventType;
import org.attache.model.PartialDate;
import org.attache.store.EventQuery;
import org.attache.store.Store;

/**
 * The query benchmark: fills an SQLite store with synthetic articles, one event each, in batched
 * transactions, then times the queries a user of the API and UI makes — a pair timeline page, a filtered
 * event list, full-text searches over articles and evidence, and the pair aggregate of the graph — and
 * prints p50/p95/p99 per query.
 *
 * <p>Run it with {@code ./attache bench queries} (see README.md). It reports; it asserts nothing about speed.
 */
public final class QueryBench {
  /**
   * What to run.
   *
   * @param db the store file; reused when it already holds at least {@code events} events
   * @param events how many synthetic events (and articles) to generate
   * @param runs timed runs of each query, after warm-up
   * @param seed the seed of the data and of the query parameters
   */
  public record Config(Path db, int events, int runs, long seed) {
    public Config {
      if (events < 1) {
        throw new IllegalArgumentException("--events " + events + " must be 1 or more");
      }
      if (runs < 1) {
        throw new IllegalArgumentException("--runs " + runs + " must be 1 or more");
      }
    }
  }

  /**
   * The latency of one query, in milliseconds.
   *
   * @param name what was timed
   * @param p50 the median
   * @param p95 the 95th percentile
   * @param p99 the 99th percentile
   * @param max the slowest run
   * @param meanRows the mean number of rows it returned
   */
  public record Latency(String name, double p50, double p95, double p99, double max, double meanRows) {}

  /** Words in the title or text of every synthetic article ({@link SyntheticEvents#next}): the slowest to rank. */
  private static final String[] EVERY_ARTICLE = {"talks", "officials", "delegation", "analysts", "percent"};

  /** Words in the evidence sentence of every synthetic event. */
  private static final String[] EVERY_SENTENCE = {"talks", "delegation", "speaking", "held"};

  private static final int BATCH = 10_000;
  private static final int PAGE = 100;

  private final Config config;
  private final PrintWriter out;

  public QueryBench(Config config, PrintWriter out) {
    this.config = config;
    this.out = out;
  }

  /** Fills the store if needed, times the queries and prints the figures; returns them. */
  public List<Latency> run() {
    line("# attache bench queries — %s, %d cores, java %s", java.time.Instant.now(),
        Runtime.getRuntime().availableProcessors(), Runtime.version());
    boolean existed = Files.exists(config.db());
    try (Store store = Store.openSqlite(config.db())) {
      int have = store.stats().events();
      if (have >= config.events()) {
        line("store: %s reused: %,d events, %,d articles", config.db(), have, store.stats().articles());
      } else if (existed && have > 0) {
        throw new IllegalArgumentException("--db " + config.db() + " holds " + have + " events, fewer than --events "
            + config.events() + "; give a new file");
      } else {
        fill(store);
      }
      long t0 = System.nanoTime();
      int indexed = store.updateSearchIndex();
      line("store: search indexes (evidence, articles) brought in step: %,d events and articles indexed in %.1f s", indexed,
          (System.nanoTime() - t0) / 1e9);
    }
    List<Latency> results = new ArrayList<>();
    try (Store store = Store.openSqlite(config.db())) {
      Random r = new Random(config.seed() + 1);
      SyntheticEvents draw = new SyntheticEvents(config.seed() + 2);
      EventType[] types = EventType.values();
      results.add(time("pair timeline (first page of " + PAGE + ", date order)", () -> {
        String[] p = draw.pair();
        return store.events(EventQuery.all().withPair(p[0], p[1]).withLimit(PAGE)).size();
      }));
      results.add(time("filtered event list (country, type, 3 years; page of " + PAGE + ")", () -> {
        int y = 1995 + r.nextInt(29);
        return store.events(EventQuery.all().withCountry(draw.code()).withType(types[r.nextInt(types.length)])
            .withSince(PartialDate.parse(String.valueOf(y))).withUntil(PartialDate.parse(String.valueOf(y + 2)))
            .withLimit(PAGE)).size();
      }));
      results.add(time("full-text search, articles (surname + topic word; top 20)", () ->
          store.searchArticles(draw.surname(draw.surnameIndex()) + " " + SyntheticEvents.topic(r).split(" ")[0], 20).size()));
      results.add(time("full-text search, articles, common word (in every article; top 20)", () ->
          store.searchArticles(EVERY_ARTICLE[r.nextInt(EVERY_ARTICLE.length)], 20).size()));
      results.add(time("full-text search, evidence (topic phrase words; top 20)", () ->
          store.searchEvidence(SyntheticEvents.topic(r), 20).size()));
      results.add(time("full-text search, evidence, common word (in every sentence; top 20)", () ->
          store.searchEvidence(EVERY_SENTENCE[r.nextInt(EVERY_SENTENCE.length)], 20).size()));
      results.add(time("graph aggregate: pair counts, all events", () -> store.pairCounts(EventQuery.all()).size()));
      results.add(time("graph aggregate: pair counts, one type and one year", () -> {
        int y = 1995 + r.nextInt(31);
        PartialDate year = PartialDate.parse(String.valueOf(y));
        return store.pairCounts(EventQuery.all().withType(types[r.nextInt(types.length)]).withSince(year).withUntil(year)).size();
      }));
      results.add(time("pair timeline aggregate: events per month for one pair", () -> {
        String[] p = draw.pair();
        return store.eventsPerPeriod(EventQuery.all().withPair(p[0], p[1])).size();
      }));
    }
    line("summary (ms): %s", String.join("; ", results.stream().map(l -> String.format(Locale.ROOT,
        "%s p95 %.1f", l.name().replaceAll(" \\(.*", ""), l.p95())).toList()));
    out.flush();
    return results;
  }

  private void fill(Store store) {
    SyntheticEvents gen = new SyntheticEvents(config.seed());
    long t0 = System.nanoTime();
    long last = t0;
    List<Store.Extracted> batch = new ArrayList<>(BATCH);
    for (int i = 0; i < config.events(); i++) {
      batch.add(gen.next(i));
      if (batch.size() == BATCH || i == config.events() - 1) {
        store.putArticles(batch);
        batch.clear();
        long now = System.nanoTime();
        if (now - last > 15_000_000_000L || i == config.events() - 1) {
          line("store: %,d of %,d articles+events written, %,.0f per second [%s]", i + 1, config.events(),
              (i + 1) / ((now - t0) / 1e9), ExtractionBench.load());
          last = now;
        }
      }
    }
    double seconds = (System.nanoTime() - t0) / 1e9;
    Store.Stats s = store.stats();
    line("store: generated %,d synthetic articles with %,d events in %.1f s (%,.0f per second, batches of %,d per"
        + " transaction); file %s, %,d MB", s.articles(), s.events(), seconds, s.articles() / seconds, BATCH,
        config.db(), size(config.db()) / (1024 * 1024));
  }

  private Latency time(String name, Supplier<Integer> query) {
    for (int i = 0; i < Math.min(5, config.runs()); i++) {
      query.get();
    }
    double[] ms = new double[config.runs()];
    long rows = 0;
    for (int i = 0; i < ms.length; i++) {
      long t = System.nanoTime();
      rows += query.get();
      ms[i] = (System.nanoTime() - t) / 1e6;
    }
    Arrays.sort(ms);
    Latency l = new Latency(name, pct(ms, 50), pct(ms, 95), pct(ms, 99), ms[ms.length - 1], (double) rows / ms.length);
    line("%-70s p50 %8.2f  p95 %8.2f  p99 %8.2f  max %8.2f ms  (%d runs, %.0f rows on average) [%s]", name, l.p50(),
        l.p95(), l.p99(), l.max(), ms.length, l.meanRows(), ExtractionBench.load());
    return l;
  }

  /** The nearest-rank percentile of sorted values. */
  static double pct(double[] sorted, int p) {
    int rank = (int) Math.ceil(p / 100.0 * sorted.length);
    return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
  }

  private static long size(Path db) {
    long total = 0;
    for (String suffix : List.of("", "-wal")) {
      try {
        total += Files.size(Path.of(db + suffix));
      } catch (java.io.IOException e) {
        // a missing WAL file counts 0
      }
    }
    return total;
  }

  private void line(String format, Object... args) {
    out.println(String.format(Locale.ROOT, format, args));
    out.flush();
  }
}
