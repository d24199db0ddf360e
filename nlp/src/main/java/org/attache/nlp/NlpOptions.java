package org.attache.nlp;

/**
 * How the linguistic annotator is configured.
 *
 * @param fineGrainedNer whether to run CoreNLP's fine-grained rules (COUNTRY, NATIONALITY, TITLE, CITY…)
 *     on top of the statistical NER; they took over half of the annotation time, and extraction reads no
 *     fine-grained label (countries and roles come from the gazetteer and its own rules), so off by default
 * @param maxSentenceTokens sentences longer than this are not dependency-parsed (parsing time grows
 *     with length; scraped pages have run-on "sentences" of navigation text)
 * @param selective whether the fast path runs: each annotator only on the sentences the caller's {@link Needs} names
 *     (CoreNLP's PERSON/LOCATION/ORGANIZATION model alone, which alone decides PERSON in CoreNLP's default
 *     combination; the tagger and lemmas; the parser), and time expressions only on the sentences it names that hold
 *     a time cue (a digit, a month or weekday, a word such as "yesterday"), found by a matcher of the commonest forms
 *     of dates and durations and by SUTime on the stretches around the other cues (the same expressions as SUTime on
 *     whole sentences); when false every sentence is tagged and gets CoreNLP's full NER (three CRF models, numbers,
 *     SUTime, and the fine-grained rules when asked)
 */
public record NlpOptions(boolean fineGrainedNer, int maxSentenceTokens, boolean selective) {
  public NlpOptions {
    if (maxSentenceTokens < 1) {
      throw new IllegalArgumentException("maxSentenceTokens " + maxSentenceTokens + " must be at least 1");
    }
  }

  /** The fast configuration extraction was checked with: no fine-grained rules, selective time expressions. */
  public static NlpOptions defaults() {
    return new NlpOptions(false, 120, true);
  }

  /** Everything on every sentence (fine-grained rules, full NER), the slow path the fast one is measured against. */
  public static NlpOptions thorough() {
    return new NlpOptions(true, 120, false);
  }
}
