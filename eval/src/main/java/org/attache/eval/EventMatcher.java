package org.attache.eval;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.IntStream;
import org.attache.model.Event;
import org.attache.model.Sector;

/** Matches the system events of one article to its gold events (see {@link Evaluator} for the rules). */
final class EventMatcher {
  private EventMatcher() {
  }

  /**
   * The system event index matched to each gold event (-1 for none): required gold events first, each round
   * preferring candidates dated right, then optional ones. Within a round a gold event tries its candidates
   * from the closest (see {@link #closeness}) to the least close, ties in system order.
   */
  static int[] match(List<GoldEvent> gold, List<Event> system) {
    int[] goldToSystem = new int[gold.size()];
    int[] systemToGold = new int[system.size()];
    Arrays.fill(goldToSystem, -1);
    Arrays.fill(systemToGold, -1);
    List<Integer> required = new ArrayList<>();
    List<Integer> optional = new ArrayList<>();
    for (int g = 0; g < gold.size(); g++) {
      (gold.get(g).optional() ? optional : required).add(g);
    }
    Matching.Preference closest = g -> IntStream.range(0, system.size()).boxed()
        .sorted(Comparator.comparingDouble((Integer s) -> -closeness(gold.get(g), system.get(s)))).toList();
    for (List<Integer> golds : List.of(required, optional)) {
      Matching.extend(golds, goldToSystem, systemToGold,
          (g, s) -> candidate(gold.get(g), system.get(s)) && datedRight(gold.get(g), system.get(s)), closest);
      Matching.extend(golds, goldToSystem, systemToGold, (g, s) -> candidate(gold.get(g), system.get(s)),
          closest);
    }
    return goldToSystem;
  }

  /**
   * Whether a system event may match a gold event: same type, and the same actors, as a sequence when both
   * are directed and as a set otherwise (codes trimmed and upper-cased).
   */
  static boolean candidate(GoldEvent gold, Event system) {
    if (gold.type() != system.type()) {
      return false;
    }
    List<String> g = gold.actors().stream().map(Names::code).map(Objects::requireNonNull).toList();
    List<String> s = system.actors().stream().map(Names::code).map(Objects::requireNonNull).toList();
    return gold.directed() && system.directed() ? g.equals(s) : new HashSet<>(g).equals(new HashSet<>(s));
  }

  /**
   * How well a system event agrees with a gold event beyond type and actors, to choose among candidates: one
   * point each for the same date (exactly, at the same precision), mode (ignoring case), status and location,
   * plus the sector Jaccard. 0..5.
   */
  static double closeness(GoldEvent gold, Event system) {
    return (Objects.equals(gold.date(), system.date()) ? 1 : 0)
        + (gold.mode().strip().equalsIgnoreCase(system.mode().strip()) ? 1 : 0)
        + (gold.status() == system.status() ? 1 : 0)
        + (Names.samePlace(gold.location(), system.location()) ? 1 : 0)
        + jaccard(Set.copyOf(gold.sectors()), Set.copyOf(system.sectors()));
  }

  /** |A∩B| / |A∪B|, and 1 when both are empty. */
  static double jaccard(Set<Sector> a, Set<Sector> b) {
    if (a.isEmpty() && b.isEmpty()) {
      return 1.0;
    }
    Set<Sector> union = new HashSet<>(a);
    union.addAll(b);
    Set<Sector> common = new HashSet<>(a);
    common.retainAll(b);
    return (double) common.size() / union.size();
  }

  /**
   * Whether a match is dated right: the gold date is null, or the system date is not null and agrees with
   * the gold date at the gold's precision ({@code 2025-12-17} agrees with {@code 2025-12}; {@code 2025} does
   * not).
   */
  static boolean datedRight(GoldEvent gold, Event system) {
    return gold.date() == null || system.date() != null && system.date().agreesWith(gold.date());
  }
}
