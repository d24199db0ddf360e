package org.attache.export;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.attache.geo.Country;
import org.attache.geo.Gazetteer;
import org.attache.model.EventType;
import org.attache.model.PartialDate;
import org.attache.model.Person;
import org.attache.model.Sector;
import org.attache.model.Status;
import org.attache.store.EventQuery;
import org.attache.store.Store;
import org.jspecify.annotations.Nullable;

/**
 * A written brief of one pair's relations, built only from stored events: a summary of counts by type and
 * sector, first and last contact and the most senior visits; a numbered timeline with citations; the key
 * people with their roles; the planned items not yet due; and an SVG chart of events per quarter by type.
 * Every statement names the events it rests on ({@code E3}) and every event its sources ({@code [2]}); the
 * only text not made of stored values is the fixed wording around them.
 *
 * <p>Rendered as Markdown ({@link #markdown()}) or a standalone HTML page ({@link #html()}); both are
 * deterministic for the same store and request.
 */
public final class Brief {
  /**
   * What to brief on.
   *
   * @param a one side (ISO-3 code or organisation short name, upper case)
   * @param b the other side
   * @param since only events dated on or after this, or null
   * @param until only events dated on or before this, or null
   * @param asOf the day the brief is written for: planned items dated before it are not listed as upcoming
   */
  public record Request(String a, String b, @Nullable PartialDate since, @Nullable PartialDate until, LocalDate asOf) {
    /** @throws IllegalArgumentException naming the value when a side is blank or both sides are the same */
    public Request {
      if (a.isBlank() || b.isBlank()) {
        throw new IllegalArgumentException("brief: sides must not be blank, got '" + a + "' and '" + b + "'");
      }
      if (a.equalsIgnoreCase(b)) {
        throw new IllegalArgumentException("brief: the two sides are both " + a + "; name two different sides");
      }
    }
  }

  /** A piece of text in the brief: plain wording, quoted evidence, or a reference to an event or source. */
  sealed interface Inline permits Txt, Quote, Ev, Src {}

  record Txt(String text) implements Inline {}

  record Quote(String text) implements Inline {}

  /** Event number {@code n} of the timeline (1-based). */
  record Ev(int n) implements Inline {}

  /** Source number {@code n} of the source list (1-based). */
  record Src(int n) implements Inline {}

  /** A list item, with an anchor id. */
  record Item(String id, List<Inline> content) {}

  /** A section: a heading, paragraphs, list items (numbered or not), and optional SVG. */
  record Section(String title, String id, List<List<Inline>> paragraphs, List<Item> items, boolean numbered, String svg) {}

  private static final int EVIDENCE_CHARS = 240;

  private final String title;
  private final String meta;
  private final List<Section> sections;

  private Brief(String title, String meta, List<Section> sections) {
    this.title = title;
    this.meta = meta;
    this.sections = List.copyOf(sections);
  }

  /** Builds the brief of {@code r} from {@code store}, naming countries with the bundled gazetteer. */
  public static Brief build(Store store, Request r) {
    return build(store, r, Gazetteer.load());
  }

  /** Builds the brief of {@code r} from {@code store}, naming countries with {@code gazetteer}. */
  public static Brief build(Store store, Request r, Gazetteer gazetteer) {
    EventQuery q = EventQuery.all().withPair(r.a(), r.b()).withSince(r.since()).withUntil(r.until());
    Selection sel = Selection.load(store, q);
    return new Builder(sel, r, gazetteer).build();
  }

  /** The title line. */
  public String title() {
    return title;
  }

  /** The brief as Markdown (CommonMark; the chart is inline SVG, which most renderers show). */
  public String markdown() {
    StringBuilder s = new StringBuilder();
    s.append("# ").append(md(title)).append("\n\n").append("_").append(md(meta)).append("_\n");
    for (Section sec : sections) {
      s.append("\n## ").append(md(sec.title())).append("\n\n");
      for (List<Inline> p : sec.paragraphs()) {
        s.append(md(p)).append("\n\n");
      }
      int i = 1;
      for (Item it : sec.items()) {
        s.append(sec.numbered() ? (i++) + ". " : "- ").append(md(it.content())).append("\n");
      }
      if (!sec.items().isEmpty()) {
        s.append("\n");
      }
      if (!sec.svg().isEmpty()) {
        s.append(sec.svg()).append("\n");
      }
    }
    return s.toString().replaceAll("\n{3,}", "\n\n").stripTrailing() + "\n";
  }

  /** The brief as a standalone HTML page with in-page links from references to the timeline and sources. */
  public String html() {
    StringBuilder s = new StringBuilder();
    s.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>").append(Html.escape(title))
        .append("</title>\n<style>body{font-family:Georgia,serif;max-width:52rem;margin:2rem auto;padding:0 1rem;line-height:1.45}"
            + "h1,h2{font-family:sans-serif}.meta{color:#555}q{font-style:italic}a{text-decoration:none}</style>\n</head>\n<body>\n");
    s.append("<h1>").append(Html.escape(title)).append("</h1>\n<p class=\"meta\">").append(Html.escape(meta)).append("</p>\n");
    for (Section sec : sections) {
      s.append("<section id=\"").append(sec.id()).append("\">\n<h2>").append(Html.escape(sec.title())).append("</h2>\n");
      for (List<Inline> p : sec.paragraphs()) {
        s.append("<p>").append(html(p)).append("</p>\n");
      }
      if (!sec.items().isEmpty()) {
        s.append(sec.numbered() ? "<ol>\n" : "<ul>\n");
        for (Item it : sec.items()) {
          s.append("<li id=\"").append(it.id()).append("\">").append(html(it.content())).append("</li>\n");
        }
        s.append(sec.numbered() ? "</ol>\n" : "</ul>\n");
      }
      if (!sec.svg().isEmpty()) {
        s.append("<figure>\n").append(sec.svg()).append("</figure>\n");
      }
      s.append("</section>\n");
    }
    s.append("</body>\n</html>\n");
    return s.toString();
  }

  private static String md(List<Inline> parts) {
    StringBuilder b = new StringBuilder();
    for (Inline p : parts) {
      switch (p) {
        case Txt t -> b.append(md(t.text()));
        case Quote q -> b.append('“').append(md(q.text())).append('”');
        case Ev e -> b.append('E').append(e.n());
        case Src s -> b.append('[').append(s.n()).append(']');
      }
    }
    return b.toString();
  }

  /** Markdown text with the characters that would start markup escaped. */
  static String md(String s) {
    return s.replaceAll("\\s+", " ").replaceAll("([\\\\`*_\\[\\]<>#|])", "\\\\$1");
  }

  private static String html(List<Inline> parts) {
    StringBuilder b = new StringBuilder();
    for (Inline p : parts) {
      switch (p) {
        case Txt t -> b.append(Html.escape(t.text()));
        case Quote q -> b.append("<q>").append(Html.escape(q.text().replaceAll("\\s+", " "))).append("</q>");
        case Ev e -> b.append("<a href=\"#ev-").append(e.n()).append("\">E").append(e.n()).append("</a>");
        case Src s -> b.append("<a href=\"#src-").append(s.n()).append("\">[").append(s.n()).append("]</a>");
      }
    }
    return b.toString();
  }

  /** Builds the sections from a selection. */
  private static final class Builder {
    private final List<EventRow> events;
    private final List<Person> people;
    private final Request r;
    private final Gazetteer gaz;
    private final Map<String, Integer> sourceNumbers = new LinkedHashMap<>();
    private final List<Source> sources = new ArrayList<>();

    Builder(Selection sel, Request r, Gazetteer gaz) {
      this.events = sel.events();
      this.people = sel.people();
      this.r = r;
      this.gaz = gaz;
      for (EventRow e : events) {
        for (Source s : e.sources()) {
          if (sourceNumbers.putIfAbsent(s.articleId(), sourceNumbers.size() + 1) == null) {
            sources.add(s);
          }
        }
      }
    }

    Brief build() {
      String names = name(r.a()) + " – " + name(r.b());
      String period = r.since() == null && r.until() == null ? ""
          : ", " + (r.since() == null ? "until " + r.until() : r.until() == null ? "since " + r.since() : r.since() + " to " + r.until());
      String title = names + " relations" + period;
      String meta = "Brief written by Attaché from its event store, as of " + r.asOf() + ". Each statement names the events"
          + " it rests on (E1, E2, …, numbered as in the timeline), and each event its source articles ([1], [2], …).";
      List<Section> secs = new ArrayList<>();
      secs.add(new Section("Summary", "summary", summary(), List.of(), false, ""));
      secs.add(new Section("Timeline", "timeline", events.isEmpty() ? List.of(List.of(new Txt("No events on record."))) : List.of(),
          timeline(), false, ""));
      List<Item> key = keyPeople();
      secs.add(new Section("Key people", "people", key.isEmpty() ? List.of(List.of(new Txt("No people are named in these events."))) : List.of(),
          key, false, ""));
      List<Item> planned = planned();
      secs.add(new Section("Planned, not yet happened", "planned", List.of(List.of(new Txt(planned.isEmpty()
          ? "No planned event dated on or after " + r.asOf() + " or undated is on record."
          : "Events reported as planned, dated on or after " + r.asOf() + " or with no date:"))), planned, false, ""));
      secs.add(chart());
      List<Item> src = new ArrayList<>();
      for (int i = 0; i < sources.size(); i++) {
        src.add(new Item("src-" + (i + 1), List.of(new Src(i + 1), new Txt(" " + citation(sources.get(i))))));
      }
      secs.add(new Section("Sources", "sources", src.isEmpty() ? List.of(List.of(new Txt("None."))) : List.of(), src, false, ""));
      return new Brief(title, meta, secs);
    }

    private String name(String code) {
      return gaz.country(code).map(Country::name).orElse(code);
    }

    private String sides(EventRow e) {
      return String.join(e.directed() ? " → " : " – ", e.actors().stream().map(this::name).toList());
    }

    private String kind(EventRow e) {
      return e.type().name() + (e.mode().isEmpty() ? "" : " " + e.mode());
    }

    private int n(EventRow e) {
      return events.indexOf(e) + 1;
    }

    private List<Inline> refs(List<EventRow> es) {
      List<Inline> l = new ArrayList<>();
      l.add(new Txt(" ("));
      for (int i = 0; i < es.size(); i++) {
        if (i > 0) {
          l.add(new Txt(", "));
        }
        l.add(new Ev(n(es.get(i))));
      }
      l.add(new Txt(")"));
      return l;
    }

    private List<List<Inline>> summary() {
      List<Inline> p = new ArrayList<>();
      String pair = name(r.a()) + " (" + r.a() + ") and " + name(r.b()) + " (" + r.b() + ")";
      if (events.isEmpty()) {
        return List.of(List.of(new Txt("The store holds no events between " + pair
            + (r.since() != null || r.until() != null ? " in this period." : "."))));
      }
      p.add(new Txt("The store holds " + events.size() + " event" + (events.size() == 1 ? "" : "s") + " between " + pair
          + ", reported in " + sources.size() + " article" + (sources.size() == 1 ? "" : "s") + " (E1"
          + (events.size() == 1 ? "" : "–E" + events.size()) + "). "));
      Map<EventType, List<EventRow>> byType = new EnumMap<>(EventType.class);
      events.forEach(e -> byType.computeIfAbsent(e.type(), t -> new ArrayList<>()).add(e));
      p.add(new Txt("By type: "));
      appendCounts(p, byType.entrySet().stream().sorted(Comparator.comparingInt(
          (Map.Entry<EventType, List<EventRow>> x) -> -x.getValue().size()).thenComparing(Map.Entry::getKey))
          .map(x -> Map.entry(x.getKey().name(), x.getValue())).toList());
      Map<Sector, List<EventRow>> bySector = new EnumMap<>(Sector.class);
      events.forEach(e -> e.sectors().forEach(s -> bySector.computeIfAbsent(s, x -> new ArrayList<>()).add(e)));
      if (!bySector.isEmpty()) {
        p.add(new Txt("By sector: "));
        appendCounts(p, bySector.entrySet().stream().sorted(Comparator.comparingInt(
            (Map.Entry<Sector, List<EventRow>> x) -> -x.getValue().size()).thenComparing(Map.Entry::getKey))
            .map(x -> Map.entry(x.getKey().label(), x.getValue())).toList());
      }
      List<EventRow> occurred = events.stream().filter(e -> e.status() == Status.OCCURRED && e.date() != null
          && !e.date().firstDay().isAfter(r.asOf())).toList();
      if (!occurred.isEmpty()) {
        EventRow first = occurred.get(0);
        EventRow last = occurred.get(occurred.size() - 1);
        p.add(new Txt("The first contact on record that took place by " + r.asOf() + " is dated " + first.date() + ": " + describe(first)));
        p.addAll(refs(List.of(first)));
        p.add(new Txt("; the last is dated " + last.date() + ": " + describe(last)));
        p.addAll(refs(List.of(last)));
        p.add(new Txt(". "));
      }
      List<Map.Entry<EventRow, Person>> visits = seniorVisits();
      if (!visits.isEmpty()) {
        p.add(new Txt(visits.size() == 1 ? "The most senior visit: " : "The most senior visits: "));
        for (int i = 0; i < visits.size(); i++) {
          EventRow e = visits.get(i).getKey();
          Person who = visits.get(i).getValue();
          p.add(new Txt((i > 0 ? "; " : "") + who.name() + " (" + who.role() + (who.country() == null ? "" : ", " + who.country())
              + "), " + sides(e) + (e.date() == null ? "" : ", " + e.date()) + (e.location() == null ? "" : ", " + e.location())));
          p.addAll(refs(List.of(e)));
        }
        p.add(new Txt(". "));
      }
      List<Inline> status = new ArrayList<>();
      for (Status s : Status.values()) {
        List<EventRow> es = events.stream().filter(e -> e.status() == s).toList();
        if (!es.isEmpty() && s != Status.OCCURRED) {
          status.add(new Txt((status.isEmpty() ? "" : "; ") + es.size() + " " + (es.size() == 1 ? "is" : "are") + " " + s.label()));
          status.addAll(refs(es));
        }
      }
      List<EventRow> undated = events.stream().filter(e -> e.date() == null).toList();
      if (!undated.isEmpty()) {
        status.add(new Txt((status.isEmpty() ? "" : "; ") + undated.size() + " " + (undated.size() == 1 ? "has" : "have") + " no date"));
        status.addAll(refs(undated));
      }
      if (!status.isEmpty()) {
        p.add(new Txt("Of these events, "));
        p.addAll(status);
        p.add(new Txt("."));
      }
      return List.of(trim(p));
    }

    private static List<Inline> trim(List<Inline> p) {
      if (!p.isEmpty() && p.get(p.size() - 1) instanceof Txt t) {
        p.set(p.size() - 1, new Txt(t.text().stripTrailing()));
      }
      return p;
    }

    private void appendCounts(List<Inline> p, List<Map.Entry<String, List<EventRow>>> counts) {
      for (int i = 0; i < counts.size(); i++) {
        p.add(new Txt((i > 0 ? ", " : "") + counts.get(i).getKey() + " " + counts.get(i).getValue().size()));
        p.addAll(refs(counts.get(i).getValue()));
      }
      p.add(new Txt(". "));
    }

    private String describe(EventRow e) {
      return kind(e) + ", " + sides(e) + (e.location() == null ? "" : ", in " + e.location());
    }

    /** The people of an event with their stored records (from the event's source articles), in the event's order. */
    private List<Person> peopleOf(EventRow e) {
      Set<String> articles = new LinkedHashSet<>();
      e.sources().forEach(s -> articles.add(s.articleId()));
      List<Person> out = new ArrayList<>();
      for (String name : e.people()) {
        Person found = null;
        for (Person p : people) {
          if (articles.contains(p.articleId()) && (p.name().equalsIgnoreCase(name) || p.aliases().stream().anyMatch(name::equalsIgnoreCase))) {
            found = p;
            break;
          }
        }
        out.add(found != null ? found : new Person("", e.primary().articleId(), name, null, null, List.of(), List.of()));
      }
      return out;
    }

    /**
     * Up to three occurred visits with a ranked person, the most senior first (then the earliest). For a directed
     * visit only the visiting side's people count (a person of unknown country counts for either side).
     */
    private List<Map.Entry<EventRow, Person>> seniorVisits() {
      List<Map.Entry<EventRow, Person>> visits = new ArrayList<>();
      for (EventRow e : events) {
        if (e.type() != EventType.CONSULT || !e.mode().equals("visit") || e.status() != Status.OCCURRED) {
          continue;
        }
        peopleOf(e).stream().filter(p -> Seniority.rank(p.role()) < Seniority.NONE)
            .filter(p -> !e.directed() || p.country() == null || p.country().equals(e.actors().get(0)))
            .min(Comparator.comparingInt(p -> Seniority.rank(p.role())))
            .ifPresent(p -> visits.add(Map.entry(e, p)));
      }
      visits.sort(Comparator.comparingInt((Map.Entry<EventRow, Person> v) -> Seniority.rank(v.getValue().role()))
          .thenComparingInt(v -> n(v.getKey())));
      return visits.subList(0, Math.min(3, visits.size()));
    }

    private List<Inline> eventLine(EventRow e, boolean withNumber) {
      List<Inline> l = new ArrayList<>();
      if (withNumber) {
        l.add(new Ev(n(e)));
        l.add(new Txt(" · "));
      }
      l.add(new Txt((e.date() == null ? "undated" : e.date().toString()) + " — " + kind(e) + ", " + sides(e)
          + (e.location() == null ? "" : ", " + e.location()) + (e.status() == Status.OCCURRED ? "" : " (" + e.status().label() + ")")
          + ": "));
      String ev = e.primary().evidenceText().replaceAll("\\s+", " ").strip();
      l.add(new Quote(ev.length() <= EVIDENCE_CHARS ? ev : ev.substring(0, EVIDENCE_CHARS - 1) + "…"));
      for (Source s : e.sources()) {
        l.add(new Txt(" "));
        l.add(new Src(sourceNumbers.get(s.articleId())));
      }
      return l;
    }

    private List<Item> timeline() {
      List<Item> items = new ArrayList<>();
      for (EventRow e : events) {
        items.add(new Item("ev-" + n(e), eventLine(e, true)));
      }
      return items;
    }

    private List<Item> keyPeople() {
      Map<String, List<EventRow>> eventsOf = new LinkedHashMap<>();
      Map<String, Person> record = new LinkedHashMap<>();
      Map<String, Map<String, Integer>> roles = new TreeMap<>();
      for (EventRow e : events) {
        for (Person p : peopleOf(e)) {
          String k = p.name().toLowerCase(Locale.ROOT);
          List<EventRow> es = eventsOf.computeIfAbsent(k, x -> new ArrayList<>());
          if (!es.contains(e)) {
            es.add(e);
          }
          record.merge(k, p, (x, y) -> x.country() == null && y.country() != null ? y : x);
          if (p.role() != null) {
            roles.computeIfAbsent(k, x -> new TreeMap<>()).merge(p.role(), 1, Integer::sum);
          }
        }
      }
      List<String> keys = new ArrayList<>(eventsOf.keySet());
      keys.sort(Comparator.comparingInt((String k) -> Seniority.rank(role(roles, k))).thenComparingInt(k -> -eventsOf.get(k).size())
          .thenComparing(k -> k));
      List<Item> items = new ArrayList<>();
      for (String k : keys) {
        Person p = record.get(k);
        String role = role(roles, k);
        List<Inline> l = new ArrayList<>();
        l.add(new Txt(p.name() + " — " + (role == null ? "role not stated" : role)
            + (p.country() == null ? "" : ", " + name(p.country())) + "; in " + eventsOf.get(k).size() + " event"
            + (eventsOf.get(k).size() == 1 ? "" : "s")));
        l.addAll(refs(eventsOf.get(k)));
        items.add(new Item("person-" + (items.size() + 1), l));
      }
      return items;
    }

    /** The role most often given to a person (the alphabetically first among equals), or null. */
    private static @Nullable String role(Map<String, Map<String, Integer>> roles, String key) {
      Map<String, Integer> m = roles.get(key);
      if (m == null) {
        return null;
      }
      return m.entrySet().stream().max(Comparator.comparingInt((Map.Entry<String, Integer> x) -> x.getValue())
          .thenComparing(Map.Entry::getKey, Comparator.reverseOrder())).map(Map.Entry::getKey).orElse(null);
    }

    private List<Item> planned() {
      List<Item> items = new ArrayList<>();
      for (EventRow e : events) {
        if (e.status() == Status.PLANNED && (e.date() == null || !e.date().lastDay().isBefore(r.asOf()))) {
          items.add(new Item("planned-" + n(e), eventLine(e, true)));
        }
      }
      return items;
    }

    private Section chart() {
      String svg = QuarterChart.svg(events, "Events per quarter by type, " + name(r.a()) + " – " + name(r.b()));
      long yearOnly = events.stream().filter(e -> e.date() != null && !QuarterChart.placeable(e.date())).count();
      long undated = events.stream().filter(e -> e.date() == null).count();
      String text = svg.isEmpty() ? "No event is dated to the month or day, so none can be placed in a quarter."
          : "Events dated to the month or day, by calendar quarter and type."
              + (yearOnly + undated == 0 ? "" : " Not drawn: " + (yearOnly == 0 ? "" : yearOnly + " dated only to the year")
                  + (yearOnly > 0 && undated > 0 ? " and " : "") + (undated == 0 ? "" : undated + " undated") + ".");
      return new Section("Events per quarter", "chart", List.of(List.of(new Txt(text))), List.of(), false, svg);
    }

    /** Title (or file name), outlet (the URL's host) when known, publication date, and the URL when there is one. */
    private static String citation(Source s) {
      boolean titled = s.title() != null && !s.title().isBlank();
      StringBuilder b = new StringBuilder(titled ? s.title().strip() : s.fileName());
      if (s.outlet().isPresent()) {
        b.append(titled ? "" : " (no title recorded)").append(" — ").append(s.outlet().get());
      } else {
        b.append(titled ? " (no outlet recorded)" : " (no title or outlet recorded)");
      }
      b.append(", published ").append(s.pubDate() == null ? "on an unknown date" : s.pubDate().toString());
      if (s.url() != null) {
        b.append(", ").append(s.url());
      }
      return b.toString();
    }
  }
}
