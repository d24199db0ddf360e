package org.attache.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.attache.cli.BadInputCorpus.Case;
import org.attache.cli.BadInputCorpus.Outcome;
import org.attache.model.Article;
import org.attache.model.ArticleIssue;
import org.attache.store.Store;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bad-input corpus through the real {@code attache ingest}: one batch holding every kind beside good articles
 * ends with exit code 0, each bad input recorded as an issue naming its file and the problem, and the rest stored.
 */
class BadInputIngestTest {
  @TempDir static Path tmp;
  static List<Case> cases;
  static Path corpus;
  static Cli.Result ingest;
  static List<ArticleIssue> issues;
  static Map<String, Article> articles;

  @BeforeAll
  static void ingestTheCorpusOnce() throws IOException {
    corpus = Files.createDirectory(tmp.resolve("corpus"));
    cases = BadInputCorpus.write(corpus);
    Path db = tmp.resolve("attache.db");
    ingest = Cli.run("ingest", "--db", db.toString(), "--threads", "2", corpus.toString());
    try (Store s = Store.openSqlite(db)) {
      issues = s.issues();
      articles = s.articles().stream().collect(Collectors.toMap(Article::source, Function.identity()));
    }
  }

  @Test
  void theCorpusHoldsAtLeast25Kinds() {
    assertThat(cases.stream().map(Case::kind).distinct().count()).isGreaterThanOrEqualTo(25);
  }

  @Test
  void theBatchEndsWithoutACrash() {
    assertThat(ingest.code()).as("%s", ingest).isZero();
    assertThat(ingest.err()).as("%s", ingest).doesNotContain("Exception").doesNotContain("\tat ");
    assertThat(ingest.out()).contains("0 failed analysis");
  }

  @Test
  void everyBadInputIsRecordedWithItsFileAndProblem() {
    for (Case c : cases) {
      List<ArticleIssue> mine = issues.stream().filter(i -> i.source().equals(c.path().toString())).toList();
      if (c.outcome() == Outcome.STORED) {
        assertThat(mine).as("%s (%s): no issue", c.kind(), c.path()).isEmpty();
        continue;
      }
      assertThat(mine).as("%s (%s): issues %s", c.kind(), c.path(), issues).singleElement().satisfies(i -> {
        assertThat(i.kind().name()).as(c.kind()).isEqualTo(c.expectedKind());
        assertThat(i.message()).as(c.kind()).contains(c.messagePart());
        assertThat(i.skipped()).as(c.kind()).isEqualTo(c.outcome() == Outcome.SKIPPED);
      });
    }
  }

  @Test
  void noIssueIsRecordedForAnythingOutsideTheCorpus() {
    Set<String> paths = cases.stream().map(c -> c.path().toString()).collect(Collectors.toSet());
    assertThat(issues).allSatisfy(i -> assertThat(paths).contains(i.source()));
  }

  @Test
  void inputsKeptOrStoredAreStoredWithTheirExactText() {
    for (Case c : cases) {
      Article a = articles.get(c.path().toString());
      if (c.outcome() == Outcome.SKIPPED) {
        assertThat(a).as("%s (%s) not stored", c.kind(), c.path()).isNull();
      } else {
        assertThat(a).as("%s (%s) stored", c.kind(), c.path()).isNotNull();
        if (c.text() != null) {
          assertThat(a.text()).as(c.kind()).isEqualTo(c.text());
        }
        if (c.outcome() == Outcome.KEPT_WITH_ISSUE && "BAD_DATE".equals(c.expectedKind())) {
          assertThat(a.pubDate()).as("%s: a bad date line gives no publication date", c.kind()).isNull();
        }
      }
    }
  }

  @Test
  void theGoodArticlesOfTheBatchAreStored() {
    for (int i = 0; i < BadInputCorpus.GOOD.size(); i++) {
      Article a = articles.get(corpus.resolve("good-" + i + ".txt").toString());
      assertThat(a).as("good-%d.txt", i).isNotNull();
      assertThat(a.text()).isEqualTo(BadInputCorpus.GOOD.get(i));
      assertThat(a.pubDate()).isNotNull();
    }
    long stored = cases.stream().filter(c -> c.outcome() != Outcome.SKIPPED).count() + BadInputCorpus.GOOD.size();
    assertThat(articles).hasSize((int) stored);
  }
}
