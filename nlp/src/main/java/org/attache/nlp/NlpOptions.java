package org.attache.nlp;

/**
 * How the linguistic annotator is configured.
 *
 * @param fineGrainedNer whether to run CoreNLP's fine-grained rules (COUNTRY, NATIONALITY, TITLE, CITY…)
 *     on top of the statistical NER; slower, but roles and nationalities depend on it
 * @param maxSentenceTokens sentences longer than this are not dependency-parsed (parsing time grows
 *     with length; scraped pages have run-on "sentences" of navigation text)
 */
public record NlpOptions(boolean fineGrainedNer, int maxSentenceTokens) {
  public NlpOptions {
    if (maxSentenceTokens < 1) {
      throw new IllegalArgumentException("maxSentenceTokens " + maxSentenceTokens + " must be at least 1");
    }
  }

  public static NlpOptions defaults() {
    return new NlpOptions(true, 120);
  }
}
