package org.attache.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.process.CoreLabelTokenFactory;
import edu.stanford.nlp.process.PTBTokenizer;
import java.io.StringReader;
import java.util.List;
import java.util.Properties;
import java.util.Set;

/**
 * Stanford CoreNLP's own pipeline, run as it comes, as the yardstick for benchmarks: Attaché's speed is
 * reported as a multiple of this. Not used for extraction.
 *
 * <p>Loading the {@link #FULL} pipeline takes about a minute and several GB of heap. {@link #annotate} is
 * thread-safe; {@link #countTokens} needs no models and is the one token count both sides of a comparison
 * use.
 */
public final class Baseline {
  /** CoreNLP's full default English pipeline. */
  public static final String FULL = "tokenize,ssplit,pos,lemma,ner,depparse,coref,quote";

  private static final Set<String> KNOWN = Set.of("tokenize", "ssplit", "pos", "lemma", "ner", "parse", "depparse",
      "coref", "quote", "sentiment", "natlog", "openie", "kbp", "entitymentions", "truecase", "cleanxml", "docdate");

  private final String annotators;
  private final StanfordCoreNLP pipeline;

  private Baseline(String annotators, StanfordCoreNLP pipeline) {
    this.annotators = annotators;
    this.pipeline = pipeline;
  }

  /**
   * Loads CoreNLP with {@code annotators} (comma-separated, e.g. {@link #FULL}) and otherwise its
   * default settings.
   *
   * @throws IllegalArgumentException naming the annotator when one is unknown or the list is empty
   */
  public static Baseline load(String annotators) {
    if (annotators.isBlank()) {
      throw new IllegalArgumentException("baseline annotators: the list is empty (expected e.g. " + FULL + ")");
    }
    for (String a : annotators.split(",")) {
      if (!KNOWN.contains(a.strip())) {
        throw new IllegalArgumentException("baseline annotators: unknown annotator '" + a.strip() + "' in '"
            + annotators + "' (expected some of " + FULL + ")");
      }
    }
    edu.stanford.nlp.util.logging.RedwoodConfiguration.current().clear().apply();
    Properties p = new Properties();
    p.setProperty("annotators", annotators);
    p.setProperty("threads", "1");
    return new Baseline(annotators, new StanfordCoreNLP(p));
  }

  /** The annotators this pipeline runs. */
  public String annotators() {
    return annotators;
  }

  /** Runs the whole pipeline on {@code text}; returns the number of tokens CoreNLP made of it. Thread-safe. */
  public int annotate(String text) {
    Annotation doc = new Annotation(text);
    pipeline.annotate(doc);
    List<CoreLabel> tokens = doc.get(CoreAnnotations.TokensAnnotation.class);
    return tokens == null ? 0 : tokens.size();
  }

  /** The number of tokens CoreNLP's tokenizer (PTB, default options) makes of {@code text}; needs no models. */
  public static int countTokens(String text) {
    PTBTokenizer<CoreLabel> t = new PTBTokenizer<>(new StringReader(text), new CoreLabelTokenFactory(), "");
    int n = 0;
    while (t.hasNext()) {
      t.next();
      n++;
    }
    return n;
  }
}
