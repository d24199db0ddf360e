package org.attache.merge;

import org.jspecify.annotations.Nullable;

/** What the merger needs to know of places: whether a name is a city, and of which country. */
@FunctionalInterface
public interface Places {
  /** Knows no places: no two locations are then ever taken to contradict each other. */
  Places NONE = name -> null;

  /** The ISO alpha-3 code of the country a city (or capital) of this name is in, or null when it is not a known city. */
  @Nullable String cityCountry(String name);

  /**
   * The ISO alpha-3 code of the country of this name (e.g. "Zimbabwe" → ZWE), or null when it is not a known
   * country's name. Knows none unless overridden.
   */
  default @Nullable String countryCode(String name) {
    return null;
  }
}
