package org.attache.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;

class GazetteerDataTest {
  @Test
  void everyAlpha3InCountriesTsvIsThreeUpperCaseLettersAndUnique() {
    List<Tsv.Row> rows = Tsv.read("countries.tsv", 9);
    Set<String> seen = new HashSet<>();
    for (Tsv.Row row : rows) {
      assertThat(row.get(0)).as(row.where(0, "alpha3")).matches("[A-Z]{3}");
      assertThat(seen.add(row.get(0))).as(row.where(0, "duplicate")).isTrue();
    }
    assertThat(rows).hasSizeGreaterThanOrEqualTo(249);
  }

  @Test
  void everyCityBelongsToAKnownCountryAndCapitalsAreFlagged() {
    Gazetteer gazetteer = Gazetteer.load();
    List<Tsv.Row> cities = Tsv.read("cities.tsv", 8);
    assertThat(cities).hasSizeBetween(4_000, 6_000);
    long capitals = cities.stream().filter(r -> r.get(5).equals("1")).count();
    assertThat(capitals).isGreaterThan(200);
    for (Tsv.Row row : cities) {
      assertThat(gazetteer.country(row.get(3))).as(row.where(3, "country")).isPresent();
    }
  }

  @Test
  void loadsWellUnderASecond() {
    Gazetteer.load();
    long start = System.nanoTime();
    Gazetteer gazetteer = Gazetteer.load();
    long millis = (System.nanoTime() - start) / 1_000_000;
    assertThat(gazetteer.countries()).hasSize(250);
    assertThat(millis).isLessThan(500);
  }

  @Test
  void findScansAMegabyteOfNewsFastWithSpansInBounds() {
    Gazetteer gazetteer = Gazetteer.load();
    String[] words = ("the of and to in a is that for on was with he it as at by his from are this said ministers "
        + "Belarus Minsk Zimbabwe's President U.S. talks NATO Beijing Chinese officials meeting agreed trade "
        + "Mobile Split Nice Reading Male 2024 (Reuters) - \u201cwe\u201d").split(" ");
    RandomGenerator random = new java.util.SplittableRandom(42);
    StringBuilder sb = new StringBuilder(1 << 20);
    while (sb.length() < 1 << 20) {
      sb.append(words[random.nextInt(words.length)]).append(random.nextInt(12) == 0 ? ". " : " ");
    }
    String text = sb.toString();
    gazetteer.find(text);
    long start = System.nanoTime();
    List<GeoMatch> matches = gazetteer.find(text);
    double seconds = (System.nanoTime() - start) / 1e9;
    int previousEnd = 0;
    for (GeoMatch m : matches) {
      assertThat(m.start()).isGreaterThanOrEqualTo(previousEnd);
      assertThat(text.substring(m.start(), m.end())).isEqualTo(m.text());
      previousEnd = m.end();
    }
    assertThat(matches).hasSizeGreaterThan(10_000);
    assertThat(matches).extracting(GeoMatch::text).doesNotContain("Mobile", "Split", "Nice", "Reading", "Male", "the");
    assertThat(text.length() / seconds).as("chars per second").isGreaterThan(2e6);
  }
}
