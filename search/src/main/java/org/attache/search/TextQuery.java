package org.attache.search;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.attache.model.Span;

/**
 * What a user typed into a search box, read as words that must all occur, in any order: words are cut and
 * folded as in the indexed texts (case and diacritics ignored); a word followed by {@code *} matches every
 * word it begins; quotes, brackets and operators are plain text.
 *
 * @param words the words, in the order typed; never empty
 */
public record TextQuery(List<Word> words) {
  /**
   * One word of a query.
   *
   * @param folded the word as indexed (lower case, no diacritics)
   * @param prefix whether it matches every word it begins
   */
  public record Word(String folded, boolean prefix) {
    public Word {
      if (folded.isEmpty()) {
        throw new IllegalArgumentException("a query word must not be empty");
      }
    }

    boolean matches(String indexed) {
      return prefix ? indexed.startsWith(folded) : indexed.equals(folded);
    }
  }

  /**
   * A stretch of a text around the words a query matched.
   *
   * @param text the stretch, with {@code …} where the text goes on before or after it
   * @param highlights the matched words in it, as 0-based, half-open spans into {@code text}, in order
   */
  public record Snippet(String text, List<Span> highlights) {
    /** What stands for the text left out before or after the stretch. */
    public static final String ELLIPSIS = "…";

    public Snippet {
      highlights = List.copyOf(highlights);
    }
  }

  public TextQuery {
    words = List.copyOf(words);
    if (words.isEmpty()) {
      throw new IllegalArgumentException("a query needs at least one word");
    }
  }

  /**
   * Reads what a user typed.
   *
   * @throws IllegalArgumentException naming the text when it holds no word
   */
  public static TextQuery parse(String typed) {
    List<Word> words = new ArrayList<>();
    Words.each(typed, (folded, start, end) -> words.add(new Word(folded, end < typed.length() && typed.charAt(end) == '*')));
    if (words.isEmpty()) {
      throw new IllegalArgumentException("search: query '" + typed + "' has no word to look for");
    }
    return new TextQuery(words);
  }

  /** The words of {@code text} this query matches, as 0-based, half-open spans into it, in order. */
  public List<Span> highlights(String text) {
    List<Span> out = new ArrayList<>();
    Words.each(text, (folded, start, end) -> {
      if (words.stream().anyMatch(w -> w.matches(folded))) {
        out.add(new Span(start, end));
      }
    });
    return out;
  }

  /**
   * The stretch of at most {@code words} words of {@code text} that shows most of this query's words, chosen as
   * SQLite FTS5's {@code snippet()} chooses it (see {@link Snippets}); from the start of the text when it holds
   * none of them.
   *
   * @throws IllegalArgumentException when {@code words} is below 1
   */
  public Snippet snippet(String text, int words) {
    return Snippets.of(this, text, words);
  }

  /** Whether every word of this query is among the words of {@code text}, as in each text a search finds. */
  public boolean matches(String text) {
    Set<Word> found = new HashSet<>();
    Words.each(text, (folded, start, end) -> words.stream().filter(w -> w.matches(folded)).forEach(found::add));
    return found.containsAll(words);
  }

  /** The Lucene query over {@code field}: every word required; words scored by BM25, prefixes with a constant. */
  Query lucene(String field) {
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    for (Word w : words) {
      Term term = new Term(field, w.folded());
      b.add(w.prefix() ? new PrefixQuery(term) : new TermQuery(term), BooleanClause.Occur.MUST);
    }
    return b.build();
  }
}
