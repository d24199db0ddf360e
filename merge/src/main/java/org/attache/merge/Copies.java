package org.attache.merge;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.attache.model.ArticleFingerprint;
import org.attache.model.PartialDate;
import org.jspecify.annotations.Nullable;

/**
 * Finds articles that are copies of one another: the same text (after folding case, punctuation and white
 * space), or the same wire story re-posted with other boilerplate around it.
 *
 * <p>Each body is cut into overlapping {@value #SHINGLE}-word shingles; a MinHash signature of
 * {@value #HASHES} hashes estimates the Jaccard similarity J of two shingle sets, and from it and the set sizes
 * the <em>containment</em> of the smaller in the larger, |A∩B| / min(|A|, |B|). Two articles are copies when
 * their folded bodies are equal, or when both have at least {@value #MIN_SHINGLES} shingles, the
 * containment is at least {@value #CONTAINMENT} and J at least {@value #JACCARD}: extra boilerplate or a cut
 * lowers J but not the containment, while a short article quoted whole inside a much longer one (another
 * article, not a copy) has a high containment but a low J. Candidate pairs come from locality-sensitive hashing ({@value #BANDS} bands of
 * {@value #ROWS} rows), so a corpus is not compared pair by pair.
 *
 * <p>Stateless and thread-safe.
 */
public final class Copies {
  static final int SHINGLE = 5;
  static final int HASHES = 128;
  static final int BANDS = 64;
  static final int ROWS = HASHES / BANDS;
  static final int MIN_SHINGLES = 20;
  static final double CONTAINMENT = 0.7;
  static final double JACCARD = 0.4;

  private static final long[] SEEDS = new long[HASHES];

  static {
    long s = 0x9E3779B97F4A7C15L;
    for (int i = 0; i < HASHES; i++) {
      s = mix(s + i * 0xBF58476D1CE4E5B9L);
      SEEDS[i] = s;
    }
  }

  private Copies() {}

  /** The fingerprint of an article's body (the text to compare, without any date line). */
  public static ArticleFingerprint fingerprint(String articleId, String body) {
    List<String> words = words(body);
    String folded = String.join(" ", words);
    Set<Long> shingles = new HashSet<>();
    if (!words.isEmpty()) {
      if (words.size() < SHINGLE) {
        shingles.add(hash(folded));
      }
      for (int i = 0; i + SHINGLE <= words.size(); i++) {
        shingles.add(hash(String.join(" ", words.subList(i, i + SHINGLE))));
      }
    }
    List<Integer> sig = new ArrayList<>(HASHES);
    for (int h = 0; h < HASHES; h++) {
      int min = Integer.MAX_VALUE;
      for (long x : shingles) {
        int v = (int) (mix(x ^ SEEDS[h]) >>> 33);
        if (v < min) {
          min = v;
        }
      }
      sig.add(min);
    }
    return new ArticleFingerprint(articleId, Ids.sha256(folded), shingles.size(), sig);
  }

  /** The estimated Jaccard similarity of two articles' shingle sets, 0..1: the share of equal MinHash values. */
  public static double jaccard(ArticleFingerprint a, ArticleFingerprint b) {
    int n = Math.min(a.minHash().size(), b.minHash().size());
    if (n == 0 || a.shingles() == 0 || b.shingles() == 0) {
      return 0;
    }
    int same = 0;
    for (int i = 0; i < n; i++) {
      if (a.minHash().get(i).equals(b.minHash().get(i))) {
        same++;
      }
    }
    return (double) same / n;
  }

  /** The estimated share of the smaller article's shingles that the larger one also has, 0..1. */
  public static double containment(ArticleFingerprint a, ArticleFingerprint b) {
    if (a.shingles() == 0 || b.shingles() == 0) {
      return 0;
    }
    return containment(a, b, jaccard(a, b));
  }

  /** The containment of two articles with shingles, from their estimated Jaccard similarity {@code j}. */
  private static double containment(ArticleFingerprint a, ArticleFingerprint b, double j) {
    double inter = j * (a.shingles() + b.shingles()) / (1 + j);
    return Math.min(1, inter / Math.min(a.shingles(), b.shingles()));
  }

  /** Whether two articles are copies of one another (see the class comment). */
  public static boolean areCopies(ArticleFingerprint a, ArticleFingerprint b) {
    if (a.bodyHash().equals(b.bodyHash())) {
      return true;
    }
    if (a.shingles() < MIN_SHINGLES || b.shingles() < MIN_SHINGLES) {
      return false;
    }
    double j = jaccard(a, b);
    return j >= JACCARD && containment(a, b, j) >= CONTAINMENT;
  }

  /**
   * Groups articles into copy groups and names each group's original: the earliest published (undated ones
   * last), then the smallest id. The result does not depend on the order of {@code fingerprints}.
   *
   * @param pubDates publication date by article id; missing or null when unknown
   * @return for every article that is a copy, the id of its group's original (originals are not keys)
   */
  public static Map<String, String> originals(Collection<ArticleFingerprint> fingerprints,
      Map<String, @Nullable PartialDate> pubDates) {
    List<ArticleFingerprint> fps = new ArrayList<>(fingerprints);
    fps.sort(Comparator.comparing(ArticleFingerprint::articleId));
    int[] parent = new int[fps.size()];
    for (int i = 0; i < parent.length; i++) {
      parent[i] = i;
    }
    Map<String, List<Integer>> buckets = new HashMap<>();
    for (int i = 0; i < fps.size(); i++) {
      ArticleFingerprint f = fps.get(i);
      buckets.computeIfAbsent("h" + f.bodyHash(), k -> new ArrayList<>()).add(i);
      if (f.shingles() < MIN_SHINGLES || f.minHash().size() < HASHES) {
        continue;
      }
      for (int b = 0; b < BANDS; b++) {
        StringBuilder key = new StringBuilder("b").append(b);
        for (int r = 0; r < ROWS; r++) {
          key.append(':').append(f.minHash().get(b * ROWS + r));
        }
        buckets.computeIfAbsent(key.toString(), k -> new ArrayList<>()).add(i);
      }
    }
    Set<Long> tried = new HashSet<>();
    for (List<Integer> bucket : buckets.values()) {
      for (int x = 0; x < bucket.size(); x++) {
        for (int y = x + 1; y < bucket.size(); y++) {
          int i = bucket.get(x);
          int j = bucket.get(y);
          if (tried.add(((long) i << 32) | j) && areCopies(fps.get(i), fps.get(j))) {
            union(parent, i, j);
          }
        }
      }
    }
    Map<Integer, List<String>> groups = new TreeMap<>();
    for (int i = 0; i < fps.size(); i++) {
      groups.computeIfAbsent(find(parent, i), k -> new ArrayList<>()).add(fps.get(i).articleId());
    }
    Comparator<String> earliest = Comparator.comparing((String id) -> pubDates.get(id),
        Comparator.nullsLast(Comparator.naturalOrder())).thenComparing(Comparator.naturalOrder());
    Map<String, String> out = new TreeMap<>();
    for (List<String> g : groups.values()) {
      if (g.size() < 2) {
        continue;
      }
      g.sort(earliest);
      for (String id : g.subList(1, g.size())) {
        out.put(id, g.getFirst());
      }
    }
    return out;
  }

  private static int find(int[] parent, int i) {
    while (parent[i] != i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  }

  private static void union(int[] parent, int i, int j) {
    int a = find(parent, i);
    int b = find(parent, j);
    if (a != b) {
      parent[Math.max(a, b)] = Math.min(a, b);
    }
  }

  static List<String> words(String text) {
    String s = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT)
        .replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    return s.isEmpty() ? List.of() : List.of(s.split(" "));
  }

  private static long hash(String s) {
    long h = 0xCBF29CE484222325L;
    for (int i = 0; i < s.length(); i++) {
      h ^= s.charAt(i);
      h *= 0x100000001B3L;
    }
    return mix(h);
  }

  /** SplitMix64's finaliser. */
  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}
