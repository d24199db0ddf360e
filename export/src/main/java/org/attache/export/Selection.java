package org.attache.export;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.attache.model.Article;
import org.attache.model.Event;
import org.attache.model.Person;
import org.attache.store.EventQuery;
import org.attache.store.PersonQuery;
import org.attache.store.Store;

/**
 * What an export writes: the events a query selects, and the people and articles that go with them.
 *
 * @param events the selected events in the store's order (by date, undated last)
 * @param people with an unfiltered query every stored person; otherwise the people of the articles the
 *     selected events come from
 * @param articles with an unfiltered query every stored article; otherwise the articles the selected events
 *     come from, in the store's order
 */
public record Selection(List<EventRow> events, List<Person> people, List<Article> articles) {

  public Selection {
    events = List.copyOf(events);
    people = List.copyOf(people);
    articles = List.copyOf(articles);
  }

  /** Reads the selection of {@code query} from {@code store}. */
  public static Selection load(Store store, EventQuery query) {
    boolean everything = query.equals(EventQuery.all());
    Map<String, Article> byId = new HashMap<>();
    List<EventRow> rows = new ArrayList<>();
    for (Event e : store.events(query)) {
      Article a = byId.computeIfAbsent(e.articleId(), id -> store.article(id).orElseThrow(
          () -> new IllegalStateException("event " + e.id() + " names article " + id + ", which is not stored")));
      rows.add(EventRow.of(e, a));
    }
    if (everything) {
      return new Selection(rows, store.people(PersonQuery.all()), store.articles());
    }
    Set<String> ids = new LinkedHashSet<>();
    rows.forEach(r -> r.sources().forEach(s -> ids.add(s.articleId())));
    List<Article> articles = store.articles().stream().filter(a -> ids.contains(a.id())).toList();
    List<Person> people = new ArrayList<>();
    for (Article a : articles) {
      people.addAll(store.people(PersonQuery.all().withArticleId(a.id())));
    }
    return new Selection(rows, people, articles);
  }
}
