package org.attache.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.attache.store.Fixtures.article;
import static org.attache.store.Fixtures.event;

import java.nio.file.Path;
import java.util.List;
import org.attache.model.Article;
import org.attache.model.EventType;
import org.attache.model.PartialDate;
import org.attache.model.Status;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoreSearchTest {
  @TempDir Path dir;

  private final Article tractors = article("a.txt", "Belarus will supply tractors to Zimbabwe. The tractors arrive in"
      + " Harare next spring. Officials in Minsk praised the deal.");
  private final Article talks = article("b.txt", "Pakistan and Belarus held talks in Islamabad on défense industry.");

  private Store filled() {
    Store s = Store.openSqlite(dir.resolve("attache.db"));
    s.putArticle(tractors, List.of(), List.of(
        event("e1", tractors, "Belarus will supply tractors to Zimbabwe.", EventType.AID, Status.PLANNED, "2024-05", "BLR", "ZWE"),
        event("e2", tractors, "Officials in Minsk praised the deal.", EventType.SUPPORT, Status.OCCURRED, "2024", "BLR", "ZWE")));
    s.putArticle(talks, List.of(), List.of(
        event("e3", talks, "Pakistan and Belarus held talks in Islamabad", EventType.CONSULT, Status.OCCURRED, "2024-05-02",
            "PAK", "BLR", "CHN"),
        event("e4", talks, "Pakistan and Belarus held talks", EventType.CONSULT, Status.OCCURRED, null, "BLR", "PAK")));
    return s;
  }

  @Test
  void findsArticlesRankedWithSnippetsWhoseHighlightsCoverTheMatchedWords() {
    try (Store s = filled()) {
      List<Store.SearchHit> hits = s.searchArticles("TRACTORS", 10);
      assertThat(hits).extracting(Store.SearchHit::articleId).containsExactly(tractors.id());
      Store.SearchHit hit = hits.get(0);
      assertThat(hit.eventId()).isNull();
      assertThat(hit.highlights()).hasSize(2);
      assertThat(hit.highlights()).allSatisfy(h -> assertThat(h.of(hit.snippet())).isEqualTo("tractors"));
      assertThat(hit.snippet()).doesNotContain("\u0002", "\u0003");
      assertThat(s.searchArticles("belarus", 10)).hasSize(2);
      assertThat(s.searchArticles("defense", 10)).extracting(Store.SearchHit::articleId).containsExactly(talks.id());
      assertThat(s.searchArticles("trac*", 10)).hasSize(1);
      assertThat(s.searchArticles("tractors \"OR\" NEAR(", 10)).isEmpty();
    }
  }

  @Test
  void findsEvidenceSentencesWithTheirEventAndSpan() {
    try (Store s = filled()) {
      List<Store.SearchHit> hits = s.searchEvidence("minsk deal", 10);
      assertThat(hits).singleElement().satisfies(h -> {
        assertThat(h.eventId()).isEqualTo("e2");
        assertThat(h.span().of(tractors.text())).isEqualTo("Officials in Minsk praised the deal.");
        assertThat(h.highlights()).extracting(x -> x.of(h.snippet())).containsExactly("Minsk", "deal");
      });
    }
  }

  @Test
  void keepsTheIndexInStepWhenExtractionsAreReplaced() {
    try (Store s = filled()) {
      s.replaceExtraction(tractors.id(), List.of(), List.of());
      assertThat(s.searchEvidence("minsk", 10)).isEmpty();
      assertThat(s.searchArticles("minsk", 10)).hasSize(1);
    }
  }

  @Test
  void rejectsQueriesWithNoWordAndLimitsBelowOneNamingTheValue() {
    try (Store s = filled()) {
      assertThatThrownBy(() -> s.searchArticles(" \"()", 10)).isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("' \"()'");
      assertThatThrownBy(() -> s.searchEvidence("x", 0)).hasMessageContaining("limit 0");
    }
  }

  @Test
  void readsOneEventById() {
    try (Store s = filled()) {
      assertThat(s.event("e3")).get().satisfies(e -> assertThat(e.actors()).containsExactly("PAK", "BLR", "CHN"));
      assertThat(s.event("nope")).isEmpty();
    }
  }

  @Test
  void countsEventsPerPeriodPairAndTypeUnderTheQuery() {
    try (Store s = filled()) {
      assertThat(s.eventsPerPeriod(EventQuery.all())).containsExactly(
          new Store.PeriodCount("2024", "BLR", "ZWE", EventType.SUPPORT, 1),
          new Store.PeriodCount("2024-05", "BLR", "CHN", EventType.CONSULT, 1),
          new Store.PeriodCount("2024-05", "BLR", "PAK", EventType.CONSULT, 1),
          new Store.PeriodCount("2024-05", "BLR", "ZWE", EventType.AID, 1),
          new Store.PeriodCount("2024-05", "CHN", "PAK", EventType.CONSULT, 1));
      assertThat(s.eventsPerPeriod(EventQuery.all().withPair("ZWE", "BLR").withSince(PartialDate.parse("2024-05"))))
          .containsExactly(new Store.PeriodCount("2024-05", "BLR", "ZWE", EventType.AID, 1));
    }
  }

  @Test
  void countsEventsPerPairBusiestFirst() {
    try (Store s = filled()) {
      assertThat(s.pairCounts(EventQuery.all())).containsExactly(new Store.PairCount("BLR", "PAK", 2),
          new Store.PairCount("BLR", "ZWE", 2), new Store.PairCount("BLR", "CHN", 1), new Store.PairCount("CHN", "PAK", 1));
      assertThat(s.pairCounts(EventQuery.all().withType(EventType.AID)))
          .containsExactly(new Store.PairCount("BLR", "ZWE", 1));
    }
  }

  @Test
  void indexesArticlesStoredBeforeTheSearchMigration() {
    Path file = dir.resolve("old.db");
    try (Store v1 = SqliteStore.open(file, Migrations.bundled().subList(0, 1), java.time.Clock.systemUTC())) {
      v1.putArticle(talks, List.of(), List.of(event("e3", talks, "Pakistan and Belarus held talks", EventType.CONSULT,
          Status.OCCURRED, null, "BLR", "PAK")));
    }
    try (Store now = Store.openSqlite(file)) {
      assertThat(now.searchArticles("islamabad", 5)).extracting(Store.SearchHit::articleId).containsExactly(talks.id());
      assertThat(now.searchEvidence("talks", 5)).extracting(Store.SearchHit::eventId).containsExactly("e3");
    }
  }
}
