package org.attache.merge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attache.merge.Fixtures.article;

import java.util.List;
import java.util.Map;
import org.attache.model.CanonicalPerson;
import org.attache.model.Correction;
import org.attache.model.PartialDate;
import org.junit.jupiter.api.Test;

class PeopleTest {
  private static CanonicalPerson only(View v, String name) {
    List<CanonicalPerson> found = v.people().stream()
        .filter(p -> p.name().equals(name) || p.aliases().contains(name)).toList();
    assertThat(found).as("people named %s in %s", name, v.people()).hasSize(1);
    return found.getFirst();
  }

  @Test
  void transliterationsOfGivenNamesAreOnePerson() {
    View v = Fixtures.merge(
        article("a1", "2023-05-10").person("Viktor Khrenin", "BLR", "Minister of Defence"),
        article("a2", "2023-06-01").person("Victor Khrenin", "BLR", "Defense Minister"),
        article("a3", "2024-01-01").person("Aleksandr Lukashenko", "BLR", "President"),
        article("a4", "2024-02-01").person("Alexander Lukashenko", "BLR", "President"),
        article("a5", "2024-03-01").person("Alyaksandr Lukashenka", "BLR", "President"));
    CanonicalPerson khrenin = only(v, "Viktor Khrenin");
    assertThat(khrenin.name()).as("the smaller spelling among equally used ones").isEqualTo("Victor Khrenin");
    assertThat(khrenin.aliases()).containsExactly("Viktor Khrenin");
    assertThat(khrenin.members()).containsExactly("a1-p1", "a2-p1");
    assertThat(khrenin.roles()).as("defence and defense are one role").hasSize(1);
    assertThat(only(v, "Aleksandr Lukashenko").articleIds()).as("Lukashenka is a misspelling of the same president")
        .containsExactly("a3", "a4", "a5");
    assertThat(v.people()).hasSize(2);
  }

  @Test
  void surnameAloneJoinsThePersonOfItsCountry() {
    View v = Fixtures.merge(
        article("a1", "2023-05-10").person("Viktor Khrenin", "BLR", "Minister of Defence"),
        article("a2", "2023-06-01").person("Khrenin", "BLR", null),
        article("a3", "2023-06-02").person("Khrenin", null, "Minister of Defence"));
    assertThat(v.people()).hasSize(1);
    assertThat(v.people().getFirst().members()).containsExactly("a1-p1", "a2-p1", "a3-p1");
  }

  @Test
  void sameSurnameOfAnotherCountryOrRoleStaysApart() {
    View v = Fixtures.merge(
        article("a1", "2023-05-10").person("Ivan Petrov", "RUS", "Ambassador"),
        article("a2", "2023-06-01").person("Petrov", "BGR", "Minister of Finance"),
        article("a3", "2023-06-01").person("Kovalenko", "BLR", "Ambassador"),
        article("a4", "2023-06-02").person("Kovalenko", "BLR", "Minister of Industry"),
        article("a5", "2023-06-02").person("Anna Kovalenko", "UKR", null));
    assertThat(v.people()).hasSize(5);
  }

  @Test
  void misspeltSurnameJoinsWhenRoleAndCountryAgree() {
    View v = Fixtures.merge(
        article("a1", "2024-05-10").person("Sergei Pantusher", "BLR", "Ambassador"),
        article("a2", "2024-06-01").person("Pantus", "BLR", "Ambassador"),
        article("a3", "2024-06-01").person("Pantus", "BLR", "Minister of Sport"));
    assertThat(v.people()).hasSize(2);
    assertThat(only(v, "Sergei Pantusher").members()).containsExactly("a1-p1", "a2-p1");
  }

  @Test
  void roleHistoryKeepsFirstAndLastDateAndSources() {
    View v = Fixtures.merge(
        article("a1", "2019-03-01").person("Viktor Khrenin", "BLR", "Minister of Defence"),
        article("a2", "2023-05-10").person("Viktor Khrenin", "BLR", "Minister of Defence"),
        article("a3", "2014-01-01").person("Viktor Khrenin", "BLR", "Commander of the Western Operational Command"));
    CanonicalPerson p = v.people().getFirst();
    assertThat(p.roles()).hasSize(2);
    assertThat(p.roles().getFirst().role()).startsWith("Commander");
    assertThat(p.roles().get(1).firstSeen()).isEqualTo(PartialDate.parse("2019-03-01"));
    assertThat(p.roles().get(1).lastSeen()).isEqualTo(PartialDate.parse("2023-05-10"));
    assertThat(p.roles().get(1).articleIds()).containsExactly("a1", "a2");
    assertThat(p.currentRole()).isEqualTo("Minister of Defence");
  }

  @Test
  void curatorsMergeAndSplitPeople() {
    Fixtures.A a1 = article("a1", "2024-01-01").person("Roman Golovchenko", "BLR", "Prime Minister");
    Fixtures.A a2 = article("a2", "2024-01-02").person("Raman Halouchanka", "BLR", "Prime Minister");
    View before = Fixtures.merge(a1, a2);
    assertThat(before.people()).hasSize(2);
    String keep = before.personIdOf().get("a1-p1");
    String other = before.personIdOf().get("a2-p1");
    Correction merge = new Correction(1, Correction.Kind.PERSON_MERGE, keep, Map.of("other", other), "same man", "t");
    View merged = Merger.merge(Fixtures.sources(a1, a2), List.of(merge), Map.of(), Places.NONE);
    assertThat(merged.people()).hasSize(1);
    assertThat(merged.people().getFirst().id()).isEqualTo(keep);
    Correction split = new Correction(2, Correction.Kind.PERSON_SPLIT, keep, Map.of("name", "Raman Halouchanka"), "", "t");
    View splitAgain = Merger.merge(Fixtures.sources(a1, a2), List.of(merge, split), Map.of(), Places.NONE);
    assertThat(splitAgain.people()).hasSize(2);
    assertThat(splitAgain.personIdOf().get("a1-p1")).isEqualTo(keep);
  }
}
