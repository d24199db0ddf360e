package org.attache.search;

import java.text.Normalizer;
import java.util.Locale;

/**
 * How text is cut into words and how words are folded, the same for indexed texts, queries and highlights
 * (and close to SQLite FTS5's {@code unicode61 remove_diacritics 2}, which the store's FTS5 tables use): a word is
 * a run of letters, digits and combining marks; it is folded to lower case without diacritics ("Défense" and
 * "defense" are one word).
 */
final class Words {
  /** Receives each word of a text: its folded form and its 0-based, half-open offsets in the text. */
  @FunctionalInterface
  interface Sink {
    void word(String folded, int start, int end);
  }

  /**
   * The most chars of a word that count: a longer run of letters (a pasted blob, not a word) is indexed, searched
   * and matched by its first {@value} chars, which keeps every indexed term far below Lucene's limit of 32,766
   * bytes.
   */
  static final int MAX_WORD = 256;

  private Words() {}

  /**
   * Calls {@code sink} for each word of {@code text} that folds to something, in order; the span is the whole
   * word, the folded form that of its first {@link #MAX_WORD} chars.
   */
  static void each(CharSequence text, Sink sink) {
    int n = text.length();
    int i = 0;
    while (i < n) {
      int c = Character.codePointAt(text, i);
      if (!isWordChar(c)) {
        i += Character.charCount(c);
        continue;
      }
      int start = i;
      while (i < n) {
        c = Character.codePointAt(text, i);
        if (!isWordChar(c)) {
          break;
        }
        i += Character.charCount(c);
      }
      int cut = Math.min(i, start + MAX_WORD);
      if (cut < i && Character.isHighSurrogate(text.charAt(cut - 1))) {
        cut--;
      }
      String folded = fold(text.subSequence(start, cut).toString());
      if (!folded.isEmpty()) { // a run of combining marks alone folds to nothing
        sink.word(folded, start, i);
      }
    }
  }

  /** Whether a code point belongs to a word: a letter, a digit or other number, or a combining mark. */
  static boolean isWordChar(int c) {
    return switch (Character.getType(c)) {
      case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER,
          Character.MODIFIER_LETTER, Character.OTHER_LETTER, Character.DECIMAL_DIGIT_NUMBER, Character.LETTER_NUMBER,
          Character.OTHER_NUMBER, Character.NON_SPACING_MARK, Character.COMBINING_SPACING_MARK,
          Character.ENCLOSING_MARK -> true;
      default -> false;
    };
  }

  private static final java.util.regex.Pattern MARKS = java.util.regex.Pattern.compile("\\p{Mn}+");

  /** A word in lower case, its diacritics (non-spacing marks after canonical decomposition) removed. */
  static String fold(String word) {
    boolean ascii = true;
    for (int i = 0; i < word.length() && ascii; i++) {
      ascii = word.charAt(i) < 0x80;
    }
    if (ascii) {
      return word.toLowerCase(Locale.ROOT);
    }
    String bare = MARKS.matcher(Normalizer.normalize(word, Normalizer.Form.NFD)).replaceAll("");
    return Normalizer.normalize(bare.toLowerCase(Locale.ROOT), Normalizer.Form.NFC);
  }
}
