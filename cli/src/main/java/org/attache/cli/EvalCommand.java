package org.attache.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.attache.eval.Evaluator;
import org.attache.eval.Gold;
import org.attache.eval.GoldArticle;
import org.attache.eval.Report;
import org.attache.eval.SystemArticle;
import org.attache.ingest.IngestOptions;
import org.attache.ingest.Ingestor;
import org.attache.model.Article;
import org.attache.model.ArticleIssue;
import org.attache.model.Event;
import org.attache.merge.View;
import org.attache.pipeline.Canon;
import org.attache.pipeline.Pipeline;
import org.attache.store.EventQuery;
import org.attache.store.PersonQuery;
import org.attache.store.Store;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Scores extraction against gold annotations, as ../shared/eval/README.md defines. */
@Command(name = "eval", mixinStandardHelpOptions = true,
    description = {"Run extraction on gold-annotated articles (each fed with its gold pub_date) and score it: event "
        + "precision/recall/F1, dates, places, status, direction, sectors, people, cross-article links, and per type.",
        "--gold and --articles may be repeated in pairs to score several sets as one corpus."})
final class EvalCommand implements Runnable {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Option(names = "--gold", required = true, paramLabel = "FILE", description = "A gold.jsonl file.")
  List<Path> gold;

  @Option(names = "--articles", required = true, paramLabel = "DIR", description = "The folder holding that gold file's articles.")
  List<Path> articles;

  @Option(names = "--db", paramLabel = "FILE", description = "Keep the store built here (default: a temporary store, deleted after).")
  @Nullable Path db;

  @Option(names = "--json", description = "Print one JSON object with the metrics instead of the table.")
  boolean json;

  @Option(names = "--details", description = "Also list every missed and spurious event and person, every match with a wrong date or place, and every false and missed "
      + "cross-article link with both ends and why.")
  boolean details;

  @Option(names = "--threads", paramLabel = "N", description = "Analysis threads (default: the number of cores).")
  int threads = Runtime.getRuntime().availableProcessors();

  @Override
  public void run() {
    if (gold.size() != articles.size()) {
      throw new IllegalArgumentException("--gold was given " + gold.size() + " time(s) and --articles " + articles.size()
          + " time(s); give them in pairs");
    }
    Path dbFile = db;
    Path tmp = null;
    try {
      if (dbFile == null) {
        tmp = Files.createTempDirectory("attache-eval");
        dbFile = tmp.resolve("eval.db");
      }
      PrintWriter out = spec.commandLine().getOut();
      try (Store store = Store.openSqlite(dbFile); Pipeline p = Progress.loading(spec.commandLine().getErr(), () -> Pipeline.load(threads))) {
        Report report = score(p, store);
        out.println(json ? report.toJson() : report.toTable());
        if (details) {
          View view = Canon.build(store, p.places());
          out.println(report.details((a, b) -> whyApart(store, p, view, a, b)));
        }
      }
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      if (tmp != null) {
        deleteQuietly(tmp);
      }
    }
  }

  private Report score(Pipeline p, Store store) throws IOException {
    LinkedHashMap<String, List<GoldArticle>> goldSets = new LinkedHashMap<>();
    Map<String, List<SystemArticle>> systemSets = new LinkedHashMap<>();
    for (int i = 0; i < gold.size(); i++) {
      List<GoldArticle> set = Gold.read(gold.get(i));
      String name = (i + 1) + ":" + gold.get(i);
      Path dir = articles.get(i);
      List<Path> files = new ArrayList<>();
      StringBuilder manifest = new StringBuilder("file\tpub_date\n");
      for (GoldArticle g : set) {
        Path f = dir.resolve(g.file());
        if (!Files.isRegularFile(f)) {
          throw new IllegalArgumentException("--articles " + dir + ": no file '" + g.file() + "' named in " + gold.get(i));
        }
        files.add(f);
        manifest.append(g.file()).append('\t').append(g.pubDate() == null ? "" : g.pubDate().toString()).append('\n');
      }
      Path manifestFile = Files.createTempFile("attache-eval-manifest", ".tsv");
      try {
        Files.writeString(manifestFile, manifest);
        IngestOptions options = new IngestOptions(IngestOptions.DEFAULT_MAX_BYTES, null, manifestFile);
        p.ingest(files, options, store, Pipeline.Progress.NONE);
        Map<String, String> idByFile = new LinkedHashMap<>();
        new Ingestor(options).read(files, new Ingestor.Sink() {
          @Override
          public void article(Article a) {
            idByFile.put(a.fileName(), a.id());
          }

          @Override
          public void issue(ArticleIssue issue) {}
        });
        List<SystemArticle> system = new ArrayList<>();
        for (GoldArticle g : set) {
          String id = idByFile.get(g.file());
          system.add(id == null ? new SystemArticle(g.file(), List.of(), List.of())
              : new SystemArticle(g.file(), store.events(EventQuery.all().withArticleId(id)),
                  store.people(PersonQuery.all().withArticleId(id))));
        }
        goldSets.put(name, set);
        systemSets.put(name, system);
      } finally {
        Files.deleteIfExists(manifestFile);
      }
    }
    return Evaluator.scoreSets(goldSets, canonical(systemSets, Canon.refresh(store, p.places())));
  }

  /**
   * The system articles with each event's id replaced by the id of the canonical event it was merged into, so
   * that the cross-article links are scored on the canonical merging.
   */
  static Map<String, List<SystemArticle>> canonical(Map<String, List<SystemArticle>> sets, View view) {
    Map<String, List<SystemArticle>> out = new LinkedHashMap<>();
    sets.forEach((name, articles) -> out.put(name, articles.stream().map(a -> new SystemArticle(a.file(),
        a.events().stream().map(e -> new Event(view.eventIdOf().getOrDefault(e.id(), e.id()), e.articleId(), e.type(),
            e.mode(), e.actors(), e.directed(), e.date(), e.location(), e.sectors(), e.status(), e.people(),
            e.evidence(), e.evidenceText(), e.confidence(), e.why())).toList(), a.people())).toList()));
    return out;
  }

  /**
   * The merger's account of why two events (as scored: with canonical ids) were not merged, found by their
   * per-article events (same article and evidence among the canonical events' sources); null when not found.
   */
  private static @Nullable String whyApart(Store store, Pipeline p, View view, Event a, Event b) {
    String x = perArticleId(view, a);
    String y = perArticleId(view, b);
    return x == null || y == null ? null : Canon.whyApart(store, p.places(), x, y);
  }

  private static @Nullable String perArticleId(View view, Event e) {
    return view.event(e.id()).flatMap(c -> c.sources().stream()
        .filter(s -> s.articleId().equals(e.articleId()) && s.evidence().equals(e.evidence())).findFirst())
        .map(s -> s.eventId()).orElse(null);
  }

  private static void deleteQuietly(Path dir) {
    try (var s = Files.walk(dir)) {
      s.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
    } catch (IOException e) {
      // a temporary folder left behind is harmless
    }
  }
}
