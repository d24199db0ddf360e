package org.attache.model;

import java.util.List;

/**
 * One sentence of an annotated article.
 *
 * @param index 0-based position in the article
 * @param span where the sentence stands in the article text
 * @param tokens its tokens, in order
 * @param dependencies its dependency parse; empty when the sentence was not parsed
 */
public record Sentence(int index, Span span, List<Token> tokens, List<Dependency> dependencies) {
  public Sentence {
    tokens = List.copyOf(tokens);
    dependencies = List.copyOf(dependencies);
  }

  public boolean parsed() {
    return !dependencies.isEmpty();
  }
}
