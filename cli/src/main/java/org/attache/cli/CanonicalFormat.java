package org.attache.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.attache.model.Article;
import org.attache.model.CanonicalEvent;
import org.attache.model.Event;
import org.attache.model.EventSource;
import org.attache.model.Sector;
import org.attache.store.Store;

/**
 * Writes canonical events (one per real-world event, merged across articles) as a table, JSON Lines or CSV.
 * The JSON has the per-article fields ({@link EventFormat}) with {@code evidence} and {@code why} the first source's, every
 * source under {@code sources} (file, url, start, end, copy_of) and the disagreements and curations under
 * {@code notes}.
 */
final class CanonicalFormat {
  private static final ObjectMapper JSON = new ObjectMapper();

  private CanonicalFormat() {}

  static void write(EventFormat.Kind kind, List<CanonicalEvent> events, Store store, PrintWriter out) {
    Map<String, Article> articles = new HashMap<>();
    for (CanonicalEvent e : events) {
      for (EventSource s : e.sources()) {
        articles.computeIfAbsent(s.articleId(), id -> store.article(id).orElseThrow());
      }
    }
    switch (kind) {
      case jsonl -> events.forEach(e -> out.println(json(e, articles, store).toString()));
      case csv -> csv(events, articles, out);
      case table -> table(events, articles, out);
    }
    out.flush();
  }

  static ObjectNode json(CanonicalEvent e, Map<String, Article> articles, Store store) {
    EventSource first = e.sources().getFirst();
    ObjectNode o = EventFormat.fields(e.id(), e.type(), e.mode(), e.actors(), e.directed(), e.date(), e.location(),
        e.sectors(), e.status(), e.people(), first.evidenceText(), e.confidence(),
        store.event(first.eventId()).map(Event::why).orElse(Map.of()));
    ArrayNode sources = o.putArray("sources");
    for (EventSource s : e.sources()) {
      Article a = articles.get(s.articleId());
      ObjectNode src = sources.addObject();
      src.put("file", a.source());
      src.put("url", a.url());
      src.put("start", s.evidence().start());
      src.put("end", s.evidence().end());
      src.put("copy_of", s.copyOf() == null ? null : articles.get(s.copyOf()) == null ? s.copyOf()
          : articles.get(s.copyOf()).source());
    }
    ArrayNode notes = o.putArray("notes");
    e.notes().forEach(notes::add);
    if (e.rejected() != null) {
      o.put("rejected", e.rejected());
    }
    return o;
  }

  private static void csv(List<CanonicalEvent> events, Map<String, Article> articles, PrintWriter out) {
    try {
      CSVPrinter p = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader("id", "type", "mode", "actors", "directed",
          "date", "location", "sectors", "status", "people", "evidence", "confidence", "file", "url", "start", "end",
          "sources").get());
      for (CanonicalEvent e : events) {
        EventSource first = e.sources().getFirst();
        Article a = articles.get(first.articleId());
        p.printRecord(e.id(), e.type(), e.mode(), String.join(";", e.actors()), e.directed(), e.date() == null ? "" : e.date(),
            e.location() == null ? "" : e.location(), String.join(";", e.sectors().stream().map(Sector::label).toList()),
            e.status().label(), String.join(";", e.people()), first.evidenceText(), e.confidence(), a.source(),
            a.url() == null ? "" : a.url(), first.evidence().start(), first.evidence().end(),
            String.join(";", e.sources().stream().map(s -> articles.get(s.articleId()).source()).toList()));
      }
      p.flush();
    } catch (IOException ex) {
      throw new UncheckedIOException(ex);
    }
  }

  private static void table(List<CanonicalEvent> events, Map<String, Article> articles, PrintWriter out) {
    out.printf("%-13s  %-10s  %-9s  %-7s  %-11s  %-9s  %-14s  %-7s  %s%n", "id", "date", "type", "mode", "actors",
        "status", "place", "sources", "evidence");
    for (CanonicalEvent e : events) {
      out.printf("%-13s  %-10s  %-9s  %-7s  %-11s  %-9s  %-14s  %-7s  %s%n", e.id(), e.date() == null ? "?" : e.date(),
          e.type(), e.mode(), actors(e), e.rejected() != null ? "rejected" : e.status().label(),
          e.location() == null ? "" : EventFormat.clip(e.location(), 14), sources(e),
          EventFormat.clip(EventFormat.oneLine(e.sources().getFirst().evidenceText()), 80));
    }
    out.printf("%d event(s)%n", events.size());
  }

  /** {@code 3} sources, or {@code 3 (2)} when only 2 of them are not copies of another. */
  static String sources(CanonicalEvent e) {
    long independent = e.independentSources();
    return independent == e.sources().size() ? String.valueOf(independent) : e.sources().size() + " (" + independent + ")";
  }

  static String actors(CanonicalEvent e) {
    return String.join(e.directed() ? "→" : "–", e.actors());
  }
}
