package org.attache.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.attache.model.ArticleIssue;
import org.attache.model.ArticleIssue.Kind;
import org.attache.pipeline.Pipeline;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How ingest sorts its inputs and sums up a batch; no model is loaded. */
class WebIntakeTest {
  @TempDir Path dir;

  @Test
  void urlsWebFilesAndTextAreToldApartAlsoInsideFolders() throws IOException {
    Path mixed = Files.createDirectories(dir.resolve("mixed"));
    Files.writeString(mixed.resolve("a.txt"), "text");
    Files.writeString(mixed.resolve("b.html"), "<p>x</p>");
    Files.createDirectories(mixed.resolve("sub"));
    Files.writeString(mixed.resolve("sub").resolve("c.warc.gz"), "x");
    Files.createDirectories(mixed.resolve(".hidden"));
    Files.writeString(mixed.resolve(".hidden").resolve("d.html"), "x");
    Path textOnly = Files.createDirectories(dir.resolve("text"));
    Files.writeString(textOnly.resolve("e.txt"), "text");

    WebIntake.Split s = WebIntake.split(List.of("https://example.org/a", mixed.toString(), textOnly.toString(),
        dir.resolve("page.htm").toString(), dir.resolve("notes.txt").toString()));
    assertThat(s.urls()).containsExactly("https://example.org/a");
    assertThat(s.webFiles()).containsExactly(mixed.resolve("b.html"), mixed.resolve("sub").resolve("c.warc.gz"),
        dir.resolve("page.htm"));
    assertThat(s.text()).containsExactly(mixed.resolve("a.txt"), textOnly, dir.resolve("notes.txt"));
  }

  @Test
  void theSummaryCountsReadNewDuplicateAndFailedByReason() {
    WebIntake.Tally t = new WebIntake.Tally();
    t.issue(new ArticleIssue("u1", Kind.TIMEOUT, "slow", true));
    t.issue(new ArticleIssue("u2", Kind.FETCH_FAILED, "HTTP 404", true));
    t.issue(new ArticleIssue("u3", Kind.FETCH_FAILED, "HTTP 500", true));
    t.issue(new ArticleIssue("u4", Kind.DUPLICATE, "same text as u0", true));
    t.issue(new ArticleIssue("u5", Kind.BAD_CHARSET, "kept anyway", false));
    t.notAnalysed = 1;
    StringWriter out = new StringWriter();
    t.print(new PrintWriter(out), new Pipeline.Summary(4, 3, 1, 4, 0, 7, 2, 0));
    assertThat(out.toString().strip())
        .isEqualTo("summary: 8 read, 3 new (1 not analysed), 2 duplicate, 3 failed (fetch failed 2, timeout 1)");
  }
}
