package org.attache.eval;

import java.util.List;
import org.attache.model.EventType;
import org.attache.model.PartialDate;
import org.attache.model.Sector;
import org.attache.model.Status;
import org.jspecify.annotations.Nullable;

/**
 * One hand-annotated event of a gold article, as a line of {@code gold.jsonl} states it.
 *
 * @param id identifier, unique within its article (e.g. {@code e1})
 * @param type its PLOVER type
 * @param mode its finer kind (e.g. {@code visit}), possibly empty
 * @param actors the sides, at least one; when {@code directed} the first is the one who acts
 * @param directed whether the order of {@code actors} matters
 * @param date when it happened, at the precision the article supports, or null when it cannot be worked out
 * @param location the place as named in the text, or null
 * @param sectors the sectors it concerns
 * @param status occurred, planned or possible
 * @param people names of the people involved
 * @param evidence the words of the article that state it
 * @param optional true when annotators were unsure: neither required nor counted against a system that finds it
 * @param sameAs a label shared with gold events of other articles that are the same real-world event, or null
 */
public record GoldEvent(String id, EventType type, String mode, List<String> actors, boolean directed,
    @Nullable PartialDate date, @Nullable String location, List<Sector> sectors, Status status, List<String> people,
    String evidence, boolean optional, @Nullable String sameAs) {
  public GoldEvent {
    actors = List.copyOf(actors);
    sectors = List.copyOf(sectors);
    people = List.copyOf(people);
    if (id.isBlank()) {
      throw new IllegalArgumentException("gold event id is blank");
    }
    if (actors.isEmpty()) {
      throw new IllegalArgumentException("gold event " + id + ": no actors");
    }
    if (sameAs != null && sameAs.isBlank()) {
      throw new IllegalArgumentException("gold event " + id + ": same_as is blank (use null for none)");
    }
  }
}
