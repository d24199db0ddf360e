package org.attache.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.attache.model.PartialDate;
import org.jspecify.annotations.Nullable;

/**
 * The TempEval-3 platinum time expressions (TimeML TIMEX3 values on news paragraphs with their document
 * creation time), scored against the time expressions Attaché finds: how many gold expressions are found
 * (overlapping spans), how many of the found ones have SUTime's value exactly, and, for gold dates that are
 * calendar dates ({@code 2013}, {@code 2013-03}, {@code 2013-03-22}), how many get that date from Attaché.
 */
public final class PeerTimex {
  /** One paragraph, its document creation time and its gold expressions. */
  public record Case(String id, @Nullable PartialDate dct, String text, List<Timex> expected) {}

  /**
   * A time expression: offsets into the paragraph, TIMEX3 type and value, and (for system expressions) the
   * calendar date Attaché gives it, or null.
   */
  public record Timex(int start, int end, String text, String type, String value, @Nullable String date) {}

  /** The figures. */
  public record Score(int gold, int found, int valueRight, int calendarGold, int calendarFound, int calendarRight) {
    public String table() {
      return String.format(Locale.ROOT, """
          gold time expressions       %5d
          found (overlapping span)    %5d  %.3f
          SUTime value exact          %5d  %.3f of found
          calendar dates in gold      %5d
            found                     %5d  %.3f
            Attaché's date right      %5d  %.3f of found, %.3f of gold
          """, gold, found, share(found, gold), valueRight, share(valueRight, found), calendarGold, calendarFound,
          share(calendarFound, calendarGold), calendarRight, share(calendarRight, calendarFound),
          share(calendarRight, calendarGold));
    }

    private static double share(int a, int b) {
      return b == 0 ? 0 : (double) a / b;
    }
  }

  private PeerTimex() {}

  /** Reads {@code te3_platinum_timex.jsonl}-style records. */
  public static List<Case> read(Path file) {
    List<Case> out = new ArrayList<>();
    for (JsonNode r : PeerEvents.records(file)) {
      List<Timex> expected = new ArrayList<>();
      for (JsonNode t : r.path("expected")) {
        expected.add(new Timex(t.path("start").asInt(), t.path("end").asInt(), t.path("text").asText(),
            t.path("type").asText(), t.path("value").asText(), null));
      }
      PartialDate dct = null;
      String d = r.path("dct").asText("");
      if (!d.isEmpty()) {
        try {
          dct = PartialDate.parse(d);
        } catch (IllegalArgumentException e) {
          throw new IllegalArgumentException(file + ": record " + r.path("id").asText() + ": bad dct '" + d + "'", e);
        }
      }
      out.add(new Case(r.path("id").asText(), dct, r.path("text").asText(), expected));
    }
    return out;
  }

  /** Scores what {@code system} finds in each case. */
  public static Score score(List<Case> cases, Function<Case, List<Timex>> system) {
    int gold = 0;
    int found = 0;
    int valueRight = 0;
    int calGold = 0;
    int calFound = 0;
    int calRight = 0;
    for (Case c : cases) {
      List<Timex> sys = system.apply(c);
      for (Timex g : c.expected()) {
        gold++;
        boolean calendar = g.type().equals("DATE") && g.value().matches("\\d{4}(-\\d{2}(-\\d{2})?)?");
        calGold += calendar ? 1 : 0;
        Timex match = null;
        for (Timex s : sys) {
          if (s.start() < g.end() && g.start() < s.end()) {
            match = s;
            break;
          }
        }
        if (match == null) {
          continue;
        }
        found++;
        valueRight += match.value().equals(g.value()) ? 1 : 0;
        if (calendar) {
          calFound++;
          calRight += g.value().equals(match.date()) ? 1 : 0;
        }
      }
    }
    return new Score(gold, found, valueRight, calGold, calFound, calRight);
  }
}
