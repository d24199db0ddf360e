package org.attache.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import org.attache.eval.PeerEvents;
import org.attache.eval.PeerTimex;
import org.attache.extract.Dates;
import org.attache.model.AnnotatedText;
import org.attache.model.Article;
import org.attache.model.Event;
import org.attache.model.PartialDate;
import org.attache.model.Span;
import org.attache.model.TimeExpression;
import org.attache.pipeline.Pipeline;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Runs Attaché on the peers' one-sentence event records and time-expression gold, and prints the figures. */
@Command(name = "peers", mixinStandardHelpOptions = true,
    description = {"Benchmark extraction on peer gold data: PETRARCH validation records and PLOVER gold-standard "
        + "records (sentence in, event type and actors out; CAMEO codes mapped to PLOVER with the official table), and "
        + "the TempEval-3 platinum time expressions (the dates Attaché would assign). A benchmark: it prints figures "
        + "and fails only on unreadable input.",
        "Defaults point into ../shared/eval, as seen from the project root."})
final class PeersCommand implements Runnable {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Option(names = "--petrarch", paramLabel = "FILE", description = "PETRARCH validation records (JSON Lines); repeatable. "
      + "Default: ../shared/eval/petrarch/petr2_gsr_validation.jsonl.")
  List<Path> petrarch = new ArrayList<>(List.of(Path.of("../shared/eval/petrarch/petr2_gsr_validation.jsonl")));

  @Option(names = "--plover", paramLabel = "FILE", description = "PLOVER gold-standard records (JSON Lines). "
      + "Default: ${DEFAULT-VALUE}.")
  Path plover = Path.of("../shared/eval/plover/plover_gsr_cameo_manual.jsonl");

  @Option(names = "--cameo-table", paramLabel = "FILE", description = "The CAMEO→PLOVER table. Default: ${DEFAULT-VALUE}.")
  Path cameoTable = Path.of("../shared/eval/plover/CAMEO2PLOVER-2021.txt");

  @Option(names = "--timex", paramLabel = "FILE", description = "TempEval-3-style time-expression gold (JSON Lines). "
      + "Default: ${DEFAULT-VALUE}.")
  Path timex = Path.of("../shared/eval/timex/te3_platinum_timex.jsonl");

  @Option(names = "--threads", paramLabel = "N", description = "Analysis threads (default: the number of cores).")
  int threads = Runtime.getRuntime().availableProcessors();

  @Override
  public void run() {
    for (Path f : allFiles()) {
      if (!Files.isRegularFile(f)) {
        throw new IllegalArgumentException("no such file: " + f + " (run from the project root with ../shared beside it, "
            + "or give the file's path)");
      }
    }
    PeerEvents.CameoTable table = PeerEvents.CameoTable.read(cameoTable);
    PrintWriter out = spec.commandLine().getOut();
    try (Pipeline p = Progress.loading(spec.commandLine().getErr(), () -> Pipeline.load(threads))) {
      ForkJoinPool pool = new ForkJoinPool(threads);
      try {
        out.println("Event records (type and actors in PLOVER terms)");
        out.println(PeerEvents.Score.header());
        for (Path f : petrarch) {
          List<PeerEvents.Case> cases = PeerEvents.readPetrarch(f, table);
          out.println(PeerEvents.score(f.getFileName().toString(), cases, events(p, pool, cases)).row());
        }
        List<PeerEvents.Case> cases = PeerEvents.readPlover(plover);
        out.println(PeerEvents.score(plover.getFileName().toString(), cases, events(p, pool, cases)).row());
        out.println();
        out.println("Time expressions (" + timex.getFileName() + ")");
        List<PeerTimex.Case> paragraphs = PeerTimex.read(timex);
        Map<String, List<PeerTimex.Timex>> found = new ConcurrentHashMap<>();
        pool.submit(() -> paragraphs.parallelStream().forEach(c -> found.put(c.id(), times(p, c)))).get();
        out.print(PeerTimex.score(paragraphs, c -> found.get(c.id())).table());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted", e);
      } catch (ExecutionException e) {
        throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
      } finally {
        pool.shutdown();
      }
    }
    out.flush();
  }

  private List<Path> allFiles() {
    List<Path> all = new ArrayList<>(petrarch);
    all.addAll(List.of(plover, cameoTable, timex));
    return all;
  }

  private static java.util.function.Function<PeerEvents.Case, List<Event>> events(Pipeline p, ForkJoinPool pool,
      List<PeerEvents.Case> cases) throws InterruptedException, ExecutionException {
    Map<String, List<Event>> byId = new ConcurrentHashMap<>();
    pool.submit(() -> cases.parallelStream().forEach(c ->
        byId.put(c.id(), p.analyse(article(c.id(), c.text(), c.date())).events()))).get();
    return c -> byId.getOrDefault(c.id(), List.of());
  }

  private static List<PeerTimex.Timex> times(Pipeline p, PeerTimex.Case c) {
    AnnotatedText doc = p.annotate(article(c.id(), c.text(), c.dct()));
    List<PeerTimex.Timex> out = new ArrayList<>();
    for (TimeExpression t : doc.times()) {
      PartialDate d = Dates.resolve(t, c.dct());
      out.add(new PeerTimex.Timex(t.span().start(), t.span().end(), t.text(), t.type(),
          t.value() == null ? "" : t.value(), d == null ? null : d.toString()));
    }
    return out;
  }

  private static Article article(String id, String text, @Nullable PartialDate date) {
    String hash;
    try {
      hash = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
    return new Article(hash.substring(0, 16), id, text, new Span(0, text.length()), date,
        date == null ? Article.PubDateSource.NONE : Article.PubDateSource.OPTION, null, null, hash);
  }
}
