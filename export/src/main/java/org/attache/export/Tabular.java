package org.attache.export;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.attache.model.Article;
import org.attache.model.Person;
import org.attache.model.Sector;
import org.attache.model.Span;
import org.jspecify.annotations.Nullable;

/**
 * JSON Lines and CSV of events, people and articles. The column lists here are the contract of the CSV
 * and Parquet exports; JSON Lines uses the same names, with lists as arrays.
 */
final class Tabular {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** Columns of one row per event; list columns are joined with {@code ;}. */
  static final List<String> EVENT_COLUMNS = List.of("id", "type", "mode", "actors", "directed", "date", "date_precision",
      "location", "sectors", "status", "people", "confidence", "evidence", "source_count", "article_ids", "urls");

  /** Columns of one row per source of an event (the event's columns, then the source's). */
  static final List<String> SOURCE_COLUMNS = List.of("event_id", "type", "mode", "actors", "directed", "date",
      "date_precision", "location", "sectors", "status", "people", "confidence", "source_index", "article_id", "file", "url",
      "title", "pub_date", "evidence_start", "evidence_end", "evidence", "source_event_id");

  static final List<String> PERSON_COLUMNS = List.of("id", "article_id", "name", "country", "role", "aliases",
      "mention_count", "first_mention_start", "first_mention_end");

  static final List<String> ARTICLE_COLUMNS = List.of("id", "source", "url", "title", "pub_date", "pub_date_source",
      "body_start", "body_end", "content_hash", "text");

  private Tabular() {}

  /** The values of {@code table}'s rows, in the column order above; nulls for absent values. */
  static List<List<@Nullable Object>> rows(Selection sel, Exporter.Table table, boolean perSource) {
    List<List<@Nullable Object>> rows = new ArrayList<>();
    switch (table) {
      case EVENTS -> {
        for (EventRow e : sel.events()) {
          if (!perSource) {
            rows.add(eventValues(e));
            continue;
          }
          for (int i = 0; i < e.sources().size(); i++) {
            Source s = e.sources().get(i);
            List<@Nullable Object> v = new ArrayList<>(eventValues(e).subList(0, 12));
            v.add(i);
            v.add(s.articleId());
            v.add(s.file());
            v.add(s.url());
            v.add(s.title());
            v.add(s.pubDate() == null ? null : s.pubDate().toString());
            v.add(s.evidence().start());
            v.add(s.evidence().end());
            v.add(s.evidenceText());
            v.add(s.eventId());
            rows.add(v);
          }
        }
      }
      case PEOPLE -> {
        for (Person p : sel.people()) {
          Span first = p.mentions().isEmpty() ? null : p.mentions().get(0);
          rows.add(list(p.id(), p.articleId(), p.name(), p.country(), p.role(), p.aliases(), p.mentions().size(),
              first == null ? null : first.start(), first == null ? null : first.end()));
        }
      }
      case ARTICLES -> {
        for (Article a : sel.articles()) {
          rows.add(list(a.id(), a.source(), a.url(), a.title(), a.pubDate() == null ? null : a.pubDate().toString(),
              a.pubDateSource().name().toLowerCase(java.util.Locale.ROOT), a.body().start(), a.body().end(), a.contentHash(),
              a.text()));
        }
      }
    }
    return rows;
  }

  static List<String> columns(Exporter.Table table, boolean perSource) {
    return switch (table) {
      case EVENTS -> perSource ? SOURCE_COLUMNS : EVENT_COLUMNS;
      case PEOPLE -> PERSON_COLUMNS;
      case ARTICLES -> ARTICLE_COLUMNS;
    };
  }

  private static List<@Nullable Object> eventValues(EventRow e) {
    return list(e.id(), e.type().name(), e.mode(), e.actors(), e.directed(), e.date() == null ? null : e.date().toString(),
        e.date() == null ? null : e.date().precision().name().toLowerCase(java.util.Locale.ROOT), e.location(),
        e.sectors().stream().map(Sector::label).toList(), e.status().label(), e.people(),
        Math.round(e.confidence() * 1000) / 1000.0, e.primary().evidenceText(), e.sources().size(),
        e.sources().stream().map(Source::articleId).toList(),
        e.sources().stream().map(s -> s.url() == null ? "" : s.url()).toList());
  }

  private static List<@Nullable Object> list(@Nullable Object... values) {
    List<@Nullable Object> l = new ArrayList<>(values.length);
    for (Object v : values) {
      l.add(v);
    }
    return l;
  }

  static void jsonl(Selection sel, Exporter.Table table, boolean perSource, PrintWriter out) {
    List<String> cols = columns(table, perSource);
    List<List<@Nullable Object>> rows = rows(sel, table, perSource);
    for (int r = 0; r < rows.size(); r++) {
      ObjectNode o = JSON.createObjectNode();
      for (int i = 0; i < cols.size(); i++) {
        o.set(cols.get(i), JSON.valueToTree(rows.get(r).get(i)));
      }
      if (table == Exporter.Table.EVENTS && !perSource) {
        o.set("sources", sourcesJson(sel.events().get(r))); // one row per event, in order
      }
      out.println(o.toString());
    }
    out.flush();
  }

  /** The sources of an event as a JSON array of objects. */
  static ArrayNode sourcesJson(EventRow e) {
    ArrayNode arr = JSON.createArrayNode();
    for (Source s : e.sources()) {
      ObjectNode o = arr.addObject();
      o.put("article_id", s.articleId());
      o.put("file", s.file());
      o.put("url", s.url());
      o.put("title", s.title());
      o.put("pub_date", s.pubDate() == null ? null : s.pubDate().toString());
      o.put("start", s.evidence().start());
      o.put("end", s.evidence().end());
      o.put("evidence", s.evidenceText());
      o.put("event_id", s.eventId());
    }
    return arr;
  }

  static void csv(Selection sel, Exporter.Table table, boolean perSource, PrintWriter out) {
    try {
      CSVPrinter p = new CSVPrinter(out, CSVFormat.DEFAULT.builder()
          .setHeader(columns(table, perSource).toArray(String[]::new)).get());
      for (List<@Nullable Object> row : rows(sel, table, perSource)) {
        List<Object> cells = new ArrayList<>(row.size());
        for (Object v : row) {
          cells.add(cell(v));
        }
        p.printRecord(cells);
      }
      p.flush();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** A CSV cell: empty for null, lists joined with {@code ;}. */
  static String cell(@Nullable Object v) {
    if (v == null) {
      return "";
    }
    if (v instanceof List<?> l) {
      return String.join(";", l.stream().map(String::valueOf).toList());
    }
    return String.valueOf(v);
  }
}
