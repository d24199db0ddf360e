package org.attache.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.stream.Stream;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.attache.ingest.Ingestor;
import org.attache.model.Article;
import org.attache.model.ArticleIssue;
import org.attache.model.ArticleMeta;
import org.attache.pipeline.Pipeline;
import org.attache.store.Store;
import org.attache.web.FetchOptions;
import org.attache.web.LanguageDetector;
import org.attache.web.WebIngestor;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;

/**
 * The web side of {@code ingest} and {@code watch}: fetch options, the bridge from web readers to the
 * pipeline (metadata stored with each article, non-English articles stored without analysis), and
 * the batch summary by reason.
 */
final class WebIntake {
  /** The fetch options {@code ingest} and {@code watch} share. */
  static final class FetchFlags {
    @Option(names = "--allow-private", description = "Fetch private, loopback and link-local addresses too (off: the SSRF guard refuses them).")
    boolean allowPrivate;

    @Option(names = "--user-agent", paramLabel = "UA", description = "User-Agent sent with every request (default: ${DEFAULT-VALUE}).",
        defaultValue = FetchOptions.DEFAULT_USER_AGENT)
    String userAgent = FetchOptions.DEFAULT_USER_AGENT;

    @Option(names = "--delay", paramLabel = "MS", defaultValue = "1000",
        description = "Least milliseconds between two requests to one host (default: ${DEFAULT-VALUE}; a longer robots.txt Crawl-delay wins).")
    long delayMillis = 1000;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "30", description = "Longest a request may take (default: ${DEFAULT-VALUE}).")
    long timeoutSeconds = 30;

    @Option(names = "--retries", paramLabel = "N", defaultValue = "2", description = "Retries on network errors, timeouts, HTTP 429 and 5xx, with doubling back-off from 1 s (default: ${DEFAULT-VALUE}).")
    int retries = 2;

    FetchOptions options(long maxBytes) {
      if (timeoutSeconds <= 0) {
        throw new IllegalArgumentException("--timeout " + timeoutSeconds + " must be positive");
      }
      return FetchOptions.defaults().withAllowPrivate(allowPrivate).withUserAgent(userAgent).withDelayMillis(delayMillis)
          .withTimeout(Duration.ofSeconds(timeoutSeconds)).withMaxBytes(maxBytes).withRetries(retries, 1000);
    }
  }

  /** Counts of one batch, by outcome and reason. */
  static final class Tally {
    final Map<String, Integer> failed = new TreeMap<>();
    int duplicates;
    int notAnalysed;

    void issue(ArticleIssue i) {
      if (!i.skipped()) {
        return;
      }
      if (i.kind() == ArticleIssue.Kind.DUPLICATE) {
        duplicates++;
      } else {
        failed.merge(i.kind().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '), 1, Integer::sum);
      }
    }

    void print(PrintWriter out, Pipeline.Summary sum) {
      int failedTotal = failed.values().stream().mapToInt(Integer::intValue).sum() + sum.failed();
      StringBuilder reasons = new StringBuilder();
      failed.forEach((k, v) -> reasons.append(reasons.isEmpty() ? "" : ", ").append(k).append(' ').append(v));
      if (sum.failed() > 0) {
        reasons.append(reasons.isEmpty() ? "" : ", ").append("analysis failed ").append(sum.failed());
      }
      out.printf("summary: %d read, %d new (%d not analysed), %d duplicate, %d failed%s%n",
          sum.read() + duplicates + failedTotal - sum.failed(), sum.stored(), notAnalysed, sum.alreadyStored() + duplicates,
          failedTotal, reasons.isEmpty() ? "" : " (" + reasons + ")");
      out.flush();
    }
  }

  private final LanguageDetector detector;
  private final Tally tally = new Tally();
  private final Map<String, String> language = new ConcurrentHashMap<>();

  WebIntake(LanguageDetector detector) {
    this.detector = detector;
  }

  Tally tally() {
    return tally;
  }

  /** An ingest sink for the pipeline that stores each article's metadata first and counts issues. */
  WebIngestor.Sink bridge(Ingestor.Sink to, Store store) {
    return new WebIngestor.Sink() {
      @Override
      public void article(Article a, ArticleMeta meta) {
        if (meta.language() != null) {
          language.put(a.id(), meta.language());
        }
        if (!store.containsArticle(a.id())) {
          store.putArticleMeta(meta);
        }
        to.article(a);
      }

      @Override
      public void issue(ArticleIssue i) {
        tally.issue(i);
        to.issue(i);
      }

      @Override
      public void inputDone(String source, long bytes) {
        to.inputDone(source, bytes);
      }
    };
  }

  /** A sink for plain text articles: detects each one's language and stores it as metadata, as {@link #bridge} does. */
  Ingestor.Sink textBridge(Ingestor.Sink to, Store store) {
    WebIngestor.Sink web = bridge(to, store);
    return new Ingestor.Sink() {
      @Override
      public void article(Article a) {
        String body = a.text().substring(a.body().start(), a.body().end());
        LanguageDetector.Detected d = detector.detect(body);
        if (d == null) {
          to.article(a);
          return;
        }
        web.article(a, new ArticleMeta(a.id(), null, null, null, d.language(), null,
            Map.of("language", String.format(java.util.Locale.ROOT, "detected in the text (%.2f)", d.confidence()))));
      }

      @Override
      public void issue(ArticleIssue i) {
        web.issue(i);
      }

      @Override
      public void inputDone(String source, long bytes) {
        web.inputDone(source, bytes);
      }
    };
  }

  /** The gate: articles detected as not English are stored unanalysed with "not analysed: language xx". */
  Pipeline.Gate gate() {
    return a -> {
      String lang = language.get(a.id());
      if (lang == null || lang.equals("en")) {
        return null;
      }
      synchronized (tally) {
        tally.notAnalysed++;
      }
      return new ArticleIssue(a.source(), ArticleIssue.Kind.NOT_ANALYSED, "not analysed: language " + lang, false);
    };
  }

  /** Runs a web read through the pipeline. */
  static Pipeline.Summary run(Pipeline p, Store s, WebIntake intake, Consumer<WebIngestor.Sink> read,
      Pipeline.Progress progress) {
    return p.ingest(sink -> read.accept(intake.bridge(sink, s)), s, progress, intake.gate());
  }

  /** The lines of a URL list file: blank lines and lines starting with # skipped. */
  static List<String> urlList(Path file) {
    try (Stream<String> lines = Files.lines(file)) {
      return lines.map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
    } catch (IOException | java.io.UncheckedIOException e) {
      throw new IllegalArgumentException("--urls " + file + ": cannot read it: " + e.getMessage(), e);
    }
  }

  /**
   * Splits command-line inputs: URLs, web files (pages and archives, also found inside folders) and
   * the rest (text files and folders, left to the text ingestor).
   */
  record Split(List<String> urls, List<Path> webFiles, List<Path> text) {}

  static Split split(List<String> args) {
    List<String> urls = new ArrayList<>();
    List<Path> web = new ArrayList<>();
    List<Path> text = new ArrayList<>();
    for (String arg : args) {
      if (WebIngestor.isUrl(arg)) {
        urls.add(arg);
        continue;
      }
      Path p = Path.of(arg);
      if (Files.isDirectory(p)) {
        List<Path> found;
        try (Stream<Path> walk = Files.walk(p, java.nio.file.FileVisitOption.FOLLOW_LINKS)) {
          found = walk.filter(f -> Files.isRegularFile(f) && WebIngestor.isWebFile(f)
              && !hidden(p.relativize(f))).sorted().toList();
        } catch (IOException | java.io.UncheckedIOException e) {
          found = List.of(); // the text ingestor records the unreadable folder
        }
        if (found.isEmpty()) {
          text.add(p);
        } else {
          web.addAll(found);
          try (Stream<Path> walk = Files.walk(p, java.nio.file.FileVisitOption.FOLLOW_LINKS)) {
            walk.filter(f -> Files.isRegularFile(f) && !WebIngestor.isWebFile(f) && !hidden(p.relativize(f))).sorted()
                .forEach(text::add);
          } catch (IOException | java.io.UncheckedIOException e) {
            text.add(p);
          }
        }
      } else if (WebIngestor.isWebFile(p)) {
        web.add(p);
      } else {
        text.add(p);
      }
    }
    return new Split(urls, web, text);
  }

  private static boolean hidden(Path relative) {
    for (Path part : relative) {
      if (part.toString().startsWith(".")) {
        return true;
      }
    }
    return false;
  }

  /** A progress bar over a count of inputs on standard error; silent without a terminal. */
  static final class CountBar implements Pipeline.Progress, AutoCloseable {
    private final @Nullable ProgressBar bar;

    CountBar(String task, long total) {
      this.bar = System.console() == null || total <= 0 ? null
          : new ProgressBarBuilder().setTaskName(task).setInitialMax(total).setStyle(ProgressBarStyle.ASCII)
              .setConsumer(new ConsoleProgressBarConsumer(System.err)).build();
    }

    @Override
    public void inputDone(String source, long bytes) {
      if (bar != null) {
        bar.step();
      }
    }

    @Override
    public void close() {
      if (bar != null) {
        bar.close();
      }
    }
  }
}
