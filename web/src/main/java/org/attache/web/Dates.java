package org.attache.web;

import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.attache.model.PartialDate;
import org.jspecify.annotations.Nullable;

/** Reads publication dates from metadata values, URL paths and datelines. Stateless. */
final class Dates {
  private static final Pattern ISO = Pattern.compile("\\A\\s*(\\d{4})-(\\d{2})-(\\d{2})(?:[T ].*)?\\s*\\z");
  private static final Pattern COMPACT = Pattern.compile("\\A\\s*(\\d{4})(\\d{2})(\\d{2})(?:T.*)?\\s*\\z");
  private static final Pattern URL_YMD = Pattern.compile("/((?:19|20)\\d{2})[/-](\\d{1,2})[/-](\\d{1,2})(?=[/._-]|\\z)");
  private static final Pattern URL_COMPACT = Pattern.compile("/((?:19|20)\\d{2})(\\d{2})(\\d{2})(?=[/._-]|\\z)");
  private static final Pattern URL_YM = Pattern.compile("/((?:19|20)\\d{2})/(\\d{1,2})/(?=[^/]*[a-z])");
  private static final Map<String, Integer> MONTHS = new HashMap<>();
  private static final String MONTH;

  static {
    StringBuilder alt = new StringBuilder();
    for (Month m : Month.values()) {
      String full = m.getDisplayName(TextStyle.FULL, Locale.ENGLISH).toLowerCase(Locale.ROOT);
      MONTHS.put(full, m.getValue());
      MONTHS.put(full.substring(0, 3), m.getValue());
      alt.append(alt.isEmpty() ? "" : "|").append(full).append('|').append(full, 0, 3);
    }
    MONTHS.put("sept", 9);
    MONTH = "(" + alt + "|sept)\\.?";
  }

  /** "17 December 2025", "December 17, 2025", "Dec. 17, 2025"; the year is optional in datelines. */
  private static final Pattern DAY_MONTH_YEAR = Pattern.compile("(?i)\\b(\\d{1,2})\\s+" + MONTH + ",?\\s+(\\d{4})\\b");
  private static final Pattern MONTH_DAY_YEAR = Pattern.compile("(?i)\\b" + MONTH + "\\s+(\\d{1,2}),?\\s+(\\d{4})\\b");

  /**
   * A dateline at the start of a body: up to 80 characters of upper-case place names, a comma or
   * parenthesis, and a date with a year ({@code "MINSK, 17 December 2025 (BelTA) –"},
   * {@code "HARARE, Dec. 17, 2025 —"}).
   */
  private static final Pattern DATELINE = Pattern.compile("\\A\\s*\\p{Lu}[\\p{Lu}\\s.'-]{1,60}[,(]\\s*");

  private Dates() {}

  /** A date from an ISO 8601 value ({@code 2025-12-17}, {@code 2025-12-17T09:30:00+03:00}) or a written one; null if none. */
  static @Nullable PartialDate parse(@Nullable String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    Matcher m = ISO.matcher(value);
    if (m.matches()) {
      return of(m.group(1), m.group(2), m.group(3));
    }
    m = COMPACT.matcher(value);
    if (m.matches()) {
      return of(m.group(1), m.group(2), m.group(3));
    }
    return written(value, false);
  }

  /** A day written out ("17 December 2025", "December 17, 2025") anywhere in {@code text} (first one), or null. */
  static @Nullable PartialDate written(String text, boolean anchored) {
    Matcher a = DAY_MONTH_YEAR.matcher(text);
    Matcher b = MONTH_DAY_YEAR.matcher(text);
    boolean fa = a.find();
    boolean fb = b.find();
    if (fa && (!fb || a.start() <= b.start())) {
      return anchored && a.start() > 0 ? null : of(a.group(3), String.valueOf(MONTHS.get(key(a.group(2)))), a.group(1));
    }
    if (fb) {
      return anchored && b.start() > 0 ? null : of(b.group(3), String.valueOf(MONTHS.get(key(b.group(1)))), b.group(2));
    }
    return null;
  }

  /** The date in a URL path ({@code /2025/12/17/}, {@code /2025-12-17-}, {@code /20251217/}, {@code /2025/12/slug}), or null. */
  static @Nullable PartialDate fromUrl(@Nullable String url) {
    if (url == null) {
      return null;
    }
    String path = url.replaceFirst("\\A[a-zA-Z][a-zA-Z0-9+.-]*://[^/]*", "").replaceFirst("[?#].*\\z", "");
    Matcher m = URL_YMD.matcher(path);
    if (m.find()) {
      PartialDate d = of(m.group(1), m.group(2), m.group(3));
      if (d != null) {
        return d;
      }
    }
    m = URL_COMPACT.matcher(path);
    if (m.find()) {
      PartialDate d = of(m.group(1), m.group(2), m.group(3));
      if (d != null) {
        return d;
      }
    }
    m = URL_YM.matcher(path);
    if (m.find()) {
      int month = Integer.parseInt(m.group(2));
      if (month >= 1 && month <= 12) {
        return PartialDate.parse(m.group(1) + "-" + String.format(Locale.ROOT, "%02d", month));
      }
    }
    return null;
  }

  private static final Pattern DAY_MONTH = Pattern.compile("(?i)\\A(\\d{1,2})\\s+" + MONTH + "(?![\\s,]*\\d)");
  private static final Pattern MONTH_DAY = Pattern.compile("(?i)\\A" + MONTH + "\\s+(\\d{1,2})\\b(?![\\s,]*\\d)");

  /**
   * The date of a dateline opening {@code body}: {@code "MINSK, 17 December 2025 (BelTA) –"}, or, with
   * {@code reference} (when the page was fetched or captured), a wire-style one without a year
   * ({@code "MINSK, 17 December (BelTA) –"}, {@code "BEIJING, Dec. 17 (Xinhua) --"}) given the latest
   * year that does not put it after {@code reference}. Null when there is none.
   */
  static @Nullable PartialDate fromDateline(String body, @Nullable LocalDate reference) {
    Matcher m = DATELINE.matcher(body);
    if (!m.lookingAt()) {
      return null;
    }
    String rest = body.substring(m.end(), Math.min(body.length(), m.end() + 40));
    PartialDate full = written(rest, true);
    if (full != null || reference == null) {
      return full;
    }
    Matcher dm = DAY_MONTH.matcher(rest);
    Matcher md = MONTH_DAY.matcher(rest);
    int day;
    int month;
    if (dm.lookingAt()) {
      day = Integer.parseInt(dm.group(1));
      month = MONTHS.get(key(dm.group(2)));
    } else if (md.lookingAt()) {
      day = Integer.parseInt(md.group(2));
      month = MONTHS.get(key(md.group(1)));
    } else {
      return null;
    }
    for (int year = reference.getYear(); year >= reference.getYear() - 1; year--) {
      PartialDate d = of(String.valueOf(year), String.valueOf(month), String.valueOf(day));
      if (d != null && !LocalDate.parse(d.toString()).isAfter(reference.plusDays(1))) {
        return d;
      }
    }
    return null;
  }

  /** A dateline's date with a year ({@link #fromDateline(String, LocalDate)} with no reference). */
  static @Nullable PartialDate fromDateline(String body) {
    return fromDateline(body, null);
  }

  private static String key(String month) {
    String k = month.toLowerCase(Locale.ROOT).replace(".", "");
    return MONTHS.containsKey(k) ? k : k.substring(0, 3);
  }

  private static @Nullable PartialDate of(String y, String m, String d) {
    try {
      LocalDate date = LocalDate.of(Integer.parseInt(y), Integer.parseInt(m), Integer.parseInt(d));
      if (date.getYear() < 1900 || date.getYear() > 2100) {
        return null;
      }
      return PartialDate.parse(date.toString());
    } catch (RuntimeException e) {
      return null;
    }
  }
}
