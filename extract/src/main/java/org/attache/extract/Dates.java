package org.attache.extract;

import org.attache.model.PartialDate;
import org.attache.model.TimeExpression;
import org.jspecify.annotations.Nullable;

/** The calendar dates Attaché gives time expressions. */
public final class Dates {
  private static final java.util.regex.Pattern YEARS_AGO = java.util.regex.Pattern.compile("(?i)\\byears? ago\\b");
  private static final java.util.regex.Pattern MONTHS_AGO = java.util.regex.Pattern.compile("(?i)\\bmonths? ago\\b");

  private Dates() {}

  /**
   * The calendar date of a time expression: its resolved value; a day or month with no year ("on 17 May") in
   * the publication year, or the year before when that would be more than a month after publication; an ISO
   * week day ("this Thursday", 2023-W29-4) as its day, a week as its month.
   *
   * @param pub the publication date, or null
   */
  public static @Nullable PartialDate resolve(TimeExpression t, @Nullable PartialDate pub) {
    if (t.date() != null) {
      // "two years ago" says the year, not the day a calendar subtraction lands on; "three months ago" the month.
      if (YEARS_AGO.matcher(t.text()).find()) {
        return t.date().truncate(PartialDate.Precision.YEAR);
      }
      if (MONTHS_AGO.matcher(t.text()).find() && t.date().precision() == PartialDate.Precision.DAY) {
        return t.date().truncate(PartialDate.Precision.MONTH);
      }
      return t.date();
    }
    String v = t.value();
    if (v != null && pub != null && v.matches("XXXX-\\d{2}(-\\d{2})?")) {
      // "on 17 May" with no year: the publication year, or the year before when that would be in the future.
      try {
        PartialDate d = PartialDate.parse(pub.year() + v.substring(4));
        if (d.firstDay().isAfter(pub.firstDay().plusDays(31))) {
          d = PartialDate.parse((pub.year() - 1) + v.substring(4));
        }
        return d;
      } catch (IllegalArgumentException e) {
        return null;
      }
    }
    if (v != null && v.matches("\\d{4}-W\\d{2}-[1-7]")) {
      try {
        var day = java.time.LocalDate.of(Integer.parseInt(v.substring(0, 4)), 1, 4)
            .with(java.time.temporal.IsoFields.WEEK_OF_WEEK_BASED_YEAR, Integer.parseInt(v.substring(6, 8)))
            .with(java.time.DayOfWeek.of(Integer.parseInt(v.substring(9))));
        return PartialDate.of(day);
      } catch (RuntimeException e) {
        return null;
      }
    }
    if (v != null && v.matches("\\d{4}-W\\d{2}.*")) {
      try {
        int year = Integer.parseInt(v.substring(0, 4));
        int week = Integer.parseInt(v.substring(6, 8));
        var monday = java.time.LocalDate.of(year, 1, 4).with(java.time.temporal.IsoFields.WEEK_OF_WEEK_BASED_YEAR, week)
            .with(java.time.DayOfWeek.MONDAY);
        return PartialDate.ofMonth(monday.getYear(), monday.getMonthValue());
      } catch (RuntimeException e) {
        return null;
      }
    }
    return null;
  }}
