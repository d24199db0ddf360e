package org.attache.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;

class DateLineFuzzTest {
  @FuzzTest(maxDuration = "5s")
  void findsADateLineOrNoneAndNeverThrows(String text) {
    DateLine line = DateLine.find(text);
    if (line != null) {
      assertThat(line.bodyStart()).isBetween(0, text.length());
    }
  }
}
