package org.attache.nlp;

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
 * A matcher of the commonest forms of dates and durations in news ("17 May 2023", "May 17, 2024", "in January 2023",
 * "in 2023", "yesterday", "last year", "later this year"; with the parts of speech also "on 12 May", "on Monday",
 * "a three-day visit", "in several years"), giving the time expressions SUTime would give for them, so that SUTime
 * need only read the rest, and a judge of lone cue tokens SUTime never makes an expression of ("30 agreements",
 * "earlier"). It decides per cluster of time cues (cue tokens at most {@link #GAP} tokens apart): a cluster that is
 * exactly one of those forms, between neighbours that do not change its meaning ("from 2019 to 2023", "the 2023
 * summit", "2023 profits"), gets its expression here; every other cluster is left to SUTime. A day without a year and
 * a weekday take their value from the tense SUTime reads around them ({@link #tense}). The equality with SUTime on
 * whole sentences was checked on about 5,500 sentences of news and on generated sentences (see CHANGES.md);
 * {@code DateMatcherTest} and {@code SutimeTest} pin the forms.
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
  /** Words around a bare year that leave SUTime's reading of it as it is ("in 2023," but not "2023 profits"). */
  private static final Set<String> BEFORE_YEAR = Set.of("on", "in", "of", ",", "and", "by", "for", "at", "during",
      "that", "said", "says", "-lrb-", "(", "``", "\"", ":");
  private static final Set<String> AFTER_YEAR = Set.of(".", ",", ";", ":", "and", "in", "on", "at", "with", "the", "a",
      "that", "for", "as", "he", "she", "it", "they", "we", "when", "-rrb-", ")", "''", "\"", "was", "were", "is", "will",
      "said");

  /** Words before a date that change SUTime's reading of it ("the 2023 summit", "from 2019", "every Monday"). */
  private static final Set<String> NOT_BEFORE = Set.of("the", "a", "an", "this", "that", "these", "those", "every",
      "each", "per", "from", "between", "through", "throughout", "till", "until", "to", "over", "past", "within", "-",
      "--", "–", "—", "/", "early", "late", "mid", "since", "around", "about", "circa", "c.", "before", "after");
  /** Words after a date that change SUTime's reading of it ("2019 to 2023", "2023's", "May 5 at noon"). */
  private static final Set<String> NOT_AFTER = Set.of("-", "--", "–", "—", "/", "to", "through", "till", "until", "'s",
      "’s", "ago", "later", "earlier", "before", "after", "onwards", "onward", "on", "at", "of", "or", "and", "when",
      "-lrb-", "(", "'", "’");
  /** Words after a day without a year that change SUTime's reading of it, when no time cue follows closely. */
  private static final Set<String> NOT_AFTER_DAY = Set.of("-", "--", "–", "—", "/", "through", "till", "until", "'s",
      "’s", "ago", "later", "earlier", "before", "after", "onwards", "onward", "when", "-lrb-", "(", "'", "’");
  /** Cue words that on their own, with no other time cue near, are never part of a time expression of SUTime's. */
  private static final Set<String> INERT = Set.of("earlier", "season", "new", "former", "previous");
  /** Numbers that are not years: "12", "1,500", "3.5" (a four-digit number may be a year). */
  private static final java.util.regex.Pattern COUNT = java.util.regex.Pattern.compile("[0-9]{1,3}(?:,[0-9]{3})*(?:\\.[0-9]+)?");

  /**
   * Whether cue token {@code k}, with no other time cue near it, is never part of a time expression of SUTime's: one
   * of a few words ({@code earlier}, {@code new}…) or a number that cannot be a year and counts things.
   */
  static boolean inert(List<String> words, int k) {
    String word = words.get(k);
    if (INERT.contains(word.toLowerCase(Locale.ROOT))) {
      return true;
    }
    if (!COUNT.matcher(word).matches() || k + 1 >= words.size()) {
      return false;
    }
    // A count of things ("30 agreements", "12 percent"), not of a unit of time however abbreviated ("11-mo", "2 min").
    String next = words.get(k + 1);
    return COUNTED.contains(next.toLowerCase(Locale.ROOT))
        || next.length() >= 5 && next.endsWith("s") && next.chars().allMatch(Character::isLowerCase);
  }

  /** Words after a number that make it a count of things. */
  private static final Set<String> COUNTED = Set.of("percent", "%", "per", "million", "billion", "trillion", "thousand",
      "people", "of", "-rrb-", ")", ",", ".", ";");

  private DateMatcher() {}

  /** A cluster the matcher gave an expression for (token range) and that expression. */
  record Match(int from, int to, TimeExpression expression) {}

  /**
   * The clusters of cue tokens in {@code words} that are one of the matched forms, with their expressions; none
   * without a document date. With the parts of speech of the words, also a day and month without a year ("12 May",
   * "May 12"), resolved as SUTime resolves it ({@link #dayWithoutYear}).
   *
   * @param words the sentence's tokens as written
   * @param tags their parts of speech, or null when unknown
   * @param spans their character spans in {@code text}
   * @param cue which tokens are time cues
   * @param docDate the document date relative expressions are resolved against, or null
   * @param sentence the sentence's index in the article
   */
  static List<Match> match(List<String> words, @Nullable List<String> tags, List<Span> spans, boolean[] cue,
      @Nullable LocalDate docDate, String text, int sentence) {
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
      boolean fits = i == last && isYear(words.get(i))
          ? among(words, i - 1, BEFORE_YEAR) && among(words, last + 1, AFTER_YEAR)
          : allowed(words, i - 1, NOT_BEFORE) && allowed(words, last + 1, NOT_AFTER);
      if (value == null && tags != null && last <= i + 1) {
        value = last == i ? weekday(words, tags, i, docDate) : dayWithoutYear(words, tags, i, last + 1, docDate);
        // No time cue follows closely (dayWithoutYear asks), so "to", "and", "at"… start no range or longer date.
        fits = allowed(words, i - 1, NOT_BEFORE) && allowed(words, last + 1, NOT_AFTER_DAY);
      }
      if (value != null && fits) {
        Span span = new Span(spans.get(i).start(), spans.get(last).end());
        out.add(new Match(i, last + 1, new TimeExpression(span, span.of(text), "DATE", value, Nlp.date(value), sentence)));
      } else if (value == null && tags != null && i == last) {
        Match d = duration(words, spans, i, text, sentence);
        if (d != null) {
          out.add(d);
        }
      }
      i = last + 1;
    }
    return out;
  }

  private static boolean among(List<String> words, int k, Set<String> allowed) {
    return k < 0 || k >= words.size() || allowed.contains(words.get(k).toLowerCase(Locale.ROOT));
  }

  private static boolean allowed(List<String> words, int k, Set<String> denied) {
    return k < 0 || k >= words.size() || !denied.contains(words.get(k).toLowerCase(Locale.ROOT));
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
      String relative = relative(la, b.toLowerCase(Locale.ROOT), doc);
      if (relative != null) {
        return relative;
      }
      if (m1 != null && isYear(b)) {
        return String.format(Locale.ROOT, "%s-%02d", b, m1);
      }
      return null;
    }
    if (n == 3) {
      String b = w.get(from + 1);
      String c = w.get(from + 2);
      if ((la.equals("later") || la.equals("earlier")) && b.equals("this") && c.equals("year")) {
        return Integer.toString(doc.getYear());
      }
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

  /**
   * The TIMEX value SUTime gives a day and month without a year ("12 May", "May 12") at tokens [from, to), or null
   * where this matcher does not know it: with a past {@link #tense} the last such day on or before the document
   * date; with a future tense the first on or after it; otherwise the nearer of the two (a near tie, and 29 February,
   * are left to SUTime).
   */
  static @Nullable String dayWithoutYear(List<String> w, List<String> tags, int from, int to, LocalDate doc) {
    Integer month = month(w.get(from));
    String dayWord = w.get(from + 1);
    if (month == null) {
      month = month(w.get(from + 1));
      dayWord = w.get(from);
    }
    if (month == null || !isDay(dayWord) || (month == 2 && dayWord.equals("29"))) {
      return null;
    }
    int day = Integer.parseInt(dayWord);
    Tense tense = tense(w, tags, from, to);
    if (!YearMonth.of(2001, month).isValidDay(day) || tense == null) {
      return null;
    }
    LocalDate same = LocalDate.of(doc.getYear(), month, day);
    LocalDate d;
    switch (tense) {
      case PAST -> d = same.isAfter(doc) ? same.minusYears(1) : same;
      case FUTURE -> d = same.isBefore(doc) ? same.plusYears(1) : same;
      default -> {
        LocalDate other = same.isAfter(doc) ? same.minusYears(1) : same.isBefore(doc) ? same.plusYears(1) : same;
        long a = Math.abs(same.toEpochDay() - doc.toEpochDay());
        long b = Math.abs(other.toEpochDay() - doc.toEpochDay());
        if (Math.abs(a - b) <= 1 && !other.equals(same)) {
          return null;
        }
        d = b < a ? other : same;
      }
    }
    return d.toString();
  }

  private static final List<String> WEEKDAYS = List.of("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
      "Sunday");

  /**
   * The TIMEX value of a lone weekday ("on Tuesday") at token {@code at}, or null where this matcher does not know it:
   * with a past {@link #tense} the last such day on or before the document date, with a future tense the first on or
   * after it; otherwise that day of the week (Sunday to Saturday) holding the document date. That last is what SUTime
   * gives in a fresh process; SUTime keeps the tense it last read on the weekday's shared value, so later in a
   * process it may give either of the other two instead (CoreNLP 4.5.10). This matcher always gives the first.
   */
  static @Nullable String weekday(List<String> w, List<String> tags, int at, LocalDate doc) {
    int index = WEEKDAYS.indexOf(w.get(at));
    Tense tense = index < 0 ? null : tense(w, tags, at, at + 1);
    if (tense == null) {
      return null;
    }
    java.time.DayOfWeek day = java.time.DayOfWeek.of(index + 1);
    LocalDate d = switch (tense) {
      case PAST -> doc.with(java.time.temporal.TemporalAdjusters.previousOrSame(day));
      case FUTURE -> doc.with(java.time.temporal.TemporalAdjusters.nextOrSame(day));
      default -> doc.with(java.time.temporal.TemporalAdjusters.previousOrSame(java.time.DayOfWeek.SUNDAY))
          .plusDays(index == 6 ? 0 : index + 1);
    };
    return d.toString();
  }

  /** The tense SUTime reads around a date. */
  enum Tense { PAST, FUTURE, NONE }

  /**
   * The tense SUTime's rules ("resolveTo") read around the date at tokens [from, to), or null where this matcher does
   * not know it: past for a past-tense verb ({@code VBD}) or "have" at most two tokens before or after it, future for
   * "will", "would", "could", "should", "going to" or "'ll" there. Null for both; for a time cue or a time zone's name
   * within two tokens (a zone's name is no plain token to SUTime's rules: "they met on 1 March" is read with no
   * tense); and for a number, time cue or zone's name with a tense cue beyond it (SUTime reads a number or expression
   * of several tokens as one, so the cue may be nearer than it looks).
   */
  static @Nullable Tense tense(List<String> w, List<String> tags, int from, int to) {
    boolean past = false;
    boolean future = false;
    for (int side = -1; side <= 1; side += 2) {
      boolean merged = false;
      for (int d = 0; d < TENSE_REACH; d++) {
        int k = side < 0 ? from - 1 - d : to + d;
        if (k < 0 || k >= w.size()) {
          break;
        }
        String lw = w.get(k).toLowerCase(Locale.ROOT);
        boolean timeLike = Nlp.isTimeCue(w.get(k)) || ZONE_NAMES.contains(lw);
        if (timeLike && d <= 2) {
          return null;
        }
        if (timeLike || NUMBER_WORDS.contains(lw) || SMALL_NUMBERS.containsKey(lw)) {
          merged = true; // SUTime may read it with its neighbours as one token: the distances beyond are unknown
          continue;
        }
        boolean pastCue = tags.get(k).equals("VBD") || lw.equals("have");
        boolean futureCue = side < 0 ? modalEndsAt(w, k) : modalStartsAt(w, k);
        if ((pastCue || futureCue) && merged) {
          return null;
        }
        if (d <= 2) {
          past |= pastCue;
          future |= futureCue;
        }
      }
    }
    return past && future ? null : past ? Tense.PAST : future ? Tense.FUTURE : Tense.NONE;
  }

  /** How far from a date this matcher looks for the tense cues SUTime may count as near it. */
  private static final int TENSE_REACH = 10;

  private static final Map<String, Integer> SMALL_NUMBERS = Map.ofEntries(Map.entry("one", 1), Map.entry("two", 2),
      Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7),
      Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10));
  private static final Map<String, String> UNITS = Map.of("day", "D", "week", "W", "month", "M", "year", "Y");
  /** Words before a duration that leave SUTime's reading of it as it is ("a three-day visit", "for several years"). */
  private static final Set<String> BEFORE_DURATION = Set.of("a", "an", "the", "his", "her", "their", "its", "for", "of",
      "on", "in", "during", "with", ",");
  private static final Set<String> ARTICLES = Set.of("a", "an", "the");
  /** Words after a duration that leave SUTime's reading of it as it is (the noun a hyphenated one qualifies…). */
  private static final Set<String> AFTER_DURATION_NOT = Set.of("-", "--", "–", "—", "/", "old", "long", "ago", "later",
      "earlier", "before", "after", "to", "or", "and", "'s", "’s", "from", "since", "until", "till", "through", "of",
      "in", "on", "at", "when", "-lrb-", "(", "'", "’", "\"", "''", "``");

  /**
   * A duration SUTime reads around the lone cue at token {@code k}, or null where this matcher does not know it: a
   * number from one to ten in words joined by a hyphen to a unit ("three-day", "two-week") is {@code P3D},
   * {@code P2W} (digits are time cues themselves, left to SUTime); "several" before a unit in the plural ("several years") is {@code PXY}. Only between neighbours that
   * leave it so ({@link #BEFORE_DURATION}; a word after it that is not in {@link #AFTER_DURATION_NOT}), with no number
   * or time cue within two tokens before it or right after it.
   */
  static @Nullable Match duration(List<String> w, List<Span> spans, int k, String text, int sentence) {
    String unit = w.get(k);
    int from;
    String amount;
    if (UNITS.containsKey(unit) && k >= 2 && w.get(k - 1).equals("-")) {
      String number = w.get(k - 2).toLowerCase(Locale.ROOT);
      Integer n = SMALL_NUMBERS.get(number);
      if (n == null || spans.get(k - 2).end() != spans.get(k - 1).start() || spans.get(k - 1).end() != spans.get(k).start()) {
        return null; // "three - day" with spaces is no adjective
      }
      from = k - 2;
      amount = Integer.toString(n);
    } else if (unit.endsWith("s") && UNITS.containsKey(unit.substring(0, unit.length() - 1)) && k >= 1
        && w.get(k - 1).equals("several")) {
      unit = unit.substring(0, unit.length() - 1);
      from = k - 1;
      amount = "X";
    } else {
      return null;
    }
    String before = from > 0 ? w.get(from - 1).toLowerCase(Locale.ROOT) : "";
    if (from > 0 && (!BEFORE_DURATION.contains(before) || (amount.equals("X") && ARTICLES.contains(before)))) {
      return null; // SUTime reads "the several years" whole
    }
    if (k + 1 < w.size() && AFTER_DURATION_NOT.contains(w.get(k + 1).toLowerCase(Locale.ROOT))) {
      return null;
    }
    for (int j = Math.max(0, from - 2); j < Math.min(w.size(), k + 2); j++) {
      String lw = w.get(j).toLowerCase(Locale.ROOT);
      if ((j < from || j > k) && (Nlp.isTimeCue(w.get(j)) || NUMBER_WORDS.contains(lw) || SMALL_NUMBERS.containsKey(lw))) {
        return null;
      }
    }
    Span span = new Span(spans.get(from).start(), spans.get(k).end());
    String value = "P" + amount + UNITS.get(unit);
    return new Match(from, k + 1, new TimeExpression(span, span.of(text), "DURATION", value, null, sentence));
  }

  /** Words of numbers SUTime may merge with their neighbours into one token. */
  private static final Set<String> NUMBER_WORDS = Set.of("one", "two", "three", "four", "five", "six", "seven", "eight",
      "nine", "ten", "eleven", "twelve", "twenty", "thirty", "forty", "fifty", "hundred", "thousand", "million",
      "billion", "dozen", "dozens", "first", "second", "third", "fourth", "fifth", "half", "quarter");

  /**
   * The names of time zones SUTime reads as time expressions ("MET", "EAT", "CAT", "WET"…), lower case: the ids of the
   * zones and their short and long names in January and July, in English and in the default locale (as SUTime builds
   * them).
   * Near a date such a word is no longer the plain token SUTime's tense rules look for ("they met on 1 March").
   */
  private static final Set<String> ZONE_NAMES = zoneNames();

  private static Set<String> zoneNames() {
    Set<String> names = new java.util.HashSet<>();
    int year = java.time.Year.now().getValue();
    for (int y = year - 1; y <= year + 1; y++) {
      for (long instant : new long[] {new org.joda.time.DateTime(y, 1, 1, 0, 0, org.joda.time.DateTimeZone.UTC).getMillis(),
          new org.joda.time.DateTime(y, 7, 1, 0, 0, org.joda.time.DateTimeZone.UTC).getMillis()}) {
        for (String id : org.joda.time.DateTimeZone.getAvailableIDs()) {
          names.add(id.toLowerCase(Locale.ROOT)); // "MET", "WET", "EST": SUTime reads zone ids too
          org.joda.time.DateTimeZone zone = org.joda.time.DateTimeZone.forID(id);
          for (Locale locale : List.of(Locale.ENGLISH, Locale.getDefault())) {
            names.add(zone.getShortName(instant, locale).toLowerCase(Locale.ROOT));
            names.add(zone.getName(instant, locale).toLowerCase(Locale.ROOT));
          }
        }
      }
    }
    return Set.copyOf(names);
  }

  /** Whether a future cue of SUTime's ("will", "going to", "'ll") ends at token k. */
  private static boolean modalEndsAt(List<String> w, int k) {
    String lw = w.get(k).toLowerCase(Locale.ROOT);
    if (MODALS.contains(lw)) {
      return true;
    }
    String before = k > 0 ? w.get(k - 1).toLowerCase(Locale.ROOT) : "";
    return (lw.equals("to") && before.equals("going")) || (lw.equals("ll") && (before.equals("'") || before.equals("’")));
  }

  /** Whether a future cue of SUTime's starts at token k. */
  private static boolean modalStartsAt(List<String> w, int k) {
    String lw = w.get(k).toLowerCase(Locale.ROOT);
    if (MODALS.contains(lw)) {
      return true;
    }
    String after = k + 1 < w.size() ? w.get(k + 1).toLowerCase(Locale.ROOT) : "";
    return (lw.equals("going") && after.equals("to")) || ((lw.equals("'") || lw.equals("’")) && after.equals("ll"));
  }

  private static final Set<String> MODALS = Set.of("would", "could", "should", "will", "'ll", "’ll");

  /** "last year", "this month", "next year" (lower case): the year or month they name. */
  private static @Nullable String relative(String which, String unit, LocalDate doc) {
    int shift = switch (which) {
      case "last" -> -1;
      case "this" -> 0;
      case "next" -> 1;
      default -> 99;
    };
    if (shift == 99) {
      return null;
    }
    if (unit.equals("year")) {
      return Integer.toString(doc.getYear() + shift);
    }
    if (unit.equals("month")) {
      return YearMonth.from(doc).plusMonths(shift).toString();
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
}
