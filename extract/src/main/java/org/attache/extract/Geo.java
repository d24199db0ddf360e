package org.attache.extract;

import java.util.ArrayList;
import java.util.List;
import org.attache.geo.Gazetteer;
import org.attache.geo.GeoMatch;
import org.attache.geo.MatchKind;
import org.attache.model.Span;
import org.jspecify.annotations.Nullable;

/** The gazetteer's matches over one article's text, looked up by position. */
final class Geo {
  private final Gazetteer gazetteer;
  private final List<GeoMatch> matches;

  Geo(Gazetteer gazetteer, String text) {
    this.gazetteer = gazetteer;
    this.matches = gazetteer.find(text);
  }

  /** The country of the city or capital called {@code name} in any case ("ISLAMABAD"), or null. */
  @Nullable String cityCountry(String name) {
    if (name.length() < 3) {
      return null;
    }
    String titled = java.util.Arrays.stream(name.toLowerCase(java.util.Locale.ROOT).split(" "))
        .map(w -> w.isEmpty() ? w : Character.toUpperCase(w.charAt(0)) + w.substring(1))
        .collect(java.util.stream.Collectors.joining(" "));
    return gazetteer.place(titled)
        .filter(p -> p.kind() != org.attache.geo.Place.Kind.COUNTRY)
        .map(org.attache.geo.Place::countryAlpha3).orElse(null);
  }

  /** The country name, demonym or organisation that covers the start of {@code token}, or null. */
  @Nullable GeoMatch countryAt(Span token) {
    GeoMatch g = at(token);
    return g != null && (g.kind() == MatchKind.COUNTRY_NAME || g.kind() == MatchKind.DEMONYM) ? g : null;
  }

  /** The country name, demonym or international organisation ("EU foreign policy chief") at {@code token}, or null. */
  @Nullable GeoMatch actorAt(Span token) {
    GeoMatch g = at(token);
    return g != null && g.kind() != MatchKind.CAPITAL && g.kind() != MatchKind.CITY ? g : null;
  }

  /** Any match that covers the start of {@code token}, or null. */
  @Nullable GeoMatch at(Span token) {
    for (GeoMatch g : matches) {
      if (g.start() <= token.start() && token.start() < g.end()) {
        return g;
      }
      if (g.start() > token.start()) {
        break;
      }
    }
    return null;
  }

  /** Every match, in text order. */
  List<GeoMatch> all() {
    return matches;
  }

  /** The matches inside {@code span}, in text order. */
  List<GeoMatch> within(Span span) {
    List<GeoMatch> out = new ArrayList<>();
    for (GeoMatch g : matches) {
      if (g.start() >= span.start() && g.end() <= span.end()) {
        out.add(g);
      }
    }
    return out;
  }
}
