package org.attache.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.attache.geo.Gazetteer;
import org.attache.server.AttacheServer;
import org.attache.server.ServerConfig;
import org.attache.store.Store;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Serves the store over HTTP: the JSON API, its OpenAPI description and the web UI, until stopped. */
@Command(name = "serve", mixinStandardHelpOptions = true,
    description = "Serve the store to a browser: the web UI (search, pair timelines, relationship graph, map, article "
        + "reader, people) at http://HOST:PORT/, the JSON API under /api and its description at /openapi.json. "
        + "Runs until stopped with Ctrl-C. At start, the search indexes are brought up to date and searched a few "
        + "times in the background, so that the first search answers as fast as later ones. The canonical view "
        + "(events merged across articles) is built in the background too, at start and again whenever the store "
        + "changes (about a minute for a million events); meanwhile answers come from the last view built, and "
        + "before the first one routes that need it answer 503 with a Retry-After (view=article needs none; "
        + "/api/health tells where the view stands).")
final class ServeCommand implements Runnable {
  @Spec picocli.CommandLine.Model.CommandSpec spec;
  @Mixin StoreOption store;

  @Option(names = "--host", paramLabel = "ADDRESS", defaultValue = ServerConfig.DEFAULT_HOST,
      description = "The address to listen on (default: ${DEFAULT-VALUE}, this machine only; 0.0.0.0 for every network, which needs --token or --token-file).")
  String host;

  @Option(names = "--port", paramLabel = "PORT", defaultValue = "7070",
      description = "The TCP port (default: ${DEFAULT-VALUE}; 0 picks a free one).")
  int port;

  @Option(names = "--token", paramLabel = "TOKEN",
      description = "A secret of at least 16 letters, digits or ._~+/=- that every API call must carry "
          + "(Authorization: Bearer TOKEN; in a browser open /?token=TOKEN once). Needed when --host is not loopback. "
          + "Other users of this machine can see it in the process list: prefer --token-file.")
  @Nullable String token;

  @Option(names = "--token-file", paramLabel = "FILE", description = "Read the token from this file (its first line).")
  @Nullable Path tokenFile;

  @Option(names = "--rate-limit", paramLabel = "N", defaultValue = "" + ServerConfig.DEFAULT_REQUESTS_PER_SECOND,
      description = "Requests per second one client address may make on average, twice as many in a burst; more are "
          + "answered 429 (default: ${DEFAULT-VALUE}).")
  int rateLimit;

  @Option(names = "--max-request-bytes", paramLabel = "N", defaultValue = "" + ServerConfig.DEFAULT_MAX_REQUEST_BYTES,
      description = "The largest request body accepted; larger ones are answered 413 (default: ${DEFAULT-VALUE}).")
  long maxRequestBytes;

  @Override
  public void run() {
    ServerConfig config;
    if (token != null && tokenFile != null) {
      throw new IllegalArgumentException("--token and --token-file: give one of them");
    }
    String secret = token != null ? token : tokenFile != null ? readToken(tokenFile) : null;
    try {
      config = new ServerConfig(host, port, secret, rateLimit, maxRequestBytes);
    } catch (IllegalArgumentException e) {
      String m = e.getMessage();
      String option = m.contains("port ") ? "--port " : m.contains("token of") ? (token != null ? "--token " : "--token-file ")
          : m.contains("requests per second") ? "--rate-limit " : m.contains("max request bytes") ? "--max-request-bytes "
          : "--host ";
      throw new IllegalArgumentException(option + m, e);
    }
    PrintWriter out = spec.commandLine().getOut();
    try (Store s = store.openExisting(); AttacheServer server = AttacheServer.start(config, s, Gazetteer.load())) {
      Store.Stats stats = s.stats();
      out.printf("Attaché serving %s (store: %s, %d article(s), %d event(s)); API at %sapi, description at %sopenapi.json."
          + " Press Ctrl-C to stop.%n", server.uri(), store.db, stats.articles(), stats.events(), server.uri(), server.uri());
      out.flush();
      warmUpSearch(s, spec.commandLine().getErr());
      reportCanonicalView(server, spec.commandLine().getErr());
      // Ctrl-C runs the shutdown hooks; interrupting this thread (as the tests do) stops the server too.
      CountDownLatch stop = new CountDownLatch(1);
      Thread hook = new Thread(stop::countDown, "attache-serve-stop");
      Runtime.getRuntime().addShutdownHook(hook);
      try {
        stop.await();
      } finally {
        try {
          Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
          // the JVM is exiting: nothing to remove
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Words in nearly every English news text, whose searches run Lucene's scoring over most texts. */
  private static final List<String> WARM_UP_WORDS = List.of("the", "and");

  /** Rounds of warm-up searches (well under a second for a million articles and events on two cores). */
  private static final int WARM_UP_ROUNDS = 10;

  /**
   * Opens the store's search indexes, brings them in step and searches them a few times, on a daemon thread, so
   * that a user's first search neither loads Lucene's classes (about 0.4 s, most of the first search of a fresh
   * process) nor runs in the interpreter (30–100 ms more), nor catches up with an ingest. The store serialises
   * these calls with the API's. A failure, or the store closing meanwhile, is reported on {@code err} (the
   * searches themselves report a failure again).
   */
  private static void warmUpSearch(Store s, PrintWriter err) {
    Thread warm = new Thread(() -> {
      try {
        s.updateSearchIndex();
        for (int i = 0; i < WARM_UP_ROUNDS; i++) {
          for (String word : WARM_UP_WORDS) {
            s.searchEvidence(word, 20);
            s.searchArticles(word, 20);
          }
        }
      } catch (RuntimeException e) { // also when the server stopped while warming up (the store is closed)
        err.println("attache serve: the search indexes were not prepared: " + e.getMessage());
        err.flush();
      }
    }, "attache-search-warm-up");
    warm.setDaemon(true);
    warm.start();
  }

  /** Says on {@code err}, from a daemon thread, when the first canonical view is ready (or why it is not). */
  private static void reportCanonicalView(AttacheServer server, PrintWriter err) {
    Thread report = new Thread(() -> {
      try {
        server.awaitCanonicalView(java.time.Duration.ofDays(1)).ifPresent(line -> {
          err.println("attache serve: " + line);
          err.flush();
        });
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }, "attache-canonical-view-report");
    report.setDaemon(true);
    report.start();
  }

  private static String readToken(Path file) {
    try {
      String first = Files.readAllLines(file, StandardCharsets.UTF_8).stream().findFirst().orElse("").strip();
      if (first.isEmpty()) {
        throw new IllegalArgumentException("--token-file " + file + ": the first line is empty; put the token there");
      }
      return first;
    } catch (IOException | java.io.UncheckedIOException e) {
      throw new IllegalArgumentException("--token-file " + file + ": cannot read it: " + e.getMessage(), e);
    }
  }
}
