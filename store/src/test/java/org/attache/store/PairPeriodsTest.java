package org.attache.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attache.store.Fixtures.article;
import static org.attache.store.Fixtures.event;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.TreeSet;
import org.attache.model.Article;
import org.attache.model.Event;
import org.attache.model.EventType;
import org.attache.model.PartialDate;
import org.attache.model.Status;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A pair's events per period, which V7 counts from {@code event_pairs} alone, agree with counts made from the
 * events the same query selects: events with three or four sides (their other pairs count too), a side named
 * twice, dates of every precision and none, type and period filters.
 */
class PairPeriodsTest {
  @TempDir Path dir;

  private static final String[] CODES = {"BLR", "RUS", "CHN", "PAK", "ZWE", "EU"};
  private static final String[] DATES = {"2021", "2021-03", "2021-03-31", "2022-01-01", "2022-12", "2020", null};

  /** Articles with one or two events each, drawn from a fixed seed. */
  private static List<Store.Extracted> drawn(int articles) {
    Random r = new Random(7);
    List<Store.Extracted> out = new ArrayList<>();
    for (int i = 0; i < articles; i++) {
      Article a = article(String.format("a%03d.txt", i), "Sides met, " + i + ". Sides talked, " + i + ".");
      List<Event> events = new ArrayList<>();
      for (String evidence : r.nextInt(3) == 0 ? List.of("Sides met", "Sides talked") : List.of("Sides met")) {
        List<String> actors = new ArrayList<>();
        int sides = 2 + (r.nextInt(5) == 0 ? 1 + r.nextInt(2) : 0);
        for (int k = 0; k < sides; k++) {
          actors.add(CODES[r.nextInt(CODES.length)]);
        }
        events.add(event("e" + i + "-" + events.size(), a, evidence, EventType.values()[r.nextInt(4)],
            Status.values()[r.nextInt(2)], DATES[r.nextInt(DATES.length)], actors.toArray(String[]::new)));
      }
      out.add(new Store.Extracted(a, List.of(), events));
    }
    return out;
  }

  private static List<EventQuery> queries() {
    List<EventQuery> out = new ArrayList<>();
    for (String[] p : new String[][] {{"BLR", "RUS"}, {"RUS", "BLR"}, {"CHN", "PAK"}, {"BLR", "EU"}, {"ZWE", "EU"}}) {
      EventQuery pair = EventQuery.all().withPair(p[0], p[1]);
      out.add(pair);
      out.add(pair.withType(EventType.values()[1]));
      out.add(pair.withSince(PartialDate.parse("2021-03")));
      out.add(pair.withUntil(PartialDate.parse("2021")));
      out.add(pair.withSince(PartialDate.parse("2021-03-31")).withUntil(PartialDate.parse("2022-01")).withType(EventType.values()[0]));
      out.add(pair.withCountry(p[0]));
      out.add(pair.withCountry("ZWE")); // a third side: the general query
      out.add(pair.withStatus(Status.values()[0])); // the general query
      out.add(pair.withLimit(3)); // the limit is ignored
    }
    out.add(EventQuery.all());
    out.add(EventQuery.all().withPair("BLR", "BLR"));
    return out;
  }

  @Test
  void countsAPairsEventsPerPeriodAsTheSelectedEventsDo() {
    try (Store s = Store.openSqlite(dir.resolve("attache.db"))) {
      s.putArticles(drawn(300));
      for (EventQuery q : queries()) {
        assertThat(s.eventsPerPeriod(q)).as(q.toString()).isEqualTo(expected(s, q)).isNotEmpty();
      }
      // Replaced extractions take their pairs with them.
      for (Store.Extracted x : drawn(40)) {
        s.replaceExtraction(x.article().id(), List.of(), List.of());
      }
      for (EventQuery q : queries()) {
        assertThat(s.eventsPerPeriod(q)).as(q.toString()).isEqualTo(expected(s, q));
      }
    }
  }

  @Test
  void countsEventsStoredBeforeMigrationSevenTheSameWay() {
    Path file = dir.resolve("old.db");
    try (Store v6 = SqliteStore.open(file, Migrations.bundled().subList(0, 6), java.time.Clock.systemUTC())) {
      v6.putArticles(drawn(200));
    }
    try (Store now = Store.openSqlite(file)) {
      for (EventQuery q : queries()) {
        assertThat(now.eventsPerPeriod(q)).as(q.toString()).isEqualTo(expected(now, q));
      }
    }
  }

  /** Counts per period, pair and type of the events {@code q} selects, in the order the store gives them. */
  private static List<Store.PeriodCount> expected(Store s, EventQuery q) {
    Map<List<String>, Integer> n = new TreeMap<>(Comparator.comparing((List<String> k) -> String.join("\u0000", k)));
    for (Event e : s.events(q.withLimit(0))) {
      if (e.date() == null) {
        continue;
      }
      String date = e.date().toString();
      String period = date.substring(0, Math.min(7, date.length()));
      List<String> sides = new ArrayList<>(new TreeSet<>(e.actors()));
      for (int i = 0; i < sides.size(); i++) {
        for (int j = i + 1; j < sides.size(); j++) {
          n.merge(List.of(period, sides.get(i), sides.get(j), e.type().name()), 1, Integer::sum);
        }
      }
    }
    return n.entrySet().stream().map(x -> new Store.PeriodCount(x.getKey().get(0), x.getKey().get(1),
        x.getKey().get(2), EventType.valueOf(x.getKey().get(3)), x.getValue())).toList();
  }
}
