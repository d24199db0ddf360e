package org.attache.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import org.attache.model.Article;
import org.attache.model.CanonicalEvent;
import org.attache.model.Event;
import org.attache.model.EventSource;
import org.attache.pipeline.Canon;
import org.attache.store.EventQuery;
import org.attache.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** The events between two sides in time order. */
@Command(name = "timeline", mixinStandardHelpOptions = true,
    description = "The events between two sides in time order, one per real-world event (merged across articles): "
        + "date, type, place, and the evidence sentence with its source and how many others report it; "
        + "--per-article lists each article's events instead.")
final class TimelineCommand implements Runnable {
  @Spec picocli.CommandLine.Model.CommandSpec spec;
  @Mixin StoreOption store;

  @Parameters(index = "0", paramLabel = "A", description = "One side (ISO-3 code or organisation, e.g. BLR).")
  String a;

  @Parameters(index = "1", paramLabel = "B", description = "The other side (e.g. ZWE).")
  String b;

  @Option(names = "--per-article", description = "List the events of each article as extracted, not merged.")
  boolean perArticle;

  @Override
  public void run() {
    try (Store s = store.openExisting()) {
      String x = a.toUpperCase(Locale.ROOT);
      String y = b.toUpperCase(Locale.ROOT);
      if (perArticle) {
        print(spec.commandLine().getOut(), s, x, y);
      } else {
        printCanonical(spec.commandLine().getOut(), s, x, y);
      }
    }
  }

  static void printCanonical(PrintWriter out, Store s, String a, String b) {
    List<CanonicalEvent> events = Canon.select(Curation.view(s), EventQuery.all().withPair(a, b), false);
    out.printf("Timeline %s–%s: %d event(s)%n", a, b, events.size());
    for (CanonicalEvent e : events) {
      EventSource first = e.sources().getFirst();
      Article art = s.article(first.articleId()).orElseThrow();
      String status = e.status().label().equals("occurred") ? "" : " [" + e.status().label() + "]";
      out.printf("%-10s  %s %s %s%s%s%n", e.date() == null ? "undated" : e.date(), e.type(), e.mode(),
          CanonicalFormat.actors(e), e.location() == null ? "" : " in " + e.location(), status);
      int more = e.sources().size() - 1;
      out.printf("            “%s” (%s%s)%n", EventFormat.clip(EventFormat.oneLine(first.evidenceText()), 160),
          art.fileName(), more == 0 ? "" : "; " + more + " more source" + (more == 1 ? "" : "s"));
    }
    out.flush();
  }

  static void print(PrintWriter out, Store s, String a, String b) {
    List<Event> events = s.events(EventQuery.all().withPair(a, b));
    out.printf("Timeline %s–%s: %d event(s)%n", a, b, events.size());
    for (Event e : events) {
      Article art = s.article(e.articleId()).orElseThrow();
      String status = e.status().label().equals("occurred") ? "" : " [" + e.status().label() + "]";
      out.printf("%-10s  %s %s %s%s%s%n", e.date() == null ? "undated" : e.date(), e.type(), e.mode(), EventFormat.actors(e),
          e.location() == null ? "" : " in " + e.location(), status);
      out.printf("            “%s” (%s)%n", EventFormat.clip(EventFormat.oneLine(e.evidenceText()), 160), art.fileName());
    }
    out.flush();
  }
}
