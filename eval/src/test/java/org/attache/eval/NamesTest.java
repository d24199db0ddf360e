package org.attache.eval;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NamesTest {
  @Test
  void spellsDefenseTheBritishWay() {
    assertThat(Names.role("Defense Minister")).isEqualTo("defence minister");
    assertThat(Names.role("Defensive Coordinator")).isEqualTo("defensive coordinator");
  }

  @Test
  void turnsMinisterOfXIntoXMinister() {
    assertThat(Names.role("Minister of Defence")).isEqualTo("defence minister");
    assertThat(Names.role("Minister for Planning and Development")).isEqualTo("planning and development minister");
    assertThat(Names.role("First Deputy Minister of Foreign Affairs"))
        .isEqualTo("first deputy foreign affairs minister");
    assertThat(Names.role("Minister of the Interior")).isEqualTo("interior minister");
  }

  @Test
  void ignoresCaseSpacesAndALeadingThe() {
    assertThat(Names.role("  the  PRIME   minister ")).isEqualTo("prime minister");
  }

  @Test
  void treatsRolesAsTheSameAfterNormalising() {
    assertThat(Names.sameRole("Minister of Defense", "Defence Minister")).isTrue();
    assertThat(Names.sameRole("Minister of Foreign Affairs", "foreign affairs minister")).isTrue();
    assertThat(Names.sameRole("President", "Vice President")).isFalse();
    assertThat(Names.sameRole(null, null)).isTrue();
    assertThat(Names.sameRole("President", null)).isFalse();
    assertThat(Names.sameRole(null, "President")).isFalse();
  }

  @Test
  void comparesPlacesIgnoringCaseAndSurroundingSpace() {
    assertThat(Names.samePlace(" harare", "Harare ")).isTrue();
    assertThat(Names.samePlace("Harare", "Minsk")).isFalse();
    assertThat(Names.samePlace(null, null)).isTrue();
    assertThat(Names.samePlace("Harare", null)).isFalse();
  }
}
