package org.attache.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.attache.model.Article;
import org.attache.model.Event;
import org.attache.model.EventType;
import org.attache.model.Person;
import org.attache.model.Status;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The reads that spare the API from reading every article, person or event of a large store. */
class PageReadsTest {
  @TempDir Path dir;

  @Test
  void aPageOfArticlesIsThatStretchOfAllArticles() {
    try (Store s = Store.openSqlite(dir.resolve("a.db"))) {
      for (int i = 0; i < 12; i++) {
        s.putArticle(Fixtures.article((i % 3) + "/s" + i + ".txt", "Article number " + i + " about Minsk."), List.of(),
            List.of());
      }
      List<Article> all = s.articles();
      assertThat(s.articles(0, 5)).isEqualTo(all.subList(0, 5));
      assertThat(s.articles(5, 5)).isEqualTo(all.subList(5, 10));
      assertThat(s.articles(10, 5)).isEqualTo(all.subList(10, 12));
      assertThat(s.articles(12, 5)).isEmpty();
      assertThatThrownBy(() -> s.articles(-1, 5)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("-1");
      assertThatThrownBy(() -> s.articles(0, 0)).isInstanceOf(IllegalArgumentException.class);
    }
  }

  @Test
  void aPersonIsFoundByIdAndEventsByTheNamesTheyGive() {
    try (Store s = Store.openSqlite(dir.resolve("p.db"))) {
      List<String> naming = new ArrayList<>();
      for (int i = 0; i < 3; i++) {
        Article a = Fixtures.article("p" + i + ".txt", "Lukashenko met Putin in Minsk, story " + i + ".");
        Person luka = Fixtures.person("luka-" + i, a, "Lukashenko", "BLR", "Alexander Lukashenko");
        Event e = Fixtures.event("ev-" + i, a, "Lukashenko met Putin", EventType.CONSULT, Status.OCCURRED, null, "BLR",
            "RUS");
        List<String> names = i == 0 ? List.of("Lukashenko", "Putin") : i == 1 ? List.of("Putin") : List.of();
        e = new Event(e.id(), e.articleId(), e.type(), e.mode(), e.actors(), e.directed(), e.date(), e.location(),
            e.sectors(), e.status(), names, e.evidence(), e.evidenceText(), e.confidence(), e.why());
        s.putArticle(a, List.of(luka), List.of(e));
        if (names.contains("Putin")) {
          naming.add(e.id());
        }
      }
      Person p = s.person("luka-1").orElseThrow();
      assertThat(p.aliases()).containsExactly("Alexander Lukashenko");
      assertThat(p.mentions()).isNotEmpty();
      assertThat(s.people(PersonQuery.all())).contains(p);
      assertThat(s.person("nobody")).isEmpty();
      assertThat(s.eventsNaming(List.of("Putin"))).containsExactlyInAnyOrderElementsOf(naming);
      assertThat(s.eventsNaming(Set.of("Lukashenko", "Nobody"))).containsExactly("ev-0");
      assertThat(s.eventsNaming(List.of("putin"))).as("names as given, case and all").isEmpty();
      assertThat(s.eventsNaming(List.of())).isEmpty();
    }
  }

  @Test
  void eventsAreCountedAsTheQueryWouldListThem() {
    try (Store s = Store.openSqlite(dir.resolve("c.db"))) {
      for (int i = 0; i < 6; i++) {
        Article a = Fixtures.article("c" + i + ".txt", "Belarus and Russia met; Belarus and China agreed. Story " + i);
        s.putArticle(a, List.of(), List.of(
            Fixtures.event("m-" + i, a, "Belarus and Russia met", EventType.CONSULT, Status.OCCURRED,
                "2024-0" + (1 + i % 3), "BLR", "RUS"),
            Fixtures.event("a-" + i, a, "Belarus and China agreed", EventType.AGREE,
                i % 2 == 0 ? Status.PLANNED : Status.OCCURRED, i == 0 ? null : "2023", "BLR", "CHN")));
      }
      for (EventQuery q : List.of(EventQuery.all(), EventQuery.all().withCountry("RUS"),
          EventQuery.all().withPair("CHN", "BLR"), EventQuery.all().withType(EventType.AGREE).withStatus(Status.PLANNED),
          EventQuery.all().withSince(org.attache.model.PartialDate.parse("2024-02")),
          EventQuery.all().withCountry("BLR").withLimit(3))) {
        assertThat(s.countEvents(q)).as("%s", q).isEqualTo(s.events(q.withLimit(0)).size());
      }
      assertThat(s.countEvents(EventQuery.all().withLimit(1))).isEqualTo(12);
    }
  }
}
