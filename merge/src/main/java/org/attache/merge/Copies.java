package org.attache.merge;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.attache.model.ArticleFingerprint;
import org.attache.model.PartialDate;
import org.jspecify.annotations.Nullable;

/**
 * Finds articles that are copies of one another: the same text (after folding case, punctuation and white
 * space), or the same wire story re-posted with other boilerplate around it.
 *
 * <p>Each body is cut into overlapping {@value #SHINGLE}-word shingles; a MinHash signature of {@value #HASHES}
 * hashes estimates the Jaccard similarity J of two shingle sets, and from it and the set sizes the
 * <em>containment</em> of the smaller in the larger, |A∩B| / min(|A|, |B|). Two articles are copies when their
 * folded bodies are equal, or when both have at least {@value #MIN_SHINGLES} shingles, the containment is at least
 * {@value #CONTAINMENT} and J at least {@value #JACCARD}: extra boilerplate or a cut lowers J but not the
 * containment, while a short article quoted whole inside a much longer one (another article, not a copy) has a high
 * containment but a low J.
 *
 * <p>Candidate pairs come from locality-sensitive hashing ({@value #BANDS} bands of {@value #ROWS} rows), so a
 * corpus is not compared pair by pair: articles are compared when some band of their signatures is equal (they fall
 * in one bucket), every two articles of a bucket. A bucket of more than {@value #CROWDED} articles is mostly
 * boilerplate or a template that many articles share (a site's footer; generated texts): when its first article
 * (by id) is a copy of one of the next {@value #PROBE} - 1, the bucket holds the many copies of a story re-posted
 * everywhere and each of its articles is compared with the first; otherwise it is left alone, and two of its articles
 * that are copies are compared in the smaller buckets they share. Which pairs are compared does not depend on the
 * order of the search, so the bands are searched on several threads. A million articles are so grouped in seconds;
 * comparing every pair of the crowded buckets of a million templated articles would take days.
 *
 * <p>Stateless and thread-safe; a {@link Finder} is not thread-safe.
 */
public final class Copies {
  static final int SHINGLE = 5;
  static final int HASHES = 128;
  static final int BANDS = 64;
  static final int ROWS = HASHES / BANDS;
  static final int MIN_SHINGLES = 20;
  static final double CONTAINMENT = 0.7;
  static final double JACCARD = 0.4;
  /** The most articles a bucket may hold for every two of them to be compared (see the class comment). */
  static final int CROWDED = 32;
  /** How many of a crowded bucket's first articles tell whether it holds the copies of one story. */
  static final int PROBE = 4;
  /** The fewest equal values of {@value #HASHES} that make J at least {@value #JACCARD}. */
  private static final int SAME_NEEDED = (int) java.util.stream.IntStream.rangeClosed(0, HASHES)
      .filter(s -> (double) s / HASHES >= JACCARD).findFirst().orElse(HASHES + 1);
  /** Numbers of a sketch (see {@link Finder}) per article. */
  private static final int SKETCH = HASHES / 16;

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
    Signature s = signature(body);
    List<Integer> sig = new ArrayList<>(HASHES);
    for (int v : s.minHash()) {
      sig.add(v);
    }
    return new ArticleFingerprint(articleId, s.bodyHash(), s.shingles(), sig);
  }

  /** A fingerprint without boxing: the hash of the folded body, the number of distinct shingles, the MinHash. */
  private record Signature(String bodyHash, int shingles, int[] minHash) {}

  private static Signature signature(String body) {
    Folded f = fold(body);
    long[] shingles;
    int words = f.words();
    if (words == 0) {
      shingles = new long[0];
    } else if (words < SHINGLE) {
      shingles = new long[] {hash(f.text(), 0, f.text().length())};
    } else {
      shingles = new long[words - SHINGLE + 1];
      for (int i = 0; i + SHINGLE <= words; i++) {
        shingles[i] = hash(f.text(), f.starts()[i], f.ends()[i + SHINGLE - 1]);
      }
    }
    java.util.Arrays.sort(shingles);
    int distinct = 0;
    for (int i = 0; i < shingles.length; i++) {
      if (i == 0 || shingles[i] != shingles[i - 1]) {
        shingles[distinct++] = shingles[i];
      }
    }
    int[] sig = new int[HASHES];
    java.util.Arrays.fill(sig, Integer.MAX_VALUE);
    for (int k = 0; k < distinct; k++) {
      long x = shingles[k];
      for (int h = 0; h < HASHES; h++) {
        sig[h] = Math.min(sig[h], (int) (mix(x ^ SEEDS[h]) >>> 33)); // a loop the JIT runs in vector registers
      }
    }
    return new Signature(Ids.sha256(f.text()), distinct, sig);
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
    return containment(a.shingles(), b.shingles(), jaccard(a, b));
  }

  /** The containment of two articles with shingles, from their estimated Jaccard similarity {@code j}. */
  private static double containment(int a, int b, double j) {
    double inter = j * (a + b) / (1 + j);
    return Math.min(1, inter / Math.min(a, b));
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
    return j >= JACCARD && containment(a.shingles(), b.shingles(), j) >= CONTAINMENT;
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
    Finder finder = new Finder();
    fingerprints.forEach(finder::add);
    return finder.originals(pubDates);
  }

  /**
   * The fingerprints of a corpus, kept compactly (about 0.6 KB an article: a million articles fit where their
   * {@link ArticleFingerprint}s would not), to be grouped into copies with {@link #originals}. Adding articles in id
   * order makes grouping them quicker. Not thread-safe.
   */
  public static final class Finder {
    /** Articles a chunk of signatures holds. */
    private static final int CHUNK = 4096;

    private String[] ids = new String[64];
    private String[] bodyHashes = new String[64];
    private int[] shingles = new int[64];
    /** Whether each article may be a near copy: {@value #MIN_SHINGLES} shingles or more and a full signature. */
    private boolean[] near = new boolean[64];
    /**
     * The first {@value #HASHES} MinHash values of each article as {@value #BANDS} band keys (two values in one
     * number), {@link #CHUNK} articles a chunk, band by band: a band's keys lie side by side.
     */
    private final List<long[]> chunks = new ArrayList<>();
    /**
     * The low four bits of each of the first {@value #HASHES} MinHash values of each article, sixteen in a number,
     * {@link #CHUNK} articles a chunk: two articles differ in at least as many values as these differ in, which rules
     * out most pairs without reading their signatures.
     */
    private final List<long[]> sketches = new ArrayList<>();
    /** The whole signatures of the articles with more than {@value #HASHES} values (stored by other code). */
    private final Map<Integer, int[]> longer = new HashMap<>();
    private int size;

    /** Adds an article by its (stored) fingerprint. */
    public void add(ArticleFingerprint f) {
      int[] sig = null;
      if (f.shingles() >= MIN_SHINGLES && f.minHash().size() >= HASHES) {
        sig = new int[f.minHash().size()];
        for (int i = 0; i < sig.length; i++) {
          sig[i] = f.minHash().get(i);
        }
      }
      add(f.articleId(), f.bodyHash(), f.shingles(), sig);
    }

    /** Adds an article by its body, as {@link Copies#fingerprint} would fingerprint it. */
    public void add(String articleId, String body) {
      Signature s = signature(body);
      add(articleId, s.bodyHash(), s.shingles(), s.shingles() >= MIN_SHINGLES ? s.minHash() : null);
    }

    /**
     * Adds articles by their bodies, as {@link #add(String, String)} does one by one, fingerprinting them on the
     * common fork-join pool's threads.
     *
     * @throws IllegalArgumentException when the lists differ in length
     */
    public void add(List<String> articleIds, List<String> bodies) {
      if (articleIds.size() != bodies.size()) {
        throw new IllegalArgumentException(articleIds.size() + " article ids for " + bodies.size() + " bodies");
      }
      Signature[] done = java.util.stream.IntStream.range(0, bodies.size()).parallel()
          .mapToObj(i -> signature(bodies.get(i))).toArray(Signature[]::new);
      for (int i = 0; i < done.length; i++) {
        Signature s = done[i];
        add(articleIds.get(i), s.bodyHash(), s.shingles(), s.shingles() >= MIN_SHINGLES ? s.minHash() : null);
      }
    }

    /** How many articles were added. */
    public int size() {
      return size;
    }

    private void add(String id, String bodyHash, int shingleCount, int @Nullable [] sig) {
      if (size == ids.length) {
        int n = size * 2;
        ids = java.util.Arrays.copyOf(ids, n);
        bodyHashes = java.util.Arrays.copyOf(bodyHashes, n);
        shingles = java.util.Arrays.copyOf(shingles, n);
        near = java.util.Arrays.copyOf(near, n);
      }
      if (size % CHUNK == 0) {
        chunks.add(new long[BANDS * CHUNK]);
        sketches.add(new long[SKETCH * CHUNK]);
      }
      ids[size] = id;
      bodyHashes[size] = bodyHash;
      shingles[size] = shingleCount;
      if (sig != null) {
        near[size] = true;
        long[] keys = chunks.get(size / CHUNK);
        long[] sketch = sketches.get(size / CHUNK);
        int at = size % CHUNK;
        for (int b = 0; b < BANDS; b++) {
          keys[b * CHUNK + at] = ((long) sig[b * ROWS] << 32) | (sig[b * ROWS + 1] & 0xFFFFFFFFL);
        }
        for (int k = 0; k < HASHES; k++) {
          sketch[at * SKETCH + k / 16] |= (long) (sig[k] & 0xF) << (4 * (k % 16));
        }
        if (sig.length > HASHES) {
          longer.put(size, sig);
        }
      }
      size++;
    }

    /** As {@link Copies#originals(Collection, Map)}, for the articles added. */
    public Map<String, String> originals(Map<String, @Nullable PartialDate> pubDates) {
      // Work in article id order, so that neither the result nor the work depends on the order of adding.
      int[] order = new int[size];
      boolean sorted = true;
      for (int i = 0; i < size; i++) {
        order[i] = i;
        sorted &= i == 0 || ids[i - 1].compareTo(ids[i]) <= 0;
      }
      if (!sorted) {
        Integer[] boxed = new Integer[size];
        for (int i = 0; i < size; i++) {
          boxed[i] = i;
        }
        java.util.Arrays.parallelSort(boxed, Comparator.comparing((Integer i) -> ids[i])); // stable
        for (int i = 0; i < size; i++) {
          order[i] = boxed[i];
        }
      }
      int[] rankOf = new int[size];
      for (int r = 0; r < size; r++) {
        rankOf[order[r]] = r;
      }
      // Groups are kept as trees over the articles in the order added.
      int[] parent = new int[size];
      for (int i = 0; i < size; i++) {
        parent[i] = i;
      }
      // Equal folded bodies: copies, whatever else.
      Map<String, Integer> byBody = new HashMap<>();
      for (int i = 0; i < size; i++) {
        Integer first = byBody.putIfAbsent(bodyHashes[i], i);
        if (first != null) {
          union(parent, first, i);
        }
      }
      byBody = null;
      int nearCount = 0;
      for (int i = 0; i < size; i++) {
        if (near[i]) {
          nearCount++;
        }
      }
      int[] nearIds = new int[nearCount]; // in the order added, so that band keys are read in the order stored
      nearCount = 0;
      for (int i = 0; i < size; i++) {
        if (near[i]) {
          nearIds[nearCount++] = i;
        }
      }
      // The bands are searched on several threads, each keeping groups of its own (which spare it comparing articles it
      // has joined already) and noting the joins it made; those are then made here. Which pairs are copies does not
      // depend on the order of the search, so neither does the result.
      int threads = Math.max(1, Math.min(BANDS, Runtime.getRuntime().availableProcessors()));
      List<int[]> joins = java.util.stream.IntStream.range(0, threads).parallel().mapToObj(t -> {
        int[] own = parent.clone();
        long[] keyed = new long[nearIds.length];
        Joins made = new Joins();
        for (int b = t; b < BANDS; b += threads) {
          band(b, nearIds, rankOf, keyed, own, made);
        }
        return made.toArray();
      }).toList();
      for (int[] pairs : joins) {
        for (int k = 0; k < pairs.length; k += 2) {
          union(parent, pairs[k], pairs[k + 1]);
        }
      }
      return groups(order, parent, pubDates);
    }

    /** The values of band {@code b} of article {@code i}'s signature, as one number. */
    private long bandKey(int i, int b) {
      return chunks.get(i / CHUNK)[b * CHUNK + i % CHUNK];
    }

    /** Compares the articles that fall in one bucket of band {@code b} (see the class comment). */
    private void band(int b, int[] nearIds, int[] rankOf, long[] keyed, int[] parent, Joins made) {
      // Sort by a hash of the band's values above the article; runs of one hash are the buckets (rarely, several).
      int count = keyed.length;
      int indexBits = Math.max(1, 64 - Long.numberOfLeadingZeros(Math.max(1, size - 1)));
      for (int k = 0; k < count; k++) {
        int i = nearIds[k];
        keyed[k] = (mix(bandKey(i, b)) << indexBits) | i;
      }
      java.util.Arrays.sort(keyed); // the bands themselves are searched in parallel
      long indexMask = (1L << indexBits) - 1;
      int[] bucket = new int[16];
      for (int start = 0; start < count; ) {
        int end = start + 1;
        while (end < count && (keyed[end] >>> indexBits) == (keyed[start] >>> indexBits)) {
          end++;
        }
        if (end - start > 1) {
          // Split the run by the exact band values (one but for a collision of the hash).
          boolean[] done = new boolean[end - start];
          for (int i = start; i < end; i++) {
            if (done[i - start]) {
              continue;
            }
            long key = bandKey((int) (keyed[i] & indexMask), b);
            int m = 0;
            for (int j = i; j < end; j++) {
              int article = (int) (keyed[j] & indexMask);
              if (!done[j - start] && (j == i || bandKey(article, b) == key)) {
                done[j - start] = true;
                if (m == bucket.length) {
                  bucket = java.util.Arrays.copyOf(bucket, m * 2);
                }
                bucket[m++] = article;
              }
            }
            compare(bucket, m, rankOf, parent, made);
          }
        }
        start = end;
      }
    }

    /**
     * Joins the copies among the {@code m} articles of one bucket: every two of them, or in a crowded bucket those of
     * its first article by id, when that one is a copy of one of the next {@value #PROBE} - 1 by id.
     */
    private void compare(int[] bucket, int m, int[] rankOf, int[] parent, Joins made) {
      if (m <= CROWDED) {
        for (int x = 0; x < m; x++) {
          for (int y = x + 1; y < m; y++) {
            join(bucket[x], bucket[y], parent, made);
          }
        }
        return;
      }
      // The first PROBE articles by id, moved to the front in id order.
      for (int k = 0; k < PROBE; k++) {
        int least = k;
        for (int j = k + 1; j < m; j++) {
          if (rankOf[bucket[j]] < rankOf[bucket[least]]) {
            least = j;
          }
        }
        int t = bucket[k];
        bucket[k] = bucket[least];
        bucket[least] = t;
      }
      boolean story = false;
      for (int y = 1; y < PROBE; y++) {
        story |= bodyHashes[bucket[0]].equals(bodyHashes[bucket[y]]) || nearCopies(bucket[0], bucket[y]);
      }
      for (int y = 1; story && y < m; y++) {
        join(bucket[0], bucket[y], parent, made);
      }
    }

    /** Joins two articles when they are copies (unless they are in one group already), noting it in {@code made}. */
    private void join(int x, int y, int[] parent, Joins made) {
      if (find(parent, x) != find(parent, y) && nearCopies(x, y)) {
        union(parent, x, y);
        made.add(x, y);
      }
    }

    /** Pairs of articles joined, two numbers a pair. */
    private static final class Joins {
      private int[] pairs = new int[64];
      private int size;

      void add(int x, int y) {
        if (size + 2 > pairs.length) {
          pairs = java.util.Arrays.copyOf(pairs, pairs.length * 2);
        }
        pairs[size++] = x;
        pairs[size++] = y;
      }

      int[] toArray() {
        return java.util.Arrays.copyOf(pairs, size);
      }
    }

    /** {@link #areCopies} for two articles with signatures whose folded bodies differ. */
    private boolean nearCopies(int i, int j) {
      int n;
      int differ = 0;
      if (longer.isEmpty() || (!longer.containsKey(i) && !longer.containsKey(j))) {
        n = HASHES;
        long[] x = sketches.get(i / CHUNK);
        long[] y = sketches.get(j / CHUNK);
        int xi = (i % CHUNK) * SKETCH;
        int yi = (j % CHUNK) * SKETCH;
        for (int k = 0; k < SKETCH; k++) {
          long d = x[xi + k] ^ y[yi + k];
          differ += Long.bitCount((d | d >>> 1 | d >>> 2 | d >>> 3) & 0x1111111111111111L);
        }
        if (differ > HASHES - SAME_NEEDED) {
          return false; // the values differ at least where their low bits do: too many for J >= JACCARD
        }
        long[] a = chunks.get(i / CHUNK);
        long[] b = chunks.get(j / CHUNK);
        differ = 0;
        for (int band = 0; band < BANDS; band++) {
          long d = a[band * CHUNK + i % CHUNK] ^ b[band * CHUNK + j % CHUNK];
          differ += ((d >>> 32) != 0 ? 1 : 0) + ((int) d != 0 ? 1 : 0);
        }
      } else {
        int[] la = values(i);
        int[] lb = values(j);
        n = Math.min(la.length, lb.length);
        for (int k = 0; k < n; k++) {
          if (la[k] != lb[k]) {
            differ++;
          }
        }
      }
      double jac = (double) (n - differ) / n;
      return jac >= JACCARD && containment(shingles[i], shingles[j], jac) >= CONTAINMENT;
    }

    /** The whole signature of article {@code i}. */
    private int[] values(int i) {
      int[] whole = longer.get(i);
      if (whole != null) {
        return whole;
      }
      int[] sig = new int[HASHES];
      for (int b = 0; b < BANDS; b++) {
        long key = bandKey(i, b);
        sig[b * ROWS] = (int) (key >>> 32);
        sig[b * ROWS + 1] = (int) key;
      }
      return sig;
    }

    private Map<String, String> groups(int[] order, int[] parent, Map<String, @Nullable PartialDate> pubDates) {
      int[] members = new int[size];
      for (int i = 0; i < size; i++) {
        members[find(parent, i)]++;
      }
      Map<Integer, List<String>> groups = new TreeMap<>();
      for (int r = 0; r < size; r++) {
        int root = find(parent, order[r]);
        if (members[root] > 1) {
          groups.computeIfAbsent(root, k -> new ArrayList<>()).add(ids[order[r]]);
        }
      }
      Comparator<String> earliest = Comparator.comparing((String id) -> pubDates.get(id),
          Comparator.nullsLast(Comparator.naturalOrder())).thenComparing(Comparator.naturalOrder());
      Map<String, String> out = new TreeMap<>();
      for (List<String> g : groups.values()) {
        g.sort(earliest);
        for (String id : g.subList(1, g.size())) {
          out.put(id, g.getFirst());
        }
      }
      return out;
    }
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

  /** A body folded for comparison: its words joined by single spaces, and where each word starts and ends. */
  private record Folded(String text, int words, int[] starts, int[] ends) {}

  /**
   * Folds a text: NFKC, lower case, and every run of what is not a letter or digit (Unicode categories L and N)
   * made one space, trimmed.
   */
  private static Folded fold(String text) {
    if (ascii(text)) {
      return foldAscii(text);
    }
    String s = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    StringBuilder out = new StringBuilder(s.length());
    int[] starts = new int[16];
    int[] ends = new int[16];
    int words = 0;
    boolean in = false;
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      if (wordChar(cp)) {
        if (!in) {
          if (words > 0) {
            out.append(' ');
          }
          if (words == starts.length) {
            starts = java.util.Arrays.copyOf(starts, words * 2);
            ends = java.util.Arrays.copyOf(ends, words * 2);
          }
          starts[words] = out.length();
          in = true;
        }
        out.appendCodePoint(cp);
      } else if (in) {
        ends[words++] = out.length();
        in = false;
      }
      i += Character.charCount(cp);
    }
    if (in) {
      ends[words++] = out.length();
    }
    return new Folded(out.toString(), words, starts, ends);
  }

  /** {@link #fold} of a text of ASCII characters only (which NFKC leaves as they are). */
  private static Folded foldAscii(String s) {
    char[] out = new char[s.length()];
    int n = 0;
    int[] starts = new int[16];
    int[] ends = new int[16];
    int words = 0;
    boolean in = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean lower = c >= 'a' && c <= 'z';
      boolean upper = c >= 'A' && c <= 'Z';
      if (lower || upper || (c >= '0' && c <= '9')) {
        if (!in) {
          if (words > 0) {
            out[n++] = ' ';
          }
          if (words == starts.length) {
            starts = java.util.Arrays.copyOf(starts, words * 2);
            ends = java.util.Arrays.copyOf(ends, words * 2);
          }
          starts[words] = n;
          in = true;
        }
        out[n++] = upper ? (char) (c + ('a' - 'A')) : c;
      } else if (in) {
        ends[words++] = n;
        in = false;
      }
    }
    if (in) {
      ends[words++] = n;
    }
    return new Folded(new String(out, 0, n), words, starts, ends);
  }

  private static boolean ascii(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) >= 0x80) {
        return false;
      }
    }
    return true;
  }

  /** Whether a code point is a letter or a number (what {@code [\p{L}\p{N}]} matches). */
  private static boolean wordChar(int cp) {
    if (cp < 0x80) {
      return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9');
    }
    return switch (Character.getType(cp)) {
      case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER,
          Character.MODIFIER_LETTER, Character.OTHER_LETTER, Character.DECIMAL_DIGIT_NUMBER,
          Character.LETTER_NUMBER, Character.OTHER_NUMBER -> true;
      default -> false;
    };
  }

  /** The folded words of a text (see {@link #fold}). */
  static List<String> words(String text) {
    Folded f = fold(text);
    List<String> out = new ArrayList<>(f.words());
    for (int i = 0; i < f.words(); i++) {
      out.add(f.text().substring(f.starts()[i], f.ends()[i]));
    }
    return out;
  }

  /** The words of a text folded and joined by single spaces (see {@link #fold}). */
  static String folded(String text) {
    return fold(text).text();
  }

  /** FNV-1a of the chars {@code from..to} of {@code s}, finished with {@link #mix}. */
  private static long hash(String s, int from, int to) {
    long h = 0xCBF29CE484222325L;
    for (int i = from; i < to; i++) {
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
