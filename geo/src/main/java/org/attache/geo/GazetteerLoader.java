package org.attache.geo;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Reads the package resources and builds the lookup tables of a {@link Gazetteer}. */
final class GazetteerLoader {
  /** Cities at least this populous (or capitals) are matched by {@link Gazetteer#find}. */
  static final long FIND_MIN_POPULATION = 500_000;

  private record City(String name, List<String> keys, String alpha3, long population, boolean capital, double lat, double lon) {
    Place place() {
      return new Place(name, alpha3, capital ? Place.Kind.CAPITAL : Place.Kind.CITY, lat, lon, population);
    }
  }

  private final Map<String, Country> countries = new LinkedHashMap<>();
  private final Map<String, Target> actors = new HashMap<>();
  private final Map<String, Target> findNames = new LinkedHashMap<>();
  private final Map<String, Place> places = new HashMap<>();
  private final Set<String> exclusions = new HashSet<>();

  static Gazetteer load() {
    GazetteerLoader loader = new GazetteerLoader();
    loader.build();
    return new Gazetteer(Map.copyOf(loader.countries), Map.copyOf(loader.actors), Map.copyOf(loader.places),
        NameTrie.of(loader.findNames));
  }

  private void build() {
    for (Tsv.Row row : Tsv.read("find-exclusions.txt", 1)) {
      exclusions.add(row.get(0).strip());
    }
    readCountries();
    List<Tsv.Row> aliases = Tsv.read("aliases.tsv", 3);
    List<City> cities = readCities();

    // Actor names, strongest claim first: curated aliases, organisations, names, demonyms, capitals.
    List<String> demonyms = new ArrayList<>();
    for (Tsv.Row row : aliases) {
      String code = knownCountry(row, 1);
      MatchKind kind = switch (row.get(2)) {
        case "NAME" -> MatchKind.COUNTRY_NAME;
        case "DEMONYM" -> MatchKind.DEMONYM;
        case "CAPITAL" -> MatchKind.CAPITAL;
        default -> throw new IllegalStateException(row.where(2, "expected NAME, DEMONYM or CAPITAL"));
      };
      actors.putIfAbsent(row.get(0), new Target(code, kind));
      if (kind == MatchKind.DEMONYM) {
        demonyms.add(row.get(0));
      }
    }
    for (Tsv.Row row : Tsv.read("organisations.tsv", 3)) {
      String code = row.get(0);
      if (!code.matches("[A-Z]{2,6}")) {
        throw new IllegalStateException(row.where(0, "expected an upper-case short code of 2 to 6 letters"));
      }
      for (String name : row.listColumn(1)) {
        actors.putIfAbsent(name, new Target(code, MatchKind.ORGANISATION));
      }
      if (!row.get(2).isEmpty()) {
        actors.putIfAbsent(row.get(2), new Target(code, MatchKind.ORGANISATION));
      }
    }
    for (Country c : countries.values()) {
      for (String name : c.names()) {
        actors.putIfAbsent(name, new Target(c.alpha3(), MatchKind.COUNTRY_NAME));
      }
    }
    for (Country c : countries.values()) {
      for (String d : c.demonyms()) {
        actors.putIfAbsent(d, new Target(c.alpha3(), MatchKind.DEMONYM));
        demonyms.add(d);
      }
    }
    for (String d : demonyms) {
      if (!d.endsWith("s") && !d.endsWith("sh") && !d.endsWith("ese")) {
        actors.putIfAbsent(d + "s", new Target(actors.get(d).code(), MatchKind.DEMONYM)); // "Zimbabweans"
      }
    }
    for (City city : cities) {
      if (city.capital()) {
        for (String key : city.keys()) {
          if (!exclusions.contains(key)) {
            actors.putIfAbsent(key, new Target(city.alpha3(), MatchKind.CAPITAL));
          }
        }
      }
    }
    for (Country c : countries.values()) {
      if (c.capital() != null && !exclusions.contains(c.capital())) {
        actors.putIfAbsent(c.capital(), new Target(c.alpha3(), MatchKind.CAPITAL));
      }
    }

    // Places: countries first, then cities by falling population, then capitals known only by another name.
    for (Tsv.Row row : aliases) {
      if (row.get(2).equals("NAME")) {
        places.putIfAbsent(row.get(0), countryPlace(countries.get(row.get(1))));
      }
    }
    for (Country c : countries.values()) {
      for (String name : c.names()) {
        places.putIfAbsent(name, countryPlace(c));
      }
    }
    Map<String, City> capitalOf = new HashMap<>();
    for (City city : cities) {
      for (String key : city.keys()) {
        places.putIfAbsent(key, city.place());
      }
      if (city.capital()) {
        capitalOf.putIfAbsent(city.alpha3(), city);
      }
    }
    for (Map.Entry<String, Target> e : actors.entrySet()) {
      City capital = capitalOf.get(e.getValue().code());
      if (e.getValue().kind() == MatchKind.CAPITAL && capital != null) {
        places.putIfAbsent(e.getKey(), capital.place());
      }
    }

    // Names for find: excluded phrases first, to be skipped; every actor name; big cities and capitals.
    for (String phrase : exclusions) {
      findNames.put(phrase, Target.IGNORED);
    }
    actors.forEach(findNames::putIfAbsent);
    Set<String> seen = new HashSet<>();
    for (City city : cities) {
      boolean big = city.capital() || city.population() >= FIND_MIN_POPULATION;
      for (String key : city.keys()) {
        // The most populous city of a name decides; a small namesake of a capital is not matched as a city.
        if (seen.add(key) && big && !exclusions.contains(key)) {
          findNames.putIfAbsent(key, new Target(city.alpha3(), city.capital() ? MatchKind.CAPITAL : MatchKind.CITY));
        }
      }
    }
  }

  private void readCountries() {
    for (Tsv.Row row : Tsv.read("countries.tsv", 9)) {
      String alpha3 = row.get(0);
      if (countries.containsKey(alpha3)) {
        throw new IllegalStateException(row.where(0, "alpha3 code given twice"));
      }
      List<String> names = new ArrayList<>();
      names.add(row.get(2));
      for (String n : row.listColumn(4)) {
        if (!names.contains(n)) {
          names.add(n);
        }
      }
      String capital = row.get(6).isEmpty() ? null : row.get(6);
      try {
        countries.put(alpha3, new Country(alpha3, row.get(1), row.get(2), names, row.listColumn(5), capital,
            row.doubleColumn(7), row.doubleColumn(8)));
      } catch (IllegalArgumentException e) {
        throw new IllegalStateException(row.resource() + " line " + row.line() + ": " + e.getMessage(), e);
      }
    }
  }

  private List<City> readCities() {
    List<City> cities = new ArrayList<>();
    long previous = Long.MAX_VALUE;
    for (Tsv.Row row : Tsv.read("cities.tsv", 8)) {
      String alpha3 = knownCountry(row, 3);
      long population = row.longColumn(4);
      if (population > previous) {
        throw new IllegalStateException(row.where(4, "cities must be sorted by falling population"));
      }
      previous = population;
      List<String> keys = new ArrayList<>();
      keys.add(row.get(0));
      for (String k : concat(List.of(row.get(1)), row.listColumn(2))) {
        if (!k.isEmpty() && !keys.contains(k)) {
          keys.add(k);
        }
      }
      boolean capital = switch (row.get(5)) {
        case "1" -> true;
        case "0" -> false;
        default -> throw new IllegalStateException(row.where(5, "expected 0 or 1"));
      };
      cities.add(new City(row.get(0), List.copyOf(keys), alpha3, population, capital, row.doubleColumn(6), row.doubleColumn(7)));
    }
    return cities;
  }

  private String knownCountry(Tsv.Row row, int column) {
    String code = row.get(column);
    if (!countries.containsKey(code)) {
      throw new IllegalStateException(row.where(column, "no such alpha3 code in countries.tsv"));
    }
    return code;
  }

  private static Place countryPlace(Country c) {
    return new Place(c.name(), c.alpha3(), Place.Kind.COUNTRY, c.lat(), c.lon(), 0);
  }

  private static List<String> concat(List<String> a, List<String> b) {
    List<String> all = new ArrayList<>(a);
    all.addAll(b);
    return all;
  }
}
