package org.attache.model;

import java.util.List;

/**
 * An article after linguistic annotation: sentences with tokens, named entities and time
 * expressions. Every span points into {@link Article#text()} of {@code article}.
 */
public record AnnotatedText(Article article, List<Sentence> sentences, List<EntityMention> entities, List<TimeExpression> times) {
  public AnnotatedText {
    sentences = List.copyOf(sentences);
    entities = List.copyOf(entities);
    times = List.copyOf(times);
  }

  public String text() {
    return article.text();
  }
}
