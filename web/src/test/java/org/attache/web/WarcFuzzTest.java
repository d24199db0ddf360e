package org.attache.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.attache.model.ArticleIssue;
import org.jspecify.annotations.Nullable;

/**
 * Fuzzes the WARC reader (jwarc, lenient, with resynchronisation after a broken record): whatever the file's
 * bytes, reading ends (resync always moves forward), never throws, and gives HTML captures whose offsets lie
 * inside the file and whose bodies respect the cap, plus recorded problems.
 */
class WarcFuzzTest {
  private static final long CAP = 4096;

  @FuzzTest(maxDuration = "5s")
  void readsAnyArchiveIntoCapturesAndProblems(FuzzedDataProvider data) throws IOException {
    byte[] bytes = data.consumeRemainingAsBytes();
    Path file = Files.createTempFile("attache-fuzz", ".warc");
    try {
      Files.write(file, bytes);
      List<Long> offsets = new ArrayList<>();
      List<ArticleIssue> problems = new ArrayList<>();
      WarcArchive.read(file, CAP, new WarcArchive.Visitor() {
        @Override
        public void capture(String target, Instant date, @Nullable String type, byte[] body, long offset) {
          assertThat(body.length).isLessThanOrEqualTo((int) CAP);
          assertThat(type).isNotNull().containsIgnoringCase("html");
          offsets.add(offset);
        }

        @Override
        public void problem(ArticleIssue issue) {
          problems.add(issue);
        }
      });
      assertThat(offsets).allSatisfy(o -> assertThat(o).isBetween(0L, (long) bytes.length));
      assertThat(problems).allSatisfy(i -> {
        assertThat(i.message()).isNotBlank();
        assertThat(i.skipped()).isTrue();
        assertThat(i.kind()).isIn(ArticleIssue.Kind.MALFORMED, ArticleIssue.Kind.TOO_LARGE, ArticleIssue.Kind.UNREADABLE);
      });
      assertThat(problems.size()).as("at most one problem per byte").isLessThanOrEqualTo(bytes.length + 1);
    } finally {
      Files.deleteIfExists(file);
    }
  }
}
