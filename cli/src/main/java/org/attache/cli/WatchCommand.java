package org.attache.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.attache.pipeline.Pipeline;
import org.attache.store.Store;
import org.attache.web.FeedWatcher;
import org.attache.web.Fetcher;
import org.attache.web.LanguageDetector;
import org.attache.web.PageReader;
import org.attache.web.WebIngestor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Polls RSS/Atom feeds and ingests each new item once. */
@Command(name = "watch", mixinStandardHelpOptions = true,
    description = {"Poll RSS or Atom feeds and ingest each new item's article once (items are known by GUID, URL and "
        + "content hash, kept in the store, so a restarted watch goes on without duplicates). Logs each pass on "
        + "standard error; runs until stopped, or one pass with --once."})
final class WatchCommand implements Runnable {
  private static final Pattern EVERY = Pattern.compile("(\\d+)\\s*([smhd])");

  @Spec picocli.CommandLine.Model.CommandSpec spec;
  @Mixin StoreOption store;
  @Mixin WebIntake.FetchFlags fetch;

  @Parameters(arity = "1..*", paramLabel = "FEED", description = "Feed URLs (or feed files).")
  List<String> feeds;

  @Option(names = "--every", paramLabel = "INTERVAL", defaultValue = "15m",
      description = "Time between passes: a number and s, m, h or d (default: ${DEFAULT-VALUE}; at least 1m unless --once).")
  String every;

  @Option(names = "--once", description = "Make one pass over the feeds and stop.")
  boolean once;

  @Option(names = "--max-bytes", paramLabel = "N", defaultValue = "5242880", description = "Refuse pages larger than this (default: ${DEFAULT-VALUE}, 5 MB).")
  long maxBytes;

  @Option(names = "--threads", paramLabel = "N", description = "Analysis threads (default: the number of cores).")
  int threads = Runtime.getRuntime().availableProcessors();

  static Duration interval(String value) {
    Matcher m = EVERY.matcher(value.strip());
    if (!m.matches()) {
      throw new IllegalArgumentException("--every " + value + ": expected a number and s, m, h or d, e.g. 15m");
    }
    long n = Long.parseLong(m.group(1));
    return switch (m.group(2)) {
      case "s" -> Duration.ofSeconds(n);
      case "m" -> Duration.ofMinutes(n);
      case "h" -> Duration.ofHours(n);
      default -> Duration.ofDays(n);
    };
  }

  /** Logs each new item and each failure on {@code err} as it passes to {@code to}. */
  private static WebIngestor.Sink logging(WebIngestor.Sink to, PrintWriter err) {
    return new WebIngestor.Sink() {
      @Override
      public void article(org.attache.model.Article a, org.attache.model.ArticleMeta meta) {
        err.printf("%s   new: %s (%s)%n", Instant.now().truncatedTo(ChronoUnit.SECONDS), a.title(), a.source());
        err.flush();
        to.article(a, meta);
      }

      @Override
      public void issue(org.attache.model.ArticleIssue i) {
        if (i.skipped()) {
          err.printf("%s   failed: %s %s: %s%n", Instant.now().truncatedTo(ChronoUnit.SECONDS), i.kind(), i.source(), i.message());
          err.flush();
        }
        to.issue(i);
      }
    };
  }

  @Override
  public void run() {
    Duration wait = interval(every);
    if (!once && wait.compareTo(Duration.ofMinutes(1)) < 0) {
      throw new IllegalArgumentException("--every " + every + ": at least 1m between passes (or use --once)");
    }
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Fetcher fetcher = new Fetcher(fetch.options(maxBytes));
    LanguageDetector languages = LanguageDetector.openNlp();
    WebIngestor web = new WebIngestor(new PageReader(languages), fetcher, maxBytes);
    try (Store s = store.open(); Pipeline p = Progress.loading(err, () -> Pipeline.load(threads))) {
      FeedWatcher watcher = new FeedWatcher(web, fetcher, s);
      while (true) {
        for (String feed : feeds) {
          WebIntake intake = new WebIntake(languages);
          FeedWatcher.Pass[] pass = new FeedWatcher.Pass[1];
          Pipeline.Summary sum = WebIntake.run(p, s, intake, sink -> pass[0] = watcher.poll(feed, logging(sink, err)),
              Pipeline.Progress.NONE);
          watcher.commit(pass[0]);
          err.printf("%s watch %s: %d item(s), %d new, %d seen before, %d failed%n", Instant.now().truncatedTo(ChronoUnit.SECONDS),
              feed, pass[0].items(), pass[0].fresh(), pass[0].seen(), pass[0].failed());
          err.flush();
          out.printf("feed %s: ", feed);
          intake.tally().print(out, sum);
        }
        if (once) {
          return;
        }
        try {
          Thread.sleep(wait.toMillis());
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return;
        }
      }
    }
  }
}
