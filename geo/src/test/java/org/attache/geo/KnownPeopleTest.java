package org.attache.geo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class KnownPeopleTest {
  private static KnownPeople people;

  @BeforeAll
  static void load() {
    people = KnownPeople.load();
  }

  @Test
  void knowsLeadersByFullNameOtherNamesAndFirstAndLastName() {
    assertThat(people.countryOf("Vladimir Putin")).contains("RUS");
    assertThat(people.countryOf("Vladimir V. Putin")).contains("RUS");
    assertThat(people.countryOf("Hugo Chávez")).contains("VEN");
    assertThat(people.countryOf("Aleksandr Lukashenko")).contains("BLR");
    assertThat(people.countryOf("Recep Tayyip Erdoğan")).contains("TUR");
  }

  @Test
  void knowsASurnameAloneOnlyWhenItPointsToOneCountry() {
    assertThat(people.countryOfSurname("Mnangagwa")).contains("ZWE");
    assertThat(people.countryOfSurname("Putin")).contains("RUS");
    assertThat(people.countryOfSurname("Khan")).isEmpty(); // ministers of several countries
    assertThat(people.countryOfSurname("Li")).isEmpty(); // too short to trust
  }

  @Test
  void doesNotGuessStrangers() {
    assertThat(people.countryOf("Imran Aliyev")).isEmpty();
    assertThat(people.countryOf("Putin")).isEmpty();
    assertThat(people.countryOfSurname("Smithsonian")).isEmpty();
  }
}
