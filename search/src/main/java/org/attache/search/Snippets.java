package org.attache.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.attache.model.Span;

/**
 * Chooses the stretch of a text that {@link TextQuery#snippet} shows, as SQLite FTS5's {@code snippet()} chooses
 * it, so that article hits read the same from the Lucene index and from the FTS5 table: each stretch of {@code n}
 * words scores 1000 for each query word it holds and 1 for each repeat; a stretch is centred on the matches it
 * starts at, or begins at the start of their sentence for a bonus of 100 (120 at the start of the text). The first
 * best stretch wins.
 */
final class Snippets {
  private final List<Span> words = new ArrayList<>();
  /** Each match as {position of the word, index of the query word}, by position, then query word. */
  private final List<int[]> matches = new ArrayList<>();
  private final boolean[] seen;
  private final int n;

  private Snippets(TextQuery query, String text, int n) {
    this.n = n;
    List<TextQuery.Word> asked = query.words();
    seen = new boolean[asked.size()];
    Words.each(text, (folded, start, end) -> {
      for (int i = 0; i < asked.size(); i++) {
        if (asked.get(i).matches(folded)) {
          matches.add(new int[] {words.size(), i});
        }
      }
      words.add(new Span(start, end));
    });
  }

  static TextQuery.Snippet of(TextQuery query, String text, int n) {
    if (n < 1) {
      throw new IllegalArgumentException("a snippet of " + n + " words: it needs 1 or more");
    }
    return new Snippets(query, text, n).write(text);
  }

  private TextQuery.Snippet write(String text) {
    List<Integer> sentences = sentenceStarts(text);
    int best = 0;
    int from = 0;
    for (int[] m : matches) {
      int at = m[0];
      int[] scored = score(at);
      if (scored[0] > best) {
        best = scored[0];
        from = scored[1];
      }
      if (words.size() > n) {
        int k = Collections.binarySearch(sentences, at);
        int sentence = sentences.get(k >= 0 ? k : -k - 2); // the last start at or before the match; word 0 is one
        if (sentence < at) {
          int bonus = score(sentence)[0] + (sentence == 0 ? 120 : 100);
          if (bonus > best) {
            best = bonus;
            from = sentence;
          }
        }
      }
    }
    int last = from + n - 1; // the last word shown, if the text has it
    StringBuilder out = new StringBuilder();
    List<Span> highlights = new ArrayList<>();
    if (from > 0) {
      out.append(TextQuery.Snippet.ELLIPSIS);
    }
    int start = from > 0 ? words.get(from).start() : 0;
    int end = last >= words.size() - 1 ? text.length() : words.get(last).end();
    int shift = out.length() - start;
    for (int m = firstMatchFrom(from); m < matches.size() && matches.get(m)[0] <= last; m++) {
      if (m == 0 || matches.get(m - 1)[0] != matches.get(m)[0]) { // a word two query words match is marked once
        Span s = words.get(matches.get(m)[0]);
        highlights.add(new Span(s.start() + shift, s.end() + shift));
      }
    }
    out.append(text, start, end);
    if (last < words.size() - 1) {
      out.append(TextQuery.Snippet.ELLIPSIS);
    }
    return new TextQuery.Snippet(out.toString(), highlights);
  }

  /**
   * The score of the stretch of {@link #n} words from word {@code at}, and where a stretch centred on its matches
   * starts (within the text).
   */
  private int[] score(int at) {
    Arrays.fill(seen, false);
    int score = 0;
    int first = -1;
    int last = 0;
    for (int i = firstMatchFrom(at); i < matches.size() && matches.get(i)[0] < (long) at + n; i++) {
      int[] m = matches.get(i);
      score += seen[m[1]] ? 1 : 1000;
      seen[m[1]] = true;
      if (first < 0) {
        first = m[0];
      }
      last = m[0] + 1;
    }
    int start = first - (n - (last - first)) / 2;
    if (start + n > words.size()) {
      start = words.size() - n;
    }
    return new int[] {score, Math.max(0, start)};
  }

  /** The index of the first match at word {@code at} or after it; the number of matches if there is none. */
  private int firstMatchFrom(int at) {
    int lo = 0;
    int hi = matches.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (matches.get(mid)[0] < at) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /** The words that begin a sentence: the first, and each after a '.' or ':' and white space. */
  private List<Integer> sentenceStarts(String text) {
    List<Integer> out = new ArrayList<>();
    for (int w = 0; w < words.size(); w++) {
      int i = words.get(w).start() - 1;
      while (i >= 0 && " \t\n\r".indexOf(text.charAt(i)) >= 0) {
        i--;
      }
      if (w == 0 || i >= 0 && i < words.get(w).start() - 1 && (text.charAt(i) == '.' || text.charAt(i) == ':')) {
        out.add(w);
      }
    }
    return out;
  }
}
