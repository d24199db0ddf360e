package org.attache.geo;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * People of public life whose country is known beforehand: "Putin" is Russian, "Mnangagwa" Zimbabwean, even where
 * an article never says so. An actor dictionary in the manner of PETRARCH's, for names the text gives without a
 * country.
 *
 * <p>Data: {@code people.tsv}, converted by {@code geo/scripts/build-people.py} from the Phoenix country actor
 * dictionary (Open Event Data Alliance, MIT; people up to 2014), and the hand-written {@code people-extra.tsv}
 * (people in the news since then, other transliterations). Immutable and thread-safe; build one with
 * {@link #load()} and share it. Lookups ignore case and accents.
 */
public final class KnownPeople {
  private static final int MIN_SURNAME = 4;

  /** Full name or other name → countries. */
  private final Map<String, Set<String>> byName = new HashMap<>();
  /** "first|last" → countries. */
  private final Map<String, Set<String>> byFirstAndLast = new HashMap<>();
  /** Last name → countries of everyone with it, and whether one of them held a government post. */
  private final Map<String, Set<String>> bySurname = new HashMap<>();
  private final Set<String> governmentSurnames = new HashSet<>();

  private KnownPeople() {}

  /**
   * Reads the people of this module's classpath resources.
   *
   * @throws IllegalStateException if a resource is missing or malformed, naming the resource, line and value
   */
  public static KnownPeople load() {
    KnownPeople k = new KnownPeople();
    for (String resource : List.of("people.tsv", "people-extra.tsv")) {
      for (Tsv.Row row : Tsv.read(resource, 5)) {
        String country = row.get(1);
        if (!country.matches("[A-Z]{3}")) {
          throw new IllegalStateException(row.where(1, "expected an ISO 3166-1 alpha-3 code"));
        }
        if (!row.get(3).equals("0") && !row.get(3).equals("1")) {
          throw new IllegalStateException(row.where(3, "expected 0 or 1"));
        }
        k.add(row.get(0), country, row.get(3).equals("1"));
        for (String other : row.listColumn(2)) {
          k.add(other, country, row.get(3).equals("1"));
        }
      }
    }
    return k;
  }

  private void add(String name, String country, boolean government) {
    String[] words = key(name).split(" ");
    if (words.length < 2) {
      return;
    }
    byName.computeIfAbsent(String.join(" ", words), x -> new HashSet<>()).add(country);
    byFirstAndLast.computeIfAbsent(words[0] + "|" + words[words.length - 1], x -> new HashSet<>()).add(country);
    String surname = words[words.length - 1];
    bySurname.computeIfAbsent(surname, x -> new HashSet<>()).add(country);
    if (government) {
      governmentSurnames.add(surname);
    }
  }

  /**
   * The country of the person with this full name ("Vladimir Putin"), or with the same first and last names
   * ("William Ruto" for "William Samoei Ruto"); empty when unknown or when people of several countries bear it.
   */
  public Optional<String> countryOf(String fullName) {
    String[] words = key(fullName).split(" ");
    if (words.length < 2) {
      return Optional.empty();
    }
    Set<String> exact = byName.get(String.join(" ", words));
    if (exact != null) {
      return only(exact);
    }
    return only(byFirstAndLast.get(words[0] + "|" + words[words.length - 1]));
  }

  /**
   * The country of a surname used alone ("Mnangagwa"): known when every known person of that surname is of one
   * country and one of them held a government post; surnames under four letters are never looked up.
   */
  public Optional<String> countryOfSurname(String surname) {
    String s = key(surname);
    if (s.length() < MIN_SURNAME || s.indexOf(' ') >= 0 || !governmentSurnames.contains(s)) {
      return Optional.empty();
    }
    return only(bySurname.get(s));
  }

  private static Optional<String> only(Set<String> countries) {
    return countries != null && countries.size() == 1 ? Optional.of(countries.iterator().next()) : Optional.empty();
  }

  private static String key(String name) {
    String folded = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
    return folded.toLowerCase(Locale.ROOT).replace('’', '\'').replaceAll("[^\\p{L}\\p{N}'-]+", " ").strip();
  }
}
