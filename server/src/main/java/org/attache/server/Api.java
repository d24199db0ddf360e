package org.attache.server;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.attache.canon.Canon;
import org.attache.geo.Place;
import org.attache.merge.Merger;
import org.attache.model.Article;
import org.attache.model.CanonicalEvent;
import org.attache.model.Event;
import org.attache.model.EventSource;
import org.attache.model.PartialDate;
import org.attache.model.Person;
import org.attache.model.Sector;
import org.attache.model.Status;
import org.attache.store.EventQuery;
import org.attache.store.PersonQuery;
import org.attache.store.Store;
import org.jspecify.annotations.Nullable;

/**
 * The REST API: every route with the query parameters it takes and the code that answers it. The table
 * {@link #routes()} is what the server registers and what the tests compare with {@code openapi.json}.
 *
 * <p>A thin layer over {@link Store} and its canonical view ({@link Canon}): events are the canonical ones (merged
 * across articles, each with every report as a source, curator-rejected ones left out) unless {@code view=article}
 * asks for the per-article ones. The store's filters select canonical events as {@link Canon#select} does; paging,
 * sorting and the filters the store lacks (sector, person, text) are applied here.
 */
final class Api {
  /** One route: a GET path in OpenAPI form ({@code /api/events/{id}}), its query parameters and its handler. */
  record Route(String path, List<String> params, Handler handler) {}

  @FunctionalInterface
  interface Handler {
    Object handle(Params params, Map<String, String> pathParams);
  }

  static final int DEFAULT_LIMIT = 50;
  static final int MAX_LIMIT = 1000;
  private static final Set<String> EVENT_SORTS = Set.of("date", "-date", "type", "confidence", "-confidence");

  private final Store store;
  private final Views views;
  private final ViewCache canonical;

  /** An API over {@code store} whose canonical view {@code canonical} keeps (started by the caller). */
  Api(Store store, Views views, ViewCache canonical) {
    this.store = store;
    this.views = views;
    this.canonical = canonical;
  }

  /** An API whose canonical view is never built: for listing its routes. */
  Api(Store store, Views views) {
    this(store, views, new ViewCache(store, s -> Canon.build(s, Canon.places(views.gazetteer()))));
  }

  /** The canonical view to answer from (see {@link ViewCache}): the last one built, or 503 when there is none yet. */
  private ViewCache.Built view() {
    return canonical.view();
  }

  /** The canonical id of a per-article event in the last view built, or null (none built yet, or a newer event). */
  private static @Nullable String canonicalId(ViewCache.@Nullable Built v, String eventId) {
    return v == null ? null : v.view().eventIdOf().get(eventId);
  }

  /** What an answer from the canonical view reflects: when it was built, from what, and whether the store changed since. */
  private Map<String, Object> stamp(ViewCache.Built v) {
    Map<String, Object> m = Views.map("builtAt", v.builtAt().toString(), "articles", v.key().stats().articles(),
        "events", v.key().stats().events(), "corrections", v.key().corrections());
    m.put("stale", canonical.state().stale());
    return m;
  }

  /**
   * An event as the routes filter, sort and count it: a canonical event, or with {@code view=article} a per-article
   * one.
   *
   * @param members the ids of the per-article events it stands for (itself, for a per-article event)
   * @param json its JSON shape in lists
   */
  private record Row(String id, String type, List<String> actors, @Nullable PartialDate date, @Nullable String location,
      List<Sector> sectors, Status status, List<String> people, double confidence,
      java.util.function.Supplier<List<String>> members, java.util.function.Supplier<Map<String, Object>> json) {}

  private Row row(Event e, ViewCache.@Nullable Built v) {
    return new Row(e.id(), e.type().name(), e.actors(), e.date(), e.location(), e.sectors(), e.status(), e.people(),
        e.confidence(), () -> List.of(e.id()), () -> views.event(e, canonicalId(v, e.id())));
  }

  private Row row(CanonicalEvent e) {
    return new Row(e.id(), e.type().name(), e.actors(), e.date(), e.location(), e.sectors(), e.status(), e.people(),
        e.confidence(), () -> e.sources().stream().map(EventSource::eventId).toList(), () -> views.canonical(e));
  }

  /** Whether the request asks for per-article events ({@code view=article}); canonical ones otherwise. */
  private static boolean perArticle(Params p) {
    return p.choice("view", VIEWS, "canonical").equals("article");
  }

  private static final Set<String> VIEWS = Set.of("canonical", "article");

  List<Route> routes() {
    List<String> eventParams = new ArrayList<>(Params.EVENT_FILTERS);
    eventParams.addAll(List.of("sort", "limit", "offset"));
    return List.of(
        new Route("/api/health", List.of(), (p, path) -> health()),
        new Route("/api/events", eventParams, (p, path) -> events(p)),
        new Route("/api/events/{id}", List.of("view"), (p, path) -> event(path.get("id"), p)),
        new Route("/api/people", List.of("q", "country", "limit", "offset"), (p, path) -> people(p)),
        new Route("/api/people/{id}", List.of(), (p, path) -> person(path.get("id"))),
        new Route("/api/articles", List.of("limit", "offset"), (p, path) -> articles(p)),
        new Route("/api/articles/{id}", List.of(), (p, path) -> article(path.get("id"))),
        new Route("/api/search", List.of("q", "limit"), (p, path) -> search(p)),
        new Route("/api/aggregates/monthly", Params.EVENT_FILTERS, (p, path) -> monthly(p)),
        new Route("/api/aggregates/pairs", Params.EVENT_FILTERS, (p, path) -> pairs(p)),
        new Route("/api/places", Params.EVENT_FILTERS, (p, path) -> places(p)));
  }

  /**
   * Whether the server is up, the store's counts, and where the canonical view stands: {@code ready}, {@code stale}
   * (the store changed since; a newer view is being built or about to be), {@code building} (none yet) or
   * {@code failed}, with when the last view was built, how long that took, and the counts it reflects.
   */
  private Object health() {
    Store.Stats s = store.stats();
    canonical.viewIfReady(); // notices a change of the store
    ViewCache.State state = canonical.state();
    ViewCache.Built v = state.built();
    Map<String, Object> view = new LinkedHashMap<>();
    view.put("state", v == null ? (state.failure() != null && !state.building() ? "failed" : "building")
        : state.stale() ? "stale" : "ready");
    view.put("building", state.building());
    view.put("builtAt", v == null ? null : v.builtAt().toString());
    view.put("buildSeconds", v == null ? null : v.took().toMillis() / 1000.0);
    view.put("articles", v == null ? null : v.key().stats().articles());
    view.put("events", v == null ? null : v.key().stats().events());
    view.put("corrections", v == null ? null : v.key().corrections());
    view.put("failure", state.failure());
    return Views.map("status", "ok", "articles", s.articles(), "events", s.events(), "people", s.people(),
        "issues", s.issues(), "canonicalEvents",
        v == null ? null : v.view().events().stream().filter(e -> e.rejected() == null).count(), "view", view);
  }

  /** The most evidence hits a text filter ({@code q}) looks at. */
  private static final int MAX_TEXT_HITS = 100_000;

  /**
   * The events the filters select: the store's query, then sector, person and text ({@code q}: words of the
   * evidence sentence), which the store's event query cannot filter.
   */
  private Selected filteredEvents(Params p) {
    EventQuery q = p.eventQuery();
    boolean perArticle = perArticle(p);
    Sector sector = p.sector();
    String person = p.string("person");
    String needle = person == null ? null : person.toLowerCase(Locale.ROOT);
    String text = p.string("q");
    Set<String> matching = null;
    if (text != null) {
      try {
        matching = new java.util.HashSet<>(store.searchEvidence(text, MAX_TEXT_HITS).stream()
            .map(h -> java.util.Objects.requireNonNull(h.eventId())).toList());
      } catch (IllegalArgumentException e) {
        throw ApiError.badParameter("q", text, "has no word to look for");
      }
    }
    Set<String> ids = matching;
    ViewCache.Built v = perArticle ? canonical.viewIfReady() : view();
    List<Row> rows = perArticle
        ? store.events(q).stream().map(e -> row(e, v)).toList()
        : Canon.select(v.view(), q, false).stream().map(this::row).toList();
    return new Selected(rows.stream()
        .filter(e -> sector == null || e.sectors().contains(sector))
        .filter(e -> needle == null || e.people().stream().anyMatch(n -> n.toLowerCase(Locale.ROOT).contains(needle)))
        .filter(e -> ids == null || e.members().get().stream().anyMatch(ids::contains))
        .toList(), perArticle ? null : v);
  }

  /**
   * The events a request selects.
   *
   * @param from the canonical view they came from, or null for per-article ones
   */
  private record Selected(List<Row> rows, ViewCache.@Nullable Built from) {
    /** {@code answer} with the stamp of the canonical view it came from, if any. */
    Map<String, Object> stamped(Api api, Map<String, Object> answer) {
      if (from != null) {
        answer.put("canonicalView", api.stamp(from));
      }
      return answer;
    }
  }

  /**
   * Whether counting must be done here: the store's aggregates count per-article events, so only a per-article
   * request with no filter the store lacks can use them.
   */
  private static boolean filtersHere(Params p) {
    p.sector();
    return !perArticle(p) || p.string("sector") != null || p.string("person") != null || p.string("q") != null;
  }

  private Object events(Params p) {
    int limit = p.integer("limit", DEFAULT_LIMIT, 1, MAX_LIMIT);
    int offset = p.integer("offset", 0, 0, Integer.MAX_VALUE);
    String sort = p.choice("sort", EVENT_SORTS, "date");
    if (!filtersHere(p) && sort.equals("date")) {
      // Per-article events in the store's order with no filter the store lacks: the store reads the page only.
      EventQuery q = p.eventQuery();
      int total = store.countEvents(q);
      List<Event> upTo = offset >= total ? List.of()
          : store.events(q.withLimit((int) Math.min((long) offset + limit, Integer.MAX_VALUE)));
      ViewCache.Built v = canonical.viewIfReady();
      Map<String, Object> page = Views.page(total, offset, limit, upTo.stream().skip(offset)
          .map(e -> (Object) views.event(e, canonicalId(v, e.id()))).toList());
      page.put("sort", sort);
      page.put("view", "article");
      return page;
    }
    Selected selected = filteredEvents(p);
    List<Row> all = new ArrayList<>(selected.rows());
    switch (sort) {
      case "-date" -> { // latest first, undated still last
        List<Row> dated = new ArrayList<>(all.stream().filter(e -> e.date() != null).toList());
        java.util.Collections.reverse(dated);
        dated.addAll(all.stream().filter(e -> e.date() == null).toList());
        all = dated;
      }
      case "type" -> all.sort(Comparator.comparing(Row::type)); // stable: date order within a type
      case "confidence" -> all.sort(Comparator.comparingDouble(Row::confidence));
      case "-confidence" -> all.sort(Comparator.comparingDouble(Row::confidence).reversed());
      default -> { }
    }
    List<Object> items = all.stream().skip(offset).limit(limit).map(e -> (Object) e.json().get()).toList();
    Map<String, Object> page = Views.page(all.size(), offset, limit, items);
    page.put("sort", sort);
    page.put("view", perArticle(p) ? "article" : "canonical");
    return selected.stamped(this, page);
  }

  /**
   * One event with every source: a canonical event by its id (or an old id that is now its alias), or with
   * {@code view=article} a per-article event by its id. A per-article id asked for without {@code view=article}
   * is answered too (it cannot be mistaken for a canonical id), with the id of its canonical event.
   */
  private Object event(String id, Params p) {
    if (!perArticle(p)) {
      // A per-article id needs no canonical view; a canonical one does (and is looked up first, as ids never clash).
      ViewCache.Built v = store.event(id).isPresent() ? canonical.viewIfReady() : view();
      Optional<CanonicalEvent> c = v == null ? Optional.empty()
          : Optional.ofNullable(v.byId().get(Merger.resolve(id, store.canonicalAliases())));
      if (c.isPresent()) {
        Map<String, Object> out = views.canonical(c.get());
        List<Object> sources = new ArrayList<>();
        for (EventSource s : c.get().sources()) {
          Article a = store.article(s.articleId()).orElseThrow(() -> ApiError.notFound("article", s.articleId()));
          Map<String, Object> m = Views.articleSummary(a);
          m.putAll(Views.source(s));
          sources.add(m);
        }
        out.put("sources", sources);
        out.put("canonicalView", stamp(v));
        return out;
      }
    }
    Event e = store.event(id).orElseThrow(() -> ApiError.notFound("event", id));
    ViewCache.Built v = canonical.viewIfReady();
    Article a = store.article(e.articleId()).orElseThrow(() -> ApiError.notFound("article", e.articleId()));
    Map<String, Object> source = Views.articleSummary(a);
    source.put("eventId", e.id());
    source.put("articleId", a.id());
    source.put("evidence", Views.span(e.evidence()));
    source.put("evidenceText", e.evidenceText());
    Map<String, Object> out = views.event(e, canonicalId(v, e.id()));
    out.put("sources", List.of(source));
    return out;
  }

  private Object people(Params p) {
    int limit = p.integer("limit", DEFAULT_LIMIT, 1, MAX_LIMIT);
    int offset = p.integer("offset", 0, 0, Integer.MAX_VALUE);
    PersonQuery q = PersonQuery.all().withCountry(p.code("country")).withNameContaining(p.string("q"));
    List<Person> all = store.people(q);
    return Views.page(all.size(), offset, limit, all.stream().skip(offset).limit(limit).map(Views::person).toList());
  }

  /**
   * A person's profile: every stored person record with the same name (across articles), their aliases, their
   * roles in time order of the articles, the events naming them and the articles they appear in.
   */
  private Object person(String id) {
    Person seed = store.person(id).orElseThrow(() -> ApiError.notFound("person", id));
    String key = seed.name().toLowerCase(Locale.ROOT);
    List<Person> same = store.people(PersonQuery.all().withNameContaining(seed.name())).stream()
        .filter(x -> x.name().toLowerCase(Locale.ROOT).equals(key)).toList();
    Set<String> aliases = new LinkedHashSet<>();
    Set<String> names = new LinkedHashSet<>();
    names.add(seed.name());
    List<Map<String, Object>> roles = new ArrayList<>();
    Map<String, Article> articles = new LinkedHashMap<>();
    for (Person x : same) {
      aliases.addAll(x.aliases());
      Article a = store.article(x.articleId()).orElse(null);
      if (a != null) {
        articles.put(a.id(), a);
      }
      if (x.role() != null) {
        roles.add(Views.map("role", x.role(), "date", a == null || a.pubDate() == null ? null : a.pubDate().toString(),
            "articleId", x.articleId()));
      }
    }
    roles.sort(Comparator.comparing((Map<String, Object> r) -> r.get("date") == null ? "~" : (String) r.get("date")));
    names.addAll(aliases); // events may name them by an alias ("Lukashenko")
    ViewCache.Built v = view();
    Set<String> canonicalIds = new LinkedHashSet<>();
    store.eventsNaming(names).forEach(e -> canonicalIds.add(v.view().eventIdOf().get(e)));
    List<Object> events = v.view().events().stream().filter(e -> e.rejected() == null && canonicalIds.contains(e.id()))
        .map(e -> (Object) views.canonical(e)).toList();
    Map<String, Object> out = Views.map("id", seed.id(), "name", seed.name(), "country", seed.country(),
        "aliases", List.copyOf(aliases), "roles", roles, "records", same.stream().map(Views::person).toList(),
        "events", events,
        "sources", articles.values().stream().map(Views::articleSummary).toList());
    out.put("canonicalView", stamp(v));
    return out;
  }

  private Object articles(Params p) {
    int limit = p.integer("limit", DEFAULT_LIMIT, 1, MAX_LIMIT);
    int offset = p.integer("offset", 0, 0, Integer.MAX_VALUE);
    return Views.page(store.stats().articles(), offset, limit,
        store.articles(offset, limit).stream().map(Views::articleSummary).toList());
  }

  /** An article with its text and what to highlight in it: the evidence of its events and the mentions of people. */
  private Object article(String id) {
    Article a = store.article(id).orElseThrow(() -> ApiError.notFound("article", id));
    List<Event> events = store.events(EventQuery.all().withArticleId(id));
    List<Person> people = store.people(PersonQuery.all().withArticleId(id));
    Map<String, Object> out = Views.articleSummary(a);
    ViewCache.Built v = canonical.viewIfReady();
    out.put("text", a.text());
    out.put("body", Views.span(a.body()));
    out.put("events", events.stream().map(e -> views.event(e, canonicalId(v, e.id()))).toList());
    out.put("people", people.stream().map(Views::person).toList());
    List<Map<String, Object>> evidence = events.stream().map(e -> Views.map("eventId", e.id(),
        "canonicalId", canonicalId(v, e.id()), "type", e.type().name(),
        "status", e.status().label(), "start", e.evidence().start(), "end", e.evidence().end())).toList();
    List<Map<String, Object>> mentions = new ArrayList<>();
    for (Person x : people) {
      x.mentions().forEach(m -> mentions.add(Views.map("personId", x.id(), "name", x.name(), "start", m.start(),
          "end", m.end())));
    }
    out.put("highlights", Views.map("evidence", evidence, "mentions", mentions));
    return out;
  }

  private Object search(Params p) {
    String q = p.string("q");
    if (q == null) {
      throw ApiError.badParameter("q", "", "is required: the words to look for");
    }
    int limit = p.integer("limit", 20, 1, 200);
    List<Store.SearchHit> articleHits;
    List<Store.SearchHit> sentenceHits;
    try {
      articleHits = store.searchArticles(q, limit);
      sentenceHits = store.searchEvidence(q, limit);
    } catch (IllegalArgumentException e) {
      throw ApiError.badParameter("q", q, "has no word to look for");
    }
    Map<String, Optional<Article>> cache = new TreeMap<>();
    ViewCache.Built v = canonical.viewIfReady();
    java.util.function.Function<Store.SearchHit, Object> view = h -> {
      Map<String, Object> m = Views.hit(h, cache.computeIfAbsent(h.articleId(), store::article).orElse(null));
      m.put("canonicalId", h.eventId() == null ? null : canonicalId(v, h.eventId()));
      return m;
    };
    return Views.map("query", q, "articles", articleHits.stream().map(view).toList(),
        "sentences", sentenceHits.stream().map(view).toList());
  }

  private Object monthly(Params p) {
    if (filtersHere(p)) {
      Selected selected = filteredEvents(p);
      return selected.stamped(this, Views.map("items", countPeriods(selected.rows())));
    }
    return Views.map("items", store.eventsPerPeriod(p.eventQuery()).stream().map(c -> Views.map("period", c.period(),
        "a", c.a(), "b", c.b(), "type", c.type().name(), "count", c.count())).toList());
  }

  /** As {@link Store#eventsPerPeriod}, for events filtered here. */
  private static List<Map<String, Object>> countPeriods(List<Row> events) {
    Map<List<String>, Integer> counts = new TreeMap<>(Comparator.comparing((List<String> k) -> String.join("\u0000", k)));
    for (Row e : events) {
      if (e.date() == null) {
        continue;
      }
      String period = e.date().toString().substring(0, Math.min(7, e.date().toString().length()));
      for (List<String> pair : pairs(e)) {
        counts.merge(List.of(period, pair.get(0), pair.get(1), e.type()), 1, Integer::sum);
      }
    }
    List<Map<String, Object>> out = new ArrayList<>();
    counts.forEach((k, n) -> out.add(Views.map("period", k.get(0), "a", k.get(1), "b", k.get(2), "type", k.get(3),
        "count", n)));
    return out;
  }

  private Object pairs(Params p) {
    if (filtersHere(p)) {
      Map<List<String>, Integer> counts = new LinkedHashMap<>();
      Selected selected = filteredEvents(p);
      for (Row e : selected.rows()) {
        for (List<String> pair : pairs(e)) {
          counts.merge(pair, 1, Integer::sum);
        }
      }
      List<Map<String, Object>> items = new ArrayList<>();
      counts.forEach((k, n) -> items.add(Views.map("a", k.get(0), "b", k.get(1), "count", n)));
      items.sort(Comparator.comparing((Map<String, Object> m) -> -(Integer) m.get("count"))
          .thenComparing(m -> (String) m.get("a")).thenComparing(m -> (String) m.get("b")));
      return selected.stamped(this, Views.map("items", items));
    }
    return Views.map("items", store.pairCounts(p.eventQuery()).stream()
        .map(c -> Views.map("a", c.a(), "b", c.b(), "count", c.count())).toList());
  }

  /** The distinct pairs of sides of an event, each in code order. */
  private static List<List<String>> pairs(Row e) {
    List<String> actors = e.actors();
    if (actors.size() == 2) { // most events: spare the sorting
      int c = actors.get(0).compareTo(actors.get(1));
      return c == 0 ? List.of() : List.of(c < 0 ? actors : List.of(actors.get(1), actors.get(0)));
    }
    List<String> sides = actors.stream().distinct().sorted().toList();
    List<List<String>> out = new ArrayList<>();
    for (int i = 0; i < sides.size(); i++) {
      for (int j = i + 1; j < sides.size(); j++) {
        out.add(List.of(sides.get(i), sides.get(j)));
      }
    }
    return out;
  }

  /** The places of the selected events that the gazetteer knows, with the events at each, the busiest first. */
  private Object places(Params p) {
    Map<Place, List<Row>> at = new LinkedHashMap<>();
    int unplaced = 0;
    Selected selected = filteredEvents(p);
    for (Row e : selected.rows()) {
      @Nullable Place place = views.place(e.location()).orElse(null);
      if (place == null) {
        unplaced++;
      } else {
        at.computeIfAbsent(place, k -> new ArrayList<>()).add(e);
      }
    }
    List<Map<String, Object>> items = new ArrayList<>();
    at.forEach((place, evs) -> {
      Map<String, Object> m = Views.place(place);
      m.put("count", evs.size());
      m.put("events", evs.stream().map(e -> Views.map("id", e.id(), "type", e.type(), "date",
          e.date() == null ? null : e.date().toString(), "actors", e.actors(), "status", e.status().label())).toList());
      items.add(m);
    });
    items.sort(Comparator.comparing((Map<String, Object> m) -> -(Integer) m.get("count")));
    return selected.stamped(this, Views.map("items", items, "unplaced", unplaced));
  }
}
