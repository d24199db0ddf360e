package org.attache.server;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.attache.geo.Gazetteer;
import org.attache.geo.Place;
import org.attache.model.Article;
import org.attache.model.CanonicalEvent;
import org.attache.model.Event;
import org.attache.model.EventSource;
import org.attache.model.Person;
import org.attache.model.Sector;
import org.attache.model.Span;
import org.attache.store.Store;
import org.jspecify.annotations.Nullable;

/**
 * The JSON shapes of the API, as ordered maps: the wire format is spelled out here rather than derived from the
 * records by reflection, so that renaming a field in the model cannot silently change the API. Offsets are 0-based,
 * half-open UTF-16 offsets into the article text, as everywhere in Attaché.
 */
final class Views {
  private final Gazetteer gazetteer;

  Views(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
  }

  static Map<String, Object> span(Span s) {
    return map("start", s.start(), "end", s.end());
  }

  Gazetteer gazetteer() {
    return gazetteer;
  }

  /**
   * A per-article event.
   *
   * @param canonicalId the id of the canonical event it was merged into, or null when it has none (a new event
   *     the view has not seen)
   */
  Map<String, Object> event(Event e, @Nullable String canonicalId) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", e.id());
    m.put("canonicalId", canonicalId);
    m.put("articleId", e.articleId());
    what(m, e.type(), e.mode(), e.actors(), e.directed(), e.date(), e.location(), e.sectors(), e.status(), e.people());
    m.put("evidence", span(e.evidence()));
    m.put("evidenceText", e.evidenceText());
    m.put("confidence", e.confidence());
    m.put("why", new java.util.TreeMap<>(e.why()));
    return m;
  }

  /** The fields a per-article and a canonical event share, in the API's order. */
  private void what(Map<String, Object> m, org.attache.model.EventType type, String mode, List<String> actors,
      boolean directed, org.attache.model.@Nullable PartialDate date, @Nullable String location, List<Sector> sectors,
      org.attache.model.Status status, List<String> people) {
    m.put("type", type.name());
    m.put("mode", mode);
    m.put("actors", actors);
    m.put("directed", directed);
    m.put("date", date == null ? null : date.toString());
    m.put("location", location);
    m.put("place", place(location).map(Views::place).orElse(null));
    m.put("sectors", sectors.stream().map(Sector::label).toList());
    m.put("status", status.label());
    m.put("people", people);
  }

  /**
   * A canonical event with its sources (without their articles' metadata). Its {@code articleId}, {@code evidence}
   * and {@code evidenceText} are those of its first source (the earliest-published original), so that a client
   * showing one quotation has one.
   */
  Map<String, Object> canonical(CanonicalEvent e) {
    EventSource first = e.sources().getFirst();
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", e.id());
    m.put("articleId", first.articleId());
    what(m, e.type(), e.mode(), e.actors(), e.directed(), e.date(), e.location(), e.sectors(), e.status(), e.people());
    m.put("evidence", span(first.evidence()));
    m.put("evidenceText", first.evidenceText());
    m.put("confidence", e.confidence());
    m.put("sourceCount", e.sources().size());
    m.put("independentSources", e.independentSources());
    m.put("notes", e.notes());
    m.put("sources", e.sources().stream().map(Views::source).toList());
    return m;
  }

  /** One report of a canonical event. */
  static Map<String, Object> source(EventSource s) {
    return map("eventId", s.eventId(), "articleId", s.articleId(), "copyOf", s.copyOf(),
        "date", s.date() == null ? null : s.date().toString(), "evidence", span(s.evidence()), "evidenceText", s.evidenceText());
  }

  Optional<Place> place(@Nullable String location) {
    return location == null || location.isBlank() ? Optional.empty() : gazetteer.place(location);
  }

  static Map<String, Object> place(Place p) {
    return map("name", p.name(), "country", p.countryAlpha3(), "kind", p.kind().name().toLowerCase(java.util.Locale.ROOT),
        "lat", p.lat(), "lon", p.lon());
  }

  /** An article without its text. */
  static Map<String, Object> articleSummary(Article a) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", a.id());
    m.put("title", a.title());
    m.put("source", a.source());
    m.put("fileName", a.fileName());
    m.put("url", a.url());
    m.put("pubDate", a.pubDate() == null ? null : a.pubDate().toString());
    m.put("length", a.text().length());
    return m;
  }

  static Map<String, Object> person(Person p) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", p.id());
    m.put("articleId", p.articleId());
    m.put("name", p.name());
    m.put("country", p.country());
    m.put("role", p.role());
    m.put("aliases", p.aliases());
    m.put("mentions", p.mentions().stream().map(Views::span).toList());
    return m;
  }

  static Map<String, Object> hit(Store.SearchHit h, @Nullable Article a) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("articleId", h.articleId());
    m.put("eventId", h.eventId());
    m.put("title", a == null ? null : a.title());
    m.put("source", a == null ? null : a.fileName());
    m.put("snippet", h.snippet());
    m.put("highlights", h.highlights().stream().map(Views::span).toList());
    m.put("span", h.span() == null ? null : span(h.span()));
    m.put("score", h.score());
    return m;
  }

  /** A map of alternating keys and values, in that order; null values kept. */
  static Map<String, Object> map(Object... kv) {
    Map<String, Object> m = new LinkedHashMap<>();
    for (int i = 0; i < kv.length; i += 2) {
      m.put((String) kv[i], kv[i + 1]);
    }
    return m;
  }

  static <T> Map<String, Object> page(int total, int offset, int limit, List<T> items) {
    return map("total", total, "offset", offset, "limit", limit, "items", items);
  }
}
