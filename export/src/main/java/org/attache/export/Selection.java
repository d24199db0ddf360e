package org.attache.export;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.attache.canon.Canon;
import org.attache.geo.Gazetteer;
import org.attache.merge.View;
import org.attache.model.Article;
import org.attache.model.CanonicalEvent;
import org.attache.model.Person;
import org.attache.store.EventQuery;
import org.attache.store.PersonQuery;
import org.attache.store.Store;

/**
 * What an export writes: the events a query selects, and the people and articles that go with them.
 *
 * @param events the selected canonical events (each merged across the articles reporting it, with every report as a
 *     source; curator-rejected ones left out), in the view's order (by date, undated last)
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

  /**
   * Reads the selection of {@code query} from {@code store}: the canonical events it selects (see
   * {@link Canon#select}), places known from the bundled gazetteer.
   */
  public static Selection load(Store store, EventQuery query) {
    return load(store, Canon.build(store, Canon.places(Gazetteer.load())), query);
  }

  /** Reads the selection of {@code query} from {@code store}, whose canonical view is {@code view}. */
  public static Selection load(Store store, View view, EventQuery query) {
    boolean everything = query.equals(EventQuery.all());
    Map<String, Optional<Article>> byId = new HashMap<>();
    List<EventRow> rows = new ArrayList<>();
    for (CanonicalEvent e : Canon.select(view, query, false)) {
      rows.add(EventRow.of(e, id -> byId.computeIfAbsent(id, store::article)));
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
