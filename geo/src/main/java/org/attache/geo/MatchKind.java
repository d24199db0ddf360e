package org.attache.geo;

/** What a {@link GeoMatch} found. */
public enum MatchKind {
  /** A country's name or alias, e.g. {@code Belarus}, {@code U.S.}, {@code DR Congo}. */
  COUNTRY_NAME,
  /** A country's adjective or people, e.g. {@code Belarusian}, {@code Zimbabweans}. */
  DEMONYM,
  /** A capital city, which in news often stands for the government, e.g. {@code Minsk}. */
  CAPITAL,
  /** A city that is not a capital. */
  CITY,
  /** An international organisation, e.g. {@code United Nations}, {@code NATO}. */
  ORGANISATION
}
