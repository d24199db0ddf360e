package org.attache.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.attache.model.Article;
import org.attache.model.ArticleFingerprint;
import org.attache.model.Event;
import org.attache.model.EventType;
import org.attache.model.PartialDate;
import org.attache.model.Person;
import org.attache.model.Span;
import org.attache.model.Status;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading the whole store in one pass, as the canonical view does, and noticing that it changed. */
class WholeStoreReadTest {
  @TempDir Path dir;

  /** Twenty articles, each with people and events whose stored order differs from their date order. */
  private static List<Store.Extracted> corpus() {
    List<Store.Extracted> out = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      String text = "Story " + i + ": Lukashenko met Putin in Minsk. Later Mnangagwa came to Harare. Then talks began.";
      Article a = Fixtures.article("s" + i + ".txt", text);
      if (i % 3 == 0) {
        a = new Article(a.id(), a.source(), a.text(), a.body(), PartialDate.parse("2024-05-0" + (1 + i % 9)),
            Article.PubDateSource.OPTION, null, null, a.contentHash());
      }
      List<Event> events = List.of(
          Fixtures.event(a.id() + "-1", a, "Then talks began", EventType.CONSULT, Status.OCCURRED, null, "BLR", "ZWE"),
          Fixtures.event(a.id() + "-2", a, "Mnangagwa came to Harare", EventType.CONSULT, Status.OCCURRED,
              "2024-05-0" + (1 + i % 7), "ZWE", "BLR"),
          Fixtures.event(a.id() + "-3", a, "Lukashenko met Putin", EventType.CONSULT, Status.PLANNED, "2024-05",
              "BLR", "RUS"),
          why(Fixtures.event(a.id() + "-4", a, "in Minsk", EventType.AGREE, Status.OCCURRED, "2024-05-01", "BLR")));
      List<Person> people = i % 4 == 3 ? List.of() : List.of(
          Fixtures.person(a.id() + "-p2", a, "Putin", "RUS"),
          Fixtures.person(a.id() + "-p1", a, "Lukashenko", "BLR", "Alexander Lukashenko", "A. Lukashenko"));
      out.add(new Store.Extracted(a, people, events));
    }
    return out;
  }

  private static Event why(Event e) {
    return new Event(e.id(), e.articleId(), e.type(), e.mode(), e.actors(), e.directed(), e.date(), e.location(),
        e.sectors(), e.status(), e.people(), e.evidence(), e.evidenceText(), e.confidence(), Map.of("type", "a rule"));
  }

  /** What a whole read hands over. */
  private static class Collected implements Store.WholeReader {
    final List<Store.Extraction> extractions = new ArrayList<>();
    final List<ArticleFingerprint> fingerprints = new ArrayList<>();
    final List<Article> unprinted = new ArrayList<>();

    @Override
    public void extraction(Store.Extraction extraction) {
      extractions.add(extraction);
    }

    @Override
    public void fingerprint(ArticleFingerprint fingerprint) {
      fingerprints.add(fingerprint);
    }

    @Override
    public void unprinted(Article article) {
      unprinted.add(article);
    }
  }

  @Test
  void aWholeReadGivesEveryArticleWithWhatTheQueriesGiveLessReasonsAndMentions() {
    try (Store s = Store.openSqlite(dir.resolve("a.db"))) {
      List<Store.Extracted> corpus = corpus();
      s.putArticles(corpus);
      Collected all = new Collected();
      s.readWhole(all);
      assertThat(all.extractions).extracting(Store.Extraction::articleId)
          .containsExactlyElementsOf(corpus.stream().map(x -> x.article().id()).toList());
      for (Store.Extraction x : all.extractions) {
        Article a = s.article(x.articleId()).orElseThrow();
        assertThat(x.pubDate()).isEqualTo(a.pubDate());
        // The order of the queries of one article, less the reasons and mentions whole-store readers go without.
        assertThat(x.events()).isEqualTo(s.events(EventQuery.all().withArticleId(a.id())).stream()
            .map(e -> new Event(e.id(), e.articleId(), e.type(), e.mode(), e.actors(), e.directed(), e.date(),
                e.location(), e.sectors(), e.status(), e.people(), e.evidence(), e.evidenceText(), e.confidence(),
                Map.of())).toList());
        assertThat(x.people()).isEqualTo(s.people(PersonQuery.all().withArticleId(a.id())).stream()
            .map(p -> new Person(p.id(), p.articleId(), p.name(), p.country(), p.role(), p.aliases(), List.<Span>of()))
            .toList());
      }
      assertThat(all.extractions.getFirst().events()).extracting(Event::date).last().isNull();
      assertThat(all.extractions.getFirst().people().getLast().id()).as("stored order, not id order").endsWith("-p1");
    }
  }

  @Test
  void aWholeReadGivesTheStoredFingerprintsAndTheArticlesWithoutOne() {
    try (Store s = Store.openSqlite(dir.resolve("f.db"))) {
      List<Store.Extracted> corpus = corpus();
      s.putArticles(corpus);
      List<ArticleFingerprint> printed = new ArrayList<>();
      for (int i = 0; i < corpus.size(); i += 2) {
        ArticleFingerprint f = new ArticleFingerprint(corpus.get(i).article().id(), "h" + i, 1, List.of(i, -i));
        s.putFingerprint(f);
        printed.add(f);
      }
      Collected all = new Collected();
      s.readWhole(all);
      assertThat(all.fingerprints).containsExactlyInAnyOrderElementsOf(printed).isEqualTo(s.fingerprints().stream()
          .sorted(java.util.Comparator.comparing(f -> printed.indexOf(f))).toList());
      assertThat(all.unprinted).hasSize(corpus.size() - printed.size()).allSatisfy(a -> {
        assertThat(a).isEqualTo(s.article(a.id()).orElseThrow());
        assertThat(printed).noneMatch(f -> f.articleId().equals(a.id()));
      });
    }
  }

  @Test
  void otherCallsGoOnWhileAWholeReadTakesItsTime() throws Exception {
    try (Store s = Store.openSqlite(dir.resolve("w.db"))) {
      s.putArticles(corpus());
      java.util.concurrent.CountDownLatch reading = new java.util.concurrent.CountDownLatch(1);
      java.util.concurrent.CountDownLatch answered = new java.util.concurrent.CountDownLatch(1);
      Thread slow = new Thread(() -> s.readWhole(new Collected() {
        @Override
        public void extraction(Store.Extraction extraction) {
          reading.countDown();
          try {
            answered.await();
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
        }
      }));
      slow.start();
      reading.await();
      // The reader waits inside its read: calls and writes on the store still go through.
      assertThat(s.stats().articles()).isEqualTo(20);
      s.addCorrection(org.attache.model.Correction.Kind.EVENT_REJECT, "E1", Map.of(), "");
      answered.countDown();
      slow.join();
    }
  }

  @Test
  void theChangeCountMovesOnEveryWriteOfThisOrAnotherConnectionAndOnlyThen() throws Exception {
    Path file = dir.resolve("c.db");
    try (Store s = Store.openSqlite(file); Store other = Store.openSqlite(file)) {
      long first = s.changeCount();
      s.stats();
      s.readWhole(new Collected());
      assertThat(s.changeCount()).isEqualTo(first);
      s.putArticles(corpus().subList(0, 1));
      long afterOwn = s.changeCount();
      assertThat(afterOwn).isNotEqualTo(first);
      other.addCorrection(org.attache.model.Correction.Kind.EVENT_REJECT, "E1", Map.of(), "");
      assertThat(s.changeCount()).isNotEqualTo(afterOwn);
      long now = s.changeCount();
      Fixtures.execute(file, "DELETE FROM corrections");
      assertThat(s.changeCount()).isNotEqualTo(now);
    }
  }
}
