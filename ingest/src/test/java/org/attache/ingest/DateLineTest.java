package org.attache.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.attache.model.PartialDate;
import org.junit.jupiter.api.Test;

class DateLineTest {
  @Test
  void endsTheBodyPrefixAtTheFirstWordAfterTheDate() {
    DateLine line = DateLine.find(" date 2025-12-17 Hello");

    assertThat(line).isEqualTo(new DateLine("2025-12-17", new PartialDate(2025, 12, 17), 17));
  }

  @Test
  void needsTheDateToEndAtWhitespaceOrTheEnd() {
    assertThat(DateLine.find(" date 2025-12-17x Hello")).isNull();
    assertThat(DateLine.find(" date 2025-12")).isEqualTo(new DateLine("2025-12", PartialDate.ofMonth(2025, 12), 13));
  }

  @Test
  void ignoresTextThatDoesNotStartWithTheWordDate() {
    assertThat(DateLine.find("Update 2025-12-17 Hello")).isNull();
    assertThat(DateLine.find("dated 2025-12-17 Hello")).isNull();
    assertThat(DateLine.find("date 2025 Hello")).isNull();
  }

  @Test
  void keepsAnImpossibleDateAsWrittenWithNoValue() {
    DateLine line = DateLine.find("date 2025-13-45\r\nHello");

    assertThat(line).isEqualTo(new DateLine("2025-13-45", null, 17));
  }
}
