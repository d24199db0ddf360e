package org.attache.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Fuzzes the date-line parser. {@code ./mvnw test} replays the committed inputs (and any finding) under
 * {@code src/test/resources/org/attache/ingest/DateLineFuzzTestInputs/}; {@code JAZZER_FUZZ=1} fuzzes for the
 * {@code maxDuration} (see {@code .ci/run}).
 */
class DateLineFuzzTest {
  @FuzzTest(maxDuration = "5s")
  void findsAWellFormedDateLineOrNone(FuzzedDataProvider data) {
    String text = data.consumeRemainingAsString();
    DateLine line = DateLine.find(text);
    if (line == null) {
      return;
    }
    assertThat(line.bodyStart()).isBetween(0, text.length());
    assertThat(line.value()).matches("\\d{4}-\\d{2}(-\\d{2})?");
    assertThat(text.substring(0, line.bodyStart())).as("only the prefix and blanks lie before the body")
        .matches("[ \\t]*date[ \\t]+" + line.value() + "[ \\t\\r\\n]*");
    if (line.date() != null) {
      assertThat(line.date().toString()).isEqualTo(line.value());
    }
  }
}
