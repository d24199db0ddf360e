package org.attache.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RolesTest {
  @Test
  void defenseMinisterAndMinisterOfDefenseAreOneRole() {
    assertThat(Roles.normalise("Defense Minister")).isEqualTo("Minister of Defence");
    assertThat(Roles.normalise("defence minister")).isEqualTo("Minister of Defence");
    assertThat(Roles.normalise("Minister of Defense")).isEqualTo("Minister of Defence");
  }

  @Test
  void foreignMinisterIsMinisterOfForeignAffairs() {
    assertThat(Roles.normalise("Foreign Minister")).isEqualTo("Minister of Foreign Affairs");
    assertThat(Roles.normalise("FM")).isEqualTo("Minister of Foreign Affairs");
    assertThat(Roles.normalise("Deputy Foreign Minister")).isEqualTo("Deputy Minister of Foreign Affairs");
  }

  @Test
  void keepsRolesItDoesNotKnowAsWritten() {
    assertThat(Roles.normalise("Prime Minister")).isEqualTo("Prime Minister");
    assertThat(Roles.normalise("President")).isEqualTo("President");
    assertThat(Roles.normalise("Minister of State Authority for Military Industry"))
        .isEqualTo("Minister of State Authority for Military Industry");
  }

  @Test
  void normalisesEachOfTwoJoinedRolesAndKeepsPrimeMinistersWhole() {
    assertThat(Roles.normalise("Deputy Prime Minister and Foreign Minister"))
        .isEqualTo("Deputy Prime Minister and Minister of Foreign Affairs");
    assertThat(Roles.normalise("Deputy Prime Minister")).isEqualTo("Deputy Prime Minister");
    assertThat(Roles.normalise("Interior Minister")).isEqualTo("Minister of Interior");
    assertThat(Roles.normalise("Minister of Trade and Industry")).isEqualTo("Minister of Trade and Industry");
  }
}
