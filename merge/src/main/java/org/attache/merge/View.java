package org.attache.merge;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.attache.model.CanonicalEvent;
import org.attache.model.CanonicalPerson;

/**
 * The canonical view of a corpus: one event per real-world event, one person per real person.
 *
 * @param events the canonical events, rejected ones included (see {@link CanonicalEvent#rejected()}), ordered
 *     by date (undated last), then id
 * @param people the canonical people, ordered by id
 * @param eventIdOf for each per-article event id, the id of the canonical event it was merged into
 * @param personIdOf for each per-article person id, the id of the canonical person it was merged into
 */
public record View(List<CanonicalEvent> events, List<CanonicalPerson> people, Map<String, String> eventIdOf,
    Map<String, String> personIdOf) {
  public View {
    events = List.copyOf(events);
    people = List.copyOf(people);
    eventIdOf = Map.copyOf(eventIdOf);
    personIdOf = Map.copyOf(personIdOf);
  }

  /** The canonical event with this id, or empty. */
  public Optional<CanonicalEvent> event(String id) {
    return events.stream().filter(e -> e.id().equals(id)).findFirst();
  }

  /** The canonical person with this id, or empty. */
  public Optional<CanonicalPerson> person(String id) {
    return people.stream().filter(p -> p.id().equals(id)).findFirst();
  }
}
