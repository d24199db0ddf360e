package org.attache.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import org.attache.model.Article;
import org.attache.model.ArticleIssue;

/**
 * Fuzzes reading one input's bytes (binary sniffing, UTF-8/UTF-16 decoding, the date line, the article record):
 * whatever the bytes, the read ends with exactly one article or one skipping issue, never an exception, and an
 * article's body lies inside its text. Corpus and findings: {@code DateLineFuzzTest}'s note.
 */
class IngestorFuzzTest {
  private static final Ingestor INGESTOR = new Ingestor(new IngestOptions(64 * 1024, null, null));

  @FuzzTest(maxDuration = "5s")
  void readsAnyBytesIntoOneArticleOrOneSkip(FuzzedDataProvider data) {
    byte[] bytes = data.consumeRemainingAsBytes();
    List<Article> articles = new ArrayList<>();
    List<ArticleIssue> issues = new ArrayList<>();
    INGESTOR.read(new ByteArrayInputStream(bytes), "fuzz.txt", new Ingestor.Sink() {
      @Override
      public void article(Article a) {
        articles.add(a);
      }

      @Override
      public void issue(ArticleIssue i) {
        issues.add(i);
      }
    });
    long skips = issues.stream().filter(ArticleIssue::skipped).count();
    assertThat(articles.size() + skips).as("articles %s, issues %s", articles, issues).isEqualTo(1);
    assertThat(issues).allSatisfy(i -> {
      assertThat(i.source()).isEqualTo("fuzz.txt");
      assertThat(i.message()).isNotBlank();
      assertThat(i.kind()).isNotEqualTo(ArticleIssue.Kind.UNREADABLE);
    });
    for (Article a : articles) {
      assertThat(a.body().end()).isEqualTo(a.text().length());
      assertThat(a.body().start()).isBetween(0, a.text().length() - 1);
      assertThat(a.text()).as("binary content is never an article").doesNotContain("\0");
      assertThat(a.text().codePoints().anyMatch(c -> !Character.isWhitespace(c) && !Character.isSpaceChar(c)
          && Character.getType(c) != Character.FORMAT)).as("an article has something visible").isTrue();
    }
  }
}
