package org.attache.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.attache.ingest.IngestOptions;
import org.attache.model.Event;
import org.attache.pipeline.Pipeline;
import org.attache.store.EventQuery;
import org.attache.store.Store;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Runs the main job on the bundled example articles and prints what it found. */
@Command(name = "demo", mixinStandardHelpOptions = true,
    description = "Ingest the bundled example articles (examples/articles) into the store and print a summary: articles "
        + "read, events found, the busiest country pairs, and the timeline of the busiest pair with evidence.")
final class DemoCommand implements Runnable {
  @Spec picocli.CommandLine.Model.CommandSpec spec;
  @Mixin StoreOption store;

  @Parameters(arity = "0..1", paramLabel = "DIR", description = "Articles to use instead of the bundled examples.")
  @Nullable Path dir;

  @Override
  public void run() {
    PrintWriter out = spec.commandLine().getOut();
    Path articles = dir != null ? dir : examples();
    try (Store s = store.open(); Pipeline p = Progress.loading(spec.commandLine().getErr(), () -> Pipeline.load(Runtime.getRuntime().availableProcessors()))) {
      Pipeline.Summary sum;
      try (Progress bar = Progress.bytes("Ingesting", List.of(articles))) {
        sum = p.ingest(List.of(articles), IngestOptions.defaults(), s, bar);
      }
      out.printf("Attaché demo on %s (store: %s)%n%n", articles, store.db);
      IngestCommand.print(out, sum, s);
      List<Map.Entry<String, Integer>> pairs = busiestPairs(s.events(EventQuery.all()));
      out.printf("%nBusiest pairs:%n");
      for (Map.Entry<String, Integer> e : pairs.subList(0, Math.min(5, pairs.size()))) {
        out.printf("  %-9s %3d event(s)%n", e.getKey(), e.getValue());
      }
      if (!pairs.isEmpty()) {
        String[] ab = pairs.get(0).getKey().split("–");
        out.println();
        TimelineCommand.printCanonical(out, s, ab[0], ab[1]);
        out.printf("%nTry: ./attache events --pair %s-%s --format jsonl    ./attache people    ./attache issues%n", ab[0], ab[1]);
      }
      out.flush();
    }
  }

  static List<Map.Entry<String, Integer>> busiestPairs(List<Event> events) {
    Map<String, Integer> counts = new TreeMap<>();
    for (Event e : events) {
      List<String> sides = new ArrayList<>(e.actors().subList(0, Math.min(2, e.actors().size())));
      if (sides.size() == 2) {
        sides.sort(null);
        counts.merge(sides.get(0) + "–" + sides.get(1), 1, Integer::sum);
      }
    }
    List<Map.Entry<String, Integer>> list = new ArrayList<>(counts.entrySet());
    list.sort((x, y) -> y.getValue() - x.getValue());
    return list;
  }

  private static Path examples() {
    String home = System.getenv("ATTACHE_HOME");
    Path p = home != null ? Path.of(home, "examples", "articles") : Path.of("examples", "articles");
    if (!Files.isDirectory(p)) {
      throw new IllegalArgumentException("no example articles at " + p.toAbsolutePath() + "; run from the Attaché folder or give DIR");
    }
    return p;
  }
}
