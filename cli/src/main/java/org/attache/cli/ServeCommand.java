package org.attache.cli;

import java.io.PrintWriter;
import java.util.concurrent.CountDownLatch;
import org.attache.geo.Gazetteer;
import org.attache.server.AttacheServer;
import org.attache.server.ServerConfig;
import org.attache.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Serves the store over HTTP: the JSON API, its OpenAPI description and the web UI, until stopped. */
@Command(name = "serve", mixinStandardHelpOptions = true,
    description = "Serve the store to a browser: the web UI (search, pair timelines, relationship graph, map, article "
        + "reader, people) at http://HOST:PORT/, the JSON API under /api and its description at /openapi.json. "
        + "Runs until stopped with Ctrl-C.")
final class ServeCommand implements Runnable {
  @Spec picocli.CommandLine.Model.CommandSpec spec;
  @Mixin StoreOption store;

  @Option(names = "--host", paramLabel = "ADDRESS", defaultValue = ServerConfig.DEFAULT_HOST,
      description = "The address to listen on (default: ${DEFAULT-VALUE}, this machine only; 0.0.0.0 for every network).")
  String host;

  @Option(names = "--port", paramLabel = "PORT", defaultValue = "7070",
      description = "The TCP port (default: ${DEFAULT-VALUE}; 0 picks a free one).")
  int port;

  @Override
  public void run() {
    ServerConfig config;
    try {
      config = new ServerConfig(host, port);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException((port < 0 || port > 65535 ? "--port " : "--host ") + e.getMessage(), e);
    }
    PrintWriter out = spec.commandLine().getOut();
    try (Store s = store.openExisting(); AttacheServer server = AttacheServer.start(config, s, Gazetteer.load())) {
      Store.Stats stats = s.stats();
      out.printf("Attaché serving %s (store: %s, %d article(s), %d event(s)); API at %sapi, description at %sopenapi.json."
          + " Press Ctrl-C to stop.%n", server.uri(), store.db, stats.articles(), stats.events(), server.uri(), server.uri());
      out.flush();
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
}
