package org.attache.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.attache.model.EventType;
import org.attache.model.PartialDate;
import org.attache.model.Sector;
import org.attache.model.Status;
import org.jspecify.annotations.Nullable;

/**
 * Reader of gold annotation files ({@code gold.jsonl}, one article per line, as
 * {@code ../shared/eval/README.md} defines). Blank lines are skipped; every field the format names must
 * be present, and fields it does not name are rejected.
 */
public final class Gold {
  private static final Set<String> ARTICLE_KEYS = Set.of("file", "pub_date", "events", "people");
  private static final Set<String> EVENT_KEYS = Set.of("id", "type", "mode", "actors", "directed", "date",
      "location", "sectors", "status", "people", "evidence", "optional", "same_as");
  private static final Set<String> PERSON_KEYS = Set.of("name", "country", "role", "aliases");

  private Gold() {
  }

  /**
   * Reads every article of a gold file, in file order.
   *
   * @throws IllegalArgumentException when a line is not valid gold, naming the file, line number, field and
   *     value (e.g. an unknown event type or sector), or when a file name occurs twice
   * @throws UncheckedIOException when the file cannot be read
   */
  public static List<GoldArticle> read(Path goldJsonl) {
    ObjectMapper json = new ObjectMapper();
    List<GoldArticle> articles = new ArrayList<>();
    Set<String> files = new HashSet<>();
    try (BufferedReader in = Files.newBufferedReader(goldJsonl, StandardCharsets.UTF_8)) {
      int lineNo = 0;
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        lineNo++;
        if (line.isBlank()) {
          continue;
        }
        Where where = new Where(goldJsonl, lineNo);
        JsonNode node;
        try {
          node = json.readTree(line);
        } catch (JsonProcessingException e) {
          throw where.fail("the line is not valid JSON: " + e.getOriginalMessage());
        }
        GoldArticle article = where.article(node);
        if (!files.add(article.file())) {
          throw where.fail("field file: value '" + article.file() + "' was already used by an earlier line");
        }
        articles.add(article);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read gold file " + goldJsonl, e);
    }
    return List.copyOf(articles);
  }

  /** A line of a gold file, with the conversions that name it in their errors. */
  private record Where(Path file, int line) {
    IllegalArgumentException fail(String what) {
      return new IllegalArgumentException(file + ":" + line + ": " + what);
    }

    IllegalArgumentException fail(String field, JsonNode value, String expected) {
      return fail("field " + field + ": value " + value + " " + expected);
    }

    GoldArticle article(JsonNode node) {
      object(node, "(line)", ARTICLE_KEYS);
      String file = text(node, "file", "");
      List<GoldEvent> events = new ArrayList<>();
      JsonNode eventNodes = array(node, "events");
      for (int i = 0; i < eventNodes.size(); i++) {
        events.add(event(eventNodes.get(i), "events[" + i + "]"));
      }
      List<GoldPerson> people = new ArrayList<>();
      JsonNode peopleNodes = array(node, "people");
      for (int i = 0; i < peopleNodes.size(); i++) {
        people.add(person(peopleNodes.get(i), "people[" + i + "]"));
      }
      try {
        return new GoldArticle(file, date(node, "pub_date", ""), events, people);
      } catch (IllegalArgumentException e) {
        throw fail(e.getMessage());
      }
    }

    private GoldEvent event(JsonNode node, String at) {
      object(node, at, EVENT_KEYS);
      String prefix = at + ".";
      String typeName = text(node, "type", prefix);
      EventType type;
      try {
        type = EventType.valueOf(typeName.strip().toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw fail(prefix + "type", node.get("type"), "is not a PLOVER event type (AGREE, CONSULT, ...)");
      }
      List<Sector> sectors = new ArrayList<>();
      JsonNode sectorNodes = array(node, "sectors", prefix);
      for (int i = 0; i < sectorNodes.size(); i++) {
        String field = prefix + "sectors[" + i + "]";
        String label = textAt(sectorNodes.get(i), field);
        try {
          sectors.add(Sector.parse(label));
        } catch (IllegalArgumentException e) {
          throw fail("field " + field + ": " + e.getMessage());
        }
      }
      Status status;
      try {
        status = Status.parse(text(node, "status", prefix));
      } catch (IllegalArgumentException e) {
        throw fail("field " + prefix + "status: " + e.getMessage());
      }
      try {
        return new GoldEvent(text(node, "id", prefix), type, text(node, "mode", prefix),
            strings(node, "actors", prefix), bool(node, "directed", prefix), date(node, "date", prefix),
            nullableText(node, "location", prefix), sectors, status, strings(node, "people", prefix),
            text(node, "evidence", prefix), bool(node, "optional", prefix), nullableText(node, "same_as", prefix));
      } catch (IllegalArgumentException e) {
        throw fail(at + ": " + e.getMessage());
      }
    }

    private GoldPerson person(JsonNode node, String at) {
      object(node, at, PERSON_KEYS);
      String prefix = at + ".";
      try {
        return new GoldPerson(text(node, "name", prefix), nullableText(node, "country", prefix),
            nullableText(node, "role", prefix), strings(node, "aliases", prefix));
      } catch (IllegalArgumentException e) {
        throw fail(at + ": " + e.getMessage());
      }
    }

    private void object(JsonNode node, String at, Set<String> keys) {
      if (!node.isObject()) {
        throw fail(at, node, "is not a JSON object");
      }
      for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
        String key = it.next();
        if (!keys.contains(key)) {
          throw fail("field " + (at.equals("(line)") ? "" : at + ".") + key + ": unknown field, expected one of "
              + keys.stream().sorted().toList());
        }
      }
      for (String key : keys) {
        if (!node.has(key)) {
          throw fail("field " + (at.equals("(line)") ? "" : at + ".") + key + ": missing");
        }
      }
    }

    private String text(JsonNode parent, String key, String prefix) {
      return textAt(parent.get(key), prefix + key);
    }

    private String textAt(JsonNode value, String field) {
      if (!value.isTextual()) {
        throw fail(field, value, "is not a string");
      }
      return value.textValue();
    }

    private @Nullable String nullableText(JsonNode parent, String key, String prefix) {
      JsonNode value = parent.get(key);
      return value.isNull() ? null : textAt(value, prefix + key);
    }

    private boolean bool(JsonNode parent, String key, String prefix) {
      JsonNode value = parent.get(key);
      if (!value.isBoolean()) {
        throw fail(prefix + key, value, "is not true or false");
      }
      return value.booleanValue();
    }

    private @Nullable PartialDate date(JsonNode parent, String key, String prefix) {
      String iso = nullableText(parent, key, prefix);
      if (iso == null) {
        return null;
      }
      try {
        return PartialDate.parse(iso);
      } catch (IllegalArgumentException e) {
        throw fail("field " + prefix + key + ": " + e.getMessage());
      }
    }

    private JsonNode array(JsonNode parent, String key, String prefix) {
      JsonNode value = parent.get(key);
      if (!value.isArray()) {
        throw fail(prefix + key, value, "is not a JSON array");
      }
      return value;
    }

    private JsonNode array(JsonNode parent, String key) {
      return array(parent, key, "");
    }

    private List<String> strings(JsonNode parent, String key, String prefix) {
      JsonNode values = array(parent, key, prefix);
      List<String> out = new ArrayList<>();
      for (int i = 0; i < values.size(); i++) {
        out.add(textAt(values.get(i), prefix + key + "[" + i + "]"));
      }
      return out;
    }
  }
}
