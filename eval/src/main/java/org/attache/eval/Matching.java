package org.attache.eval;

import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Maximum one-to-one matching between gold items and system items by augmenting paths (Kuhn's algorithm).
 * Golds are tried in the order given and each gold's candidates in the caller's order of preference, so the
 * result is deterministic and equals the plain greedy choice (each gold takes its most preferred free
 * candidate) unless that would leave a later gold unmatched that could have been matched.
 */
final class Matching {
  /** Whether gold {@code g} may be matched with system item {@code s} (indexes into the caller's lists). */
  @FunctionalInterface
  interface Edge {
    boolean test(int g, int s);
  }

  /** The system indexes to try for gold {@code g}, most preferred first; only those with an edge are used. */
  @FunctionalInterface
  interface Preference {
    List<Integer> order(int g);
  }

  private Matching() {
  }

  /**
   * Extends a matching with new pairs among {@code golds} (gold indexes, tried in this order) and the system
   * items that are still free; pairs already in {@code goldToSystem}/{@code systemToGold} are never undone.
   * Both arrays use -1 for unmatched and are updated in place.
   */
  static void extend(List<Integer> golds, int[] goldToSystem, int[] systemToGold, Edge edge) {
    List<Integer> systemOrder = IntStream.range(0, systemToGold.length).boxed().toList();
    extend(golds, goldToSystem, systemToGold, edge, g -> systemOrder);
  }

  /** As {@link #extend(List, int[], int[], Edge)}, trying each gold's candidates in the order given. */
  static void extend(List<Integer> golds, int[] goldToSystem, int[] systemToGold, Edge edge,
      Preference preference) {
    boolean[] locked = new boolean[systemToGold.length];
    for (int s = 0; s < systemToGold.length; s++) {
      locked[s] = systemToGold[s] >= 0;
    }
    int[] owner = new int[systemToGold.length];
    Arrays.fill(owner, -1);
    for (int g : golds) {
      if (goldToSystem[g] < 0) {
        augment(g, edge, preference, locked, owner, new boolean[owner.length]);
      }
    }
    for (int s = 0; s < owner.length; s++) {
      if (owner[s] >= 0) {
        systemToGold[s] = owner[s];
        goldToSystem[owner[s]] = s;
      }
    }
  }

  private static boolean augment(int g, Edge edge, Preference preference, boolean[] locked, int[] owner,
      boolean[] seen) {
    for (int s : preference.order(g)) {
      if (!locked[s] && !seen[s] && edge.test(g, s)) {
        seen[s] = true;
        if (owner[s] < 0 || augment(owner[s], edge, preference, locked, owner, seen)) {
          owner[s] = g;
          return true;
        }
      }
    }
    return false;
  }
}
