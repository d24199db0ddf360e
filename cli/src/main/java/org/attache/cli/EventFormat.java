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
import org.attache.model.Event;
import org.attache.model.Sector;
import org.attache.store.Store;

/**
 * Writes events as a table, JSON Lines (the gold format's field names plus {@code id},
 * {@code confidence}, {@code why}: the rule behind each field, and {@code sources}) or CSV.
 */
final class EventFormat {
  enum Kind { table, jsonl, csv }

  private static final ObjectMapper JSON = new ObjectMapper();

  private EventFormat() {}

  static void write(Kind kind, List<Event> events, Store store, PrintWriter out) {
    Map<String, Article> articles = new HashMap<>();
    for (Event e : events) {
      articles.computeIfAbsent(e.articleId(), id -> store.article(id).orElseThrow());
    }
    switch (kind) {
      case jsonl -> events.forEach(e -> out.println(json(e, articles.get(e.articleId())).toString()));
      case csv -> csv(events, articles, out);
      case table -> table(events, articles, out);
    }
    out.flush();
  }

  static ObjectNode json(Event e, Article a) {
    ObjectNode o = fields(e.id(), e.type(), e.mode(), e.actors(), e.directed(), e.date(), e.location(), e.sectors(),
        e.status(), e.people(), e.evidenceText(), e.confidence(), e.why());
    ArrayNode sources = o.putArray("sources");
    ObjectNode src = sources.addObject();
    src.put("file", a.source());
    src.put("url", a.url());
    src.put("start", e.evidence().start());
    src.put("end", e.evidence().end());
    return o;
  }

  /** The fields the per-article and the canonical JSON share, in their order, up to {@code why}. */
  static ObjectNode fields(String id, org.attache.model.EventType type, String mode, List<String> actors, boolean directed,
      org.attache.model.@org.jspecify.annotations.Nullable PartialDate date,
      @org.jspecify.annotations.Nullable String location, List<Sector> sectors, org.attache.model.Status status,
      List<String> people, String evidence, double confidence, Map<String, String> whyByField) {
    ObjectNode o = JSON.createObjectNode();
    o.put("id", id);
    o.put("type", type.name());
    o.put("mode", mode);
    actors.forEach(o.putArray("actors")::add);
    o.put("directed", directed);
    o.put("date", date == null ? null : date.toString());
    o.put("location", location);
    ArrayNode sectorList = o.putArray("sectors");
    sectors.forEach(s -> sectorList.add(s.label()));
    o.put("status", status.label());
    people.forEach(o.putArray("people")::add);
    o.put("evidence", evidence);
    o.put("confidence", Math.round(confidence * 1000) / 1000.0);
    whyByField.forEach(o.putObject("why")::put);
    return o;
  }

  private static void csv(List<Event> events, Map<String, Article> articles, PrintWriter out) {
    try {
      CSVPrinter p = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader("id", "type", "mode", "actors", "directed",
          "date", "location", "sectors", "status", "people", "evidence", "confidence", "file", "url", "start", "end").get());
      for (Event e : events) {
        Article a = articles.get(e.articleId());
        p.printRecord(e.id(), e.type(), e.mode(), String.join(";", e.actors()), e.directed(), e.date() == null ? "" : e.date(),
            e.location() == null ? "" : e.location(), String.join(";", e.sectors().stream().map(Sector::label).toList()),
            e.status().label(), String.join(";", e.people()), e.evidenceText(), e.confidence(), a.source(),
            a.url() == null ? "" : a.url(), e.evidence().start(), e.evidence().end());
      }
      p.flush();
    } catch (IOException ex) {
      throw new UncheckedIOException(ex);
    }
  }

  private static void table(List<Event> events, Map<String, Article> articles, PrintWriter out) {
    out.printf("%-10s  %-9s  %-7s  %-11s  %-9s  %-14s  %s%n", "date", "type", "mode", "actors", "status", "place", "evidence");
    for (Event e : events) {
      out.printf("%-10s  %-9s  %-7s  %-11s  %-9s  %-14s  %s%n", e.date() == null ? "?" : e.date(), e.type(), e.mode(),
          actors(e), e.status().label(), e.location() == null ? "" : clip(e.location(), 14), clip(oneLine(e.evidenceText()), 90));
    }
    out.printf("%d event(s)%n", events.size());
  }

  static String actors(Event e) {
    return String.join(e.directed() ? "→" : "–", e.actors());
  }

  static String oneLine(String s) {
    return s.replaceAll("\\s+", " ").strip();
  }

  static String clip(String s, int n) {
    return s.length() <= n ? s : s.substring(0, n - 1) + "…";
  }
}
