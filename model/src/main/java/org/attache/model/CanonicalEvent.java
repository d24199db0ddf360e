package org.attache.model;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One real-world event as reported by one or more articles: the per-article events merged into one.
 *
 * @param id stable identifier ({@code E} and 12 hex digits), the same whatever order articles arrive in
 * @param type its PLOVER type
 * @param mode its finer kind, or empty
 * @param actors the sides; when {@code directed} the first is the one who acts
 * @param directed whether the order of {@code actors} matters
 * @param date the most precise date the sources give, or null
 * @param location the place, or null
 * @param sectors the union of the sources' sectors
 * @param status occurred, planned or possible
 * @param people the canonical names of the people involved, the union over the sources
 * @param sources every report of it, the originals first (earliest-published first), copies after
 * @param confidence the highest confidence of the extractor in any of the sources, 0..1
 * @param notes where sources disagree (e.g. on the date) and which curations were applied, one line each
 * @param rejected why a curator rejected it, or null when it stands
 */
public record CanonicalEvent(String id, EventType type, String mode, List<String> actors, boolean directed,
    @Nullable PartialDate date, @Nullable String location, List<Sector> sectors, Status status, List<String> people,
    List<EventSource> sources, double confidence, List<String> notes, @Nullable String rejected) {
  public CanonicalEvent {
    actors = List.copyOf(actors);
    sectors = List.copyOf(sectors);
    people = List.copyOf(people);
    sources = List.copyOf(sources);
    notes = List.copyOf(notes);
    if (actors.isEmpty()) {
      throw new IllegalArgumentException("canonical event " + id + ": no actors");
    }
    if (sources.isEmpty()) {
      throw new IllegalArgumentException("canonical event " + id + ": no sources");
    }
  }

  /** How many independent reports it has: sources that are not copies of another article. */
  public long independentSources() {
    return sources.stream().filter(s -> s.copyOf() == null).map(EventSource::articleId).distinct().count();
  }
}
