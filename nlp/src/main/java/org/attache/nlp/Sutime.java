package org.attache.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.time.TimeExpressionExtractor;
import edu.stanford.nlp.time.TimeExpressionExtractorFactory;
import edu.stanford.nlp.time.Timex;
import edu.stanford.nlp.util.ArrayCoreMap;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.attache.model.Span;
import org.attache.model.TimeExpression;

/**
 * SUTime, CoreNLP's rule-based time expression tagger, run by itself on one sentence at a time (as CoreNLP's NER
 * runs it, with ranges marked), its values anchored on the document date. Thread-safe.
 */
final class Sutime {
  private final TimeExpressionExtractor extractor;

  private Sutime(TimeExpressionExtractor extractor) {
    this.extractor = extractor;
  }

  /** Loads SUTime's rules (about a second). */
  static Sutime load() {
    Properties p = new Properties();
    p.setProperty("sutime.includeRange", "true");
    p.setProperty("sutime.markTimeRanges", "true");
    return new Sutime(TimeExpressionExtractorFactory.createExtractor("sutime", p));
  }

  /**
   * The time expressions of {@code sentence} (a tokenized CoreNLP sentence of {@code document}, whose
   * {@link CoreAnnotations.DocDateAnnotation} anchors relative dates, none when absent).
   *
   * @param text the article text the character offsets point into
   * @param index the sentence's index in the article
   */
  List<TimeExpression> find(CoreMap sentence, CoreMap document, String text, int index) {
    List<TimeExpression> out = new ArrayList<>();
    collect(extractor.extractTimeExpressionCoreMaps(sentence, document), text, index, out);
    return out;
  }

  /**
   * Like {@link #find}, but SUTime reads only the stretches of the sentence around its time cues: each cue token with
   * {@link #MARGIN} tokens either side, overlapping stretches merged. SUTime's cost grows with the tokens it reads,
   * and its expressions are short runs of tokens around such cues.
   *
   * @param cue which of the sentence's tokens are time cues
   */
  List<TimeExpression> findAround(CoreMap sentence, CoreMap document, String text, int index, boolean[] cue) {
    List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
    List<TimeExpression> out = new ArrayList<>();
    for (int[] w : stretches(cue)) {
      collect(extractor.extractTimeExpressionCoreMaps(stretch(sentence, tokens, w[0], w[1], text), document), text, index, out);
    }
    return out;
  }

  /**
   * The time expressions of {@code sentence}, as {@link #find} gives them, at a lower cost: the clusters of time
   * cues {@link DateMatcher} reads alone (far enough from the others that SUTime's reading of them would not
   * touch it) get its expressions; SUTime reads the stretches around the other cues ({@link #findAround}).
   *
   * @param cue which of the sentence's tokens are time cues
   * @param docDate the document date, or null (then SUTime reads every cue)
   */
  List<TimeExpression> findFast(CoreMap sentence, CoreMap document, String text, int index, boolean[] cue,
      java.time.@org.jspecify.annotations.Nullable LocalDate docDate) {
    List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
    List<String> words = new ArrayList<>(tokens.size());
    @org.jspecify.annotations.Nullable List<String> tags = new ArrayList<>(tokens.size());
    List<Span> spans = new ArrayList<>(tokens.size());
    for (CoreLabel t : tokens) {
      words.add(t.word());
      tags = tags == null || t.tag() == null ? null : tags; // an untagged sentence: the matcher reads no tense
      if (tags != null) {
        tags.add(t.tag());
      }
      spans.add(new Span(t.beginPosition(), t.endPosition()));
    }
    List<DateMatcher.Match> matches = new ArrayList<>(DateMatcher.match(words, tags, spans, cue, docDate, text, index));
    boolean[] rest = cue.clone();
    for (DateMatcher.Match m : matches) {
      java.util.Arrays.fill(rest, m.from(), m.to(), false);
    }
    // A stretch whose only cues are words that alone are never part of an expression needs no reading.
    for (int[] w : stretches(rest)) {
      boolean inert = true;
      for (int k = w[0]; k < w[1] && inert; k++) {
        inert = !rest[k] || DateMatcher.inert(words, k);
      }
      if (inert) {
        java.util.Arrays.fill(rest, w[0], w[1], false);
      }
    }
    // A match inside a stretch SUTime reads would be found twice: leave it to SUTime, and look again.
    boolean changed = true;
    while (changed) {
      changed = false;
      List<int[]> stretches = stretches(rest);
      for (var it = matches.iterator(); it.hasNext();) {
        DateMatcher.Match m = it.next();
        for (int[] w : stretches) {
          if (m.from() < w[1] && w[0] < m.to()) {
            it.remove();
            for (int k = m.from(); k < m.to(); k++) {
              rest[k] = cue[k];
            }
            changed = true;
            break;
          }
        }
      }
    }
    List<TimeExpression> out = findAround(sentence, document, text, index, rest);
    for (DateMatcher.Match m : matches) {
      out.add(m.expression());
    }
    out.sort(java.util.Comparator.comparingInt(t -> t.span().start()));
    return out;
  }

  /** The stretches [from, to) of tokens SUTime reads: each cue with {@link #MARGIN} tokens either side, merged. */
  static List<int[]> stretches(boolean[] cue) {
    List<int[]> out = new ArrayList<>();
    int n = cue.length;
    int i = 0;
    while (i < n) {
      if (!cue[i]) {
        i++;
        continue;
      }
      int from = Math.max(0, i - MARGIN);
      int to = Math.min(n, i + MARGIN + 1);
      for (int j = i + 1; j < n && j < to + MARGIN; j++) {
        if (cue[j]) {
          to = Math.min(n, j + MARGIN + 1);
        }
      }
      out.add(new int[] {from, to});
      i = to;
    }
    return out;
  }

  /** Tokens either side of a time cue that SUTime reads with it. */
  static final int MARGIN = 6;

  private static CoreMap stretch(CoreMap sentence, List<CoreLabel> tokens, int from, int to, String text) {
    if (from == 0 && to == tokens.size()) {
      return sentence;
    }
    CoreMap sub = new ArrayCoreMap();
    int begin = tokens.get(from).beginPosition();
    int end = tokens.get(to - 1).endPosition();
    sub.set(CoreAnnotations.TokensAnnotation.class, tokens.subList(from, to));
    sub.set(CoreAnnotations.TextAnnotation.class, text.substring(begin, end));
    sub.set(CoreAnnotations.CharacterOffsetBeginAnnotation.class, begin);
    sub.set(CoreAnnotations.CharacterOffsetEndAnnotation.class, end);
    Integer tokenBegin = sentence.get(CoreAnnotations.TokenBeginAnnotation.class);
    if (tokenBegin != null) {
      sub.set(CoreAnnotations.TokenBeginAnnotation.class, tokenBegin + from);
      sub.set(CoreAnnotations.TokenEndAnnotation.class, tokenBegin + to);
    }
    Integer sentenceIndex = sentence.get(CoreAnnotations.SentenceIndexAnnotation.class);
    if (sentenceIndex != null) {
      sub.set(CoreAnnotations.SentenceIndexAnnotation.class, sentenceIndex);
    }
    return sub;
  }

  private static void collect(List<CoreMap> found, String text, int index, List<TimeExpression> out) {
    for (CoreMap m : found) {
      Timex timex = m.get(TimeAnnotations.TimexAnnotation.class);
      Integer begin = m.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
      Integer end = m.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
      if (timex == null || begin == null || end == null) {
        continue;
      }
      Span span = new Span(begin, end);
      out.add(new TimeExpression(span, span.of(text), timex.timexType(), timex.value(), Nlp.date(timex.value()), index));
    }
  }
}
