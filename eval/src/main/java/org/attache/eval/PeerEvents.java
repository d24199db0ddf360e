package org.attache.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.attache.model.Event;
import org.attache.model.EventType;
import org.attache.model.PartialDate;
import org.jspecify.annotations.Nullable;

/**
 * The peer event benchmarks: one-sentence records of the PETRARCH validation suites (CAMEO codes, mapped to
 * PLOVER with the official CAMEO→PLOVER table) and of the PLOVER gold-standard records, scored for event type
 * and actors. Attaché's own type choices are mapped back to PLOVER's rules first ({@link EventType#inPlover}).
 */
public final class PeerEvents {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** One sentence and the event a peer's gold gives it ({@code type} null for "no event expected"). */
  public record Case(String id, @Nullable PartialDate date, String text, @Nullable String type, Set<String> sources,
      Set<String> targets) {}

  /** The CAMEO→PLOVER table: CAMEO code (2–4 digits) → PLOVER type. */
  public record CameoTable(Map<String, String> types) {
    /** The PLOVER type of a CAMEO code, by its longest listed prefix, or null. */
    public @Nullable String plover(String cameo) {
      for (int n = cameo.length(); n >= 2; n--) {
        String t = types.get(cameo.substring(0, n));
        if (t != null) {
          return t;
        }
      }
      return null;
    }

    /** Reads {@code CAMEO2PLOVER-2021.txt}: lines {@code 0311: AGREE, , economic # comment}. */
    public static CameoTable read(Path file) {
      Map<String, String> types = new LinkedHashMap<>();
      for (String line : lines(file)) {
        int colon = line.indexOf(':');
        if (line.startsWith("#") || colon < 2 || !line.substring(0, colon).matches("\\d{2,4}")) {
          continue;
        }
        String type = line.substring(colon + 1).split("[,#]")[0].strip();
        types.putIfAbsent(line.substring(0, colon), type);
      }
      if (types.isEmpty()) {
        throw new IllegalArgumentException(file + ": no 'code: TYPE' lines");
      }
      return new CameoTable(Map.copyOf(types));
    }
  }

  /** Type and actor accuracy over the cases with an expected event, and false alarms on the others. */
  public record Score(String name, int cases, int anyEvent, int typeRight, int actorsRight, int directedRight,
      int noEventCases, int falseAlarms) {
    public String row() {
      return String.format(Locale.ROOT, "%-22s %6d  %6.3f  %6.3f  %6.3f  %6.3f  %s", name, cases, share(anyEvent),
          share(typeRight), share(actorsRight), share(directedRight),
          noEventCases == 0 ? "-" : falseAlarms + "/" + noEventCases);
    }

    public static String header() {
      return String.format(Locale.ROOT, "%-22s %6s  %6s  %6s  %6s  %6s  %s", "set", "cases", "found", "type",
          "actors", "direct", "false alarms");
    }

    private double share(int n) {
      return cases == 0 ? 0 : (double) n / cases;
    }
  }

  private PeerEvents() {}

  /** Reads a PETRARCH validation file (records with {@code expected: [{source, target, cameo}]}). */
  public static List<Case> readPetrarch(Path file, CameoTable table) {
    List<Case> out = new ArrayList<>();
    for (JsonNode r : records(file)) {
      JsonNode flags = r.path("flags");
      if (flags.has("evaluate") && !flags.path("evaluate").asText().equals("true")) {
        continue;
      }
      PartialDate date = petrarchDate(r.path("date").asText(""));
      String text = r.path("text").asText();
      if (r.path("expect_no_event").asBoolean(false) || r.path("expected").isEmpty()) {
        out.add(new Case(r.path("id").asText(), date, text, null, Set.of(), Set.of()));
        continue;
      }
      JsonNode e = r.path("expected").get(0);
      String type = table.plover(e.path("cameo").asText(""));
      if (type == null) {
        continue;
      }
      out.add(new Case(r.path("id").asText(), date, text, type, country(Set.of(e.path("source").asText(""))),
          country(Set.of(e.path("target").asText("")))));
    }
    return out;
  }

  /** Reads the PLOVER gold-standard records ({@code expected: [{plover, source: [...], target: [...]}]}). */
  public static List<Case> readPlover(Path file) {
    List<Case> out = new ArrayList<>();
    for (JsonNode r : records(file)) {
      JsonNode e = r.path("expected").get(0);
      if (e == null) {
        continue;
      }
      Set<String> sources = new LinkedHashSet<>();
      e.path("source").forEach(n -> sources.add(n.asText()));
      Set<String> targets = new LinkedHashSet<>();
      e.path("target").forEach(n -> targets.add(n.asText()));
      out.add(new Case(r.path("id").asText(), null, r.path("text").asText(), e.path("plover").asText(),
          country(sources), country(targets)));
    }
    return out;
  }

  /** Attaché's type in PLOVER's own terms ({@link EventType#inPlover}). */
  public static String ploverType(Event e) {
    return e.type().inPlover(e.mode(), e.status()).name();
  }

  /**
   * Scores {@code system} on {@code cases}. A case's type is right when some event of the sentence has it; its
   * actors are right when such an event's actors hold every expected source and target country (and no other
   * country when both are given); directed when, besides, a directed event puts a source first.
   */
  public static Score score(String name, List<Case> cases, Function<Case, List<Event>> system) {
    int n = 0;
    int any = 0;
    int type = 0;
    int actors = 0;
    int directed = 0;
    int none = 0;
    int alarms = 0;
    for (Case c : cases) {
      List<Event> events = system.apply(c);
      if (c.type() == null) {
        none++;
        alarms += events.isEmpty() ? 0 : 1;
        continue;
      }
      n++;
      any += events.isEmpty() ? 0 : 1;
      boolean t = false;
      boolean a = false;
      boolean d = false;
      Set<String> want = new LinkedHashSet<>(c.sources());
      want.addAll(c.targets());
      boolean both = !c.sources().isEmpty() && !c.targets().isEmpty();
      for (Event e : events) {
        if (!ploverType(e).equals(c.type())) {
          continue;
        }
        t = true;
        Set<String> got = new LinkedHashSet<>(e.actors());
        boolean actorsFit = !want.isEmpty() && got.containsAll(want) && (!both || got.equals(want));
        a |= actorsFit;
        d |= actorsFit && (!e.directed() || c.sources().contains(e.actors().get(0)));
      }
      type += t ? 1 : 0;
      actors += a ? 1 : 0;
      directed += d ? 1 : 0;
    }
    return new Score(name, n, any, type, actors, directed, none, alarms);
  }

  /** The country part of peer actor codes: "BRAPPL" → "BRA"; codes that are not three letters first are left out. */
  private static Set<String> country(Set<String> codes) {
    Set<String> out = new LinkedHashSet<>();
    for (String c : codes) {
      if (c.length() >= 3 && c.substring(0, 3).matches("[A-Z]{3}") && !c.startsWith("IGO") && !c.startsWith("NGO")) {
        out.add(c.substring(0, 3));
      }
    }
    return out;
  }

  private static @Nullable PartialDate petrarchDate(String yyyymmdd) {
    if (!yyyymmdd.matches("\\d{8}")) {
      return null;
    }
    try {
      return PartialDate.parse(yyyymmdd.substring(0, 4) + "-" + yyyymmdd.substring(4, 6) + "-" + yyyymmdd.substring(6));
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  static List<JsonNode> records(Path file) {
    List<JsonNode> out = new ArrayList<>();
    int n = 0;
    for (String line : lines(file)) {
      n++;
      if (line.isBlank()) {
        continue;
      }
      try {
        out.add(JSON.readTree(line));
      } catch (IOException e) {
        throw new IllegalArgumentException(file + ":" + n + ": not JSON: " + e.getMessage(), e);
      }
    }
    return out;
  }

  private static List<String> lines(Path file) {
    try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return r.lines().toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }
}
