package org.attache.geo;

/**
 * A place, people or organisation name found in a text by {@link Gazetteer#find(String)}.
 *
 * @param start 0-based offset of the first char in the scanned text
 * @param end 0-based offset just past the last char (half-open); a possessive ({@code 's}, {@code ’s}, or a bare
 *     apostrophe after {@code s}) is included
 * @param text the matched chars, equal to {@code scanned.substring(start, end)}
 * @param code the ISO 3166-1 alpha-3 code of the country, or the organisation's short code (e.g. {@code UN})
 * @param kind what sort of name it is
 */
public record GeoMatch(int start, int end, String text, String code, MatchKind kind) {
  public GeoMatch {
    if (start < 0 || end <= start) {
      throw new IllegalArgumentException("match '" + text + "': bad offsets " + start + ".." + end);
    }
    if (text.length() != end - start) {
      throw new IllegalArgumentException("match '" + text + "': " + text.length() + " chars do not fit " + start + ".." + end);
    }
    if (code.isBlank()) {
      throw new IllegalArgumentException("match '" + text + "' at " + start + ": blank code");
    }
  }
}
