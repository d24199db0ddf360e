package org.attache.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import org.attache.model.Article;
import org.attache.model.ArticleIssue;
import org.junit.jupiter.api.Test;

/**
 * What fuzzing found, as named tests (the raw inputs also stay in the fuzz tests' corpora under
 * {@code src/test/resources/org/attache/ingest/*FuzzTestInputs/}, where {@code ./mvnw test} replays them).
 */
class FuzzFindingsTest {
  private static List<Object> read(byte[] bytes) {
    List<Object> out = new ArrayList<>();
    new Ingestor(IngestOptions.defaults()).read(new ByteArrayInputStream(bytes), "in.txt", new Ingestor.Sink() {
      @Override
      public void article(Article a) {
        out.add(a);
      }

      @Override
      public void issue(ArticleIssue i) {
        out.add(i);
      }
    });
    return out;
  }

  /** Found by IngestorFuzzTest: FF FE FF FE 00 00 was stored as an article of a BOM and a NUL. */
  @Test
  void treatsUtf16TextHoldingNulCharactersAsBinary() {
    assertThat(read(new byte[] {(byte) 0xFF, (byte) 0xFE, (byte) 0xFF, (byte) 0xFE, 0, 0})).singleElement()
        .isInstanceOfSatisfying(ArticleIssue.class, i -> {
          assertThat(i.kind()).isEqualTo(ArticleIssue.Kind.BINARY);
          assertThat(i.message()).contains("NUL character at char 1 (of the decoded UTF-16 text)");
        });
  }

  @Test
  void treatsUtf16TextMostlyOfControlCharactersAsBinary() {
    byte[] b = new byte[2 + 40];
    b[0] = (byte) 0xFE;
    b[1] = (byte) 0xFF;
    for (int i = 2; i < b.length; i += 2) {
      b[i + 1] = (byte) (i % 4 == 0 ? 'a' : 0x01);
    }
    assertThat(read(b)).singleElement().isInstanceOfSatisfying(ArticleIssue.class,
        i -> assertThat(i.message()).contains("control characters in the first 20 chars of the decoded UTF-16 text"));
  }

  /** Found by DateLineFuzzTest: 'date 2024-00' was taken as the year 2024. */
  @Test
  void takesMonthZeroInADateLineAsNoRealDate() {
    DateLine line = DateLine.find("\tdate\t2024-00\t\rd\n");
    assertThat(line).isNotNull();
    assertThat(line.value()).isEqualTo("2024-00");
    assertThat(line.date()).isNull();
    assertThat(DateLine.find("date 2024-05-00 x").date()).isNull();
  }

  /** Found by ManifestFuzzTest: a header of NUL bytes escaped as commons-csv's own message, naming no file. */
  @Test
  void refusesAManifestWithABrokenHeaderNamingTheFile(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
      throws java.io.IOException {
    java.nio.file.Path m = java.nio.file.Files.write(dir.resolve("m.csv"), new byte[8]);
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> Manifest.read(m))
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("manifest " + m + ": cannot parse it: ");
    java.nio.file.Path zero = java.nio.file.Files.writeString(dir.resolve("z.csv"), "file,pub_date\na.txt,2024-00\n");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> Manifest.read(zero))
        .hasMessageContaining("line 2 column pub_date: bad date '2024-00'");
  }
}
