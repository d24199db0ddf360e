package org.attache.merge;

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

/** Builds sources for merge tests: articles with people and events, written in a line each. */
final class Fixtures {
  private Fixtures() {}

  /** An article being built. */
  static final class A {
    final String id;
    @Nullable PartialDate pub;
    @Nullable String copyOf;
    final List<Person> people = new ArrayList<>();
    final List<Event> events = new ArrayList<>();

    A(String id, @Nullable String pub) {
      this.id = id;
      this.pub = pub == null ? null : PartialDate.parse(pub);
    }

    A copyOf(String original) {
      copyOf = original;
      return this;
    }

    A person(String name, @Nullable String country, @Nullable String role, String... aliases) {
      people.add(new Person(id + "-p" + (people.size() + 1), id, name, country, role, List.of(aliases), List.of()));
      return this;
    }

    /** {@code actors} as {@code BLR>ZWE} (directed) or {@code BLR-ZWE}. */
    A event(EventType type, String mode, String actors, @Nullable String date, @Nullable String location,
        String evidence, String... people) {
      boolean directed = actors.contains(">");
      int start = events.size() * 100;
      events.add(new Event(id + "-e" + (events.size() + 1), id, type, mode, List.of(actors.split("[>-]")), directed,
          date == null ? null : PartialDate.parse(date), location, List.of(Sector.DIPLOMACY), Status.OCCURRED,
          List.of(people), new Span(start, start + evidence.length()), evidence, 0.8, Map.of()));
      return this;
    }

    /** Marks the last event added as planned. */
    A planned() {
      Event e = events.removeLast();
      events.add(new Event(e.id(), e.articleId(), e.type(), e.mode(), e.actors(), e.directed(), e.date(), e.location(),
          e.sectors(), Status.PLANNED, e.people(), e.evidence(), e.evidenceText(), e.confidence(), e.why()));
      return this;
    }

    Source source() {
      return new Source(id, pub, copyOf, people, events);
    }
  }

  static A article(String id, @Nullable String pub) {
    return new A(id, pub);
  }

  static View merge(A... articles) {
    return Merger.merge(sources(articles), List.of(), Map.of(), PLACES);
  }

  /** A few cities and countries, as the gazetteer would know them. */
  static final Places PLACES = new Places() {
    @Override
    public @Nullable String cityCountry(String name) {
      return city(name);
    }

    @Override
    public @Nullable String countryCode(String name) {
      return switch (name) {
        case "Belarus" -> "BLR";
        case "Zimbabwe" -> "ZWE";
        case "Pakistan" -> "PAK";
        default -> null;
      };
    }
  };

  static List<Source> sources(A... articles) {
    List<Source> out = new ArrayList<>();
    for (A a : articles) {
      out.add(a.source());
    }
    return out;
  }

  /** A few cities, as the gazetteer would know them. */
  static @Nullable String city(String name) {
    return switch (name) {
      case "Minsk" -> "BLR";
      case "Harare" -> "ZWE";
      case "Islamabad" -> "PAK";
      case "Moscow" -> "RUS";
      default -> null;
    };
  }
}
