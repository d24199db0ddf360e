package org.attache.nlp;

import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import org.attache.model.AnnotatedText;
import org.attache.model.Sentence;

/**
 * What a reader of annotated text needs of each sentence, asked by {@link Nlp#annotate(org.attache.model.Article, Needs)}
 * so that the costly annotators run only where their output can be read: parts of speech and lemmas on the sentences
 * {@link #tags} names, dependency parses and time expressions on the sentences {@link #deep} names, named entities on
 * the sentences {@link #names} names.
 *
 * <p>{@link Nlp#annotate} asks an instance only from the thread that called it; one instance per article.
 */
public interface Needs {
  /**
   * The sentences that need parts of speech and lemmas, given the article as annotated so far: tokens, named
   * entities, and tags and lemmas on the sentences {@code tagged} marks (the others have the tag {@code X} and their
   * word as lemma). Asked again after those are tagged, until it names no untagged sentence (at most three times);
   * a sentence never named gets no tags.
   *
   * @param lemmas the lemmas, lower case, a word may have under any part of speech
   */
  boolean[] tags(AnnotatedText text, boolean[] tagged, Function<String, Set<String>> lemmas);

  /**
   * The sentences to parse and the sentences to search for time expressions, given the article with tags where
   * {@link #tags} asked for them and named entities; no parses and no time expressions yet.
   */
  Deep deep(AnnotatedText shallow);

  /**
   * The sentences to search for named entities (PERSON, LOCATION, ORGANIZATION), given the article's tokens (no
   * tags, lemmas or entities yet).
   */
  boolean[] names(AnnotatedText tokens);

  /**
   * Which sentences get the costly annotators, by sentence index.
   *
   * @param parse the sentences to dependency-parse (those longer than {@link NlpOptions#maxSentenceTokens()} are not)
   * @param times the sentences to search for time expressions
   */
  record Deep(boolean[] parse, boolean[] times) {}

  /**
   * Every sentence tagged and searched for names; the sentences {@code deep} accepts (seeing each tagged sentence)
   * parsed and searched for time expressions.
   */
  static Needs everySentence(Predicate<Sentence> deep) {
    return new Needs() {
      @Override
      public boolean[] tags(AnnotatedText text, boolean[] tagged, Function<String, Set<String>> lemmas) {
        boolean[] all = new boolean[tagged.length];
        java.util.Arrays.fill(all, true);
        return all;
      }

      @Override
      public Deep deep(AnnotatedText shallow) {
        boolean[] d = new boolean[shallow.sentences().size()];
        for (int i = 0; i < d.length; i++) {
          d[i] = deep.test(shallow.sentences().get(i));
        }
        return new Deep(d, d);
      }

      @Override
      public boolean[] names(AnnotatedText tokens) {
        boolean[] all = new boolean[tokens.sentences().size()];
        java.util.Arrays.fill(all, true);
        return all;
      }
    };
  }
}
