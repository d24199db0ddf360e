package org.attache.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ExtractorVersionTest {
  @Test
  void theExtractorVersionIsAHashOfTheExtractionCode() {
    String v = ExtractorVersion.current();
    assertThat(v).matches("x-[0-9a-f]{12}").isEqualTo(ExtractorVersion.current());
  }
}
