package org.attache.geo;

/** Checks of latitude and longitude in degrees. */
final class Coordinates {
  private Coordinates() {}

  static void check(String what, double lat, double lon) {
    if (!(lat >= -90 && lat <= 90)) {
      throw new IllegalArgumentException(what + ": latitude " + lat + " is outside -90..90");
    }
    if (!(lon >= -180 && lon <= 180)) {
      throw new IllegalArgumentException(what + ": longitude " + lon + " is outside -180..180");
    }
  }
}
