package org.attache.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
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

/** Reading the whole store page by page, as the canonical view does, and noticing that it changed. */
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
          Fixtures.person(a.id() + "-p1", a, "Lukashenko", "BLR", "Alexander Lukashenko"));
      out.add(new Store.Extracted(a, people, events));
    }
    return out;
  }

  private static Event why(Event e) {
    return new Event(e.id(), e.articleId(), e.type(), e.mode(), e.actors(), e.directed(), e.date(), e.location(),
        e.sectors(), e.status(), e.people(), e.evidence(), e.evidenceText(), e.confidence(), Map.of("type", "a rule"));
  }

  @Test
  void extractionsPageThroughEveryArticleInIdOrderAsTheQueriesGiveThem() {
    try (Store s = Store.openSqlite(dir.resolve("a.db"))) {
      List<Store.Extracted> corpus = corpus();
      s.putArticles(corpus);
      List<Store.Extraction> all = new ArrayList<>();
      for (String after = ""; ; ) {
        List<Store.Extraction> page = s.extractions(after, 3);
        assertThat(page.size()).isLessThanOrEqualTo(3);
        if (page.isEmpty()) {
          break;
        }
        all.addAll(page);
        after = page.getLast().articleId();
      }
      List<Store.Extracted> byId = new ArrayList<>(corpus);
      byId.sort(Comparator.comparing(x -> x.article().id()));
      assertThat(all).extracting(Store.Extraction::articleId).containsExactlyElementsOf(
          byId.stream().map(x -> x.article().id()).toList());
      for (Store.Extraction x : all) {
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
      assertThat(all.getFirst().events()).extracting(Event::date).last().isNull();
      assertThatThrownBy(() -> s.extractions("", 0)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("0");
    }
  }

  @Test
  void fingerprintsAndArticlesWithoutOnePageByIdAndTogetherCoverEveryArticle() {
    try (Store s = Store.openSqlite(dir.resolve("f.db"))) {
      List<Store.Extracted> corpus = corpus();
      s.putArticles(corpus);
      List<String> printed = new ArrayList<>();
      for (int i = 0; i < corpus.size(); i += 2) {
        String id = corpus.get(i).article().id();
        s.putFingerprint(new ArticleFingerprint(id, "h" + i, 1, List.of(i, -i)));
        printed.add(id);
      }
      List<String> seen = new ArrayList<>();
      for (String after = ""; ; ) {
        List<ArticleFingerprint> page = s.fingerprints(after, 4);
        if (page.isEmpty()) {
          break;
        }
        page.forEach(f -> seen.add(f.articleId()));
        after = page.getLast().articleId();
      }
      assertThat(seen).isSorted().containsExactlyInAnyOrderElementsOf(printed);
      assertThat(s.fingerprints("", 100)).isEqualTo(s.fingerprints());
      List<String> bare = new ArrayList<>();
      for (String after = ""; ; ) {
        List<Article> page = s.articlesWithoutFingerprint(after, 4);
        if (page.isEmpty()) {
          break;
        }
        page.forEach(a -> bare.add(a.id()));
        assertThat(page).allSatisfy(a -> assertThat(a).isEqualTo(s.article(a.id()).orElseThrow()));
        after = page.getLast().id();
      }
      assertThat(bare).isSorted().hasSize(corpus.size() - printed.size()).doesNotContainAnyElementsOf(printed);
    }
  }

  @Test
  void theChangeCountMovesOnEveryWriteOfThisOrAnotherConnectionAndOnlyThen() throws Exception {
    Path file = dir.resolve("c.db");
    try (Store s = Store.openSqlite(file); Store other = Store.openSqlite(file)) {
      long first = s.changeCount();
      s.stats();
      s.extractions("", 10);
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
