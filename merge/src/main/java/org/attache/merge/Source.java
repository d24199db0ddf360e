package org.attache.merge;

import java.util.List;
import org.attache.model.Event;
import org.attache.model.Person;
import org.attache.model.PartialDate;
import org.jspecify.annotations.Nullable;

/**
 * One article as the merger sees it: what was extracted from it and when it was published.
 *
 * @param articleId the article
 * @param pubDate its publication date, or null
 * @param copyOf the id of the article it is a copy of (see {@link Copies#originals}), or null
 * @param people the people found in it
 * @param events the events found in it
 */
public record Source(String articleId, @Nullable PartialDate pubDate, @Nullable String copyOf, List<Person> people,
    List<Event> events) {
  public Source {
    people = List.copyOf(people);
    events = List.copyOf(events);
    for (Event e : events) {
      if (!e.articleId().equals(articleId)) {
        throw new IllegalArgumentException("source " + articleId + ": event " + e.id() + " is of article " + e.articleId());
      }
    }
    for (Person p : people) {
      if (!p.articleId().equals(articleId)) {
        throw new IllegalArgumentException("source " + articleId + ": person " + p.id() + " is of article " + p.articleId());
      }
    }
  }
}
