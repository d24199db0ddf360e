package org.attache.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import org.attache.model.Article;
import org.attache.model.Event;
import org.attache.store.EventQuery;
import org.attache.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** The events between two sides in time order. */
@Command(name = "timeline", mixinStandardHelpOptions = true,
    description = "The events between two sides in time order: date, type, place, and the evidence sentence with its source.")
final class TimelineCommand implements Runnable {
  @Spec picocli.CommandLine.Model.CommandSpec spec;
  @Mixin StoreOption store;

  @Parameters(index = "0", paramLabel = "A", description = "One side (ISO-3 code or organisation, e.g. BLR).")
  String a;

  @Parameters(index = "1", paramLabel = "B", description = "The other side (e.g. ZWE).")
  String b;

  @Override
  public void run() {
    try (Store s = store.openExisting()) {
      print(spec.commandLine().getOut(), s, a.toUpperCase(Locale.ROOT), b.toUpperCase(Locale.ROOT));
    }
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
