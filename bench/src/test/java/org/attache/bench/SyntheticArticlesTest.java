package org.attache.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.attache.ingest.IngestOptions;
import org.attache.ingest.Ingestor;
import org.attache.model.Article;
import org.attache.model.ArticleIssue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SyntheticArticlesTest {
  @TempDir Path dir;

  @Test
  void writesMarkedArticlesWithADateLineThatTheIngestorReads() throws IOException {
    List<Path> files = SyntheticArticles.write(dir.resolve("s"), 5, 42);
    assertThat(files).extracting(f -> f.getFileName().toString()).containsExactly("synthetic-000001.txt",
        "synthetic-000002.txt", "synthetic-000003.txt", "synthetic-000004.txt", "synthetic-000005.txt");
    List<Article> read = new ArrayList<>();
    List<ArticleIssue> issues = new ArrayList<>();
    new Ingestor(IngestOptions.defaults()).read(files, new Ingestor.Sink() {
      @Override
      public void article(Article a) {
        read.add(a);
      }

      @Override
      public void issue(ArticleIssue i) {
        issues.add(i);
      }
    });
    assertThat(issues).isEmpty();
    assertThat(read).hasSize(5).allSatisfy(a -> {
      assertThat(a.pubDate()).isNotNull();
      assertThat(a.text()).endsWith(SyntheticArticles.MARK + "\n");
      assertThat(a.text().split("\\s+").length).isBetween(120, 700);
    });
  }

  @Test
  void givesTheSameArticlesForTheSameSeed() throws IOException {
    List<Path> a = SyntheticArticles.write(dir.resolve("a"), 3, 7);
    List<Path> b = SyntheticArticles.write(dir.resolve("b"), 3, 7);
    List<Path> c = SyntheticArticles.write(dir.resolve("c"), 3, 8);
    for (int i = 0; i < 3; i++) {
      assertThat(Files.readString(a.get(i))).isEqualTo(Files.readString(b.get(i)));
    }
    assertThat(Files.readString(a.get(0))).isNotEqualTo(Files.readString(c.get(0)));
  }

  @Test
  void rejectsANegativeCount() {
    assertThatThrownBy(() -> SyntheticArticles.write(dir, -1, 1)).hasMessageContaining("-1");
  }
}
