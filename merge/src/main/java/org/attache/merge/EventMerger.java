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
  private record Item(Event event, Source source, @Nullable PartialDate anchor, String actorKey, String evidenceKey,
      @Nullable String placeKey, List<String> personIds, Map<String, Set<String>> peopleByCountry,
      Set<String> articlePeople, int rank, long dateKey, long pubKey) {
    String group() {
      return source.copyOf() == null ? source.articleId() : source.copyOf();
    }
  }

  /**
   * @param events the canonical events
   * @param idOfMember per-article event id → canonical event id
   * @param whyApart for two per-article event ids, why they were not merged (or that they were)
   * @param people the canonical people the events were merged with
   */
  record Result(List<CanonicalEvent> events, Map<String, String> idOfMember,
      java.util.function.BinaryOperator<String> whyApart, PeopleResolver.Result people) {}

  /** A canonical event being built: its reports, in the order they joined; {@code seq} orders events by start. */
  private static final class Cluster {
    final int seq;
    final List<Item> items = new ArrayList<>();
    /** The date of a report in it that is no copy (every report joining must have a date compatible with it), or null. */
    @Nullable PartialDate witness;

    Cluster(int seq) {
      this.seq = seq;
    }
  }

  /**
   * The canonical events of one type and set of sides, indexed so that a report is tried only against the events it
   * may join (see {@link #refusal}): those with its copy-group's report of the same evidence; for a dated report,
   * those with no dated report that is no copy, or with one in its year; for an undated one, those whose first report
   * is dated within {@value #NEAR_DAYS} days of its article's date (any dated one when its article has no date). The
   * rules themselves are still applied to each; the index only leaves out events they would refuse.
   */
  private static final class Block {
    private final List<Cluster> all = new ArrayList<>();
    private final Map<List<Item>, Cluster> byItems = new java.util.IdentityHashMap<>();
    private final Map<CopyEvidence, List<Cluster>> byCopyEvidence = new HashMap<>();
    private final Set<Cluster> unwitnessed = new LinkedHashSet<>();
    /** Witnessed events by the year of the witness, for a report dated to the year. */
    private final Map<Integer, List<Cluster>> byWitnessYear = new HashMap<>();
    /** Events whose witness is dated to the year only, by that year. */
    private final Map<Integer, List<Cluster>> byYearWitness = new HashMap<>();
    /** Events whose witness is dated to the month or day, by that month (year * 12 + month - 1). */
    private final Map<Integer, List<Cluster>> byMonthWitness = new HashMap<>();
    /** Events whose first report is dated to the month or day, by that month. */
    private final Map<Integer, List<Cluster>> byFirstMonth = new HashMap<>();
    /** Events whose first report is dated. */
    private final List<Cluster> datedFirst = new ArrayList<>();

    Cluster of(List<Item> items) {
      return byItems.get(items);
    }

    /** Starts an event with {@code it}. */
    Cluster start(Item it) {
      Cluster c = new Cluster(all.size());
      all.add(c);
      byItems.put(c.items, c);
      unwitnessed.add(c);
      PartialDate d = it.event().date();
      if (d != null) {
        datedFirst.add(c);
        if (d.precision() != PartialDate.Precision.YEAR) {
          byFirstMonth.computeIfAbsent(month(d), k -> new ArrayList<>()).add(c);
        }
      }
      add(c, it);
      return c;
    }

    /** Adds {@code it} to {@code c}. */
    void add(Cluster c, Item it) {
      c.items.add(it);
      List<Cluster> same = byCopyEvidence.computeIfAbsent(copyEvidence(it), k -> new ArrayList<>());
      if (same.isEmpty() || same.getLast() != c) {
        same.add(c);
      }
      PartialDate d = it.event().date();
      if (c.witness == null && d != null && it.source().copyOf() == null) {
        c.witness = d;
        unwitnessed.remove(c);
        byWitnessYear.computeIfAbsent(d.year(), k -> new ArrayList<>()).add(c);
        if (d.precision() == PartialDate.Precision.YEAR) {
          byYearWitness.computeIfAbsent(d.year(), k -> new ArrayList<>()).add(c);
        } else {
          byMonthWitness.computeIfAbsent(month(d), k -> new ArrayList<>()).add(c);
        }
      }
    }

    /** The events {@code it} may join, in the order they were started. */
    List<Cluster> candidates(Item it) {
      List<Cluster> out = new ArrayList<>(byCopyEvidence.getOrDefault(copyEvidence(it), List.of()));
      PartialDate d = it.event().date();
      if (d != null) {
        out.addAll(unwitnessed);
        if (d.precision() == PartialDate.Precision.YEAR) {
          out.addAll(byWitnessYear.getOrDefault(d.year(), List.of()));
        } else {
          out.addAll(byYearWitness.getOrDefault(d.year(), List.of()));
          out.addAll(byMonthWitness.getOrDefault(month(d), List.of()));
        }
      } else if (it.anchor() == null) {
        out.addAll(datedFirst);
      } else {
        java.time.LocalDate from = it.anchor().firstDay().minusDays(NEAR_DAYS);
        java.time.LocalDate to = it.anchor().lastDay().plusDays(NEAR_DAYS);
        for (int m = from.getYear() * 12 + from.getMonthValue() - 1; m <= to.getYear() * 12 + to.getMonthValue() - 1;
            m++) {
          out.addAll(byFirstMonth.getOrDefault(m, List.of()));
        }
      }
      if (out.size() > 1) {
        out.sort(Comparator.comparingInt(c -> c.seq));
        int n = 1;
        for (int i = 1; i < out.size(); i++) {
          if (out.get(i) != out.get(n - 1)) {
            out.set(n++, out.get(i));
          }
        }
        out.subList(n, out.size()).clear();
      }
      return out;
    }

    /** A copy-group and the folded evidence of a report in it (see {@link #refusal}: the same report in a copy). */
    private record CopyEvidence(String group, String evidence) {}

    private static CopyEvidence copyEvidence(Item it) {
      return new CopyEvidence(it.group(), it.evidenceKey());
    }

    private static int month(PartialDate d) {
      return d.year() * 12 + d.month() - 1;
    }
  }

  /** How far from its article's publication date an undated event may be placed (see {@link Merger}). */
  static final int NEAR_DAYS = 35;

  /** The refusal when none is to be explained (no message is built in the merge loop). */
  private static final String REFUSED = "refused";

  /** How many days a publication date may be off (time zones, a feed's late stamp) when a report is placed by it. */
  static final int SLACK_DAYS = 2;

  /** Types whose mode tells occasions apart (a visit and a call; military and economic cooperation). */
  private static final Set<EventType> MODE_DISTINCT = EnumSet.of(EventType.CONSULT, EventType.COOPERATE,
      EventType.AID, EventType.REQUEST);

  private EventMerger() {}

  /**
   * Merges the events of {@code sources}.
   *
   * @param explain whether to keep what {@link Result#whyApart} needs (how each report was placed); without it, that
   *     function answers only that it was not asked for
   */
  static Result merge(List<Source> sources, PeopleResolver.Result people, List<Correction> corrections,
      Map<String, String> aliases, Places places, boolean explain) {
    Map<String, CanonicalPerson> personById = new HashMap<>();
    for (CanonicalPerson p : people.people()) {
      personById.put(p.id(), p);
    }
    Map<String, Set<String>> personByFoldedName = new HashMap<>();
    for (CanonicalPerson p : people.people()) {
      personByFoldedName.computeIfAbsent(folded(p.name()), k -> new TreeSet<>()).add(p.id());
      for (String a : p.aliases()) {
        personByFoldedName.computeIfAbsent(folded(a), k -> new TreeSet<>()).add(p.id());
      }
    }
    Map<String, String> foldedNames = new java.util.concurrent.ConcurrentHashMap<>(); // names fold slowly and recur
    // The reports of each article, on several threads, in the order of the sources.
    List<Item> unsorted = new ArrayList<>(sources.parallelStream().flatMap(s -> {
      List<Item> of = new ArrayList<>(s.events().size());
      PartialDate anchor = anchor(s);
      long pubKey = sortKey(s.pubDate());
      Map<String, String> personOfName = s.people().isEmpty() ? Map.of() : new HashMap<>();
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
      Set<String> articlePeople = personOfName.isEmpty() ? Set.of() : new TreeSet<>(personOfName.values());
      for (Event e : s.events()) {
        List<String> ids = new ArrayList<>(e.people().size());
        Map<String, Set<String>> byCountry = new TreeMap<>();
        for (String name : e.people()) {
          String id = personOfName.isEmpty() ? null : personOfName.get(name.toLowerCase(Locale.ROOT));
          if (id == null) {
            // A name the event gives but its article's people do not: the one canonical person of that full name.
            Set<String> ids1 = personByFoldedName.isEmpty() ? Set.of()
                : personByFoldedName.getOrDefault(foldedNames.computeIfAbsent(name, EventMerger::folded), Set.of());
            id = ids1.size() == 1 && Names.tokens(name).size() > 1 ? ids1.iterator().next() : "name:" + name;
          }
          ids.add(id);
          CanonicalPerson p = personById.get(id);
          if (p != null && p.country() != null) {
            byCountry.computeIfAbsent(p.country(), c -> new TreeSet<>()).add(id);
          }
        }
        of.add(new Item(e, s, anchor, actorKey(e), Copies.folded(e.evidenceText()),
            e.location() == null ? null : placeKey(e.location()), ids, byCountry.isEmpty() ? Map.of() : byCountry,
            articlePeople, rank(e.date()), sortKey(e.date()), pubKey));
      }
      return of.stream();
    }).toList());
    // Most precise date first, then by date (undated last), type, sides, publication date (undated last), article,
    // evidence and id.
    Item[] ordered = unsorted.toArray(Item[]::new);
    java.util.Arrays.parallelSort(ordered, (a, b) -> {
      int c = Integer.compare(a.rank(), b.rank());
      c = c != 0 ? c : Long.compare(a.dateKey(), b.dateKey());
      c = c != 0 ? c : a.event().type().compareTo(b.event().type());
      c = c != 0 ? c : a.actorKey().compareTo(b.actorKey());
      c = c != 0 ? c : Long.compare(a.pubKey(), b.pubKey());
      c = c != 0 ? c : a.source().articleId().compareTo(b.source().articleId());
      c = c != 0 ? c : Integer.compare(a.event().evidence().start(), b.event().evidence().start());
      return c != 0 ? c : a.event().id().compareTo(b.event().id());
    });
    List<Item> items = List.of(ordered);

    // Reports join only events of their type and sides, so each such block is merged on its own (on several threads
    // unless explaining), its reports in the order above; events are then taken in the order they were started.
    record Kind(EventType type, String actorKey) {}
    Map<Kind, List<Integer>> blocks = new LinkedHashMap<>();
    for (int i = 0; i < items.size(); i++) {
      Item it = items.get(i);
      blocks.computeIfAbsent(new Kind(it.event().type(), it.actorKey()), k -> new ArrayList<>()).add(i);
    }
    Map<String, String> decisions = new HashMap<>();
    Map<String, Item> itemOf = new HashMap<>();
    Map<String, List<Item>> clusterOf = new HashMap<>();
    if (explain) {
      items.forEach(it -> itemOf.put(it.event().id(), it));
    }
    record Started(int by, List<Item> cluster) {}
    List<Started> started = (explain ? blocks.values().stream() : blocks.values().parallelStream()).flatMap(block -> {
      Block same = new Block();
      List<Started> out = new ArrayList<>();
      for (int i : block) {
        Cluster c = place(items.get(i), same, places, explain ? decisions : null, clusterOf);
        if (c != null) {
          out.add(new Started(i, c.items));
        }
      }
      return out.stream();
    }).sorted(Comparator.comparingInt(Started::by)).toList();
    List<List<Item>> clusters = started.stream().map(Started::cluster).toList();

    // Built on several threads; an id taken already (two events anchored on the same report) is then made unique in
    // the order the events were started.
    List<Built> built = clusters.parallelStream().map(c -> build(c, personById, places)).toList();
    List<CanonicalEvent> out = new ArrayList<>(built.size());
    Map<String, String> idOf = new HashMap<>(built.size() * 2);
    Set<String> used = new HashSet<>(built.size() * 2);
    for (int k = 0; k < built.size(); k++) {
      CanonicalEvent ce = built.get(k).event();
      if (!used.add(ce.id())) {
        String id = Ids.of("E", built.get(k).base() + "|" + built.get(k).anchorId());
        used.add(id);
        ce = new CanonicalEvent(id, ce.type(), ce.mode(), ce.actors(), ce.directed(), ce.date(), ce.location(),
            ce.sectors(), ce.status(), ce.people(), ce.sources(), ce.confidence(), ce.notes(), ce.rejected());
      }
      out.add(ce);
      for (Item it : clusters.get(k)) {
        idOf.put(it.event().id(), ce.id());
      }
    }
    java.util.function.BinaryOperator<String> whyApart = !explain ? (a, b) -> "not explained" : (a, b) -> {
      Item x = itemOf.get(a);
      Item y = itemOf.get(b);
      if (x == null || y == null) {
        return "no per-article event " + (x == null ? a : b);
      }
      if (clusterOf.get(a) == clusterOf.get(b)) {
        return "merged";
      }
      if (!x.event().type().equals(y.event().type()) || !x.actorKey().equals(y.actorKey())) {
        return "type or sides differ";
      }
      String xy = refusal(x, clusterOf.get(b), places);
      String yx = refusal(y, clusterOf.get(a), places);
      return a + ": " + decisions.get(a) + (xy == null ? "" : "; may not join " + b + "'s event: " + xy) + " | " + b
          + ": " + decisions.get(b) + (yx == null ? "" : "; may not join " + a + "'s event: " + yx);
    };
    return new Result(apply(out, corrections, aliases), idOf, whyApart, people);
  }

  /**
   * Places one report: joins the event of {@code same} it fits best (see {@link Merger}), or starts one.
   *
   * @param decisions when explaining, gets how the report was placed
   * @return the event it started, or null when it joined one
   */
  private static @Nullable Cluster place(Item it, Block same, Places places, @Nullable Map<String, String> decisions,
      Map<String, List<Item>> clusterOf) {
    boolean explain = decisions != null;
    List<Item> best = null;
    int bestScore = Integer.MIN_VALUE;
    int ties = 0;
    boolean coarser = false;
    List<List<Item>> fitting = new ArrayList<>();
    for (Cluster cluster : same.candidates(it)) {
      List<Item> c = cluster.items;
      if (!fits(it, c, places)) {
        continue;
      }
      fitting.add(c);
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
    String decision = !explain ? "" : best == null ? "no event it fits" : "joined the event it agrees with most";
    boolean undatedGuess = it.event().date() == null && bestScore < 100;
    if (undatedGuess) {
      List<List<Item>> fit = new ArrayList<>();
      Map<String, Integer> passedOver = new TreeMap<>();
      for (List<Item> c : fitting) {
        String why = !sameDirection(it, c) ? "the sides the other way round"
            : it.anchor() != null && it.source().pubDate() != null ? ""
            : it.event().status() == Status.PLANNED && it.event().type() == EventType.CONSULT
                ? "a visit or meeting planned with no date"
            : !sharesPersonOrCity(it, c, it.anchor() != null) ? "no person or city in common"
            : namesOnlyOthers(it, c) ? "only people its article does not name" : "";
        if (why.isEmpty()) {
          fit.add(c);
        } else {
          passedOver.merge(why, 1, Integer::sum);
        }
      }
      best = fit.size() == 1 ? fit.getFirst() : null;
      if (explain) {
        List<String> over = new ArrayList<>();
        passedOver.forEach((why, n) -> over.add(n + " with " + why));
        decision = "undated" + (it.anchor() == null ? " in an article with no date" : "") + ": "
            + (fit.size() == 1 ? "joined the one event it fits" : fit.size() + " events fit it")
            + (over.isEmpty() ? "" : "; passed over " + String.join(", ", over));
      }
    }
    Cluster startedOne = null;
    if (best != null && (undatedGuess || !(ties > 1 && coarser && bestScore < 100))) {
      same.add(same.of(best), it);
      if (explain) {
        clusterOf.put(it.event().id(), best);
      }
    } else {
      if (best != null && explain) {
        decision = "a less precise date fitting " + ties + " events equally well";
      }
      startedOne = same.start(it);
      if (explain) {
        clusterOf.put(it.event().id(), startedOne.items);
      }
    }
    if (explain) {
      decisions.put(it.event().id(), decision);
    }
    return startedOne;
  }

  /**
   * The date an article is placed at: its publication date, or when that is unknown the latest month or day of
   * an event it reports as having occurred (an article is published after what it reports, and mostly soon after
   * its latest news; a year alone is mostly background); null when it has neither.
   */
  static @Nullable PartialDate anchor(Source s) {
    if (s.pubDate() != null) {
      return s.pubDate();
    }
    PartialDate latest = null;
    for (Event e : s.events()) {
      PartialDate d = e.date();
      if (d != null && e.status() == Status.OCCURRED && d.precision() != PartialDate.Precision.YEAR
          && (latest == null || d.lastDay().isAfter(latest.lastDay()))) {
        latest = d;
      }
    }
    return latest;
  }

  private static String folded(String name) {
    return String.join(" ", Names.tokens(name));
  }

  /** Whether the reports in {@code cluster} name known people, none of whom {@code it} or its article names. */
  private static boolean namesOnlyOthers(Item it, List<Item> cluster) {
    boolean named = false;
    for (Item m : cluster) {
      for (String p : m.personIds()) {
        if (!p.startsWith("name:")) {
          named = true;
          if (it.articlePeople().contains(p) || it.personIds().contains(p)) {
            return false;
          }
        }
      }
    }
    return named;
  }

  /** Whether {@code it} is undirected, or no directed report in {@code cluster} gives the sides in another order. */
  private static boolean sameDirection(Item it, List<Item> cluster) {
    return !it.event().directed() || cluster.stream()
        .allMatch(m -> !m.event().directed() || m.event().actors().equals(it.event().actors()));
  }

  /**
   * Whether an undated report from an article with no publication date shares a person or city with an event: a
   * person both reports name, the same place, or two people named by an article reporting the event. With
   * {@code reportOnly} (the article is placed at a month or day it reports) those two must be the report's own
   * people: such an article often recalls earlier meetings of the same people.
   */
  private static boolean sharesPersonOrCity(Item it, List<Item> cluster, boolean reportOnly) {
    for (Item m : cluster) {
      if (m.personIds().stream().anyMatch(p -> !p.startsWith("name:") && it.personIds().contains(p))) {
        return true;
      }
      if (it.placeKey() != null && it.placeKey().equals(m.placeKey())) {
        return true;
      }
      Set<String> shared = new TreeSet<>(reportOnly ? it.personIds() : it.articlePeople());
      shared.retainAll(m.articlePeople());
      if (shared.size() >= 2) {
        return true;
      }
    }
    return false;
  }

  /** A number ordered as {@link PartialDate#compareTo} orders dates (first day, then precision), null the greatest. */
  static long sortKey(@Nullable PartialDate d) {
    return d == null ? Long.MAX_VALUE : d.firstDay().toEpochDay() * 4 + d.precision().ordinal();
  }

  private static int rank(@Nullable PartialDate d) {
    return d == null ? 3 : 2 - d.precision().ordinal();
  }

  private static String actorKey(Event e) {
    List<String> a = e.actors().stream().map(s -> s.strip().toUpperCase(Locale.ROOT)).sorted().toList();
    return String.join(",", a);
  }

  private static boolean fits(Item it, List<Item> cluster, Places places) {
    return refusal(it, cluster, places, false) == null;
  }

  private static @Nullable String refusal(Item it, List<Item> cluster, Places places) {
    return refusal(it, cluster, places, true);
  }


  /** Why {@code it} may not join {@code cluster} (the rule and the report it conflicts with), or null when it may. */
  private static @Nullable String refusal(Item it, List<Item> cluster, Places places, boolean explain) {
    for (Item m : cluster) {
      if (m.source().articleId().equals(it.source().articleId())) {
        return !explain ? REFUSED : "its article already reports it (" + m.event().id() + ")";
      }
    }
    for (Item m : cluster) {
      // The same report in a copy of its article (whose date may differ by its own publication date).
      if (m.group().equals(it.group()) && m.evidenceKey().equals(it.evidenceKey())) {
        return null;
      }
    }
    PartialDate date = it.event().date();
    if (date == null) {
      // Undated: (see merge) a dated event around the date its article is placed at.
      PartialDate best = cluster.getFirst().event().date();
      PartialDate pub = it.anchor();
      if (best == null) {
        return !explain ? REFUSED : "undated, and so is the event";
      }
      if (pub != null && !nearPublication(best, pub)) {
        return !explain ? REFUSED
            : "undated, and " + best + " is not within " + NEAR_DAYS + " days of its article's date " + pub;
      }
    }
    for (Item m : cluster) {
      PartialDate d = m.event().date();
      // A copy's date may be off by its own publication date; its original's counts.
      if (date != null && d != null && m.source().copyOf() == null && !d.compatibleWith(date)) {
        return !explain ? REFUSED : "date " + date + " incompatible with " + d + " (" + m.event().id() + ")";
      }
      if (MODE_DISTINCT.contains(it.event().type()) && !it.event().mode().isEmpty() && !m.event().mode().isEmpty()
          && !it.event().mode().equals(m.event().mode())) {
        return !explain ? REFUSED
            : "mode " + it.event().mode() + " differs from " + m.event().mode() + " (" + m.event().id() + ")";
      }
      if (placesDiffer(it, m, places)) {
        return !explain ? REFUSED
            : "place " + it.event().location() + " contradicts " + m.event().location() + " (" + m.event().id() + ")";
      }
      if (tooEarlyForPlan(it, m) || tooEarlyForPlan(m, it)) {
        return !explain ? REFUSED : "a plan reported after the date of the other (" + m.event().id() + ")";
      }
      for (Map.Entry<String, Set<String>> e : it.peopleByCountry().entrySet()) {
        Set<String> other = m.peopleByCountry().get(e.getKey());
        if (other != null && java.util.Collections.disjoint(other, e.getValue())) {
          return !explain ? REFUSED : "other people of " + e.getKey() + " (" + m.event().id() + ")";
        }
      }
    }
    return null;
  }

  /** Whether any day {@code d} can mean lies within {@value #NEAR_DAYS} days of the publication date. */
  private static boolean nearPublication(PartialDate d, PartialDate pub) {
    java.time.LocalDate first = d.firstDay();
    java.time.LocalDate last = d.lastDay();
    return d.precision() != PartialDate.Precision.YEAR && !last.isBefore(pub.firstDay().minusDays(NEAR_DAYS))
        && !first.isAfter(pub.lastDay().plusDays(NEAR_DAYS));
  }

  /**
   * Whether {@code plan} is a planned report and {@code other} is dated wholly before the date {@code plan}'s
   * article is placed at (less {@value #SLACK_DAYS} days): what was still planned when an article appeared cannot
   * be what had happened before.
   */
  private static boolean tooEarlyForPlan(Item plan, Item other) {
    PartialDate at = plan.anchor();
    PartialDate d = other.event().date();
    return plan.event().status() == Status.PLANNED && at != null && d != null
        && d.lastDay().isBefore(at.firstDay().minusDays(SLACK_DAYS));
  }


  /**
   * Whether two places cannot be one: two different known cities, or two places in different countries (a city
   * counts as its country, a country name as itself).
   */
  private static boolean placesDiffer(Item x, Item y, Places places) {
    String a = x.event().location();
    String b = y.event().location();
    if (a == null || b == null || Objects.equals(x.placeKey(), y.placeKey())) {
      return false;
    }
    String cityA = places.cityCountry(a.strip());
    String cityB = places.cityCountry(b.strip());
    if (cityA != null && cityB != null) {
      return true;
    }
    String countryA = cityA != null ? cityA : places.countryCode(a.strip());
    String countryB = cityB != null ? cityB : places.countryCode(b.strip());
    return countryA != null && countryB != null && !countryA.equals(countryB);
  }

  private static String placeKey(String p) {
    return Copies.folded(p);
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
      place |= it.placeKey() != null && it.placeKey().equals(m.placeKey());
      person |= m.personIds().stream().anyMatch(p -> !p.startsWith("name:") && it.personIds().contains(p));
    }
    s += (mode ? 3 : 0) + (place ? 2 : 0) + (person ? 2 : 0);
    if (Objects.equals(cluster.getFirst().event().date(), it.event().date())) {
      s += 1;
    }
    return s;
  }

  /** A canonical event as built, with its id's key and the id of its anchor report (see {@link Merger}: ids). */
  private record Built(CanonicalEvent event, String base, String anchorId) {}

  private static Built build(List<Item> c, Map<String, CanonicalPerson> people, Places places) {
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
    Map<PartialDate, Integer> dates = new LinkedHashMap<>();
    for (Item it : ordered) {
      PartialDate d = it.event().date();
      if (d != null) {
        dates.merge(d, 1, Integer::sum);
        if (date == null || d.precision().ordinal() > date.precision().ordinal()) {
          date = d;
        }
      }
    }
    if (dates.size() > 1) {
      Map<String, Integer> shown = new LinkedHashMap<>();
      dates.forEach((d, n) -> shown.put(d.toString(), n));
      notes.add("date: sources give " + counts(shown) + "; kept " + date);
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
    return new Built(new CanonicalEvent(id, a.type(), mode, actors, directed, date, location, List.copyOf(sectors),
        status, List.copyOf(names), sources, ordered.stream().mapToDouble(it -> it.event().confidence()).max().orElse(0),
        notes, null), base, a.id());
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
    if (corrections.stream().noneMatch(c -> c.kind() == Correction.Kind.EVENT_FIX
        || c.kind() == Correction.Kind.EVENT_REJECT)) {
      return events;
    }
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
