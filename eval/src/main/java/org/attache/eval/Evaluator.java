package org.attache.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SequencedMap;
import java.util.SortedMap;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.attache.eval.Report.ArticleErrors;
import org.attache.eval.Report.Counts;
import org.attache.eval.Report.Mean;
import org.attache.eval.Report.PeopleCounts;
import org.attache.eval.Report.Ratio;
import org.attache.eval.Report.Mismatch;
import org.attache.model.Event;
import org.attache.model.Person;

/**
 * Scores a system's events and people against gold annotations, as {@code ../shared/eval/README.md}
 * ("Scoring") defines, with these readings where it leaves room:
 *
 * <ul>
 *   <li><b>Match.</b> A system event is a candidate for a gold event of the same article when the types are
 *       equal and the actors are equal (codes compared trimmed and upper-cased) as sets, or as sequences when
 *       both events are directed. Matching is one-to-one within an article and runs in four rounds, each a
 *       maximum matching that never undoes an earlier round: required gold events with candidates dated right;
 *       required gold events still unmatched with any candidate left; optional gold events with candidates
 *       dated right; optional gold events with any candidate left. So a date-compatible candidate is preferred
 *       and an optional event never takes a system event a required one could take. Within a round gold events
 *       are tried in gold order; each tries its candidates from the one that agrees best on date, mode, status,
       location and sectors to the least (ties in system order), so when several system events fit, the
       closest is taken (see {@link EventMatcher#closeness}, {@link Matching}).
 *   <li><b>Dated right.</b> Gold date null; or a system date that {@linkplain
 *       org.attache.model.PartialDate#agreesWith agrees with} the gold date at the gold's precision.
 *   <li><b>Events.</b> matched = matches to required gold events that are dated right; gold = required gold
 *       events; system = system events minus those matched to optional gold events (dated right or not).
 *       F1 = 2·matched/(gold+system), the harmonic mean of precision and recall.
 *   <li><b>date_exact</b>: over matches to required gold events with a gold date, the share dated right.
 *       <b>location</b> (case-insensitive, trimmed, null equals only null), <b>status</b>,
 *       <b>sectors_jaccard</b> (|A∩B|/|A∪B|, 1 when both are empty): over all matches to required gold events,
 *       dated right or not. <b>direction</b>: over those whose gold event is directed; right when the system
 *       event is directed and has the gold's first actor first.
 *   <li><b>People.</b> Per article, one-to-one: same country (trimmed, upper-cased; null equals only null) and
 *       some name or alias of one equal to some name or alias of the other (case-insensitive, white space
 *       normalised). Role accuracy over matched pairs: roles equal after {@link Names#role} (null equals only
 *       null).
 *   <li><b>Links.</b> Over required gold events. A gold link is an unordered pair of required gold events of
 *       different articles with the same {@code same_as} label, matched or not. A system link is a pair of
 *       required gold events of different articles that are matched, <em>dated right</em> (as event scoring
 *       counts them), by system events with the same {@link Event#id()}. Precision = shared links / system
 *       links; recall = shared links / gold links.
 *   <li><b>by_type.</b> The event counts restricted to one type, for every type with a required gold event
 *       or a counted system event, keyed by the type's name.
 * </ul>
 *
 * <p>Several gold sets are scored as one corpus with {@link #scoreSets}: articles are keyed by (set name,
 * file), so file names may repeat across sets, and links may join articles of different sets.
 *
 * <p>Stateless and thread-safe.
 */
public final class Evaluator {
  private Evaluator() {
  }

  /**
   * Scores one gold set. System articles are paired with gold articles by file name; a gold article with no
   * system article counts as one where the system found nothing.
   *
   * @throws IllegalArgumentException when a file name occurs twice on one side, or a system article has no
   *     gold article
   */
  public static Report score(List<GoldArticle> gold, List<SystemArticle> system) {
    SequencedMap<String, List<GoldArticle>> goldSets = new LinkedHashMap<>();
    goldSets.put("", gold);
    return scoreSets(goldSets, Map.of("", system));
  }

  /**
   * Scores several gold sets as one corpus. Both maps are keyed by set name (e.g. {@code seeds},
   * {@code dev}); within a set, system articles are paired with gold articles by file name, and a gold
   * article (or a whole set) with no system article counts as one where the system found nothing. Errors are
   * listed in the order of {@code goldSets}.
   *
   * @throws IllegalArgumentException when a file name occurs twice in one set on one side, or a system set or
   *     article has no gold counterpart
   */
  public static Report scoreSets(SequencedMap<String, List<GoldArticle>> goldSets,
      Map<String, List<SystemArticle>> systemSets) {
    for (String set : systemSets.keySet()) {
      if (!goldSets.containsKey(set)) {
        throw new IllegalArgumentException("system set '" + set + "' has no gold set; gold sets are "
            + goldSets.keySet());
      }
    }
    Tally tally = new Tally();
    for (Map.Entry<String, List<GoldArticle>> entry : goldSets.entrySet()) {
      String set = entry.getKey();
      Map<String, SystemArticle> byFile = systemByFile(set, entry.getValue(),
          systemSets.getOrDefault(set, List.of()));
      for (GoldArticle gold : entry.getValue()) {
        SystemArticle system = byFile.get(gold.file());
        tally.add(set, gold, system == null ? new SystemArticle(gold.file(), List.of(), List.of()) : system);
      }
    }
    return tally.report();
  }

  private static Map<String, SystemArticle> systemByFile(String set, List<GoldArticle> gold,
      List<SystemArticle> system) {
    Set<String> goldFiles = new HashSet<>();
    for (GoldArticle g : gold) {
      if (!goldFiles.add(g.file())) {
        throw new IllegalArgumentException("gold set '" + set + "': file " + g.file() + " occurs twice");
      }
    }
    Map<String, SystemArticle> byFile = new HashMap<>();
    for (SystemArticle s : system) {
      if (!goldFiles.contains(s.file())) {
        throw new IllegalArgumentException("system set '" + set + "': file " + s.file() + " has no gold article");
      }
      if (byFile.put(s.file(), s) != null) {
        throw new IllegalArgumentException("system set '" + set + "': file " + s.file() + " occurs twice");
      }
    }
    return byFile;
  }

  /** The counts accumulated over the articles scored so far. */
  private static final class Tally {
    private Ratio dateExact = new Ratio(0, 0);
    private Ratio location = new Ratio(0, 0);
    private Ratio status = new Ratio(0, 0);
    private Ratio direction = new Ratio(0, 0);
    private Mean sectors = new Mean(0, 0);
    private PeopleCounts people = new PeopleCounts(0, 0, 0, 0);
    /** Type name → {gold, system, matched}, added up before they are checked as {@link Counts}. */
    private final Map<String, int[]> byType = new TreeMap<>();
    private final List<ArticleErrors> errors = new ArrayList<>();
    /** Required gold event key → its same_as label. */
    private final Map<String, String> goldLabels = new HashMap<>();
    /** Required gold event key → the id of the system event matched to it, dated right. */
    private final Map<String, String> systemIds = new HashMap<>();
    /** Required gold event key → the event and what was matched to it. */
    private final Map<String, Report.LinkEnd> ends = new HashMap<>();

    void add(String set, GoldArticle gold, SystemArticle system) {
      List<GoldEvent> goldEvents = gold.events();
      List<Event> systemEvents = system.events();
      int[] goldToSystem = EventMatcher.match(goldEvents, systemEvents);
      boolean[] takenByOptional = new boolean[systemEvents.size()];
      List<GoldEvent> missed = new ArrayList<>();
      List<Mismatch> wronglyDated = new ArrayList<>();
      List<Mismatch> wronglyPlaced = new ArrayList<>();
      String articleKey = set + '\u0000' + gold.file();
      for (int g = 0; g < goldEvents.size(); g++) {
        GoldEvent ge = goldEvents.get(g);
        int s = goldToSystem[g];
        if (ge.optional()) {
          if (s >= 0) {
            takenByOptional[s] = true;
          }
          continue;
        }
        String eventKey = articleKey + '\u0000' + ge.id();
        if (ge.sameAs() != null) {
          goldLabels.put(eventKey, ge.sameAs());
        }
        boolean datedRight = s >= 0 && EventMatcher.datedRight(ge, systemEvents.get(s));
        ends.put(eventKey, new Report.LinkEnd(set, gold.file(), ge, s >= 0 ? systemEvents.get(s) : null, datedRight));
        countType(ge.type().name(), 1, 0, datedRight ? 1 : 0);
        if (s < 0) {
          missed.add(ge);
          continue;
        }
        Event se = systemEvents.get(s);
        if (datedRight) {
          systemIds.put(eventKey, se.id());
        } else {
          wronglyDated.add(new Mismatch(ge, se));
        }
        if (ge.date() != null) {
          dateExact = dateExact.plus(datedRight);
        }
        boolean placedRight = Names.samePlace(ge.location(), se.location());
        location = location.plus(placedRight);
        if (!placedRight) {
          wronglyPlaced.add(new Mismatch(ge, se));
        }
        status = status.plus(ge.status() == se.status());
        if (ge.directed()) {
          direction = direction.plus(se.directed()
              && Objects.equals(Names.code(ge.actors().getFirst()), Names.code(se.actors().getFirst())));
        }
        sectors = sectors.plus(EventMatcher.jaccard(Set.copyOf(ge.sectors()), Set.copyOf(se.sectors())));
      }
      List<Event> spurious = new ArrayList<>();
      boolean[] matched = new boolean[systemEvents.size()];
      for (int s : goldToSystem) {
        if (s >= 0) {
          matched[s] = true;
        }
      }
      for (int s = 0; s < systemEvents.size(); s++) {
        if (!takenByOptional[s]) {
          countType(systemEvents.get(s).type().name(), 0, 1, 0);
        }
        if (!matched[s]) {
          spurious.add(systemEvents.get(s));
        }
      }

      PersonMatcher.Result persons = PersonMatcher.match(gold.people(), system.people());
      people = new PeopleCounts(people.gold() + gold.people().size(), people.system() + system.people().size(),
          people.matched() + persons.matched(), people.rolesRight() + persons.rolesRight());

      errors.add(new ArticleErrors(set, gold.file(), missed, spurious, wronglyDated, wronglyPlaced, persons.missed(),
          persons.spurious()));
    }

    private void countType(String type, int gold, int system, int matched) {
      int[] c = byType.computeIfAbsent(type, t -> new int[3]);
      c[0] += gold;
      c[1] += system;
      c[2] += matched;
    }

    Report report() {
      SortedMap<String, Counts> types = new TreeMap<>();
      Counts events = new Counts(0, 0, 0);
      for (Map.Entry<String, int[]> e : byType.entrySet()) {
        Counts c = new Counts(e.getValue()[0], e.getValue()[1], e.getValue()[2]);
        types.put(e.getKey(), c);
        events = events.plus(c);
      }
      Set<String> goldLinks = pairs(goldLabels);
      Set<String> systemLinks = pairs(systemIds);
      return new Report(events, dateExact, location, status, direction, sectors, people,
          links(goldLinks, systemLinks), types, errors, linkErrors(goldLinks, systemLinks));
    }

    private List<Report.LinkError> linkErrors(Set<String> gold, Set<String> system) {
      List<Report.LinkError> out = new ArrayList<>();
      for (String pair : system) {
        if (!gold.contains(pair)) {
          Report.LinkEnd a = end(pair, true);
          Report.LinkEnd b = end(pair, false);
          out.add(new Report.LinkError(false, a, b, "gold same_as " + a.gold().sameAs() + " and " + b.gold().sameAs()));
        }
      }
      for (String pair : gold) {
        if (!system.contains(pair)) {
          Report.LinkEnd a = end(pair, true);
          Report.LinkEnd b = end(pair, false);
          out.add(new Report.LinkError(true, a, b, whyMissed(a, b)));
        }
      }
      return out;
    }

    /** The first or the second end of a pair made by {@link #pairs}. */
    private Report.LinkEnd end(String pair, boolean first) {
      int cut = pair.indexOf('\u0001');
      return Objects.requireNonNull(ends.get(first ? pair.substring(0, cut) : pair.substring(cut + 1)));
    }

    private static String whyMissed(Report.LinkEnd a, Report.LinkEnd b) {
      List<String> why = new ArrayList<>();
      for (Report.LinkEnd end : List.of(a, b)) {
        String which = (end.set().isEmpty() ? "" : end.set() + "/") + end.file() + " " + end.gold().id();
        if (end.system() == null) {
          why.add(which + " unmatched");
        } else if (!end.datedRight()) {
          why.add(which + " matched but not dated right");
        }
      }
      if (why.isEmpty()) {
        return "matched by different system events " + Objects.requireNonNull(a.system()).id() + " and "
            + Objects.requireNonNull(b.system()).id();
      }
      return String.join("; ", why);
    }

    private static Counts links(Set<String> gold, Set<String> system) {
      Set<String> both = new HashSet<>(gold);
      both.retainAll(system);
      return new Counts(gold.size(), system.size(), both.size());
    }

    /** The unordered pairs of event keys of different articles that share a value, as "key1 \u0001 key2". */
    private static Set<String> pairs(Map<String, String> valueByEvent) {
      Map<String, List<String>> groups = new TreeMap<>();
      new TreeMap<>(valueByEvent).forEach((event, value) -> groups.computeIfAbsent(value, v -> new ArrayList<>())
          .add(event));
      Set<String> pairs = new TreeSet<>();
      for (List<String> group : groups.values()) {
        for (int i = 0; i < group.size(); i++) {
          for (int j = i + 1; j < group.size(); j++) {
            String a = group.get(i);
            String b = group.get(j);
            if (!article(a).equals(article(b))) {
              pairs.add(a.compareTo(b) < 0 ? a + '\u0001' + b : b + '\u0001' + a);
            }
          }
        }
      }
      return pairs;
    }

    private static String article(String eventKey) {
      return eventKey.substring(0, eventKey.lastIndexOf('\u0000'));
    }
  }
}
