package org.attache.geo;

import java.util.regex.Pattern;

/**
 * A named place: a city, a capital or a whole country.
 *
 * @param name the gazetteer's name for it, e.g. {@code Minsk} or {@code Washington, D.C.}
 * @param countryAlpha3 the ISO 3166-1 alpha-3 code of the country it is in (or is)
 * @param kind what sort of place it is
 * @param lat latitude, degrees north
 * @param lon longitude, degrees east
 * @param population inhabitants (GeoNames); 0 for countries, whose population the gazetteer does not hold
 */
public record Place(String name, String countryAlpha3, Kind kind, double lat, double lon, long population) {
  private static final Pattern ALPHA3 = Pattern.compile("[A-Z]{3}");

  /** The sorts of place. */
  public enum Kind { CITY, CAPITAL, COUNTRY }

  public Place {
    if (name.isBlank()) {
      throw new IllegalArgumentException("place in " + countryAlpha3 + ": blank name");
    }
    if (!ALPHA3.matcher(countryAlpha3).matches()) {
      throw new IllegalArgumentException("place " + name + ": country '" + countryAlpha3 + "' is not an alpha-3 code");
    }
    if (population < 0) {
      throw new IllegalArgumentException("place " + name + ": negative population " + population);
    }
    Coordinates.check("place " + name, lat, lon);
  }
}
