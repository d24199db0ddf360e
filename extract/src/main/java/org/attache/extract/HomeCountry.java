package org.attache.extract;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.attache.geo.GeoMatch;
import org.attache.geo.MatchKind;
import org.attache.model.Span;
import org.jspecify.annotations.Nullable;

/**
 * The country an article is written from. A paper names its own officials without saying whose they are
 * ("Prime Minister Shehbaz Sharif received President Lukashenko of Belarus"), so an official with a role
 * and no stated country belongs to it.
 *
 * <p>It is the country of a dateline city ("ISLAMABAD:", "Harare, May 3 –"), or else, of the two countries
 * the article names most, the one none of whose people is introduced with a country.
 */
final class HomeCountry {
  /** Envoys are introduced with their country by every paper, their own country's included. */
  private static final java.util.regex.Pattern POSTED =
      java.util.regex.Pattern.compile("(?i)\\b(ambassador|envoy|attach[ée]|consul|charg[ée])");
  /** "ISLAMABAD:", "HARARE, May 3 -", "NEW DELHI —". */
  private static final java.util.regex.Pattern UPPER_DATELINE =
      java.util.regex.Pattern.compile("(\\p{Lu}{3,}(?: \\p{Lu}{2,})?) ?[:,—–-]");
  private static final String DATELINE_END = ":,—–-";

  private HomeCountry() {}

  /**
   * @param text the article's text
   * @param body the part of it analysed
   * @param people the people found, with the countries the text states for them
   * @return the home country's alpha-3 code, or null when the text does not tell
   */
  static @Nullable String of(String text, Span body, Geo geo, List<PeopleFinder.Found> people) {
    String dateline = dateline(text, body, geo);
    if (dateline != null) {
      return dateline;
    }
    Map<String, Integer> counts = new HashMap<>();
    for (GeoMatch g : geo.all()) {
      if (g.start() >= body.start() && (g.kind() == MatchKind.COUNTRY_NAME || g.kind() == MatchKind.DEMONYM
          || g.kind() == MatchKind.CAPITAL
          || g.kind() == MatchKind.ORGANISATION)) {
        counts.merge(g.code(), 1, Integer::sum);
      }
    }
    List<String> top = counts.entrySet().stream()
        .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
        .limit(2).map(Map.Entry::getKey).toList();
    Set<String> stated = new HashSet<>();
    Set<String> statedEnvoys = new HashSet<>();
    for (PeopleFinder.Found f : people) {
      if (f.country != null && !f.countryFromKnown) {
        (f.role != null && POSTED.matcher(f.role).find() ? statedEnvoys : stated).add(f.country);
      }
    }
    Set<String> known = stated.isEmpty() ? statedEnvoys : stated;
    if (top.size() < 2 || known.isEmpty()) {
      return null;
    }
    List<String> unstated = top.stream().filter(c -> !known.contains(c)).toList();
    return unstated.size() == 1 ? unstated.get(0) : null;
  }

  /** How many paragraphs from the top of the body may open with the dateline (a photo caption may come first). */
  private static final int DATELINE_PARAGRAPHS = 3;

  /** The country of a city that opens the body, or one of its first paragraphs, followed by a dateline mark. */
  private static @Nullable String dateline(String text, Span body, Geo geo) {
    int start = body.start();
    for (int p = 0; p < DATELINE_PARAGRAPHS && start >= 0 && start < body.end(); p++) {
      String found = datelineAt(text, start, body.end(), geo);
      if (found != null) {
        return found;
      }
      int next = text.indexOf('\n', start);
      while (next >= 0 && next + 1 < body.end() && Character.isWhitespace(text.charAt(next + 1))) {
        next++;
      }
      start = next < 0 ? -1 : next + 1;
    }
    return null;
  }

  private static @Nullable String datelineAt(String text, int from, int end, Geo geo) {
    Span body = new Span(from, end);
    int i = body.start();
    while (i < body.end() && Character.isWhitespace(text.charAt(i))) {
      i++;
    }
    java.util.regex.Matcher upper = UPPER_DATELINE.matcher(text).region(i, body.end());
    if (upper.lookingAt()) {
      return geo.cityCountry(upper.group(1));
    }
    for (GeoMatch g : geo.all()) {
      if (g.start() > i) {
        return null;
      }
      if (g.start() == i && (g.kind() == MatchKind.CAPITAL || g.kind() == MatchKind.CITY)) {
        int j = g.end();
        while (j < body.end() && text.charAt(j) == ' ') {
          j++;
        }
        boolean mark = j < body.end() && DATELINE_END.indexOf(text.charAt(j)) >= 0;
        return mark && (j > g.end() || text.charAt(j) != '-') ? g.code() : null;
      }
    }
    return null;
  }
}
