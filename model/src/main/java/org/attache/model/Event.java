package org.attache.model;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One event extracted from one article: who did what with whom, when, where, and the evidence.
 *
 * @param id identifier, unique within the store
 * @param articleId the article it was extracted from
 * @param type its PLOVER type
 * @param mode its finer kind (e.g. {@code visit}, {@code sign}), or empty
 * @param actors the sides: ISO 3166-1 alpha-3 codes or organisation short names; when {@code directed}
 *     the first is the one who acts
 * @param directed whether the order of {@code actors} matters
 * @param date when it happened or is to happen, at the precision the text allows, or null
 * @param location the place as named in the text, or null
 * @param sectors the sectors it concerns
 * @param status occurred, planned or possible
 * @param people names of the people involved
 * @param evidence the span of the article text that states the event
 * @param evidenceText the text of {@code evidence}
 * @param confidence the extractor's confidence, 0..1
 * @param why for each field, the rule or decision that set it
 */
public record Event(String id, String articleId, EventType type, String mode, List<String> actors, boolean directed,
    @Nullable PartialDate date, @Nullable String location, List<Sector> sectors, Status status, List<String> people,
    Span evidence, String evidenceText, double confidence, Map<String, String> why) {
  public Event {
    actors = List.copyOf(actors);
    sectors = List.copyOf(sectors);
    people = List.copyOf(people);
    why = Map.copyOf(why);
    if (actors.isEmpty()) {
      throw new IllegalArgumentException("event " + id + ": no actors");
    }
    if (confidence < 0 || confidence > 1) {
      throw new IllegalArgumentException("event " + id + ": confidence " + confidence + " is outside 0..1");
    }
    if (evidence.length() != evidenceText.length()) {
      throw new IllegalArgumentException("event " + id + ": evidence text of " + evidenceText.length()
          + " chars does not fit span " + evidence);
    }
  }
}
