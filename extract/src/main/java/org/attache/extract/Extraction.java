package org.attache.extract;

import java.util.List;
import org.attache.model.Event;
import org.attache.model.Person;

/** What the extractor found in one article. */
public record Extraction(List<Person> people, List<Event> events) {
  public Extraction {
    people = List.copyOf(people);
    events = List.copyOf(events);
  }
}
