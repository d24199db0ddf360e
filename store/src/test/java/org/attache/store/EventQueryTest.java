package org.attache.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.attache.store.Fixtures.article;
import static org.attache.store.Fixtures.event;

import java.nio.file.Path;
import java.util.List;
import org.attache.model.Article;
import org.attache.model.Event;
import org.attache.model.EventType;
import org.attache.model.PartialDate;
import org.attache.model.Status;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EventQueryTest {
  @TempDir Path dir;

  private Store store;
  private Article a;
  private Article b;

  /**
   * Seven events over two articles. In date order: late-2023 (B), year-2024 (B), month 2024-05 (A), three
   * on 2024-05-17 (two in A, by evidence start, then one in B), and one with no date (B).
   */
  @BeforeEach
  void storeSomeEvents() {
    store = Store.openSqlite(dir.resolve("attache.db"));
    a = article("a.txt", "Germans and French talked. France and Germany signed a pact. Paris visit planned.");
    b = article("b.txt", "America sanctioned China. Russia shelled Ukraine. NATO may help. Chile agreed.");
    store.putArticle(b, List.of(), List.of(
        event("sanction", b, "America sanctioned China", EventType.SANCTION, Status.OCCURRED, "2024", "USA", "CHN"),
        event("assault", b, "Russia shelled Ukraine", EventType.ASSAULT, Status.OCCURRED, null, "RUS", "UKR"),
        event("help", b, "NATO may help", EventType.COOPERATE, Status.POSSIBLE, "2023-12-31", "CHN", "FRA", "NATO"),
        event("chile", b, "Chile agreed", EventType.AGREE, Status.OCCURRED, "2024-05-17", "CHL")));
    store.putArticle(a, List.of(), List.of(
        event("pact", a, "France and Germany signed a pact", EventType.AGREE, Status.OCCURRED, "2024-05-17", "FRA", "DEU"),
        event("visit", a, "Paris visit planned", EventType.CONSULT, Status.PLANNED, "2024-05", "DEU", "FRA"),
        event("talk", a, "Germans and French talked", EventType.CONSULT, Status.OCCURRED, "2024-05-17", "DEU", "FRA")));
  }

  @AfterEach
  void close() {
    store.close();
  }

  private List<String> ids(EventQuery q) {
    return store.events(q).stream().map(Event::id).toList();
  }

  @Test
  void ordersByDateThenSourceThenEvidenceWithUndatedEventsLast() {
    assertThat(ids(EventQuery.all())).containsExactly("help", "sanction", "visit", "talk", "pact", "chile", "assault");
  }

  @Test
  void selectsEventsWithACountryAmongTheirActors() {
    assertThat(ids(EventQuery.all().withCountry("FRA"))).containsExactly("help", "visit", "talk", "pact");
    assertThat(ids(EventQuery.all().withCountry("NATO"))).containsExactly("help");
    assertThat(ids(EventQuery.all().withCountry("fra"))).isEmpty();
  }

  @Test
  void selectsEventsWithBothSidesOfAPairInEitherOrder() {
    assertThat(ids(EventQuery.all().withPair("FRA", "DEU"))).containsExactly("visit", "talk", "pact");
    assertThat(ids(EventQuery.all().withPair("DEU", "FRA"))).containsExactly("visit", "talk", "pact");
    assertThat(ids(EventQuery.all().withPair("CHN", "USA"))).containsExactly("sanction");
    assertThat(ids(EventQuery.all().withPair("CHN", "RUS"))).isEmpty();
  }

  @Test
  void selectsEventsOfOneType() {
    assertThat(ids(EventQuery.all().withType(EventType.AGREE))).containsExactly("pact", "chile");
    assertThat(ids(EventQuery.all().withType(EventType.THREATEN))).isEmpty();
  }

  @Test
  void selectsEventsOfOneStatus() {
    assertThat(ids(EventQuery.all().withStatus(Status.PLANNED))).containsExactly("visit");
    assertThat(ids(EventQuery.all().withStatus(Status.POSSIBLE))).containsExactly("help");
  }

  @Test
  void comparesSinceWithTheFirstDayOfEachEventDateAndLeavesOutUndatedEvents() {
    assertThat(ids(EventQuery.all().withSince(PartialDate.parse("2024"))))
        .containsExactly("sanction", "visit", "talk", "pact", "chile");
    assertThat(ids(EventQuery.all().withSince(PartialDate.parse("2024-05"))))
        .containsExactly("visit", "talk", "pact", "chile");
    assertThat(ids(EventQuery.all().withSince(PartialDate.parse("2024-05-02")))).containsExactly("talk", "pact", "chile");
    assertThat(ids(EventQuery.all().withSince(PartialDate.parse("2024-05-18")))).isEmpty();
  }

  @Test
  void takesInTheWholeOfAPartialUntilDate() {
    assertThat(ids(EventQuery.all().withUntil(PartialDate.parse("2023")))).containsExactly("help");
    assertThat(ids(EventQuery.all().withUntil(PartialDate.parse("2024-04")))).containsExactly("help", "sanction");
    assertThat(ids(EventQuery.all().withUntil(PartialDate.parse("2024-05"))))
        .containsExactly("help", "sanction", "visit", "talk", "pact", "chile");
    assertThat(ids(EventQuery.all().withUntil(PartialDate.parse("2024-05-16")))).containsExactly("help", "sanction", "visit");
  }

  @Test
  void selectsOneDayWithTheSameSinceAndUntil() {
    PartialDate day = PartialDate.parse("2024-05-17");
    assertThat(ids(EventQuery.all().withSince(day).withUntil(day))).containsExactly("talk", "pact", "chile");
  }

  @Test
  void selectsTheEventsOfOneArticle() {
    assertThat(ids(EventQuery.all().withArticleId(a.id()))).containsExactly("visit", "talk", "pact");
    assertThat(ids(EventQuery.all().withArticleId("0000000000000000"))).isEmpty();
  }

  @Test
  void returnsAtMostTheLimitFromTheStartOfTheOrder() {
    assertThat(ids(EventQuery.all().withLimit(2))).containsExactly("help", "sanction");
    assertThat(ids(EventQuery.all().withLimit(100))).hasSize(7);
    assertThat(ids(EventQuery.all().withCountry("FRA").withLimit(1))).containsExactly("help");
  }

  @Test
  void combinesConditions() {
    assertThat(ids(EventQuery.all().withPair("FRA", "DEU").withType(EventType.CONSULT)
        .withSince(PartialDate.parse("2024-05-17")))).containsExactly("talk");
    assertThat(ids(EventQuery.all().withCountry("CHN").withStatus(Status.OCCURRED)
        .withArticleId(b.id()))).containsExactly("sanction");
  }

  @Test
  void refusesHalfAPairANegativeLimitABlankCodeAndSinceAfterUntil() {
    assertThatThrownBy(() -> new EventQuery(null, "FRA", null, null, null, null, null, null, 0))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("pairA=FRA");
    assertThatThrownBy(() -> EventQuery.all().withLimit(-1))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("-1");
    assertThatThrownBy(() -> EventQuery.all().withCountry(" "))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("country");
    assertThatThrownBy(() -> EventQuery.all().withUntil(PartialDate.parse("2024")).withSince(PartialDate.parse("2025")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("since 2025").hasMessageContaining("until 2024");
    assertThat(EventQuery.all().withSince(PartialDate.parse("2024-05-10")).withUntil(PartialDate.parse("2024-05")))
        .isNotNull();
  }
}
