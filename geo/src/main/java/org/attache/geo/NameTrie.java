package org.attache.geo;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * A case-sensitive character trie over names, frozen into flat arrays, that finds the longest name starting at a
 * given offset and ending at a word boundary. Curly apostrophes match straight ones and any whitespace char
 * matches a space, so offsets into the scanned text stay exact. Immutable and thread-safe.
 */
final class NameTrie {
  private static final int NONE = -1;

  // Node n has edges edgeChar/edgeTarget[edgeStart[n] .. edgeStart[n + 1]), sorted by char.
  private final int[] edgeStart;
  private final char[] edgeChar;
  private final int[] edgeTarget;
  private final @Nullable Target[] value;

  private NameTrie(int[] edgeStart, char[] edgeChar, int[] edgeTarget, @Nullable Target[] value) {
    this.edgeStart = edgeStart;
    this.edgeChar = edgeChar;
    this.edgeTarget = edgeTarget;
    this.value = value;
  }

  /** Builds a trie from names to targets; for a name given twice the first target stays. */
  static NameTrie of(Map<String, Target> names) {
    List<TreeMap<Character, Integer>> children = new ArrayList<>();
    List<@Nullable Target> values = new ArrayList<>();
    children.add(new TreeMap<>());
    values.add(null);
    for (Map.Entry<String, Target> e : names.entrySet()) {
      int node = 0;
      String name = e.getKey();
      for (int i = 0; i < name.length(); i++) {
        char c = normalise(name.charAt(i));
        Integer next = children.get(node).get(c);
        if (next == null) {
          next = children.size();
          children.get(node).put(c, next);
          children.add(new TreeMap<>());
          values.add(null);
        }
        node = next;
      }
      if (values.get(node) == null) {
        values.set(node, e.getValue());
      }
    }
    int nodes = children.size();
    int[] start = new int[nodes + 1];
    char[] chars = new char[nodes - 1];
    int[] targets = new int[nodes - 1];
    int k = 0;
    for (int n = 0; n < nodes; n++) {
      start[n] = k;
      for (Map.Entry<Character, Integer> edge : children.get(n).entrySet()) {
        chars[k] = edge.getKey();
        targets[k] = edge.getValue();
        k++;
      }
    }
    start[nodes] = k;
    return new NameTrie(start, chars, targets, values.toArray(new Target[0]));
  }

  /**
   * The longest name that starts at {@code from} and is followed by the end of the text or a char that is no letter
   * or digit; returns its end offset and puts its target in {@code found[0]}, or returns -1.
   */
  int longestAt(CharSequence text, int from, @Nullable Target[] found) {
    int node = 0;
    int bestEnd = NONE;
    int n = text.length();
    for (int i = from; i < n; i++) {
      node = child(node, normalise(text.charAt(i)));
      if (node == NONE) {
        break;
      }
      @Nullable Target t = value[node];
      if (t != null && (i + 1 == n || !Character.isLetterOrDigit(text.charAt(i + 1)))) {
        bestEnd = i + 1;
        found[0] = t;
      }
    }
    return bestEnd;
  }

  /** Number of nodes, for tests and sizing. */
  int size() {
    return value.length;
  }

  private int child(int node, char c) {
    int lo = edgeStart[node];
    int hi = edgeStart[node + 1] - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      char m = edgeChar[mid];
      if (m < c) {
        lo = mid + 1;
      } else if (m > c) {
        hi = mid - 1;
      } else {
        return edgeTarget[mid];
      }
    }
    return NONE;
  }

  static char normalise(char c) {
    if (c == '\u2019' || c == '\u02BC') {
      return '\'';
    }
    if (c == '\u00A0' || c == '\t' || c == '\n' || c == '\r' || c == '\u2009' || c == '\u202F') {
      return ' ';
    }
    return c;
  }

  @Override
  public String toString() {
    return "NameTrie[" + value.length + " nodes, " + Arrays.stream(value).filter(v -> v != null).count() + " names]";
  }
}
