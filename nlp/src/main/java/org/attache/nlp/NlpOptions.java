package org.attache.nlp;

/**
 * How the linguistic annotator is configured.
 *
 * @param fineGrainedNer whether to run CoreNLP's fine-grained rules (COUNTRY, NATIONALITY, TITLE, CITY…)
 *     on top of the statistical NER; they took over half of the annotation time, and extraction reads no
 *     fine-grained label (countries and roles come from the gazetteer and its own rules), so off by default
 * @param maxSentenceTokens sentences longer than this are not dependency-parsed (parsing time grows
 *     with length; scraped pages have run-on "sentences" of navigation text)
 * @param selective whether the full statistical NER (three CRF models, numbers and SUTime dates) runs only on
 *     the sentences the caller selects (those that may state an event) that hold a time cue (a digit, a month
 *     or weekday, a word such as "yesterday"), the others getting only the PERSON/LOCATION/ORGANIZATION model,
 *     which alone decides PERSON in CoreNLP's default combination; when false every sentence gets the full NER
 */
public record NlpOptions(boolean fineGrainedNer, int maxSentenceTokens, boolean selective) {
  public NlpOptions {
    if (maxSentenceTokens < 1) {
      throw new IllegalArgumentException("maxSentenceTokens " + maxSentenceTokens + " must be at least 1");
    }
  }

  /** The fast configuration extraction was checked with: no fine-grained rules, selective full NER. */
  public static NlpOptions defaults() {
    return new NlpOptions(false, 120, true);
  }

  /** Everything on every sentence (fine-grained rules, full NER), the slow path the fast one is measured against. */
  public static NlpOptions thorough() {
    return new NlpOptions(true, 120, false);
  }
}
