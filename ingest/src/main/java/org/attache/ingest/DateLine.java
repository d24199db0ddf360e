package org.attache.ingest;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.attache.model.PartialDate;
import org.jspecify.annotations.Nullable;

/**
 * A crawler's date line at the start of an article: optional spaces or tabs, the word {@code date},
 * spaces or tabs, {@code YYYY-MM-DD} or {@code YYYY-MM}, then a space, tab, line break or the end
 * of the text, e.g. {@code " date 2025-12-17 The minister said..."}.
 *
 * @param value the date as written
 * @param date the date, or null when {@code value} is no real date ({@code 2025-13-45}, {@code 2024-00})
 * @param bodyStart the char offset just past the prefix and the whitespace after it: where the
 *     article's own words begin
 */
record DateLine(String value, @Nullable PartialDate date, int bodyStart) {
  private static final Pattern PREFIX =
      Pattern.compile("\\A[ \\t]*date[ \\t]+(\\d{4}-\\d{2}(?:-\\d{2})?)(?=[ \\t\\r\\n]|\\z)");

  /** The date line {@code text} begins with, or null when it has none. */
  static @Nullable DateLine find(String text) {
    Matcher m = PREFIX.matcher(text);
    if (!m.lookingAt()) {
      return null;
    }
    int end = m.end();
    while (end < text.length() && isBlank(text.charAt(end))) {
      end++;
    }
    String value = m.group(1);
    PartialDate date;
    try {
      date = PartialDate.parse(value);
      if (!date.toString().equals(value)) {
        date = null; // month or day 00 reads as a coarser date: no real date either
      }
    } catch (IllegalArgumentException e) {
      date = null;
    }
    return new DateLine(value, date, end);
  }

  private static boolean isBlank(char c) {
    return c == ' ' || c == '\t' || c == '\r' || c == '\n';
  }
}
