package org.attache.eval;

import java.util.List;
import org.attache.model.Event;
import org.attache.model.Person;

/**
 * What the system produced for one gold article.
 *
 * <p>{@link Event#id()} identifies a system event across articles: the same id in two articles means the
 * system merged them into one real-world event (scored as cross-article links).
 *
 * @param file the gold article's file name
 * @param events the events found there, in the system's order
 * @param people the people found there, in the system's order
 */
public record SystemArticle(String file, List<Event> events, List<Person> people) {
  public SystemArticle {
    events = List.copyOf(events);
    people = List.copyOf(people);
    if (file.isBlank()) {
      throw new IllegalArgumentException("system article file name is blank");
    }
  }
}
