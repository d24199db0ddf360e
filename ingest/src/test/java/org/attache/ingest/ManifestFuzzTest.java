package org.attache.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Fuzzes the manifest reader (CSV and TSV): any content either reads or is refused with an
 * {@link IllegalArgumentException} naming the manifest; nothing else escapes. Corpus and findings: see
 * {@code DateLineFuzzTest}.
 */
class ManifestFuzzTest {
  private static final Path DIR;

  static {
    try {
      DIR = Files.createTempDirectory("manifest-fuzz");
      DIR.toFile().deleteOnExit();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @FuzzTest(maxDuration = "5s")
  void readsAManifestOrRefusesItNamingTheFile(FuzzedDataProvider data) throws IOException {
    boolean tsv = data.consumeBoolean();
    Path file = DIR.resolve(tsv ? "manifest.tsv" : "manifest.csv");
    Files.write(file, data.consumeRemainingAsBytes());
    try {
      Manifest m = Manifest.read(file);
      assertThat(m).isNotNull();
    } catch (IllegalArgumentException e) {
      assertThat(e.getMessage()).startsWith("manifest " + file);
    }
  }
}
