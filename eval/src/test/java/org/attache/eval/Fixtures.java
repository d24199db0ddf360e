package org.attache.eval;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.attache.model.Event;
import org.attache.model.EventType;
import org.attache.model.PartialDate;
import org.attache.model.Person;
import org.attache.model.Sector;
import org.attache.model.Span;
import org.attache.model.Status;
import org.jspecify.annotations.Nullable;

/** Small builders of gold and system records for the tests, and the path of the shared gold data. */
final class Fixtures {
  private Fixtures() {
  }

  static Path shared() {
    String shared = System.getProperty("attache.shared");
    if (shared == null) {
      throw new IllegalStateException("system property attache.shared is not set (Maven sets it)");
    }
    return Path.of(shared);
  }

  static @Nullable PartialDate date(@Nullable String iso) {
    return iso == null ? null : PartialDate.parse(iso);
  }

  static GoldEvent gold(String id, EventType type, boolean directed, @Nullable String date, String... actors) {
    return new GoldEvent(id, type, "", List.of(actors), directed, date(date), null, List.of(), Status.OCCURRED,
        List.of(), "evidence of " + id, false, null);
  }

  static GoldEvent optional(GoldEvent e) {
    return new GoldEvent(e.id(), e.type(), e.mode(), e.actors(), e.directed(), e.date(), e.location(),
        e.sectors(), e.status(), e.people(), e.evidence(), true, e.sameAs());
  }

  static GoldEvent labelled(GoldEvent e, String sameAs) {
    return new GoldEvent(e.id(), e.type(), e.mode(), e.actors(), e.directed(), e.date(), e.location(),
        e.sectors(), e.status(), e.people(), e.evidence(), e.optional(), sameAs);
  }

  static Event system(String id, EventType type, boolean directed, @Nullable String date, String... actors) {
    return new Event(id, "a", type, "", List.of(actors), directed, date(date), null, List.of(), Status.OCCURRED,
        List.of(), new Span(0, 0), "", 1.0, Map.of());
  }

  static Event withDetails(Event e, @Nullable String location, Status status, List<Sector> sectors) {
    return new Event(e.id(), e.articleId(), e.type(), e.mode(), e.actors(), e.directed(), e.date(), location,
        sectors, status, e.people(), e.evidence(), e.evidenceText(), e.confidence(), e.why());
  }

  /** The gold event as the system would report it, with the given system id. */
  static Event asSystem(GoldEvent g, String id, String articleId) {
    return new Event(id, articleId, g.type(), g.mode(), g.actors(), g.directed(), g.date(), g.location(),
        g.sectors(), g.status(), g.people(), new Span(0, 0), "", 1.0, Map.of());
  }

  static Person person(String name, @Nullable String country, @Nullable String role, String... aliases) {
    return new Person(name, "a", name, country, role, List.of(aliases), List.of());
  }

  static GoldArticle article(String file, List<GoldEvent> events) {
    return new GoldArticle(file, null, events, List.of());
  }

  static SystemArticle output(String file, Event... events) {
    return new SystemArticle(file, List.of(events), List.of());
  }

  /**
   * Every gold event and person of every article turned into system output: event ids follow the
   * {@code same_as} labels (so merged events share an id), and other events get ids unique to their article.
   */
  static List<SystemArticle> goldAsSystem(String set, List<GoldArticle> gold) {
    List<SystemArticle> out = new ArrayList<>();
    for (GoldArticle a : gold) {
      List<Event> events = new ArrayList<>();
      for (GoldEvent g : a.events()) {
        String id = g.sameAs() != null ? "label:" + g.sameAs() : set + "/" + a.file() + "/" + g.id();
        events.add(asSystem(g, id, a.file()));
      }
      List<Person> people = new ArrayList<>();
      for (GoldPerson p : a.people()) {
        people.add(new Person(a.file() + "/" + p.name(), a.file(), p.name(), p.country(), p.role(), p.aliases(),
            List.of()));
      }
      out.add(new SystemArticle(a.file(), events, people));
    }
    return out;
  }
}
