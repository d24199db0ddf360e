package org.attache.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/** The Lucene analyzer of indexed texts: the words of {@link Words}, folded. */
final class FoldingAnalyzer extends Analyzer {
  @Override
  protected TokenStreamComponents createComponents(String fieldName) {
    return new TokenStreamComponents(new WordTokenizer());
  }

  /** Cuts a text into the words of {@link Words}; reads the whole text first (indexed texts are short). */
  private static final class WordTokenizer extends Tokenizer {
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
    private final StringBuilder text = new StringBuilder();
    private final List<String> folded = new ArrayList<>();
    private final List<int[]> spans = new ArrayList<>();
    private int next;

    @Override
    public void reset() throws IOException {
      super.reset();
      text.setLength(0);
      folded.clear();
      spans.clear();
      next = 0;
      char[] buffer = new char[4096];
      for (int n = input.read(buffer); n >= 0; n = input.read(buffer)) {
        text.append(buffer, 0, n);
      }
      Words.each(text, (word, start, end) -> {
        folded.add(word);
        spans.add(new int[] {start, end});
      });
    }

    @Override
    public boolean incrementToken() {
      if (next == folded.size()) {
        return false;
      }
      clearAttributes();
      term.append(folded.get(next));
      int[] span = spans.get(next);
      offset.setOffset(correctOffset(span[0]), correctOffset(span[1]));
      next++;
      return true;
    }

    @Override
    public void end() throws IOException {
      super.end();
      int last = correctOffset(text.length());
      offset.setOffset(last, last);
    }
  }
}
