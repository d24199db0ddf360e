package org.attache.merge;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.attache.model.CanonicalEvent;
import org.attache.model.CanonicalPerson;
import org.attache.model.Correction;
import org.attache.model.Event;
import org.attache.model.EventSource;
import org.attache.model.EventType;
import org.attache.model.PartialDate;
import org.attache.model.Person;
import org.attache.model.Sector;
import org.attache.model.Status;
import org.jspecify.annotations.Nullable;

/** Merges per-article events into canonical events (see {@link Merger} for the rules). */
final class EventMerger {
  /** One per-article event with what merging compares. */
  private record Item(Event event, Source source, String actorKey, String evidenceKey, List<String> personIds,
      Map<String, Set<String>> peopleByCountry, Set<String> articlePeople) {
    String group() {
      return source.copyOf() == null ? source.articleId() : source.copyOf();
    }
  }

  record Result(List<CanonicalEvent> events, Map<String, String> idOfMember) {}

  /** How far from its article's publication date an undated event may be placed (see {@link Merger}). */
  static final int NEAR_DAYS = 35;

  private EventMerger() {}

  static Result merge(List<Source> sources, PeopleResolver.Result people, List<Correction> corrections,
      Map<String, String> aliases, Places places) {
    Map<String, CanonicalPerson> personById = new HashMap<>();
    for (CanonicalPerson p : people.people()) {
      personById.put(p.id(), p);
    }
    List<Item> items = new ArrayList<>();
    for (Source s : sources) {
      Map<String, String> personOfName = new HashMap<>();
      for (Person p : s.people()) {
        String id = people.idOfMember().get(p.id());
        if (id == null) {
          continue;
        }
        personOfName.putIfAbsent(p.name().toLowerCase(Locale.ROOT), id);
        for (String a : p.aliases()) {
          personOfName.putIfAbsent(a.toLowerCase(Locale.ROOT), id);
        }
      }
      Set<String> articlePeople = new TreeSet<>(personOfName.values());
      for (Event e : s.events()) {
        List<String> ids = new ArrayList<>();
        Map<String, Set<String>> byCountry = new TreeMap<>();
        for (String name : e.people()) {
          String id = personOfName.getOrDefault(name.toLowerCase(Locale.ROOT), "name:" + name);
          ids.add(id);
          CanonicalPerson p = personById.get(id);
          if (p != null && p.country() != null) {
            byCountry.computeIfAbsent(p.country(), c -> new TreeSet<>()).add(id);
          }
        }
        items.add(new Item(e, s, actorKey(e), String.join(" ", Copies.words(e.evidenceText())), ids, byCountry,
            articlePeople));
      }
    }
    items.sort(Comparator.comparingInt((Item i) -> rank(i.event().date()))
        .thenComparing(i -> i.event().date(), Comparator.nullsLast(Comparator.naturalOrder()))
        .thenComparing(i -> i.event().type())
        .thenComparing(Item::actorKey)
        .thenComparing(i -> i.source().pubDate(), Comparator.nullsLast(Comparator.naturalOrder()))
        .thenComparing(i -> i.source().articleId())
        .thenComparingInt(i -> i.event().evidence().start())
        .thenComparing(i -> i.event().id()));

    List<List<Item>> clusters = new ArrayList<>();
    Map<String, List<List<Item>>> byKey = new HashMap<>();
    for (Item it : items) {
      String key = it.event().type() + "|" + it.actorKey();
      List<List<Item>> same = byKey.computeIfAbsent(key, k -> new ArrayList<>());
      List<Item> best = null;
      int bestScore = Integer.MIN_VALUE;
      int ties = 0;
      boolean coarser = false;
      for (List<Item> c : same) {
        if (!fits(it, c, places)) {
          continue;
        }
        int score = score(it, c);
        if (score > bestScore) {
          best = c;
          bestScore = score;
          ties = 1;
          coarser = rank(it.event().date()) > rank(c.getFirst().event().date());
        } else if (score == bestScore) {
          ties++;
        }
      }
      boolean undatedGuess = it.event().date() == null && bestScore < 100;
      if (undatedGuess) {
        List<List<Item>> fit = new ArrayList<>();
        for (List<Item> c : same) {
          if (fits(it, c, places) && (it.source().pubDate() != null || sharesPersonOrCity(it, c))) {
            fit.add(c);
          }
        }
        best = fit.size() == 1 ? fit.getFirst() : null;
      }
      if (best != null && !(ties > 1 && coarser && bestScore < 100)) {
        best.add(it);
      } else {
        List<Item> c = new ArrayList<>();
        c.add(it);
        clusters.add(c);
        same.add(c);
      }
    }

    List<CanonicalEvent> out = new ArrayList<>();
    Map<String, String> idOf = new HashMap<>();
    Set<String> used = new HashSet<>();
    for (List<Item> c : clusters) {
      CanonicalEvent ce = build(c, personById, places, used);
      out.add(ce);
      for (Item it : c) {
        idOf.put(it.event().id(), ce.id());
      }
    }
    return new Result(apply(out, corrections, aliases), idOf);
  }

  private static boolean sharesPersonOrCity(Item it, List<Item> cluster) {
    for (Item m : cluster) {
      if (m.personIds().stream().anyMatch(p -> !p.startsWith("name:") && it.personIds().contains(p))) {
        return true;
      }
      if (it.event().location() != null && m.event().location() != null
          && placeKey(it.event().location()).equals(placeKey(m.event().location()))) {
        return true;
      }
      Set<String> shared = new TreeSet<>(it.articlePeople());
      shared.retainAll(m.articlePeople());
      if (shared.size() >= 2) {
        return true;
      }
    }
    return false;
  }

  private static int rank(@Nullable PartialDate d) {
    return d == null ? 3 : 2 - d.precision().ordinal();
  }

  private static String actorKey(Event e) {
    List<String> a = e.actors().stream().map(s -> s.strip().toUpperCase(Locale.ROOT)).sorted().toList();
    return String.join(",", a);
  }

  private static boolean fits(Item it, List<Item> cluster, Places places) {
    for (Item m : cluster) {
      if (m.source().articleId().equals(it.source().articleId())) {
        return false;
      }
    }
    for (Item m : cluster) {
      // The same report in a copy of its article (whose date may differ by its own publication date).
      if (m.group().equals(it.group()) && m.evidenceKey().equals(it.evidenceKey())) {
        return true;
      }
    }
    PartialDate date = it.event().date();
    if (date == null) {
      // Undated: (see merge) a dated event around its article's publication date.
      PartialDate best = cluster.getFirst().event().date();
      PartialDate pub = it.source().pubDate();
      if (best == null || (pub != null && !nearPublication(best, pub))) {
        return false;
      }
    }
    for (Item m : cluster) {
      PartialDate d = m.event().date();
      // A copy's date may be off by its own publication date; its original's counts.
      if (date != null && d != null && m.source().copyOf() == null && !d.compatibleWith(date)) {
        return false;
      }
      if (it.event().type() == EventType.CONSULT && !it.event().mode().isEmpty() && !m.event().mode().isEmpty()
          && !it.event().mode().equals(m.event().mode())) {
        return false;
      }
      if (citiesDiffer(it.event().location(), m.event().location(), places)) {
        return false;
      }
      for (Map.Entry<String, Set<String>> e : it.peopleByCountry().entrySet()) {
        Set<String> other = m.peopleByCountry().get(e.getKey());
        if (other != null && java.util.Collections.disjoint(other, e.getValue())) {
          return false;
        }
      }
    }
    return true;
  }

  /** Whether any day {@code d} can mean lies within {@value #NEAR_DAYS} days of the publication date. */
  private static boolean nearPublication(PartialDate d, PartialDate pub) {
    java.time.LocalDate first = d.firstDay();
    java.time.LocalDate last = switch (d.precision()) {
      case YEAR -> java.time.LocalDate.of(d.year(), 12, 31);
      case MONTH -> java.time.YearMonth.of(d.year(), d.month()).atEndOfMonth();
      case DAY -> first;
    };
    java.time.LocalDate p = pub.firstDay();
    return d.precision() != PartialDate.Precision.YEAR && !last.isBefore(p.minusDays(NEAR_DAYS))
        && !first.isAfter(p.plusDays(NEAR_DAYS));
  }

  private static boolean citiesDiffer(@Nullable String a, @Nullable String b, Places places) {
    if (a == null || b == null || placeKey(a).equals(placeKey(b))) {
      return false;
    }
    return places.cityCountry(a.strip()) != null && places.cityCountry(b.strip()) != null;
  }

  private static String placeKey(String p) {
    return String.join(" ", Copies.words(p));
  }

  private static int score(Item it, List<Item> cluster) {
    int s = 0;
    boolean mode = false;
    boolean place = false;
    boolean person = false;
    for (Item m : cluster) {
      if (m.group().equals(it.group()) && m.evidenceKey().equals(it.evidenceKey())) {
        s += 100;
      }
      mode |= !it.event().mode().isEmpty() && m.event().mode().equals(it.event().mode());
      place |= it.event().location() != null && m.event().location() != null
          && placeKey(it.event().location()).equals(placeKey(m.event().location()));
      person |= m.personIds().stream().anyMatch(p -> !p.startsWith("name:") && it.personIds().contains(p));
    }
    s += (mode ? 3 : 0) + (place ? 2 : 0) + (person ? 2 : 0);
    if (Objects.equals(cluster.getFirst().event().date(), it.event().date())) {
      s += 1;
    }
    return s;
  }

  private static CanonicalEvent build(List<Item> c, Map<String, CanonicalPerson> people, Places places,
      Set<String> used) {
    List<Item> ordered = new ArrayList<>(c);
    ordered.sort(Comparator.comparing((Item i) -> i.source().copyOf() != null)
        .thenComparing(i -> i.source().pubDate(), Comparator.nullsLast(Comparator.naturalOrder()))
        .thenComparing(i -> i.source().articleId())
        .thenComparingInt(i -> i.event().evidence().start())
        .thenComparing(i -> i.event().id()));
    Item anchor = ordered.getFirst();
    Event a = anchor.event();
    String base = anchor.source().articleId() + "|" + a.type() + "|" + anchor.actorKey() + "|" + anchor.evidenceKey();
    String id = Ids.of("E", base);
    if (!used.add(id)) {
      id = Ids.of("E", base + "|" + a.id());
      used.add(id);
    }
    List<String> notes = new ArrayList<>();

    // Sides: the most reported direction when any report is directed.
    Map<String, Integer> directions = new LinkedHashMap<>();
    for (Item it : ordered) {
      if (it.event().directed()) {
        directions.merge(String.join(",", it.event().actors()), 1, Integer::sum);
      }
    }
    boolean directed = !directions.isEmpty();
    List<String> actors = directed ? List.of(mostCommon(directions).split(",")) : a.actors();

    Map<String, Integer> modes = new LinkedHashMap<>();
    ordered.forEach(it -> modes.merge(it.event().mode(), 1, Integer::sum));
    String mode = mostCommon(modes);

    PartialDate date = null;
    Map<String, Integer> dates = new LinkedHashMap<>();
    for (Item it : ordered) {
      PartialDate d = it.event().date();
      if (d != null) {
        dates.merge(d.toString(), 1, Integer::sum);
        if (date == null || d.precision().ordinal() > date.precision().ordinal()) {
          date = d;
        }
      }
    }
    if (dates.size() > 1) {
      notes.add("date: sources give " + counts(dates) + "; kept " + date);
    }

    Map<String, Integer> locations = new LinkedHashMap<>();
    Map<String, String> spelled = new LinkedHashMap<>();
    for (Item it : ordered) {
      String l = it.event().location();
      if (l != null) {
        locations.merge(placeKey(l), 1, Integer::sum);
        spelled.putIfAbsent(placeKey(l), l.strip());
      }
    }
    String location = null;
    if (!locations.isEmpty()) {
      Map<String, Integer> cities = new LinkedHashMap<>();
      locations.forEach((k, n) -> {
        if (places.cityCountry(spelled.get(k)) != null) {
          cities.put(k, n);
        }
      });
      location = spelled.get(mostCommon(cities.isEmpty() ? locations : cities));
      if (locations.size() > 1) {
        Map<String, Integer> shown = new LinkedHashMap<>();
        locations.forEach((k, n) -> shown.put(spelled.get(k), n));
        notes.add("location: sources give " + counts(shown) + "; kept " + location);
      }
    }

    EnumSet<Status> statuses = EnumSet.noneOf(Status.class);
    ordered.forEach(it -> statuses.add(it.event().status()));
    Status status = statuses.contains(Status.OCCURRED) ? Status.OCCURRED
        : statuses.contains(Status.PLANNED) ? Status.PLANNED : a.status();
    if (statuses.size() > 1) {
      notes.add("status: sources give " + statuses.stream().map(Status::label).toList() + "; kept " + status.label());
    }

    EnumSet<Sector> sectors = EnumSet.noneOf(Sector.class);
    ordered.forEach(it -> sectors.addAll(it.event().sectors()));

    LinkedHashSet<String> names = new LinkedHashSet<>();
    for (Item it : ordered) {
      for (int i = 0; i < it.personIds().size(); i++) {
        CanonicalPerson p = people.get(it.personIds().get(i));
        names.add(p != null ? p.name() : it.event().people().get(i));
      }
    }

    List<EventSource> sources = new ArrayList<>();
    for (Item it : ordered) {
      Event e = it.event();
      sources.add(new EventSource(e.id(), e.articleId(), it.source().copyOf(), e.date(), e.evidence(), e.evidenceText()));
    }
    return new CanonicalEvent(id, a.type(), mode, actors, directed, date, location, List.copyOf(sectors), status,
        List.copyOf(names), sources, ordered.stream().mapToDouble(it -> it.event().confidence()).max().orElse(0), notes,
        null);
  }

  private static String mostCommon(Map<String, Integer> counts) {
    String best = null;
    int n = -1;
    for (Map.Entry<String, Integer> e : counts.entrySet()) {
      if (e.getValue() > n) {
        best = e.getKey();
        n = e.getValue();
      }
    }
    return Objects.requireNonNull(best);
  }

  private static String counts(Map<String, Integer> counts) {
    List<String> parts = new ArrayList<>();
    counts.forEach((k, n) -> parts.add(k + " (" + n + ")"));
    return String.join(", ", parts);
  }

  private static List<CanonicalEvent> apply(List<CanonicalEvent> events, List<Correction> corrections,
      Map<String, String> aliases) {
    Map<String, CanonicalEvent> byId = new LinkedHashMap<>();
    events.forEach(e -> byId.put(e.id(), e));
    for (Correction c : corrections) {
      if (c.kind() != Correction.Kind.EVENT_FIX && c.kind() != Correction.Kind.EVENT_REJECT) {
        continue;
      }
      String id = byId.containsKey(c.target()) ? c.target() : Merger.resolve(c.target(), aliases);
      CanonicalEvent e = byId.get(id);
      if (e == null) {
        continue;
      }
      String why = c.why().isBlank() ? "" : " (" + c.why() + ")";
      List<String> notes = new ArrayList<>(e.notes());
      if (c.kind() == Correction.Kind.EVENT_REJECT) {
        notes.add("curated #" + c.seq() + ": rejected" + why);
        byId.put(id, new CanonicalEvent(e.id(), e.type(), e.mode(), e.actors(), e.directed(), e.date(), e.location(),
            e.sectors(), e.status(), e.people(), e.sources(), e.confidence(), notes, c.why().isBlank() ? "rejected" : c.why()));
        continue;
      }
      Map<String, String> args = c.args();
      EventType type = args.containsKey("type") ? EventType.valueOf(args.get("type")) : e.type();
      String mode = args.getOrDefault("mode", e.mode());
      PartialDate date = args.containsKey("date") ? PartialDate.parse(args.get("date")) : e.date();
      Status status = args.containsKey("status") ? Status.parse(args.get("status")) : e.status();
      String location = args.containsKey("location") ? args.get("location") : e.location();
      List<String> changed = new ArrayList<>();
      new TreeMap<>(args).forEach((k, v) -> changed.add(k + " → " + v));
      notes.add("curated #" + c.seq() + ": " + String.join(", ", changed) + why);
      byId.put(id, new CanonicalEvent(e.id(), type, mode, e.actors(), e.directed(), date,
          location == null || location.isBlank() ? null : location, e.sectors(), status, e.people(), e.sources(),
          e.confidence(), notes,
          e.rejected()));
    }
    return new ArrayList<>(byId.values());
  }
}
