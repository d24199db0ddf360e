package org.attache.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PartialDateTest {
  @Test
  void parsesAndPrintsEachPrecision() {
    assertThat(PartialDate.parse("2023").toString()).isEqualTo("2023");
    assertThat(PartialDate.parse("2023-05").toString()).isEqualTo("2023-05");
    assertThat(PartialDate.parse("2023-05-17").precision()).isEqualTo(PartialDate.Precision.DAY);
  }

  @Test
  void refusesImpossibleDatesNamingTheValue() {
    assertThatThrownBy(() -> PartialDate.parse("2025-13-45")).hasMessageContaining("12");
    assertThatThrownBy(() -> PartialDate.parse("2025-02-30")).hasMessageContaining("2025-2-30");
    assertThatThrownBy(() -> PartialDate.parse("May 2025")).hasMessageContaining("'May 2025'");
  }

  @Test
  void agreesAtTheOtherDatesPrecisionOnly() {
    assertThat(PartialDate.parse("2025-12-17").agreesWith(PartialDate.parse("2025-12"))).isTrue();
    assertThat(PartialDate.parse("2025").agreesWith(PartialDate.parse("2025-12"))).isFalse();
    assertThat(PartialDate.parse("2025-11").agreesWith(PartialDate.parse("2025-12"))).isFalse();
    assertThat(PartialDate.parse("2025").compatibleWith(PartialDate.parse("2025-12"))).isTrue();
  }

  @Test
  void spanRefusesNegativeAndReversedOffsets() {
    assertThatThrownBy(() -> new Span(-1, 2)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Span(3, 2)).isInstanceOf(IllegalArgumentException.class);
    assertThat(new Span(1, 3).of("abcd")).isEqualTo("bc");
  }

  @Test
  void lastDayIsTheEndOfTheYearMonthOrTheDayItself() {
    assertThat(PartialDate.parse("2024").lastDay()).hasToString("2024-12-31");
    assertThat(PartialDate.parse("2024-02").lastDay()).hasToString("2024-02-29");
    assertThat(PartialDate.parse("2023-05-17").lastDay()).hasToString("2023-05-17");
  }
}
