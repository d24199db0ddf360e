package org.attache.geo;

import java.util.List;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A country or territory with an ISO 3166-1 code (Kosovo uses the user-assigned {@code XKX}).
 *
 * @param alpha3 ISO 3166-1 alpha-3 code, three upper-case letters
 * @param alpha2 ISO 3166-1 alpha-2 code, two upper-case letters
 * @param name the common English name, e.g. {@code Belarus}
 * @param names every English name and alias the gazetteer knows for it, {@code name} first
 * @param demonyms English adjectives and demonyms, e.g. {@code Belarusian}; may be empty
 * @param capital the capital city, or null when it has none
 * @param lat latitude of a central point, degrees north
 * @param lon longitude of a central point, degrees east
 */
public record Country(String alpha3, String alpha2, String name, List<String> names, List<String> demonyms,
    @Nullable String capital, double lat, double lon) {
  private static final Pattern ALPHA3 = Pattern.compile("[A-Z]{3}");
  private static final Pattern ALPHA2 = Pattern.compile("[A-Z]{2}");

  public Country {
    names = List.copyOf(names);
    demonyms = List.copyOf(demonyms);
    if (!ALPHA3.matcher(alpha3).matches()) {
      throw new IllegalArgumentException("country alpha3 '" + alpha3 + "': expected three upper-case letters");
    }
    if (!ALPHA2.matcher(alpha2).matches()) {
      throw new IllegalArgumentException("country " + alpha3 + ": alpha2 '" + alpha2 + "': expected two upper-case letters");
    }
    if (name.isBlank() || names.isEmpty() || !names.get(0).equals(name)) {
      throw new IllegalArgumentException("country " + alpha3 + ": names " + names + " must start with its name '" + name + "'");
    }
    Coordinates.check("country " + alpha3, lat, lon);
  }
}
