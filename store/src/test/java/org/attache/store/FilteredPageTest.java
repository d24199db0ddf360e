package org.attache.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attache.store.Fixtures.article;
import static org.attache.store.Fixtures.event;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.attache.model.Article;
import org.attache.model.Event;
import org.attache.model.EventType;
import org.attache.model.PartialDate;
import org.attache.model.Status;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A page of a filtered event list with a period (which reads the type-and-date index in date order and stops
 * early) holds the first events of the whole list, in the list's order: date, then precision, source, evidence
 * start, article, position; ties of date included.
 */
class FilteredPageTest {
  @TempDir Path dir;

  private static final String[] CODES = {"BLR", "RUS", "CHN", "KEN"};
  private static final String[] DATES = {"2021", "2021-03", "2021-03-01", "2021-03-31", "2022", "2020-12-31", null};

  @Test
  void givesTheFirstEventsOfTheWholeListInItsOrder() {
    Random r = new Random(11);
    List<Store.Extracted> batch = new ArrayList<>();
    Map<String, String> sourceOf = new HashMap<>();
    for (int i = 0; i < 200; i++) {
      Article a = article(String.format("s%03d.txt", r.nextInt(50)) + "-" + i, "One met. Two met. Number " + i + ".");
      sourceOf.put(a.id(), a.source());
      List<Event> events = new ArrayList<>();
      for (String evidence : List.of("One met.", "Two met.")) {
        events.add(event("e" + i + evidence.charAt(0), a, evidence, EventType.values()[r.nextInt(2)], Status.OCCURRED,
            DATES[r.nextInt(DATES.length)], CODES[r.nextInt(CODES.length)], CODES[r.nextInt(CODES.length)]));
      }
      batch.add(new Store.Extracted(a, List.of(), events));
    }
    Comparator<Event> order = Comparator.comparing((Event e) -> e.date().firstDay())
        .thenComparing(e -> e.date().toString().length()).thenComparing(e -> sourceOf.get(e.articleId()))
        .thenComparing(e -> e.evidence().start()).thenComparing(Event::articleId);
    try (Store s = Store.openSqlite(dir.resolve("attache.db"))) {
      s.putArticles(batch);
      for (EventQuery q : List.of(
          EventQuery.all().withSince(PartialDate.parse("2021")),
          EventQuery.all().withUntil(PartialDate.parse("2021-03")).withType(EventType.values()[0]),
          EventQuery.all().withSince(PartialDate.parse("2021-03")).withUntil(PartialDate.parse("2021"))
              .withType(EventType.values()[1]).withCountry("KEN"),
          EventQuery.all().withSince(PartialDate.parse("2020-12-31")).withCountry("BLR"))) {
        List<Event> whole = s.events(q);
        assertThat(whole).as(q.toString()).isNotEmpty().isSortedAccordingTo(order)
            .allSatisfy(e -> assertThat(e.date()).isNotNull());
        for (int limit : new int[] {1, 2, 5, 17, 40, whole.size(), whole.size() + 1}) {
          assertThat(s.events(q.withLimit(limit))).as(q + " limit " + limit)
              .isEqualTo(whole.subList(0, Math.min(limit, whole.size())));
        }
      }
    }
  }
}
