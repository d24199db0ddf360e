package org.attache.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.time.TimeExpressionExtractor;
import edu.stanford.nlp.time.TimeExpressionExtractorFactory;
import edu.stanford.nlp.time.Timex;
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
    for (CoreMap m : extractor.extractTimeExpressionCoreMaps(sentence, document)) {
      Timex timex = m.get(TimeAnnotations.TimexAnnotation.class);
      Integer begin = m.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
      Integer end = m.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
      if (timex == null || begin == null || end == null) {
        continue;
      }
      Span span = new Span(begin, end);
      out.add(new TimeExpression(span, span.of(text), timex.timexType(), timex.value(), Nlp.date(timex.value()), index));
    }
    return out;
  }
}
