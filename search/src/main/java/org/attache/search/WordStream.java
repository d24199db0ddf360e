package org.attache.search;

import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * The words Lucene indexes for one text of {@link TextIndex}: the folded words of {@link Words}, part after part,
 * each word of a part repeated as many times as the part's weight (so that it counts that many times in BM25's
 * term frequency and in the text's length). One stream per text; single use.
 */
final class WordStream extends TokenStream {
  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final List<TextIndex.Part> parts;
  private final List<String> words = new ArrayList<>();
  private int next;

  WordStream(List<TextIndex.Part> parts) {
    this.parts = List.copyOf(parts);
  }

  @Override
  public void reset() {
    words.clear();
    next = 0;
    for (TextIndex.Part part : parts) {
      Words.each(part.text(), (folded, start, end) -> {
        for (int i = 0; i < part.weight(); i++) {
          words.add(folded);
        }
      });
    }
  }

  @Override
  public boolean incrementToken() {
    if (next == words.size()) {
      return false;
    }
    clearAttributes();
    term.append(words.get(next++));
    return true;
  }
}
