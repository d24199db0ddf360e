package org.attache.nlp;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.attache.model.Span;
import org.attache.model.TimeExpression;
import org.jspecify.annotations.Nullable;

/**
 * A matcher of the commonest forms of calendar dates in news ("17 May", "May 17, 2024", "in January 2023", "2023",
 * "on Monday", "yesterday"), giving the time expressions SUTime would give for them, so that SUTime need only read
 * the rest. It decides per cluster of time cues (cue tokens at most {@link #GAP} tokens apart): a cluster that is
 * exactly one of those forms, between neighbours that do not change its meaning ("every Monday", "from May to
 * June" are left alone), gets its expression here; every other cluster is left to SUTime. Values are SUTime's:
 * a day or month without a year is its nearest occurrence to the document date, a weekday is that day of the
 * document date's week (Monday to Sunday). The equality with SUTime was checked on about 5,500 sentences (see
 * CHANGES.md); {@code DateMatcherTest} pins the forms.
 *
 * <p>Stateless and thread-safe.
 */
final class DateMatcher {
  /** Non-cue tokens allowed between two cue tokens of one cluster. */
  static final int GAP = 2;

  private static final Map<String, Integer> MONTHS = Map.ofEntries(Map.entry("january", 1), Map.entry("february", 2),
      Map.entry("march", 3), Map.entry("april", 4), Map.entry("may", 5), Map.entry("june", 6), Map.entry("july", 7),
      Map.entry("august", 8), Map.entry("september", 9), Map.entry("october", 10), Map.entry("november", 11),
      Map.entry("december", 12), Map.entry("jan.", 1), Map.entry("feb.", 2), Map.entry("aug.", 8), Map.entry("sept.", 9),
      Map.entry("sep.", 9), Map.entry("oct.", 10), Map.entry("nov.", 11), Map.entry("dec.", 12));
  private static final Map<String, DayOfWeek> WEEKDAYS = Map.of("monday", DayOfWeek.MONDAY, "tuesday", DayOfWeek.TUESDAY,
      "wednesday", DayOfWeek.WEDNESDAY, "thursday", DayOfWeek.THURSDAY, "friday", DayOfWeek.FRIDAY,
      "saturday", DayOfWeek.SATURDAY, "sunday", DayOfWeek.SUNDAY);
  /** Words before a date that leave SUTime's reading of it as it is. */
  private static final Set<String> BEFORE = Set.of("on", "in", "of", ",", "and", "by", "for", "at", "during", "since",
      "that", "said", "says", "-LRB-", "(", "``", "\"", ":");
  /** Words after a date that leave SUTime's reading of it as it is. */
  private static final Set<String> AFTER = Set.of(".", ",", ";", ":", "and", "in", "on", "at", "with", "the", "a", "that",
      "for", "as", "he", "she", "it", "they", "we", "when", "-RRB-", ")", "''", "\"", "was", "were",
      "is", "will", "said");

  private DateMatcher() {}

  /** A cluster the matcher gave an expression for (token range) and that expression. */
  record Match(int from, int to, TimeExpression expression) {}

  /**
   * The clusters of cue tokens in {@code words} that are one of the matched forms, with their expressions; none
   * without a document date.
   *
   * @param words the sentence's tokens as written
   * @param spans their character spans in {@code text}
   * @param cue which tokens are time cues
   * @param docDate the document date relative expressions are resolved against, or null
   * @param sentence the sentence's index in the article
   */
  static List<Match> match(List<String> words, List<Span> spans, boolean[] cue, @Nullable LocalDate docDate, String text,
      int sentence) {
    List<Match> out = new ArrayList<>();
    if (docDate == null) {
      return out;
    }
    int i = 0;
    int n = words.size();
    while (i < n) {
      if (!cue[i]) {
        i++;
        continue;
      }
      int last = i;
      int j = i + 1;
      while (j < n && j <= last + GAP + 1) {
        if (cue[j]) {
          last = j;
        }
        j++;
      }
      String value = value(words, i, last + 1, docDate);
      if (value != null && fits(words, i - 1, BEFORE) && fits(words, last + 1, AFTER)) {
        Span span = new Span(spans.get(i).start(), spans.get(last).end());
        out.add(new Match(i, last + 1, new TimeExpression(span, span.of(text), "DATE", value, Nlp.date(value), sentence)));
      }
      i = last + 1;
    }
    return out;
  }

  private static boolean fits(List<String> words, int k, Set<String> allowed) {
    return k < 0 || k >= words.size() || allowed.contains(words.get(k).toLowerCase(Locale.ROOT));
  }

  /** The TIMEX value of tokens [from, to) when they are exactly one of the forms, else null. */
  static @Nullable String value(List<String> w, int from, int to, LocalDate doc) {
    int n = to - from;
    String a = w.get(from);
    String la = a.toLowerCase(Locale.ROOT);
    if (n == 1) {
      if (isYear(a)) {
        return a;
      }
      switch (la) {
        case "yesterday":
          return doc.minusDays(1).toString();
        case "today":
          return doc.toString();
        case "tomorrow":
          return doc.plusDays(1).toString();
        default:
          break;
      }
      return null;
    }
    Integer m1 = month(a);
    if (n == 2) {
      String b = w.get(from + 1);
      Integer m2 = month(b);
      if (m1 != null && isYear(b)) {
        return String.format(Locale.ROOT, "%s-%02d", b, m1);
      }
      if (isDay(a) && m2 != null) {
        return nearestDay(doc, m2, Integer.parseInt(a));
      }
      if (m1 != null && isDay(b)) {
        return nearestDay(doc, m1, Integer.parseInt(b));
      }
      return null;
    }
    if (n == 3) {
      String b = w.get(from + 1);
      String c = w.get(from + 2);
      Integer m2 = month(b);
      if (isDay(a) && m2 != null && isYear(c)) {
        return day(Integer.parseInt(c), m2, Integer.parseInt(a));
      }
      return null;
    }
    if (n == 4) {
      String b = w.get(from + 1);
      String c = w.get(from + 2);
      String d = w.get(from + 3);
      if (m1 != null && isDay(b) && c.equals(",") && isYear(d)) {
        return day(Integer.parseInt(d), m1, Integer.parseInt(b));
      }
    }
    return null;
  }

  private static @Nullable Integer month(String word) {
    if (!Character.isUpperCase(word.charAt(0))) {
      return null;
    }
    return MONTHS.get(word.toLowerCase(Locale.ROOT));
  }

  private static boolean isYear(String s) {
    return s.length() == 4 && (s.startsWith("19") || s.startsWith("20")) && Character.isDigit(s.charAt(2))
        && Character.isDigit(s.charAt(3));
  }

  private static boolean isDay(String s) {
    if (s.isEmpty() || s.length() > 2 || !Character.isDigit(s.charAt(0)) || (s.length() == 2 && !Character.isDigit(s.charAt(1)))) {
      return false;
    }
    int d = Integer.parseInt(s);
    return d >= 1 && d <= 31 && !(s.length() == 2 && s.charAt(0) == '0');
  }

  private static @Nullable String day(int year, int month, int day) {
    return YearMonth.of(year, month).isValidDay(day) ? LocalDate.of(year, month, day).toString() : null;
  }

  /** The occurrence of month {@code m} nearest to {@code doc} (by months; a tie goes forward). */
  private static YearMonth nearestMonth(LocalDate doc, int m) {
    YearMonth here = YearMonth.from(doc);
    YearMonth best = null;
    long bestDistance = Long.MAX_VALUE;
    for (int y = doc.getYear() - 1; y <= doc.getYear() + 1; y++) {
      YearMonth c = YearMonth.of(y, m);
      long distance = Math.abs(c.getYear() * 12L + c.getMonthValue() - (here.getYear() * 12L + here.getMonthValue()));
      if (distance < bestDistance) {
        best = c;
        bestDistance = distance;
      }
    }
    return best;
  }

  /** The occurrence of day {@code d} of month {@code m} nearest to {@code doc}, or null when no year has that day. */
  private static @Nullable String nearestDay(LocalDate doc, int m, int d) {
    LocalDate best = null;
    long bestDistance = Long.MAX_VALUE;
    for (int y = doc.getYear() - 1; y <= doc.getYear() + 1; y++) {
      if (!YearMonth.of(y, m).isValidDay(d)) {
        continue;
      }
      LocalDate c = LocalDate.of(y, m, d);
      long distance = Math.abs(c.toEpochDay() - doc.toEpochDay());
      if (distance < bestDistance) {
        best = c;
        bestDistance = distance;
      }
    }
    return best == null ? null : best.toString();
  }
}
