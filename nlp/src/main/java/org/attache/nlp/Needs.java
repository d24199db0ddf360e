package org.attache.nlp;

import java.util.Set;
import java.util.function.Predicate;
import org.attache.model.AnnotatedText;
import org.attache.model.Sentence;

/**
 * What a reader of annotated text needs of each sentence, asked by {@link Nlp#annotate(org.attache.model.Article, Needs)}
 * so that the costly annotators run only where their output can be read: parts of speech and lemmas on the sentences
 * that hold one of {@link #tagCues()}, dependency parses and time expressions on the sentences {@link #deep} names.
 * (Names are looked for on every sentence that may hold one: see {@link Nlp}.)
 *
 * <p>Implementations must be thread-safe ({@link Nlp#annotate} runs on several threads).
 */
public interface Needs {
  /**
   * The lower-case words and lemmas that make a sentence need parts of speech and lemmas: a sentence none of whose
   * words is one of them, or has one of them as a lemma under any part of speech, is not tagged (its tokens get the
   * tag {@code X} and their word as lemma). Null when every sentence is to be tagged.
   */
  @org.jspecify.annotations.Nullable Set<String> tagCues();

  /**
   * The sentences to parse and the sentences to search for time expressions, given the article as annotated so far:
   * tokens, tags and lemmas where {@link #tagCues()} asked for them, named entities; no parses and no time
   * expressions.
   */
  Deep deep(AnnotatedText shallow);

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
      public @org.jspecify.annotations.Nullable Set<String> tagCues() {
        return null;
      }

      @Override
      public Deep deep(AnnotatedText shallow) {
        boolean[] d = new boolean[shallow.sentences().size()];
        for (int i = 0; i < d.length; i++) {
          d[i] = deep.test(shallow.sentences().get(i));
        }
        return new Deep(d, d);
      }
    };
  }
}
