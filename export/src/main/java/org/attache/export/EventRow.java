package org.attache.export;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.attache.model.Article;
import org.attache.model.CanonicalEvent;
import org.attache.model.Event;
import org.attache.model.EventSource;
import org.attache.model.EventType;
import org.attache.model.PartialDate;
import org.attache.model.Sector;
import org.attache.model.Status;
import org.jspecify.annotations.Nullable;

/**
 * One event as the exports write it: its coded fields and every report of it. A canonical event (merged across
 * articles) carries one source per report; a per-article event has one.
 *
 * @param id the canonical event's id ({@code E} and 12 hex digits), or a per-article event's id in the store
 * @param type its PLOVER type, as Attaché codes it (see ../shared/eval/README.md)
 * @param mode its finer kind, or empty
 * @param actors the sides; when {@code directed} the first acts
 * @param directed whether the order of {@code actors} matters
 * @param date when, at the precision known, or null
 * @param location the place as named in the text, or null
 * @param sectors the sectors it concerns
 * @param status occurred, planned or possible
 * @param people names of the people involved
 * @param confidence the extractor's confidence, 0..1
 * @param sources the reports of it, at least one, the first being the one its fields were taken from
 */
public record EventRow(String id, EventType type, String mode, List<String> actors, boolean directed,
    @Nullable PartialDate date, @Nullable String location, List<Sector> sectors, Status status, List<String> people,
    double confidence, List<Source> sources) {

  public EventRow {
    actors = List.copyOf(actors);
    sectors = List.copyOf(sectors);
    people = List.copyOf(people);
    sources = List.copyOf(sources);
    if (sources.isEmpty()) {
      throw new IllegalArgumentException("event row " + id + ": no sources");
    }
    if (actors.isEmpty()) {
      throw new IllegalArgumentException("event row " + id + ": no actors");
    }
  }

  /** The row of a per-article event, with that article as its one source. */
  public static EventRow of(Event e, Article article) {
    if (!e.articleId().equals(article.id())) {
      throw new IllegalArgumentException("event " + e.id() + " is from article " + e.articleId() + ", not " + article.id());
    }
    return new EventRow(e.id(), e.type(), e.mode(), e.actors(), e.directed(), e.date(), e.location(), e.sectors(),
        e.status(), e.people(), e.confidence(), List.of(Source.of(e.id(), article, e.evidence(), e.evidenceText())));
  }

  /**
   * The row of a canonical event, with one source per report in the view's order (originals first).
   *
   * @param article the stored article of an id
   * @throws IllegalStateException when a source names an article {@code article} does not know
   */
  public static EventRow of(CanonicalEvent e, Function<String, Optional<Article>> article) {
    List<Source> sources = new ArrayList<>();
    for (EventSource s : e.sources()) {
      Article a = article.apply(s.articleId()).orElseThrow(() -> new IllegalStateException(
          "canonical event " + e.id() + " names article " + s.articleId() + ", which is not stored"));
      sources.add(Source.of(s.eventId(), a, s.evidence(), s.evidenceText()));
    }
    return new EventRow(e.id(), e.type(), e.mode(), e.actors(), e.directed(), e.date(), e.location(), e.sectors(),
        e.status(), e.people(), e.confidence(), sources);
  }

  /** The first source: the report the fields were taken from. */
  public Source primary() {
    return sources.get(0);
  }

  /** The actors joined as the CLI shows them: {@code BLR→ZWE} when directed, {@code BLR–ZWE} otherwise. */
  public String actorsLabel() {
    return String.join(directed ? "→" : "–", actors);
  }
}
