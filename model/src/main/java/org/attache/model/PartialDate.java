package org.attache.model;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A calendar date known to the year, the month or the day, written in ISO form as {@code 2023},
 * {@code 2023-05} or {@code 2023-05-17}. {@code month} and {@code day} are 0 when unknown.
 */
public record PartialDate(int year, int month, int day) implements Comparable<PartialDate> {
  private static final Pattern ISO = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");

  /** How precisely a {@link PartialDate} is known. */
  public enum Precision { YEAR, MONTH, DAY }

  public PartialDate {
    if (year < 1 || year > 9999) {
      throw new IllegalArgumentException("year " + year + " is outside 1..9999");
    }
    if (month < 0 || month > 12) {
      throw new IllegalArgumentException("month " + month + " is outside 1..12");
    }
    if (day != 0) {
      if (month == 0) {
        throw new IllegalArgumentException("a day (" + day + ") needs a month");
      }
      try {
        LocalDate.of(year, month, day);
      } catch (DateTimeException e) {
        throw new IllegalArgumentException("no such day: " + year + "-" + month + "-" + day, e);
      }
    }
  }

  public static PartialDate of(LocalDate d) {
    return new PartialDate(d.getYear(), d.getMonthValue(), d.getDayOfMonth());
  }

  public static PartialDate ofYear(int year) {
    return new PartialDate(year, 0, 0);
  }

  public static PartialDate ofMonth(int year, int month) {
    return new PartialDate(year, month, 0);
  }

  /**
   * Parses {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}.
   *
   * @throws IllegalArgumentException naming the value when it is not one of those or not a real date
   */
  public static PartialDate parse(String iso) {
    Matcher m = ISO.matcher(iso.strip());
    if (!m.matches()) {
      throw new IllegalArgumentException("date '" + iso + "' is not YYYY, YYYY-MM or YYYY-MM-DD");
    }
    int y = Integer.parseInt(m.group(1));
    int mo = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
    int d = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
    try {
      return new PartialDate(y, mo, d);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("date '" + iso + "': " + e.getMessage(), e);
    }
  }

  public Precision precision() {
    return day != 0 ? Precision.DAY : month != 0 ? Precision.MONTH : Precision.YEAR;
  }

  /** The first day this date can mean. */
  public LocalDate firstDay() {
    return LocalDate.of(year, month == 0 ? 1 : month, day == 0 ? 1 : day);
  }

  /** The last day this date can mean: {@code 2024} → 2024-12-31, {@code 2024-02} → 2024-02-29. */
  public LocalDate lastDay() {
    return switch (precision()) {
      case YEAR -> LocalDate.of(year, 12, 31);
      case MONTH -> java.time.YearMonth.of(year, month).atEndOfMonth();
      case DAY -> firstDay();
    };
  }

  /** This date cut down to {@code p} (never made more precise). */
  public PartialDate truncate(Precision p) {
    return switch (p) {
      case YEAR -> ofYear(year);
      case MONTH -> month == 0 ? this : ofMonth(year, month);
      case DAY -> this;
    };
  }

  /**
   * Whether this date agrees with {@code other} at {@code other}'s precision: {@code 2025-12-17}
   * agrees with {@code 2025-12}; {@code 2025} does not agree with {@code 2025-12}.
   */
  public boolean agreesWith(PartialDate other) {
    if (precision().ordinal() < other.precision().ordinal()) {
      return false;
    }
    return truncate(other.precision()).equals(other);
  }

  /** Whether neither date rules the other out: each agrees with the other at the coarser precision. */
  public boolean compatibleWith(PartialDate other) {
    Precision p = precision().ordinal() < other.precision().ordinal() ? precision() : other.precision();
    return truncate(p).equals(other.truncate(p));
  }

  @Override
  public int compareTo(PartialDate o) {
    int c = firstDay().compareTo(o.firstDay());
    return c != 0 ? c : Integer.compare(precision().ordinal(), o.precision().ordinal());
  }

  @Override
  public String toString() {
    return switch (precision()) {
      case YEAR -> String.format("%04d", year);
      case MONTH -> String.format("%04d-%02d", year, month);
      case DAY -> String.format("%04d-%02d-%02d", year, month, day);
    };
  }
}
